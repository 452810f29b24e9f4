"""批量打印已通过…: a list's approved records printed into one PDF, then offered for preview.

The batch runs on the task runner's slow lane with a progress dialog whose 取消 stops it
between two documents; the engine writes the PDF beside the target and moves it into place
only when complete, so a cancelled or failed batch leaves no file. When no record of the list
passed the chosen level, the handler is told so instead of getting an empty PDF.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.context import AppContext
from desktop.documents.printing import BatchResult
from desktop.tasks import TaskControl
from desktop.views.documents.batch_options import BatchOptions, BatchOptionsDialog
from desktop.views.documents.cache_documents import print_approved_list
from desktop.views.documents.preview import DocumentPreview
from desktop.views.progress_task import ProgressTask


class BatchPrint(ProgressTask):
    """One batch of one list: options dialog, the work with progress, the result.

    ``finished(succeeded, message)`` carries a line for the list's status bar. The object
    deletes itself once the batch is over (options cancelled, or its last message closed).
    """

    finished = Signal(bool, str)

    def __init__(self, context: AppContext, kind: str, ids: list[str], parent: QWidget) -> None:
        super().__init__(context.tasks, parent)
        self._context = context
        self._kind = kind
        self._ids = list(ids)
        self.options: BatchOptions | None = None
        self.message_box: QMessageBox | None = None
        self.preview: DocumentPreview | None = None

    def ask(self, list_title: str) -> BatchOptionsDialog:
        """Open the options dialog (window-modal); accepting it starts the batch."""
        dialog = BatchOptionsDialog(self._kind, list_title, len(self._ids), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.start(dialog.chosen()))
        dialog.rejected.connect(self.deleteLater)
        dialog.open()
        return dialog

    def start(self, options: BatchOptions | None) -> None:
        """Print the list's approved records as ``options`` say, off the UI thread."""
        if options is None or self.running:
            return
        self.options = options
        db, kind, ids = self._context.db, self._kind, self._ids

        def work(control: TaskControl) -> BatchResult:
            return print_approved_list(
                db, kind, ids, options.document, options.path, options.level, control
            )

        def label_for(done: int, total: int) -> str:
            return self.tr("正在生成第 {done} / {total} 份{document}…").format(
                done=done, total=total, document=options.document
            )

        self.run(
            work,
            self.tr("批量打印{document}").format(document=options.document),
            self.tr("正在查找{level}审核同意的记录…").format(level=options.level),
            0,
            label_for,
        )

    def _done(self, result: BatchResult) -> None:
        options = self.options
        if options is None:
            return
        message = self.tr("已生成 {count} 份{document}（共 {pages} 页）：{path}").format(
            count=result.documents, document=options.document, pages=result.pages, path=result.path
        )
        if result.skipped:
            message += self.tr("；另有 {count} 条未经{level}审核同意，未打印。").format(
                count=len(result.skipped), level=options.level
            )
        self.finished.emit(True, message)
        box = self._tell(
            self.tr("批量打印完成"),
            message + "\n\n" + self.tr("现在打开预览（可在预览中打印或另存）吗？"),
        )
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
        box.button(QMessageBox.StandardButton.Open).setText(self.tr("打开预览"))
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("关闭"))
        box.button(QMessageBox.StandardButton.Open).clicked.connect(
            lambda: self.open_preview(result)
        )
        box.open()

    def _cancelled(self) -> None:
        self.finished.emit(False, self.tr("已取消批量打印，未生成文件。"))
        self.deleteLater()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, LookupError):  # nothing approved, a record not in the cache
            text = str(error)
        elif isinstance(error, OSError):
            text = self.tr("无法写入文件（{reason}），请换一个保存位置再试。").format(
                reason=error.strerror or error
            )
        else:
            text = self.tr("批量打印失败（{kind}：{error}）。").format(
                kind=type(error).__name__, error=error
            )
        self.finished.emit(False, text)
        self._tell(self.tr("批量打印"), text).open()

    def _tell(self, title: str, text: str) -> QMessageBox:
        """A window-modal message (no nested event loop); this batch ends when it closes."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self.deleteLater)
        self.message_box = box
        return box

    def open_preview(self, result: BatchResult) -> DocumentPreview:
        """Show the batch's PDF in the preview (owned by the list), to print or save it."""
        preview = DocumentPreview(self._window)
        preview.show_file(result.path)
        preview.show()
        self.preview = preview
        return preview
