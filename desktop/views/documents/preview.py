"""The document preview: a printed document in the app's PDF viewer, then 打印… or 另存为PDF….

The dialog does not draw or print by itself. A record's document is made by the engine on a
worker thread (``TaskRunner``) and shown as bytes; a batch's PDF is shown from its file. 打印…
is the viewer's print flow (Qt's print dialog, pages rendered and painted off the UI thread,
progress and cancel) and 另存为PDF… the viewer's atomic save of the very bytes shown, so the
preview, the paper and the saved file are one and the same document.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.documents.printing import DocumentKind
from desktop.tasks import TaskControl
from desktop.views.documents.cache_documents import record_document
from desktop.views.pdf import PdfViewer

PROBLEM_STYLE = "color: #a40000; font-weight: bold;"


class DocumentPreview(QDialog):
    """A window showing one PDF document with 打印…, 另存为PDF… and 关闭 (see module doc)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("documentPreview")
        self.setWindowTitle(self.tr("打印预览"))
        self._closed = False
        self.note = QLabel(self)
        self.note.setObjectName("previewNote")
        self.note.setWordWrap(True)
        self.viewer = PdfViewer(self)
        buttons = QDialogButtonBox(self)
        self.print_button = self._add(buttons, self.tr("打印…"), self.viewer.print_document)
        self.save_button = self._add(buttons, self.tr("另存为PDF…"), self.viewer.save_copy_as)
        for duplicate in (self.viewer.commands.print, self.viewer.commands.save_copy):
            duplicate.setVisible(False)  # the dialog's own buttons below do the same
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.note)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(buttons)
        self._set_ready(False)
        self.viewer.document_loaded.connect(self._loaded)
        self.viewer.load_failed.connect(self._show_problem)
        self.viewer.copy_saved.connect(
            lambda path: self._say(self.tr("已另存为 {path}").format(path=path))
        )
        self.viewer.copy_failed.connect(
            lambda path, reason: self._show_problem(
                self.tr("另存失败：{path}（{reason}），请换一个位置再试。").format(
                    path=path, reason=reason
                )
            )
        )
        self.resize(1100, 760)

    def _add(self, buttons: QDialogButtonBox, text: str, slot: object) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # ---- what to show ----------------------------------------------------------------------

    def show_record(
        self, context: AppContext, kind: str, record_id: str, document: DocumentKind
    ) -> None:
        """Make ``document`` of the record from the local cache (off the UI thread), show it."""
        self.setWindowTitle(self.tr("打印预览 — {document}").format(document=document))
        self._set_ready(False)
        self._say(self.tr("正在生成{document}…").format(document=document))
        db = context.db

        def work(_control: TaskControl) -> tuple[bytes, str]:
            return record_document(db, kind, record_id, document)

        context.tasks.run_cancellable(work, self._made, self._failed, owner=self)

    def show_file(self, path: Path) -> None:
        """Show a PDF already written (a batch's result)."""
        self.setWindowTitle(self.tr("打印预览 — {name}").format(name=path.name))
        self._say(self.tr("文件：{path}").format(path=path))
        self.viewer.load_path(path, path.stem)

    # ---- answers ---------------------------------------------------------------------------

    def _made(self, made: tuple[bytes, str]) -> None:
        if self._closed:
            return
        pdf, title = made
        self.setWindowTitle(self.tr("打印预览 — {title}").format(title=title))
        self._say("")
        self.viewer.load_bytes(pdf, title)

    def _failed(self, error: BaseException) -> None:
        """The engine's lookups (record not in the cache …) explain themselves in Chinese."""
        if self._closed:
            return
        if isinstance(error, LookupError):
            self._show_problem(str(error))
        else:
            self._show_problem(
                self.tr("生成文档失败（{kind}：{error}），请同步后重试。").format(
                    kind=type(error).__name__, error=error
                )
            )

    def _loaded(self, pages: int) -> None:
        """A preview shows whole pages, as they will sit on the paper."""
        self.viewer.fit_page()
        self._set_ready(True)
        self._say(
            self.tr("共 {pages} 页。点“打印…”选择打印机，或点“另存为PDF…”保存文件。").format(
                pages=pages
            )
        )

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _say(self, text: str) -> None:
        self.note.setStyleSheet("")
        self.note.setText(text)

    def _show_problem(self, text: str) -> None:
        self.note.setStyleSheet(PROBLEM_STYLE)
        self.note.setText(text)

    def done(self, result: int) -> None:
        """Closing (关闭, Esc, the window's ×): stop a print job and the viewer's thread."""
        self._closed = True
        self.viewer.shutdown()
        super().done(result)
