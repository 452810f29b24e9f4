"""The viewer's pure parts: geometry vs MuPDF, layout, zoom, cache, queue, search, print plan."""

from __future__ import annotations

import pymupdf
import pytest
from PySide6.QtGui import QImage

from desktop.views.pdf.geometry import (
    PageSize,
    capped_scale,
    normalized_rotation,
    page_rect_to_pixels,
)
from desktop.views.pdf.layout import PAGE_GAP, PageLayout
from desktop.views.pdf.page_cache import PageCache, PageKey
from desktop.views.pdf.pixmap_image import render_page
from desktop.views.pdf.print_plan import MAX_PRINT_DPI, PageRange, place_page, print_order
from desktop.views.pdf.render_tasks import display_rects
from desktop.views.pdf.search_results import SearchResults
from desktop.views.pdf.task_queue import Lane, TaskQueue
from desktop.views.pdf.zoom import (
    MAX_ZOOM,
    MIN_ZOOM,
    fit_page_zoom,
    fit_width_zoom,
    parse_percent,
    percent_text,
    zoom_in,
    zoom_out,
)
from tests.desktop.pdf_fixtures import (  # noqa: F401  (pytest fixtures, registered by name=)
    text_5_fixture,
)

A4 = PageSize(595, 842)


# -- geometry ---------------------------------------------------------------------------


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_page_rect_mapping_matches_mupdf_matrices(rotation: int) -> None:
    scale = 1.7
    rect = (100.0, 200.0, 180.0, 230.0)
    matrix = pymupdf.Matrix(scale, scale).prerotate(rotation)
    origin = (pymupdf.Rect(0, 0, A4.width, A4.height) * matrix).tl
    expected = pymupdf.Rect(rect) * matrix
    expected.normalize()
    x0, y0, x1, y1 = page_rect_to_pixels(rect, A4, rotation, scale)
    assert (x0, y0, x1, y1) == pytest.approx(
        (
            expected.x0 - origin.x,
            expected.y0 - origin.y,
            expected.x1 - origin.x,
            expected.y1 - origin.y,
        )
    )


@pytest.mark.parametrize("page_rotate", [0, 90])
@pytest.mark.parametrize("view_rotation", [0, 90, 180, 270])
def test_search_hit_lands_on_the_rendered_text(
    text_5: bytes,
    page_rotate: int,
    view_rotation: int,
) -> None:
    """A hit mapped like the viewer maps it covers dark (text) pixels of MuPDF's render."""
    doc = pymupdf.open(stream=text_5, filetype="pdf")
    page = doc[0]
    page.set_rotation(page_rotate)
    [hit] = display_rects(page, "航运")
    size = PageSize(page.rect.width, page.rect.height)
    image = render_page(page, 2.0, view_rotation)
    x0, y0, x1, y1 = page_rect_to_pixels(hit, size, view_rotation, 2.0)
    dark = sum(
        1
        for x in range(int(x0), int(x1))
        for y in range(int(y0), int(y1))
        if image.pixelColor(x, y).lightness() < 100
    )
    assert dark > 0.05 * (x1 - x0) * (y1 - y0)


def test_rotation_must_be_quarter_turns() -> None:
    assert normalized_rotation(-90) == 270
    assert normalized_rotation(450) == 90
    with pytest.raises(ValueError):
        normalized_rotation(45)


def test_rotated_size_swaps_sides() -> None:
    assert A4.rotated(90) == PageSize(842, 595)
    assert A4.rotated(180) == A4


def test_capped_scale_bounds_pixels() -> None:
    assert capped_scale(A4, 2.0) == 2.0
    big = capped_scale(A4, 20.0, max_pixels=10_000_000)
    assert A4.width * A4.height * big * big == pytest.approx(10_000_000)


# -- layout -----------------------------------------------------------------------------


def test_layout_stacks_pages_and_finds_visible_ones() -> None:
    layout = PageLayout([A4] * 10, 0, 1.0, viewport_width=800)
    assert layout.box(0).y == PAGE_GAP
    assert layout.box(1).y == PAGE_GAP + 842 + PAGE_GAP
    assert layout.box(0).x == (800 - 595) // 2
    assert layout.content_height == 10 * (842 + PAGE_GAP) + PAGE_GAP
    assert list(layout.visible_pages(0, 500)) == [0]
    assert list(layout.visible_pages(800, 1000)) == [0, 1]
    assert list(layout.visible_pages(layout.content_height - 10, layout.content_height)) == []
    assert list(layout.visible_pages(layout.box(9).y, layout.content_height)) == [9]


