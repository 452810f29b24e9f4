"""Screenshots of the viewer with Chinese material on screen, for people to look at.

They land in artifacts/screenshots/pdf_viewer_*.png. The assertions only guard against a
blank or half-painted capture; whether Chinese renders and nothing is cut off is judged by
looking at the images.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desktop.views.pdf import PdfViewer
from tests.desktop.pdf_fixtures import (  # noqa: F401  (pytest fixtures, registered by name=)
    SEARCH_WORD,
    WAIT_MS,
    load_and_wait,
    no_dangling_threads_fixture,
    save_screenshot,
    scanned_50_fixture,
    text_5_fixture,
    viewer_fixture,
    wait_idle,
)


def _distinct_colours(path: Path) -> int:
    image = QImage(str(path))
    assert not image.isNull()
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
    )


def _settle(qtbot: QtBot, viewer: PdfViewer) -> None:
    wait_idle(qtbot, viewer)
    qtbot.wait(50)


def test_screenshot_scanned_document(qtbot: QtBot, viewer: PdfViewer, scanned_50: bytes) -> None:
    load_and_wait(qtbot, viewer, scanned_50, "船舶拆解现场照片.pdf")
    viewer.go_to_page(2)
    _settle(qtbot, viewer)
    assert _distinct_colours(save_screenshot(viewer, "scanned")) > 20


def test_screenshot_search_highlights(qtbot: QtBot, viewer: PdfViewer, text_5: bytes) -> None:
    load_and_wait(qtbot, viewer, text_5, "申请表.pdf")
    viewer.set_zoom(1.5)
    with qtbot.waitSignal(viewer.render_thread.search_finished, timeout=WAIT_MS):
        viewer.find(SEARCH_WORD)
    _settle(qtbot, viewer)
    assert _distinct_colours(save_screenshot(viewer, "search")) > 20


def test_screenshot_rotated_fit_page(qtbot: QtBot, viewer: PdfViewer, text_5: bytes) -> None:
    load_and_wait(qtbot, viewer, text_5, "申请表.pdf")
    viewer.rotate_right()
    viewer.fit_page()
    _settle(qtbot, viewer)
    assert _distinct_colours(save_screenshot(viewer, "rotated_fit_page")) > 20


def test_screenshot_narrow_workspace_panel(
    qtbot: QtBot, viewer: PdfViewer, scanned_50: bytes
) -> None:
    """The viewer as the right half of the review workspace."""
    viewer.resize(760, 800)
    load_and_wait(qtbot, viewer, scanned_50, "船舶拆解现场照片.pdf")
    _settle(qtbot, viewer)
    assert _distinct_colours(save_screenshot(viewer, "narrow")) > 20


def test_screenshot_corrupt_file(qtbot: QtBot, viewer: PdfViewer) -> None:
    with qtbot.waitSignal(viewer.load_failed, timeout=WAIT_MS):
        viewer.load_bytes(b"%PDF-1.4 truncated upload", "营运证.pdf")
    qtbot.wait(50)
    assert _distinct_colours(save_screenshot(viewer, "corrupt")) > 3


def test_screenshot_empty(qtbot: QtBot, viewer: PdfViewer) -> None:
    qtbot.wait(50)
    assert _distinct_colours(save_screenshot(viewer, "empty")) > 2
