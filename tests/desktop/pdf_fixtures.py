"""Fixtures for the PDF viewer tests: realistic Chinese PDFs, a shown viewer, thread checks.

Import the fixtures into a test module (``from tests.desktop.pdf_fixtures import
viewer_fixture``); pytest registers each under its ``name=`` (``viewer``), so test parameters
do not shadow the imported function. They are not in conftest.py, which belongs to the sync
tests.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf
import pytest
import shiboken6
from PySide6.QtCore import QObject, QThread
from pytestqt.qtbot import QtBot

from demo.pdfs import scanned_pdf, text_pdf
from desktop.views.pdf import PdfViewer, RenderThread
from desktop.views.pdf.render_requests import RenderResult
from desktop.views.pdf.render_tasks import WorkerContext
from desktop.views.pdf.task_queue import Lane

SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
TITLE = "湖南省水运奖补资金申请表"
LINES = (
    "申请人：湘潭市兴湘航运有限公司",
    "船名：湘潭货1234　船舶识别号：CN20181234567",
    "项目类型：拆解　政策：部政策　总吨：345",
    "测算金额：51.75 万元（0.1*345*1.5*1.00）",
    "审核意见：材料齐全、符合条件、同意上报。",
)
SEARCH_WORD = "航运"
WAIT_MS = 20_000


@pytest.fixture(scope="session", name="scanned_50")
def scanned_50_fixture() -> bytes:
    """A 50-page image-only "scan" with Chinese text (no text layer)."""
    return scanned_pdf("船舶拆解现场照片及说明", LINES, pages=50, seed=7)


@pytest.fixture(scope="session", name="text_5")
def text_5_fixture() -> bytes:
    """A 5-page born-digital PDF whose every page contains SEARCH_WORD once."""
    return text_pdf(TITLE, LINES, pages=5)


@pytest.fixture(scope="session", name="landscape_pdf")
def landscape_pdf_fixture() -> bytes:
    """Two pages: one A4 portrait, one A4 landscape, both with Chinese text."""
    doc = pymupdf.open()
    for width, height in ((595, 842), (842, 595)):
        page = doc.new_page(width=width, height=height)
        page.insert_text((60, 90), TITLE, fontname="china-s", fontsize=20)
    return doc.tobytes(no_new_id=True)


@pytest.fixture(scope="session", name="encrypted_pdf")
def encrypted_pdf_fixture(text_5: bytes) -> bytes:
    doc = pymupdf.open(stream=text_5, filetype="pdf")
    return doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")


@pytest.fixture(name="no_dangling_threads")
def no_dangling_threads_fixture(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[QThread]]:
    """Fail the test if a QThread it started is still running at the end (after napari)."""
    started: list[QThread] = []
    original = QThread.start

    def tracking_start(thread: QThread, *args: object) -> None:
        started.append(thread)
        original(thread, *args)

    monkeypatch.setattr(QThread, "start", tracking_start)
    yield started
    running = [t.objectName() for t in started if shiboken6.isValid(t) and t.isRunning()]
    assert not running, f"threads still running after the test: {running}"
    assert not RenderThread.running_threads()


@pytest.fixture(name="viewer")
def viewer_fixture(qtbot: QtBot, no_dangling_threads: list[QThread]) -> Iterator[PdfViewer]:
    """A shown 1280×800 viewer with its own render thread, closed after the test."""
    widget = PdfViewer()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()
    assert not widget.render_thread.isRunning()


@dataclass(frozen=True)
class Gate:
    """A render-thread task that holds the thread until released: makes queueing deterministic."""

    entered: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    def run(self, context: WorkerContext) -> None:
        self.entered.set()
        self.release.wait(WAIT_MS / 1000)

    def discard(self) -> None:
        self.release.set()

    def hold(self, renderer: RenderThread) -> None:
        """Occupy the render thread (returns once the thread is inside the gate)."""
        renderer.submit(Lane.CONTROL, "control", self)
        assert self.entered.wait(WAIT_MS / 1000)


class RenderLog(QObject):
    """Every page the render thread delivered, by lane.

    A QObject so its slot is an ordinary queued call, delivered in connection order right
    after the viewer's own (a plain Python callable is delivered later than that).
    """

    def __init__(self, renderer: RenderThread) -> None:
        super().__init__()
        self.results: list[RenderResult] = []
        renderer.page_rendered.connect(self._record)

    def _record(self, result: RenderResult) -> None:
        self.results.append(result)

    def pages(self, lane: Lane) -> list[int]:
        return [r.request.page for r in self.results if r.request.lane is lane]

    def latest(self, lane: Lane, page: int) -> RenderResult | None:
        found = [r for r in self.results if r.request.lane is lane and r.request.page == page]
        return found[-1] if found else None


@pytest.fixture(name="render_log")
def render_log_fixture(viewer: PdfViewer) -> RenderLog:
    return RenderLog(viewer.render_thread)


def load_and_wait(qtbot: QtBot, viewer: PdfViewer, data: bytes, title: str = TITLE) -> float:
    """Load bytes and wait until the first page is painted; the elapsed milliseconds."""
    with qtbot.waitSignal(viewer.first_page_shown, timeout=WAIT_MS) as blocker:
        viewer.load_bytes(data, title)
    return float(blocker.args[0])


def wait_idle(qtbot: QtBot, viewer: PdfViewer) -> None:
    """Wait until the viewer has nothing left to render."""

    def idle() -> bool:
        return (
            viewer.render_thread.pending() == 0
            and viewer.page_view.pending_renders() == 0
            and viewer.thumbnails.pending_renders() == 0
        )

    qtbot.waitUntil(idle, timeout=WAIT_MS)


def wait_for(qtbot: QtBot, condition: Callable[[], bool]) -> None:
    qtbot.waitUntil(condition, timeout=WAIT_MS)


def save_screenshot(viewer: PdfViewer, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"pdf_viewer_{name}.png"
    assert viewer.grab().save(str(target))
    return target
