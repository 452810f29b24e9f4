"""导出报表: a report written as .xlsx off the UI thread, with a progress dialog and 取消.

SPEC §8: long work runs off the UI thread with a progress bar and can be cancelled. The writer
(``desktop.reports.xlsx.export_report``) reads the report's rows again as it writes them and
moves the file into place only when complete, so 取消 leaves no file behind. The suggested
file name is the report's own (title and caption) with the date, as list exports name theirs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal

from desktop.reports.model import Report
from desktop.reports.xlsx import ExportResult, export_report
from desktop.tasks import TaskControl
from desktop.views.lists.export import ask_xlsx_path
from desktop.views.progress_task import ProgressTask


class ReportExporter(ProgressTask):
    """Exports one report at a time; ``finished`` carries a message for the page."""

    finished = Signal(bool, str)
    """(succeeded, message) once the export ended, was cancelled or failed."""

    def ask_path(self, report: Report) -> Path | None:
        """The file to write, chosen in a save dialog; None when the person cancels."""
        return ask_xlsx_path(self._window, self.tr("导出报表"), report.file_stem)

    def start(self, report: Report, path: Path) -> None:
        """Write ``report`` to ``path`` in the background (ignored while one is running)."""
        if self.running:
            return
        total = report.row_count

        def work(control: TaskControl) -> ExportResult:
            return export_report(
                report,
                path,
                progress=lambda done: control.progress(done, total),
                cancelled=lambda: control.cancelled,
            )

        label = self.tr("正在导出“{0}”，共 {1} 行……").format(report.title, total)
        self.run(work, self.tr("导出报表"), label, max(total, 1))

    def _done(self, result: ExportResult) -> None:
        self.finished.emit(
            True, self.tr("已导出报表（{0} 行）到 {1}").format(result.rows, result.path)
        )

    def _cancelled(self) -> None:
        self.finished.emit(False, self.tr("已取消导出，未生成文件。"))

    def _failed(self, error: BaseException) -> None:
        advice = self.tr("请检查文件是否正被 Excel 打开、目录是否可写。")
        self.finished.emit(False, self.tr("导出失败：{0}。{1}").format(error, advice))
