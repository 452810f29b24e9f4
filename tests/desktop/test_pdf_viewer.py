"""The PDF viewer as a reviewer uses it: open, scroll, zoom, rotate, thumbnails, search, save."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from desktop.views.pdf import PdfViewer
from desktop.views.pdf.geometry import page_rect_to_pixels
from desktop.views.pdf.task_queue import Lane
from desktop.views.pdf.zoom import ZoomMode
from tests.desktop.pdf_fixtures import (  # noqa: F401  (pytest fixtures, registered by name=)
    SEARCH_WORD,
    WAIT_MS,
    Gate,
    RenderLog,
    encrypted_pdf_fixture,
    landscape_pdf_fixture,
    load_and_wait,
    no_dangling_threads_fixture,
    render_log_fixture,
    scanned_50_fixture,
    text_5_fixture,
    viewer_fixture,
    wait_for,
    wait_idle,
)


def _dark_fraction(image: QImage) -> float:
    """Share of dark pixels on a coarse grid: text and scan speckle, not blank paper."""
    samples = [
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    ]
    return sum(1 for value in samples if value < 128) / len(samples)


def _page_on_screen(viewer: PdfViewer, page: int) -> QImage:
    view = viewer.page_view
    box = view._view_rect(page).intersected(view.viewport().rect())
    return view.viewport().grab(box).toImage()


def test_first_page_of_a_50_page_scan_is_painted(
    qtbot: QtBot,
    viewer: PdfViewer,
    render_log: RenderLog,
    scanned_50: bytes,
) -> None:
    elapsed = load_and_wait(qtbot, viewer, scanned_50)
    assert elapsed > 0
    assert viewer.page_count() == 50
    assert viewer.toolbar.page_box.text() == "第 1 / 50 页"
    wait_for(qtbot, lambda: 0 in render_log.pages(Lane.VIEW))
    assert _dark_fraction(_page_on_screen(viewer, 0)) > 0.005


def test_scrolling_to_the_end_renders_only_visible_pages(
    qtbot: QtBot,
    viewer: PdfViewer,
    render_log: RenderLog,
    scanned_50: bytes,
) -> None:
    load_and_wait(qtbot, viewer, scanned_50)
    wait_idle(qtbot, viewer)
    wanted_at_top = set(viewer.page_view.wanted_pages())
    bar = viewer.page_view.verticalScrollBar()
    with qtbot.waitSignal(
        viewer.page_view.page_shown, timeout=WAIT_MS, check_params_cb=lambda p: p == 49
    ):
        bar.setValue(bar.maximum())
    wait_idle(qtbot, viewer)
    wanted_at_end = set(viewer.page_view.wanted_pages())
    rendered = render_log.pages(Lane.VIEW)
    assert set(rendered) == wanted_at_top | wanted_at_end
    assert len(rendered) == len(set(rendered)), "no page was rendered twice"
    assert max(wanted_at_top) < 5 and min(wanted_at_end) > 44
    assert viewer.current_page() == 49
    assert viewer.toolbar.page_box.text() == "第 50 / 50 页"


def test_fast_scrolling_drops_pages_scrolled_past(
    qtbot: QtBot,
    viewer: PdfViewer,
    render_log: RenderLog,
    scanned_50: bytes,
) -> None:
    """Dragging through the document while MuPDF is busy queues only where the drag ends."""
    load_and_wait(qtbot, viewer, scanned_50)
    wait_idle(qtbot, viewer)
    before = len(render_log.results)
    gate = Gate()
    gate.hold(viewer.render_thread)
    try:
        bar = viewer.page_view.verticalScrollBar()
        for step in range(1, 41):
            bar.setValue(bar.maximum() * step // 40)
            qtbot.wait(1)
        assert viewer.render_thread.pending(Lane.VIEW) <= 2
    finally:
        gate.release.set()

    def rendered() -> list[int]:
        return [r.request.page for r in render_log.results[before:] if r.request.lane is Lane.VIEW]

    wait_idle(qtbot, viewer)
    wanted = viewer.page_view.wanted_pages()
    assert 49 in wanted
    wait_for(qtbot, lambda: set(wanted) <= set(rendered()))
    assert sorted(rendered()) == sorted(wanted), "only where the drag ended was rendered"


def _rendered_size(qtbot: QtBot, viewer: PdfViewer, log: RenderLog, page: int) -> tuple[int, int]:
    """Wait for the page at the view's current key and return its pixel size."""
    key = viewer.page_view.key_for(page)
    wait_for(qtbot, lambda: any(r.key == key for r in log.results))
    image = next(r.image for r in log.results if r.key == key)
    return image.width(), image.height()


