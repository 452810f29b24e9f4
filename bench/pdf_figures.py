"""PDF viewer figures (SPEC §10): first page of a cached 50-page scan, further pages at 150 dpi.

Everything goes through the real viewer — a shown ``PdfViewer`` on an offscreen QApplication,
its render thread, the page cache, the queued signals and the paint — and a figure stops when
the page's pixels are painted, not when MuPDF returns. Each figure's baseline is PyMuPDF alone
(no Qt, no queue, no signals, no painting) doing the same work on the same file in the same
run, so the ratio is the price of everything the viewer adds:

* ``pdf.first_page_ms`` — ``load_path`` of the cached file to the first page painted, at fit
  width in a 1280×800 viewer (median of several loads); baseline: ``pymupdf.open`` of the same
  path plus rendering page 1 at the same scale;
* ``pdf.page_150dpi_ms`` — jumping to a page nobody asked for before (every third page, the
  viewer idle in between, as a reviewer flipping through) until it is painted at 150 dpi;
  baseline: rendering the same pages at 150 dpi;
* ``pdf.next_page_150dpi_ms`` — the next page, as PgDn shows it: the viewer has already
  rendered it as the neighbour of the page on screen, so this is what a reviewer waits for;
* ``pdf.image_copy_ms`` — the one copy from MuPDF's pixmap into a Qt-owned QImage that the
  render thread makes (see desktop/views/pdf/pixmap_image.py), against the render itself;
* ``pdf.ui_stall_p99_ms`` — while the viewer shows another 16 pages nobody asked for before,
  the 99th-percentile gap between ticks of a 4 ms timer on the UI thread: PyMuPDF holds the
  GIL during a render, so this is how long the UI's Python may wait; baseline: one render.

Each viewer measurement is immediately followed by its baseline, run as a task on the
viewer's own render thread (see ``PyMuPDFAlone``): both see the same machine load, and PyMuPDF
is never used from two threads.
"""

from __future__ import annotations

import itertools
import os
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication

from bench.figures import BenchContext, Figure, benchmark
from demo.pdfs import scanned_pdf
from desktop.views.pdf import PdfViewer
from desktop.views.pdf.pixmap_image import image_from_pixmap
from desktop.views.pdf.render_tasks import WorkerContext
from desktop.views.pdf.task_queue import Lane

PAGES = 50
LOADS = 5
DPI = 150
FIRST_PAGE_TARGET_MS = 300.0
PAGE_TARGET_MS = 80.0
COPY_TARGET_MS = 8.0
"""A tenth of the per-page budget: the copy must stay small beside MuPDF's own work."""
STALL_TARGET_MS = 50.0
"""Three frames at 60 Hz: beyond this a reviewer feels the scroll bar stick."""
TICK_MS = 4
TIMEOUT_MS = 30_000
VIEWER_SIZE = (1280, 800)
LINES = (
    "申请人：湘潭市兴湘航运有限公司",
    "船名：湘潭货1234　船舶识别号：CN20181234567",
    "项目类型：拆解　政策：部政策　总吨：345",
    "审核意见：材料齐全、符合条件、同意上报。",
)


def _cached_scan(workdir: str) -> Path:
    """The 50-page scan as the material cache would hold it: a file on local disk."""
    path = Path(workdir) / "materials" / "船舶拆解现场照片.pdf"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        path.write_bytes(scanned_pdf("船舶拆解现场照片及说明", LINES, pages=PAGES, seed=11))
    return path


def _application() -> QCoreApplication:
    """The running QApplication, or a new offscreen one (benchmarks have no screen)."""
    existing = QApplication.instance()
    if existing is not None:
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication([])


def _wait(signal: SignalInstance, accept: Callable[..., bool], action: Callable[[], None]) -> float:
    """Run ``action`` and spin the event loop until ``signal`` fires with accepted arguments.

    Returns the milliseconds from the action to the signal. Uses a QEventLoop (not
    processEvents in a loop) so the wait costs no CPU the render thread could use.
    """
    loop = QEventLoop()
    fired: list[float] = []

    def on_signal(*args: object) -> None:
        if not fired and accept(*args):
            fired.append(time.perf_counter())
            loop.quit()

    signal.connect(on_signal)
    deadline = QTimer(singleShot=True, interval=TIMEOUT_MS)
    deadline.timeout.connect(loop.quit)
    deadline.start()
    start = time.perf_counter()
    action()
    if not fired:
        loop.exec()
    deadline.stop()
    signal.disconnect(on_signal)
    if not fired:
        raise TimeoutError("the PDF viewer did not answer in time")
    return (fired[0] - start) * 1000


