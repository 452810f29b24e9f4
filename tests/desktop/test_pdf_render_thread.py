"""The render thread: one thread for all of MuPDF, stale work dropped, clean shutdown."""

from __future__ import annotations

from collections.abc import Iterator

import pymupdf
import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from desktop.views.pdf import RenderThread
from desktop.views.pdf.documents import DocumentInfo, OpenFailure
from desktop.views.pdf.render_requests import RenderRequest, RenderResult
from desktop.views.pdf.task_queue import Lane
from tests.desktop.pdf_fixtures import (  # noqa: F401  (pytest fixtures, registered by name=)
    SEARCH_WORD,
    WAIT_MS,
    Gate,
    encrypted_pdf_fixture,
    no_dangling_threads_fixture,
    text_5_fixture,
)


@pytest.fixture
def renderer(no_dangling_threads: list[QThread]) -> Iterator[RenderThread]:
    thread = RenderThread()
    yield thread
    assert thread.stop()


def _open(qtbot: QtBot, renderer: RenderThread, source: bytes) -> DocumentInfo:
    with qtbot.waitSignal(renderer.opened, timeout=WAIT_MS) as blocker:
        renderer.open_document(source)
    return blocker.args[1]


def _request(doc_id: int, page: int, scale: float = 1.0, rotation: int = 0) -> RenderRequest:
    return RenderRequest(doc_id, page, scale, rotation, Lane.VIEW, generation=1)


def test_opens_and_renders_on_its_own_thread(
    qtbot: QtBot,
    renderer: RenderThread,
    text_5: bytes,
) -> None:
    info = _open(qtbot, renderer, text_5)
    assert info.page_count == 5
    assert info.page_sizes[0].width == pytest.approx(595, abs=1)
    with qtbot.waitSignal(renderer.page_rendered, timeout=WAIT_MS) as blocker:
        renderer.render(Lane.VIEW, info.doc_id, [_request(info.doc_id, 2, scale=150 / 72)])
    result: RenderResult = blocker.args[0]
    assert result.request.page == 2
    assert result.request.dpi == pytest.approx(150)
    assert (result.image.width(), result.image.height()) == (1240, 1755)
    assert renderer.isRunning()