def test_zoom_fit_and_rotate_change_the_rendered_size(
    qtbot: QtBot,
    viewer: PdfViewer,
    render_log: RenderLog,
    text_5: bytes,
) -> None:
    load_and_wait(qtbot, viewer, text_5)
    assert viewer.page_view.zoom_mode() is ZoomMode.FIT_WIDTH
    fit_width = _rendered_size(qtbot, viewer, render_log, 0)
    assert abs(fit_width[0] - (viewer.page_view.viewport().width() - 24)) <= 2

    viewer.set_zoom(1.0)
    at_100 = _rendered_size(qtbot, viewer, render_log, 0)
    assert at_100[0] == pytest.approx(595 * viewer.logicalDpiY() / 72, abs=2)
    assert viewer.toolbar.zoom_box.currentText() == "100%"

    viewer.commands.zoom_in.trigger()
    assert viewer.zoom() == 1.25
    assert _rendered_size(qtbot, viewer, render_log, 0)[0] > at_100[0]

    viewer.fit_page()
    fit_page = _rendered_size(qtbot, viewer, render_log, 0)
    assert fit_page[1] <= viewer.page_view.viewport().height()
    assert viewer.commands.fit_page.isChecked() and not viewer.commands.fit_width.isChecked()

    viewer.rotate_right()
    turned = _rendered_size(qtbot, viewer, render_log, 0)
    assert turned[0] > turned[1], "a quarter turn makes the portrait page landscape"
    viewer.rotate_left()
    assert viewer.rotation() == 0
    viewer.rotate_left()
    assert viewer.rotation() == 270


def test_zoom_box_accepts_typed_percentages(
    qtbot: QtBot,
    viewer: PdfViewer,
    text_5: bytes,
) -> None:
    load_and_wait(qtbot, viewer, text_5)
    box = viewer.toolbar.zoom_box
    box.setEditText("200")
    box.lineEdit().editingFinished.emit()
    assert viewer.zoom() == 2.0
    assert viewer.page_view.zoom_mode() is ZoomMode.CUSTOM
    box.setEditText("不是数字")
    box.lineEdit().editingFinished.emit()
    assert viewer.zoom() == 2.0
    assert box.currentText() == "200%"


