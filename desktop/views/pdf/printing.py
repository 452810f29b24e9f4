"""The print flow of the viewer: Qt's print dialog, a progress dialog with cancel, the job.

``print_to(printer)`` is the whole path without the modal dialog (the tests and a future
batch print use it); ``choose_printer_and_print`` opens QPrintDialog window-modally and calls
it once the reviewer accepts, so no nested event loop runs inside a slot.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from desktop.views.pdf.documents import DocumentInfo, Source
from desktop.views.pdf.print_job import PrintJob, PrintOutcome
from desktop.views.pdf.print_plan import PageRange, print_order
from desktop.views.pdf.render_thread import RenderThread

_WAIT_MS = 10_000


def chosen_pages(printer: QPrinter, info: DocumentInfo, current_page: int) -> list[int]:
    """The page order the dialog's range, copies and collation ask for."""
    mode = printer.printRange()
    chosen: PageRange | None = None
    if mode is QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        chosen = PageRange(printer.fromPage(), printer.toPage() or info.page_count)
    elif mode is QPrinter.PrintRange.CurrentPage:
        chosen = PageRange(current_page + 1, current_page + 1)
    copies = 1 if printer.supportsMultipleCopies() else printer.copyCount()
    return print_order(info.page_count, chosen, copies, printer.collateCopies())


class PrintController(QObject):
    """Runs one print job at a time for a viewer and shows its progress."""

    finished = Signal(object)
    """PrintOutcome of the job that just ended."""

    def __init__(self, renderer: RenderThread, owner: QWidget) -> None:
        super().__init__(owner)
        self._renderer = renderer
        self._owner = owner
        self._job: PrintJob | None = None
        self._progress: QProgressDialog | None = None

    @property
    def job(self) -> PrintJob | None:
        return self._job

    def choose_printer_and_print(
        self, source: Source, info: DocumentInfo, current_page: int, title: str
    ) -> None:
        """Ask for a printer and pages, then print; does nothing while a job is running."""
        if self._job is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintDialog(printer, self._owner)
        dialog.setWindowTitle(self.tr("打印"))
        dialog.setOptions(
            QAbstractPrintDialog.PrintDialogOption.PrintToFile
            | QAbstractPrintDialog.PrintDialogOption.PrintPageRange
            | QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage
            | QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies
        )
        dialog.setMinMax(1, info.page_count)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer, source, info, current_page))
        # PySide6 binds only QPrintDialog.open(receiver, member); QDialog's own open() it hides.
        QDialog.open(dialog)

    def print_to(
        self, printer: QPrinter, source: Source, info: DocumentInfo, current_page: int
    ) -> PrintJob | None:
        """Print on a configured printer with a progress dialog; None if nothing to print."""
        if self._job is not None:
            return None
        pages = chosen_pages(printer, info, current_page)
        if not pages:
            return None
        job = PrintJob(self._renderer, source, info, printer, pages)
        self._job = job
        self._show_progress(job)
        job.completed.connect(self._on_completed)
        job.begin()
        return job

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def shutdown(self) -> None:
        """Cancel a running job and wait for its thread, before the render thread stops."""
        job = self._job
        if job is None:
            return
        job.cancel()
        job.wait(_WAIT_MS)
        self._on_completed(job.outcome or PrintOutcome.CANCELLED)

    def _show_progress(self, job: PrintJob) -> None:
        progress = QProgressDialog(
            self.tr("正在准备打印…"), self.tr("取消打印"), 0, job.total, self._owner
        )
        progress.setWindowTitle(self.tr("打印"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        progress.canceled.connect(job.cancel)
        job.progressed.connect(self._on_progress)
        self._progress = progress

    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setLabelText(
                self.tr("正在打印第 {done} / {total} 页…").format(done=done, total=total)
            )
            self._progress.setValue(done)

    def _on_completed(self, outcome: PrintOutcome) -> None:
        job, self._job = self._job, None
        if job is None:
            return
        job.wait(_WAIT_MS)
        if self._progress is not None:
            self._progress.canceled.disconnect()
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        job.deleteLater()
        self.finished.emit(outcome)
