"""Excel export of a list's result, off the UI thread with a progress dialog and cancel.

SPEC §8: long work runs off the UI thread with a progress bar and can be cancelled. The export
itself (``desktop.models.list_export``) writes to a temporary file and moves it into place at
the end, so a cancelled export leaves no half-written file behind.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.context import AppContext
from desktop.models.list_columns import CONTEXT as COLUMNS_CONTEXT
from desktop.models.list_columns import ListSpec
from desktop.models.list_export import export_list
from desktop.reports.xlsx import ExportResult
from desktop.tasks import TaskControl
from desktop.views.progress_task import ProgressTask
from desktop.views.save_folder import remember, start_folder


def default_file_name(title: str, now: datetime) -> str:
    safe = "".join("_" if ch in '\\/:*?"<>|' else ch for ch in title)
    return f"{safe}_{now:%Y%m%d-%H%M}.xlsx"


def ask_xlsx_path(window: QWidget, caption: str, stem: str) -> Path | None:
    """The .xlsx file to write, chosen in a save dialog; None when the person cancels.

    It starts in ``save_folder.start_folder()`` with ``stem`` and the date as the name, adds the
    .xlsx ending when the person typed a name without it, so Excel can open the file.
    """
    suggested = str(start_folder() / default_file_name(stem, datetime.now()))
    file_filter = QCoreApplication.translate("ListExporter", "Excel 工作簿 (*.xlsx)")
    chosen, _filter = QFileDialog.getSaveFileName(window, caption, suggested, file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    path = path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")
    remember(path)
    return path


class ListExporter(ProgressTask):
    """Exports one list's result; ``finished`` carries a message for the page's status line."""

    finished = Signal(bool, str)
    """(succeeded, message) once the export ended, was cancelled or failed."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(context.tasks, parent)
        self._context = context

    def ask_path(self, title: str) -> Path | None:
        return ask_xlsx_path(self._window, self.tr("导出查询结果"), title)

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

        label = self.tr("正在导出 {0} 条记录……").format(total)
        self.run(work, self.tr("导出查询结果"), label, max(total, 1))

    def _done(self, result: ExportResult) -> None:
        self.finished.emit(
            True, self.tr("已导出 {0} 条记录到 {1}").format(result.rows, result.path)
        )

    def _cancelled(self) -> None:
        self.finished.emit(False, self.tr("已取消导出，未生成文件。"))

    def _failed(self, error: BaseException) -> None:
        self.finished.emit(False, self.tr("导出失败：{0}").format(error))