def test_keyboard_zoom_and_page_keys(
    qtbot: QtBot,
    viewer: PdfViewer,
    scanned_50: bytes,
) -> None:
    load_and_wait(qtbot, viewer, scanned_50)
    viewer.page_view.setFocus()
    viewer.set_zoom(1.0)
    qtbot.keyClick(viewer.page_view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert viewer.zoom() == 1.25
    qtbot.keyClick(viewer.page_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.zoom() == 1.0
    qtbot.keyClick(viewer.page_view, Qt.Key.Key_PageDown)
    assert viewer.current_page() == 1
    qtbot.keyClick(viewer.page_view, Qt.Key.Key_End)
    assert viewer.current_page() == 49
    qtbot.keyClick(viewer.page_view, Qt.Key.Key_PageUp)
    assert viewer.current_page() == 48
    qtbot.keyClick(viewer.page_view, Qt.Key.Key_Home)
    assert viewer.current_page() == 0
    qtbot.keyClick(viewer.page_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert viewer.toolbar.search_field.hasFocus()


def test_page_box_navigates(
    qtbot: QtBot,
    viewer: PdfViewer,
    scanned_50: bytes,
) -> None:
    load_and_wait(qtbot, viewer, scanned_50)
    with qtbot.waitSignal(viewer.page_changed, timeout=WAIT_MS) as blocker:
        viewer.toolbar.page_box.setValue(10)
    assert blocker.args == [9]
    assert viewer.current_page() == 9
    top = viewer.page_view.verticalScrollBar().value()
    assert viewer.page_view._view_rect(9).top() == pytest.approx(12, abs=1)
    assert top > 0
    with qtbot.waitSignal(
        viewer.page_view.page_shown, timeout=WAIT_MS, check_params_cb=lambda p: p == 9
    ):
        pass
    assert viewer.toolbar.page_box.text() == "第 10 / 50 页"
    assert viewer.thumbnails.currentIndex().row() == 9


def test_thumbnails_are_rendered_lazily(
    qtbot: QtBot,
    viewer: PdfViewer,
    render_log: RenderLog,
    scanned_50: bytes,
) -> None:
    load_and_wait(qtbot, viewer, scanned_50)
    model = viewer.thumbnails.thumbnail_model()
    wait_for(qtbot, lambda: model.has_image(0))
    wait_idle(qtbot, viewer)
    qtbot.waitUntil(lambda: viewer.render_thread.pending() == 0, timeout=WAIT_MS)
    thumbs = render_log.pages(Lane.THUMBNAILS)
    visible = viewer.thumbnails.visible_rows()
    assert 0 in thumbs
    assert len(thumbs) <= len(visible) + 2 < 50
    image = model.data(model.index(0), Qt.ItemDataRole.DecorationRole)
    inked = [
        image.pixelColor(x, y).lightness() < 220
        for x in range(image.width())
        for y in range(image.height())
    ]
    assert sum(inked) > 0.01 * len(inked), "the thumbnail shows the scan, not a blank stand-in"
    with qtbot.waitSignal(viewer.page_changed, timeout=WAIT_MS) as blocker:
        viewer.thumbnails.setCurrentIndex(model.index(3))
    assert blocker.args == [3]


def test_scrolling_the_thumbnails_renders_the_ones_in_view(
    qtbot: QtBot,
    viewer: PdfViewer,
    render_log: RenderLog,
    scanned_50: bytes,
) -> None:
    load_and_wait(qtbot, viewer, scanned_50)
    wait_idle(qtbot, viewer)
    model = viewer.thumbnails.thumbnail_model()
    bar = viewer.thumbnails.verticalScrollBar()
    bar.setValue(bar.maximum())
    visible = viewer.thumbnails.visible_rows()
    assert 49 in visible
    with qtbot.waitSignal(viewer.thumbnails.thumbnail_model().dataChanged, timeout=2000):
        pass
    wait_for(qtbot, lambda: all(model.has_image(row) for row in visible))
    wait_idle(qtbot, viewer)
    middle = set(range(10, 40)) - set(visible)
    assert not middle & set(render_log.pages(Lane.THUMBNAILS)), "rows never shown stay unrendered"


def test_search_finds_chinese_text_and_highlights_it(
    qtbot: QtBot,
    viewer: PdfViewer,
    text_5: bytes,
) -> None:
    load_and_wait(qtbot, viewer, text_5)
    with qtbot.waitSignal(viewer.render_thread.search_finished, timeout=WAIT_MS):
        viewer.toolbar.search_field.setText(SEARCH_WORD)  # QTest types ASCII only
        qtbot.keyClick(viewer.toolbar.search_field, Qt.Key.Key_Return)
    results = viewer.search_results()
    assert results is not None and results.count == 5
    assert viewer.toolbar.hits_label.text() == "1 / 5"
    hit = results.current
    assert hit is not None and hit.page == 0
    _assert_highlighted(viewer, hit.page, hit.rect)

    viewer.commands.find_next.trigger()
    assert viewer.toolbar.hits_label.text() == "2 / 5"
    assert viewer.current_page() == 1
    qtbot.keyClick(
        viewer.toolbar.search_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier
    )
    assert viewer.toolbar.hits_label.text() == "1 / 5"
    viewer.toolbar.search_field.clear()
    assert viewer.search_results() is None
    assert viewer.toolbar.hits_label.text() == ""


def _assert_highlighted(
    shown: PdfViewer, page: int, rect: tuple[float, float, float, float]
) -> None:
    view = shown.page_view
    info = shown.document_info()
    assert info is not None
    x0, y0, x1, _ = page_rect_to_pixels(
        rect, info.page_sizes[page], view.rotation(), view.pixels_per_point()
    )
    target = view._view_rect(page)
    shot = view.viewport().grab().toImage()
    centre = shot.pixelColor(int(target.x() + (x0 + x1) / 2), int(target.y() + y0 + 2))
    assert centre.red() > 200 and centre.blue() < 160, centre.name()


def test_search_without_hits_says_so(
    qtbot: QtBot,
    viewer: PdfViewer,
    scanned_50: bytes,
) -> None:
    """A scan has no text layer: the search ends with "未找到" instead of spinning."""
    load_and_wait(qtbot, viewer, scanned_50)
    with qtbot.waitSignal(viewer.render_thread.search_finished, timeout=WAIT_MS):
        viewer.find(SEARCH_WORD)
    assert viewer.toolbar.hits_label.text() == "未找到"


def test_copy_page_text(
    qtbot: QtBot,
    viewer: PdfViewer,
    text_5: bytes,
    scanned_50: bytes,
) -> None:
    load_and_wait(qtbot, viewer, text_5)
    with qtbot.waitSignal(viewer.render_thread.text_ready, timeout=WAIT_MS):
        viewer.commands.copy_text.trigger()
    assert "湘潭市兴湘航运有限公司" in QGuiApplication.clipboard().text()
    assert viewer.status.text() == "已复制第 1 页的文字"
    load_and_wait(qtbot, viewer, scanned_50)
    with qtbot.waitSignal(viewer.render_thread.text_ready, timeout=WAIT_MS):
        viewer.copy_page_text()
    assert "没有可复制的文字" in viewer.status.text()


def test_save_a_copy_writes_identical_bytes(
    qtbot: QtBot,
    viewer: PdfViewer,
    scanned_50: bytes,
    tmp_path: Path,
) -> None:
    load_and_wait(qtbot, viewer, scanned_50)
    target = tmp_path / "副本.pdf"
    with qtbot.waitSignal(viewer.copy_saved, timeout=WAIT_MS) as blocker:
        viewer.save_copy(target)
    assert blocker.args == [str(target)]
    assert target.read_bytes() == scanned_50
    assert list(tmp_path.iterdir()) == [target], "no temporary file is left behind"


def test_save_a_copy_of_a_file_opened_by_path(
    qtbot: QtBot,
    viewer: PdfViewer,
    text_5: bytes,
    tmp_path: Path,
) -> None:
    source = tmp_path / "船舶所有权证书.pdf"
    source.write_bytes(text_5)
    with qtbot.waitSignal(viewer.first_page_shown, timeout=WAIT_MS):
        viewer.load_path(source)
    assert viewer.title() == "船舶所有权证书.pdf"
    target = tmp_path / "out" / "copy.pdf"
    target.parent.write_bytes(b"")  # a file where the folder should be: the save fails
    with qtbot.waitSignal(viewer.copy_failed, timeout=WAIT_MS):
        viewer.save_copy(target)
    target.parent.unlink()
    with qtbot.waitSignal(viewer.copy_saved, timeout=WAIT_MS):
        viewer.save_copy(target)
    assert target.read_bytes() == text_5


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"PK\x03\x04 this is a zip, not a pdf" * 50, "此文件无法打开"),
        (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "此文件无法打开"),
    ],
)
def test_corrupt_file_shows_a_friendly_message(
    qtbot: QtBot,
    viewer: PdfViewer,
    data: bytes,
    expected: str,
    tmp_path: Path,
) -> None:
    with qtbot.waitSignal(viewer.load_failed, timeout=WAIT_MS) as blocker:
        viewer.load_bytes(data, "损坏.pdf")
    assert expected in blocker.args[0]
    assert expected in viewer.message_text()
    assert "退回申请人" in viewer.message_text()
    assert not viewer.commands.print.isEnabled()
    assert viewer.commands.save_copy.isEnabled()
    with qtbot.waitSignal(viewer.copy_saved, timeout=WAIT_MS):
        viewer.save_copy(tmp_path / "损坏.pdf")
    assert (tmp_path / "损坏.pdf").read_bytes() == data


