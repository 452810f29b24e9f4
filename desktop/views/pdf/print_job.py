"""Printing a document: pages rendered on the render thread, painted onto the printer off both.

Two costs, two threads: MuPDF renders each page at printer resolution (capped, see
print_plan) as a print-lane task on the render thread, which yields to anything the reviewer
is looking at; painting the image into the printer (Qt's PDF engine compresses it, ~250 ms a
page at 300 dpi) happens on this job's own thread, so the render thread is never blocked by
the spooler. At most two rendered pages wait for the painter, bounding memory.

Qt allows painting on a QPrinter from a non-GUI thread. The UI thread hands the printer to
the job and must not touch it until ``completed`` is emitted.
"""

from __future__ import annotations

import contextlib
import enum
import os
import queue
import threading
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QThread, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from desktop.views.pdf.documents import DocumentInfo, Source
from desktop.views.pdf.pixmap_image import render_page
from desktop.views.pdf.print_plan import Placement, place_page
from desktop.views.pdf.render_tasks import WorkerContext
from desktop.views.pdf.render_thread import RenderThread
from desktop.views.pdf.task_queue import Lane

_AHEAD = 2
_WAKE = -1


class PrintOutcome(enum.Enum):
    DONE = "done"
    CANCELLED = "cancelled"
    FAILED = "failed"


@dataclass(frozen=True)
class PrintRenderTask:
    """Render one slot of a print job on the render thread and hand it to the job."""

    job: PrintJob
    slot: int

    def run(self, context: WorkerContext) -> None:
        doc = context.store.get(self.job.doc_id)
        if doc is None:
            self.job.deliver(self.slot, None)
            return
        placement = self.job.placement(self.slot)
        try:
            page = doc.load_page(self.job.pages[self.slot])
            image = render_page(page, placement.scale, placement.rotation)
        except (RuntimeError, ValueError, IndexError):
            self.job.deliver(self.slot, None)
            return
        self.job.deliver(self.slot, image)

    def discard(self) -> None:
        self.job.deliver(self.slot, None)


class PrintJob(QThread):
    """One print run; ``progressed(done, total)`` per page, then ``completed(PrintOutcome)``."""

    progressed = Signal(int, int)
    completed = Signal(object)

    def __init__(
        self,
        renderer: RenderThread,
        source: Source,
        info: DocumentInfo,
        printer: QPrinter,
        pages: list[int],
    ) -> None:
        super().__init__()
        self.setObjectName("pdf-print")
        self.doc_id = 0
        self.pages = list(pages)
        self._source = source
        self.outcome: PrintOutcome | None = None
        self._renderer = renderer
        self._sizes = info.page_sizes
        self._printer = printer
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        self._area = (area.width(), area.height())
        self._dpi = float(printer.resolution())
        self._inbox: queue.Queue[tuple[int, QImage | None]] = queue.Queue()
        self._cancelled = threading.Event()

    @property
    def total(self) -> int:
        return len(self.pages)

    def placement(self, slot: int) -> Placement:
        return place_page(self._sizes[self.pages[slot]], self._area, self._dpi)

    def begin(self) -> None:
        """Open a private copy of the document, queue the first pages, start painting.

        The job opens its own copy so the reviewer can move on to another material while a
        long document prints; the copy is closed when the job ends.
        """
        self.doc_id = self._renderer.open_document(self._source)
        for slot in range(min(_AHEAD, self.total)):
            self._request(slot)
        self.start()

    def cancel(self) -> None:
        """Stop after the page being painted; a half-written PDF file is removed."""
        self._cancelled.set()
        self._renderer.withdraw(Lane.PRINT, self._owner)
        self._inbox.put((_WAKE, None))

    def deliver(self, slot: int, image: QImage | None) -> None:
        """Called on the render thread: a rendered page, or None if it could not be made."""
        self._inbox.put((slot, image))

    @property
    def _owner(self) -> tuple[str, int]:
        return ("print", id(self))

    def _request(self, slot: int) -> None:
        self._renderer.submit(Lane.PRINT, self._owner, PrintRenderTask(self, slot))

    def run(self) -> None:
        painter = QPainter()
        outcome = PrintOutcome.FAILED
        if painter.begin(self._printer):
            try:
                outcome = self._paint_all(painter)
            finally:
                if outcome is not PrintOutcome.DONE:
                    self._printer.abort()
                painter.end()
        if outcome is not PrintOutcome.DONE:
            self._renderer.withdraw(Lane.PRINT, self._owner)
            self._remove_partial_file()
        self._renderer.close_document(self.doc_id)
        self.outcome = outcome
        self.completed.emit(outcome)

    def _paint_all(self, painter: QPainter) -> PrintOutcome:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        waiting: dict[int, QImage | None] = {}
        for slot in range(self.total):
            image = self._wait_for(slot, waiting)
            if self._cancelled.is_set():
                return PrintOutcome.CANCELLED
            if image is None or (slot and not self._printer.newPage()):
                return PrintOutcome.FAILED
            spot = self.placement(slot)
            painter.drawImage(QRectF(spot.x, spot.y, spot.width, spot.height), image)
            self.progressed.emit(slot + 1, self.total)
            if slot + _AHEAD < self.total:
                self._request(slot + _AHEAD)
        return PrintOutcome.DONE

    def _wait_for(self, slot: int, waiting: dict[int, QImage | None]) -> QImage | None:
        while slot not in waiting and not self._cancelled.is_set():
            arrived, image = self._inbox.get()
            if arrived != _WAKE:
                waiting[arrived] = image
        return waiting.pop(slot, None)

    def _remove_partial_file(self) -> None:
        target = self._printer.outputFileName()
        if target and self._printer.outputFormat() is QPrinter.OutputFormat.PdfFormat:
            with contextlib.suppress(FileNotFoundError):
                os.remove(target)