def _settle(viewer: PdfViewer) -> None:
    """Let the viewer finish what it queued (neighbour pages, thumbnails)."""
    loop = QEventLoop()
    for _ in range(TIMEOUT_MS // 20):
        idle = (
            viewer.render_thread.pending() == 0
            and viewer.page_view.pending_renders() == 0
            and viewer.thumbnails.pending_renders() == 0
        )
        if idle:
            return
        QTimer.singleShot(20, loop.quit)
        loop.exec()


@dataclass
class PyMuPDFAlone:
    """A render-thread task that times plain PyMuPDF work on its own document.

    Baselines run on the viewer's render thread, between the viewer's own measurements: the
    machine's load is then the same for both (the ratio compares like with like), and MuPDF is
    still only ever used from that one thread. The timed code is PyMuPDF only — no Qt, no
    signals; only the copy figure times ``image_from_pixmap`` on purpose.
    """

    path: Path
    page: int
    scale: float
    with_open: bool = False
    render_ms: float = 0.0
    copy_ms: float = 0.0
    done: threading.Event = field(default_factory=threading.Event)

    def run(self, context: WorkerContext) -> None:
        try:
            self._measure()
        finally:
            self.done.set()

    def discard(self) -> None:
        self.done.set()

    def _measure(self) -> None:
        """Render the page cold (a document of its own), then time the copy to a QImage."""
        opened_at = time.perf_counter()
        doc = pymupdf.open(self.path)
        start = opened_at if self.with_open else time.perf_counter()
        matrix = pymupdf.Matrix(self.scale, self.scale)
        pix = doc.load_page(self.page).get_pixmap(matrix=matrix, alpha=False)
        self.render_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        image_from_pixmap(pix)
        self.copy_ms = (time.perf_counter() - start) * 1000
        doc.close()

    def measure_on(self, viewer: PdfViewer) -> PyMuPDFAlone:
        viewer.render_thread.submit(Lane.CONTROL, "bench", self)
        if not self.done.wait(TIMEOUT_MS / 1000) or self.render_ms <= 0:
            raise RuntimeError("the PyMuPDF baseline did not run")
        return self


@dataclass
class Samples:
    """Viewer times and PyMuPDF-alone times, measured pairwise."""

    viewer_ms: list[float] = field(default_factory=list)
    alone_ms: list[float] = field(default_factory=list)
    copy_ms: list[float] = field(default_factory=list)

    def add(self, viewer_ms: float, alone: PyMuPDFAlone) -> None:
        self.viewer_ms.append(viewer_ms)
        self.alone_ms.append(alone.render_ms)
        self.copy_ms.append(alone.copy_ms)

    def figure(self, name: str, target: float) -> Figure:
        viewer, alone = statistics.median(self.viewer_ms), statistics.median(self.alone_ms)
        return Figure(name, viewer, "ms", target, alone)


def _first_pages(viewer: PdfViewer, path: Path) -> Samples:
    samples = Samples()
    for _ in range(LOADS):
        elapsed = _wait(viewer.first_page_shown, lambda _ms: True, lambda: viewer.load_path(path))
        _settle(viewer)
        scale = viewer.page_view.key_for(0).scale
        samples.add(elapsed, PyMuPDFAlone(path, 0, scale, with_open=True).measure_on(viewer))
    return samples


def _show_page(viewer: PdfViewer, page: int) -> float:
    return _wait(
        viewer.page_view.page_shown,
        lambda shown: shown == page,
        lambda: viewer.go_to_page(page),
    )


def _pages(viewer: PdfViewer, path: Path, pages: list[int]) -> Samples:
    """Show each page in turn, the viewer idle in between, each paired with PyMuPDF alone."""
    samples = Samples()
    for page in pages:
        elapsed = _show_page(viewer, page)
        _settle(viewer)
        scale = viewer.page_view.key_for(page).scale
        samples.add(elapsed, PyMuPDFAlone(path, page, scale).measure_on(viewer))
    return samples


class UiTicker:
    """Ticks on the UI thread every few ms; the longest gaps are when Python could not run.

    PyMuPDF holds the GIL while it renders, so the UI thread's Python (paint, slots) waits for
    the render in hand to finish: this measures how long a reviewer's input may go unanswered.
    """

    def __init__(self) -> None:
        self._ticks: list[float] = []
        self._timer = QTimer(interval=TICK_MS)
        self._timer.timeout.connect(self._tick)

    def __enter__(self) -> UiTicker:
        self._ticks.append(time.perf_counter())
        self._timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        self._ticks.append(time.perf_counter())

    def worst_gap_ms(self, quantile: float) -> float:
        gaps = sorted(b - a for a, b in itertools.pairwise(self._ticks))
        return gaps[min(len(gaps) - 1, int(quantile * len(gaps)))] * 1000 if gaps else 0.0


def _run(path: Path) -> tuple[Samples, Samples, Samples, float]:
    _application()
    viewer = PdfViewer()
    viewer.resize(*VIEWER_SIZE)
    viewer.show()
    try:
        first = _first_pages(viewer, path)
        viewer.set_zoom(DPI / viewer.page_view.logicalDpiY())
        _settle(viewer)
        jumps = _pages(viewer, path, list(range(3, PAGES, 3)))
        with UiTicker() as ticker:
            for page in range(2, PAGES, 3):
                _show_page(viewer, page)
                _settle(viewer)
        viewer.go_to_page(0)
        _settle(viewer)
        following = _pages(viewer, path, list(range(1, PAGES)))
    finally:
        viewer.close()
        viewer.deleteLater()
    return first, jumps, following, ticker.worst_gap_ms(0.99)


@benchmark("pdf_viewer")
def pdf_viewer_figures(context: BenchContext) -> Iterator[Figure]:
    """First page and further pages of a cached 50-page scanned PDF (SPEC §10)."""
    first, jumps, following, stall = _run(_cached_scan(context.workdir))
    yield first.figure("pdf.first_page_ms", FIRST_PAGE_TARGET_MS)
    yield jumps.figure("pdf.page_150dpi_ms", PAGE_TARGET_MS)
    yield following.figure("pdf.next_page_150dpi_ms", PAGE_TARGET_MS)
    yield Figure(
        "pdf.image_copy_ms",
        statistics.median(jumps.copy_ms),
        "ms",
        COPY_TARGET_MS,
        statistics.median(jumps.alone_ms),
    )
    yield Figure(
        "pdf.ui_stall_p99_ms", stall, "ms", STALL_TARGET_MS, statistics.median(jumps.alone_ms)
    )