def test_rendered_image_matches_pymupdf_pixels(
    qtbot: QtBot,
    renderer: RenderThread,
    text_5: bytes,
) -> None:
    """The single copy into a QImage keeps MuPDF's pixels and stride exactly."""
    info = _open(qtbot, renderer, text_5)
    with qtbot.waitSignal(renderer.page_rendered, timeout=WAIT_MS) as blocker:
        renderer.render(Lane.VIEW, info.doc_id, [_request(info.doc_id, 0, 1.3, 90)])
    image = blocker.args[0].image
    assert renderer.stop()
    pix = pymupdf.open(stream=text_5, filetype="pdf")[0].get_pixmap(
        matrix=pymupdf.Matrix(1.3, 1.3).prerotate(90), alpha=False
    )
    assert (image.width(), image.height()) == (pix.width, pix.height)
    for x, y in [(0, 0), (pix.width // 2, pix.height // 3), (pix.width - 1, pix.height - 1)]:
        colour = image.pixelColor(x, y)
        assert (colour.red(), colour.green(), colour.blue()) == pix.pixel(x, y)
    assert image.constBits().tobytes() != b""


def test_newer_requests_replace_stale_ones(
    qtbot: QtBot,
    renderer: RenderThread,
    text_5: bytes,
) -> None:
    info = _open(qtbot, renderer, text_5)
    gate = Gate()
    gate.hold(renderer)
    stale = [_request(info.doc_id, page) for page in (0, 1, 2)]
    assert renderer.render(Lane.VIEW, info.doc_id, stale) == []
    dropped = renderer.render(Lane.VIEW, info.doc_id, [_request(info.doc_id, 4)])
    assert [request.page for request in dropped] == [0, 1, 2]
    rendered: list[int] = []
    renderer.page_rendered.connect(lambda result: rendered.append(result.request.page))
    gate.release.set()
    qtbot.waitUntil(lambda: rendered == [4], timeout=WAIT_MS)
    qtbot.wait(50)
    assert rendered == [4]


def test_view_lane_goes_before_thumbnails(
    qtbot: QtBot,
    renderer: RenderThread,
    text_5: bytes,
) -> None:
    info = _open(qtbot, renderer, text_5)
    gate = Gate()
    gate.hold(renderer)
    thumbs = [RenderRequest(info.doc_id, page, 0.2, 0, Lane.THUMBNAILS, 1) for page in range(3)]
    renderer.render(Lane.THUMBNAILS, info.doc_id, thumbs)
    renderer.render(Lane.VIEW, info.doc_id, [_request(info.doc_id, 3)])
    order: list[tuple[Lane, int]] = []
    renderer.page_rendered.connect(
        lambda result: order.append((result.request.lane, result.request.page))
    )
    gate.release.set()
    qtbot.waitUntil(lambda: len(order) == 4, timeout=WAIT_MS)
    assert order[0] == (Lane.VIEW, 3)


def test_search_and_page_text_run_on_the_thread(
    qtbot: QtBot,
    renderer: RenderThread,
    text_5: bytes,
) -> None:
    info = _open(qtbot, renderer, text_5)
    hits: dict[int, list] = {}
    renderer.search_hits.connect(lambda _sid, page, rects: hits.__setitem__(page, rects))
    with qtbot.waitSignal(renderer.search_finished, timeout=WAIT_MS) as blocker:
        renderer.search(info.doc_id, 7, SEARCH_WORD, [2, 3, 4, 0, 1])
    assert blocker.args == [7]
    assert sorted(hits) == [0, 1, 2, 3, 4]
    assert all(len(rects) == 1 for rects in hits.values())
    with qtbot.waitSignal(renderer.text_ready, timeout=WAIT_MS) as blocker:
        renderer.page_text(info.doc_id, 1)
    doc_id, page, text = blocker.args
    assert (doc_id, page) == (info.doc_id, 1)
    assert "湘潭市兴湘航运有限公司" in text
    assert "第 2 页 / 共 5 页" in text


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (b"%PDF-1.7 this is not really a pdf", OpenFailure.CORRUPT),
        (b"", OpenFailure.EMPTY),
        ("/nonexistent/material.pdf", OpenFailure.MISSING),
    ],
)
def test_open_failures_are_reported_not_raised(
    qtbot: QtBot, renderer: RenderThread, source: bytes | str, reason: OpenFailure
) -> None:
    with qtbot.waitSignal(renderer.open_failed, timeout=WAIT_MS) as blocker:
        doc_id = renderer.open_document(source)
    assert blocker.args == [doc_id, reason.value]


def test_encrypted_pdf_is_reported(
    qtbot: QtBot,
    renderer: RenderThread,
    encrypted_pdf: bytes,
) -> None:
    with qtbot.waitSignal(renderer.open_failed, timeout=WAIT_MS) as blocker:
        renderer.open_document(encrypted_pdf)
    assert blocker.args[1] == OpenFailure.ENCRYPTED.value


def test_requests_for_a_closed_document_are_ignored(
    qtbot: QtBot,
    renderer: RenderThread,
    text_5: bytes,
) -> None:
    info = _open(qtbot, renderer, text_5)
    renderer.close_document(info.doc_id)
    rendered: list[RenderResult] = []
    renderer.page_rendered.connect(rendered.append)
    renderer.render(Lane.VIEW, info.doc_id, [_request(info.doc_id, 0)])
    qtbot.waitUntil(lambda: renderer.pending() == 0, timeout=WAIT_MS)
    qtbot.wait(100)
    assert rendered == []


def test_stop_finishes_the_thread_and_discards_pending_work(
    qtbot: QtBot,
    text_5: bytes,
    no_dangling_threads: list[QThread],
) -> None:
    renderer = RenderThread()
    info = _open(qtbot, renderer, text_5)
    gate = Gate()
    gate.hold(renderer)
    discarded = Gate()
    renderer.submit(Lane.PRINT, "job", discarded)
    renderer.render(Lane.VIEW, info.doc_id, [_request(info.doc_id, p) for p in range(5)])
    assert RenderThread.running_threads() == [renderer]
    gate.release.set()
    assert renderer.stop()
    assert discarded.release.is_set()
    assert not renderer.isRunning()
    assert RenderThread.running_threads() == []
    assert renderer.stop()
    renderer.render(Lane.VIEW, info.doc_id, [_request(info.doc_id, 0)])
    assert not renderer.isRunning()


def test_thread_is_not_started_until_needed(no_dangling_threads: list[QThread]) -> None:
    renderer = RenderThread()
    assert not renderer.isRunning()
    assert renderer.stop()
    assert no_dangling_threads == []