def test_layout_page_at_picks_nearest_page_in_gaps() -> None:
    layout = PageLayout([A4] * 3, 0, 1.0, viewport_width=600)
    assert layout.page_at(0) == 0
    assert layout.page_at(layout.box(1).y + 5) == 1
    assert layout.page_at(layout.box(0).bottom + 1) == 0
    assert layout.page_at(layout.box(1).y - 1) == 1


def test_layout_rotation_and_mixed_sizes() -> None:
    layout = PageLayout([A4, PageSize(842, 595)], 90, 0.5, viewport_width=100)
    assert (layout.box(0).width, layout.box(0).height) == (421, 298)
    assert (layout.box(1).width, layout.box(1).height) == (298, 421)
    assert layout.content_width == 421 + 2 * PAGE_GAP


# -- zoom -------------------------------------------------------------------------------


def test_zoom_steps_and_limits() -> None:
    assert zoom_in(1.0) == 1.25
    assert zoom_in(1.1) == 1.25
    assert zoom_out(1.1) == 1.0
    assert zoom_in(MAX_ZOOM) == MAX_ZOOM
    assert zoom_out(MIN_ZOOM) == MIN_ZOOM


def test_zoom_text_round_trip() -> None:
    assert percent_text(1.375) == "138%"
    assert parse_percent("150%") == 1.5
    assert parse_percent(" 200 ") == 2.0
    assert parse_percent("１５０％") == 1.5
    assert parse_percent("9000") == MAX_ZOOM
    assert parse_percent("abc") is None
    assert parse_percent("0") is None


def test_fit_zooms() -> None:
    ppp = 96 / 72
    width = fit_width_zoom([A4], 0, 595 * ppp, ppp)
    assert width == pytest.approx(1.0)
    page = fit_page_zoom([A4], 0, (2000, 842 * ppp / 2), ppp)
    assert page == pytest.approx(0.5)
    turned = fit_width_zoom([A4], 90, 842 * ppp, ppp)
    assert turned == pytest.approx(1.0)


# -- page cache -------------------------------------------------------------------------


def _image(width: int, height: int = 100) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB888)
    image.fill(0)
    return image


def test_cache_respects_its_byte_budget() -> None:
    page_bytes = _image(100).sizeInBytes()
    cache = PageCache(budget_bytes=page_bytes * 3)
    for page in range(10):
        cache.put(PageKey(1, page, 1000, 0), _image(100))
        assert cache.size_bytes <= cache.budget_bytes
    assert len(cache) == 3
    assert all(PageKey(1, p, 1000, 0) in cache for p in (7, 8, 9))


def test_cache_evicts_least_recently_used() -> None:
    page_bytes = _image(100).sizeInBytes()
    cache = PageCache(budget_bytes=page_bytes * 2)
    first, second, third = (PageKey(1, p, 1000, 0) for p in range(3))
    cache.put(first, _image(100))
    cache.put(second, _image(100))
    assert cache.get(first) is not None
    cache.put(third, _image(100))
    assert first in cache and third in cache and second not in cache


def test_cache_keeps_pinned_pages_over_budget_then_trims() -> None:
    page_bytes = _image(100).sizeInBytes()
    cache = PageCache(budget_bytes=page_bytes)
    keys = [PageKey(1, p, 1000, 0) for p in range(3)]
    cache.pin(keys)
    for key in keys:
        cache.put(key, _image(100))
    assert len(cache) == 3
    cache.pin(keys[2:])
    assert len(cache) == 1 and keys[2] in cache
    assert cache.size_bytes <= cache.budget_bytes


def test_cache_best_for_and_drop_document() -> None:
    cache = PageCache()
    cache.put(PageKey(1, 0, 1000, 0), _image(100))
    cache.put(PageKey(1, 0, 2000, 0), _image(200))
    cache.put(PageKey(1, 0, 3000, 90), _image(300))
    cache.put(PageKey(2, 0, 1000, 0), _image(50))
    best = cache.best_for(1, 0, 0)
    assert best is not None and best.width() == 200
    assert cache.best_for(1, 1, 0) is None
    cache.drop_document(1)
    assert len(cache) == 1
    assert cache.size_bytes == _image(50).sizeInBytes()


def test_cache_replacing_a_key_counts_bytes_once() -> None:
    cache = PageCache()
    key = PageKey(1, 0, 1000, 0)
    cache.put(key, _image(100))
    cache.put(key, _image(100))
    assert cache.size_bytes == _image(100).sizeInBytes()


def test_page_key_rounds_scale() -> None:
    assert PageKey.of(1, 2, 1.23456, 90) == PageKey(1, 2, 1235, 90)
    assert PageKey.of(1, 2, 1.23456, 90).scale == 1.235


# -- task queue -------------------------------------------------------------------------