def test_encrypted_and_missing_files_explain_themselves(
    qtbot: QtBot,
    viewer: PdfViewer,
    encrypted_pdf: bytes,
    text_5: bytes,
    tmp_path: Path,
) -> None:
    with qtbot.waitSignal(viewer.load_failed, timeout=WAIT_MS):
        viewer.load_bytes(encrypted_pdf, "加密.pdf")
    assert "已加密" in viewer.message_text()
    with qtbot.waitSignal(viewer.load_failed, timeout=WAIT_MS):
        viewer.load_path(tmp_path / "不存在.pdf")
    assert "找不到此文件" in viewer.message_text()
    load_and_wait(qtbot, viewer, text_5)
    assert viewer.message_text() == ""
    assert viewer.commands.print.isEnabled()


def test_loading_again_replaces_the_document_and_clear_empties(
    qtbot: QtBot,
    viewer: PdfViewer,
    text_5: bytes,
    scanned_50: bytes,
) -> None:
    viewer.load_bytes(scanned_50, "first")
    load_and_wait(qtbot, viewer, text_5, "second")
    assert viewer.page_count() == 5
    assert viewer.title() == "second"
    wait_idle(qtbot, viewer)
    doc_id = viewer.document_info().doc_id  # type: ignore[union-attr]
    viewer.clear()
    assert viewer.page_count() == 0
    assert "请在材料列表中选择" in viewer.message_text()
    assert all(key.doc_id != doc_id for key in viewer.page_cache._images)
    assert viewer.page_cache.size_bytes == 0


