"""The review workspace's print commands: the shown record's 审核意见表 (Ctrl+P) or 资金申请表.

A handler prints the opinion sheet of the record in front of them far more often than the
application form, so the opinion sheet has the plain print key and the form Ctrl+Shift+P. Both
open a preview of the record as the local cache holds it (a decision made offline a minute ago
is already on the sheet); the preview prints or saves it. Kinds without documents (cargo
owners, monthly reports, rewards) get neither the button nor the keys.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from desktop.context import AppContext
from desktop.documents.printing import DocumentKind
from desktop.views.documents.preview import DocumentPreview
from desktop.views.documents.printable import printable

KEYS = {DocumentKind.OPINION_SHEET: "Ctrl+P", DocumentKind.APPLICATION_FORM: "Ctrl+Shift+P"}


class RecordDocuments(QObject):
    """A 打印 button with a menu of the documents, and their window-wide shortcuts.

    The window calls ``set_record`` whenever another record is shown.
    """

    def __init__(self, context: AppContext, kind: str, window: QWidget) -> None:
        super().__init__(window)
        self._context = context
        self._kind = kind
        self._window = window
        self._record_id: str | None = None
        self.actions = {document: self._action(document) for document in KEYS}
        self.button = QPushButton(self.tr("打印文档"), window)
        self.button.setObjectName("printDocumentsButton")
        self.button.setToolTip(self.tr("预览并打印本记录的审核意见表或资金申请表"))
        menu = QMenu(self.button)
        menu.addActions(list(self.actions.values()))
        self.button.setMenu(menu)
        self.button.setVisible(printable(kind))
        self.set_record(None)

    def _action(self, document: DocumentKind) -> QAction:
        action = QAction(self.tr("打印{document}…").format(document=document), self._window)
        action.setShortcut(QKeySequence(KEYS[document]))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(
            self.tr("预览并打印本记录的{document}（{key}）").format(
                document=document, key=KEYS[document]
            )
        )
        action.triggered.connect(lambda: self.preview(document))
        self._window.addAction(action)
        return action

    def set_record(self, record_id: str | None) -> None:
        """The record shown now (None while none is)."""
        self._record_id = record_id
        enabled = record_id is not None and printable(self._kind)
        for action in self.actions.values():
            action.setEnabled(enabled)
        self.button.setEnabled(enabled)

    def preview(self, document: DocumentKind) -> DocumentPreview | None:
        """Open the preview of the shown record's ``document``; None when no record is shown."""
        if self._record_id is None or not printable(self._kind):
            return None
        dialog = DocumentPreview(self._window)
        dialog.show_record(self._context, self._kind, self._record_id, document)
        dialog.show()
        return dialog
