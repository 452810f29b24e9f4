"""Excel export of a list's result, off the UI thread with a progress dialog and cancel.

SPEC §8: long work runs off the UI thread with a progress bar and can be cancelled. The export
itself (``desktop.models.list_export``) writes to a temporary file and moves it into place at
the end, so a cancelled export leaves no half-written file behind.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from desktop.context import AppContext
from desktop.models.list_columns import CONTEXT as COLUMNS_CONTEXT
from desktop.models.list_columns import ListSpec
from desktop.models.list_export import export_list
from desktop.reports.progress import Cancelled
from desktop.reports.xlsx import ExportResult
from desktop.tasks import TaskCancelled, TaskControl, TaskHandle

SHOW_PROGRESS_AFTER_MS = 300


def default_file_name(title: str, now: datetime) -> str:
    safe = "".join("_" if ch in '\\/:*?"<>|' else ch for ch in title)
    return f"{safe}_{now:%Y%m%d-%H%M}.xlsx"


class ListExporter(QObject):
    """Exports one list's result; ``finished`` carries a message for the page's status line."""

    finished = Signal(bool, str)
    """(succeeded, message) once the export ended, was cancelled or failed."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._window = parent
        self._progress: QProgressDialog | None = None
        self._handle: TaskHandle[ExportResult] | None = None

    @property
    def running(self) -> bool:
        return self._handle is not None and not self._handle.finished

    def cancel(self) -> None:
        """What the progress dialog's 取消 does."""
        if self._handle is not None:
            self._handle.cancel()

    def ask_path(self, title: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / default_file_name(title, datetime.now()))
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("导出查询结果"), suggested, self.tr("Excel 工作簿 (*.xlsx)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")

    def start(self, spec: ListSpec, ids: list[str], path: Path, title: str) -> None:
        """Export ``ids`` (in list order) to ``path`` in the background."""
        if self.running:
            return
        labels = [QCoreApplication.translate(COLUMNS_CONTEXT, c.label) for c in spec.columns]
        total = len(ids)
        db = self._context.db

        def work(control: TaskControl) -> ExportResult:
            return export_list(
                db,
                spec,
                labels,
                ids,
                path,
                title,
                progress=lambda done: control.progress(done, total),
                cancelled=lambda: control.cancelled,
            )

        self._progress = self._progress_dialog(total)
        self._handle = self._context.tasks.run_cancellable(
            work, self._done, self._failed, self._advance, owner=self
        )
        self._progress.canceled.connect(self._handle.cancel)

    def _progress_dialog(self, total: int) -> QProgressDialog:
        dialog = QProgressDialog(
            self.tr("正在导出 {0} 条记录……").format(total),
            self.tr("取消"),
            0,
            max(total, 1),
            self._window,
        )
        dialog.setWindowTitle(self.tr("导出查询结果"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        return dialog

    def _advance(self, done: int, _total: int) -> None:
        if self._progress is not None:
            self._progress.setValue(done)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect()
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _done(self, result: ExportResult) -> None:
        self._close_progress()
        self.finished.emit(
            True, self.tr("已导出 {0} 条记录到 {1}").format(result.rows, result.path)
        )

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, TaskCancelled | Cancelled):
            self.finished.emit(False, self.tr("已取消导出，未生成文件。"))
            return
        self.finished.emit(False, self.tr("导出失败：{0}").format(error))