def test_render_thread_stops_when_the_viewer_closes(
    qtbot: QtBot,
    scanned_50: bytes,
    no_dangling_threads: list,
) -> None:
    widget = PdfViewer()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    load_and_wait(qtbot, widget, scanned_50)
    widget.page_view.verticalScrollBar().setValue(5000)
    assert widget.render_thread.isRunning()
    widget.close()
    assert not widget.render_thread.isRunning()
    with pytest.raises(RuntimeError):
        widget.load_bytes(scanned_50, "after close")


def test_a_shared_render_thread_outlives_its_viewers(
    qtbot: QtBot,
    text_5: bytes,
    no_dangling_threads: list,
) -> None:
    from desktop.views.pdf import RenderThread

    shared = RenderThread()
    first, second = PdfViewer(renderer=shared), PdfViewer(renderer=shared)
    for widget in (first, second):
        qtbot.addWidget(widget)
        widget.resize(700, 600)
        widget.show()
        load_and_wait(qtbot, widget, text_5)
    first.close()
    assert shared.isRunning()
    second.go_to_page(4)
    with qtbot.waitSignal(
        second.page_view.page_shown, timeout=WAIT_MS, check_params_cb=lambda p: p == 4
    ):
        pass
    second.close()
    assert shared.stop()


def test_mixed_orientation_pages_lay_out_centred(
    qtbot: QtBot,
    viewer: PdfViewer,
    landscape_pdf: bytes,
) -> None:
    load_and_wait(qtbot, viewer, landscape_pdf)
    view = viewer.page_view
    portrait, landscape = view._view_rect(0), view._view_rect(1)
    assert (
        landscape.width() == portrait.width() * 842 // 595 or landscape.width() > portrait.width()
    )
    assert portrait.center().x() == pytest.approx(landscape.center().x(), abs=1)