def test_queue_serves_lanes_by_priority() -> None:
    queue: TaskQueue[str] = TaskQueue()
    queue.push(Lane.THUMBNAILS, 1, "thumb")
    queue.push(Lane.PRINT, 1, "print")
    queue.replace(Lane.VIEW, 1, ["view-a", "view-b"])
    queue.push(Lane.CONTROL, "control", "open")
    assert [queue.take(0) for _ in range(5)] == ["open", "view-a", "view-b", "thumb", "print"]
    assert queue.take(0.01) is None


def test_queue_replace_drops_stale_requests() -> None:
    queue: TaskQueue[str] = TaskQueue()
    queue.replace(Lane.VIEW, 1, ["p10", "p11", "p12"])
    assert queue.replace(Lane.VIEW, 1, ["p40", "p41"]) == ["p10", "p11", "p12"]
    assert queue.take(0) == "p40"
    assert queue.pending() == 1
    queue.push(Lane.THUMBNAILS, 1, "t1")
    assert (queue.pending(Lane.VIEW), queue.pending(Lane.THUMBNAILS), queue.pending()) == (1, 1, 2)


def test_queue_serves_the_newest_owner_first_within_a_lane() -> None:
    queue: TaskQueue[str] = TaskQueue()
    queue.replace(Lane.VIEW, "old viewer", ["old"])
    queue.replace(Lane.VIEW, "new viewer", ["new"])
    assert queue.take(0) == "new"


def test_queue_control_lane_is_fifo_and_close_returns_leftovers() -> None:
    queue: TaskQueue[str] = TaskQueue()
    queue.push(Lane.CONTROL, "control", "open 1")
    queue.push(Lane.CONTROL, "control", "close 1")
    queue.push(Lane.SEARCH, 1, "search")
    assert queue.take(0) == "open 1"
    assert sorted(queue.close()) == ["close 1", "search"]
    assert queue.take() is None
    queue.push(Lane.VIEW, 1, "after close")
    assert queue.pending() == 0


def test_queue_drop_owner() -> None:
    queue: TaskQueue[str] = TaskQueue()
    queue.push(Lane.VIEW, 1, "a")
    queue.push(Lane.SEARCH, 1, "b")
    queue.push(Lane.VIEW, 2, "c")
    assert sorted(queue.drop_owner(1)) == ["a", "b"]
    assert queue.take(0) == "c"


# -- search results ---------------------------------------------------------------------


def test_search_results_stream_and_step_in_document_order() -> None:
    results = SearchResults(1, "航运", start_page=3)
    assert results.current is None
    assert results.add(3, [(0, 0, 1, 1), (0, 5, 1, 6)]) is True
    assert results.add(4, []) is False
    assert results.add(0, [(0, 9, 1, 10)]) is False
    assert results.count == 3
    assert (results.current.page, results.position) == (3, 2)  # type: ignore[union-attr]
    hit = results.step(forward=True)
    assert (hit.page, hit.index, results.position) == (3, 1, 3)  # type: ignore[union-attr]
    hit = results.step(forward=True)
    assert (hit.page, results.position) == (0, 1)  # type: ignore[union-attr]
    hit = results.step(forward=False)
    assert (hit.page, hit.index) == (3, 1)  # type: ignore[union-attr]


def test_search_results_without_hits() -> None:
    results = SearchResults(1, "无", 0)
    assert results.step(forward=True) is None
    assert results.position == 0 and results.count == 0


# -- print plan -------------------------------------------------------------------------


def test_print_order_ranges_copies_and_collation() -> None:
    assert print_order(5, None, 1, True) == [0, 1, 2, 3, 4]
    assert print_order(5, PageRange(2, 3), 1, True) == [1, 2]
    assert print_order(5, PageRange(4, 99), 1, True) == [3, 4]
    assert print_order(3, PageRange(1, 2), 2, True) == [0, 1, 0, 1]
    assert print_order(3, PageRange(1, 2), 2, False) == [0, 0, 1, 1]
    assert print_order(0, None, 1, True) == []


def test_place_page_fits_and_turns_landscape_pages() -> None:
    portrait_paper = (2000.0, 3000.0)
    upright = place_page(A4, portrait_paper, 300)
    assert upright.rotation == 0
    assert upright.width <= 2000 and upright.height <= 3000
    assert upright.x == pytest.approx((2000 - upright.width) / 2)
    turned = place_page(PageSize(842, 595), portrait_paper, 300)
    assert turned.rotation == 90
    assert turned.height > turned.width


def test_place_page_caps_render_resolution() -> None:
    paper = (9600.0, 13600.0)
    spot = place_page(A4, paper, 1200)
    assert spot.scale * 72 <= MAX_PRINT_DPI + 1
    assert place_page(A4, (800.0, 1100.0), 96).scale == pytest.approx(min(800 / 595, 1100 / 842))
