"""The continuous, vertically scrolling page area of the PDF viewer.

Custom painting on a QAbstractScrollArea rather than one widget per page: the layout is
arithmetic (layout.PageLayout), so a 1,000-page scan costs nothing until a page scrolls into
view. Only the visible pages are asked of the render thread, then (once they are here) one
neighbour on each side; every scroll, zoom or rotation replaces the previous wish list, so
pages scrolled past are dropped before MuPDF ever sees them. Painting never waits: a page
without its image shows a sized sheet with its number, or its last image stretched, until
the render arrives.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QWidget

from desktop.views.pdf import page_painting
from desktop.views.pdf.documents import DocumentInfo
from desktop.views.pdf.geometry import (
    POINTS_PER_INCH,
    Rect,
    capped_scale,
    normalized_rotation,
    page_rect_to_pixels,
)
from desktop.views.pdf.layout import PAGE_GAP, PageLayout
from desktop.views.pdf.page_cache import PageCache, PageKey
from desktop.views.pdf.render_requests import RenderRequest, RenderResult
from desktop.views.pdf.render_thread import RenderThread
from desktop.views.pdf.render_wishes import RenderWishes
from desktop.views.pdf.search_results import SearchResults
from desktop.views.pdf.task_queue import Lane
from desktop.views.pdf.zoom import (
    ZoomMode,
    clamp,
    fit_page_zoom,
    fit_width_zoom,
    zoom_in,
    zoom_out,
)

_SCROLL_STEP = 48


class PageView(QAbstractScrollArea):
    """Paints the pages of one document and keeps the render thread fed with what is visible."""

    current_page_changed = Signal(int)
    page_shown = Signal(int)
    """A freshly rendered page image was painted for the first time (page index)."""
    zoom_changed = Signal(float)

    def __init__(self, thread: RenderThread, cache: PageCache, parent: QWidget | None = None):
        super().__init__(parent)
        self._thread = thread
        self._cache = cache
        self._info: DocumentInfo | None = None
        self._layout: PageLayout | None = None
        self._zoom = 1.0
        self._mode = ZoomMode.FIT_WIDTH
        self._rotation = 0
        self._current = 0
        self._navigating = False
        self._wishes = RenderWishes(thread, Lane.VIEW)
        self._failed: set[PageKey] = set()
        self._fresh: set[PageKey] = set()
        self._search: SearchResults | None = None
        self._request_timer = QTimer(self, singleShot=True, interval=0)
        self._request_timer.timeout.connect(self._submit_requests)
        self._configure()
        thread.page_rendered.connect(self.accept_rendered)
        thread.render_failed.connect(self.accept_failed)

    def _configure(self) -> None:
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.viewport().setAutoFillBackground(False)
        self.verticalScrollBar().setSingleStep(_SCROLL_STEP)
        self.horizontalScrollBar().setSingleStep(_SCROLL_STEP)

    # -- document -----------------------------------------------------------------------

    def set_document(self, info: DocumentInfo | None) -> None:
        """Show a newly opened document from its first page, upright (None empties the view).

        The zoom mode carries over from the previous document: a reviewer who reads at fit
        width keeps reading at fit width from one material to the next.
        """
        if self._info is not None:
            self._wishes.withdraw(self._info.doc_id)
        self._info = info
        self._wishes.forget()
        self._failed.clear()
        self._fresh.clear()
        self._search = None
        self._rotation = 0
        self._current = 0
        self._zoom = self._fitted_zoom()
        self._relayout(anchor=None)
        self._scroll_to(0)
        self.horizontalScrollBar().setValue(0)
        self.zoom_changed.emit(self._zoom)
        self.current_page_changed.emit(0)
        if info is not None:
            self._submit_now()

    def document(self) -> DocumentInfo | None:
        return self._info

    def page_count(self) -> int:
        return self._info.page_count if self._info else 0

    # -- zoom and rotation --------------------------------------------------------------

    def zoom(self) -> float:
        return self._zoom

    def zoom_mode(self) -> ZoomMode:
        return self._mode

    def set_zoom(self, zoom: float) -> None:
        """A zoom the reviewer chose; it stays put when the view is resized."""
        self._mode = ZoomMode.CUSTOM
        self._apply_zoom(clamp(zoom))

    def set_zoom_mode(self, mode: ZoomMode) -> None:
        """Follow the viewport (fit width / fit page) or keep the current zoom (custom)."""
        self._mode = mode
        self._apply_zoom(self._fitted_zoom())

    def rotation(self) -> int:
        return self._rotation

    def set_rotation(self, degrees: int) -> None:
        """Turn every page clockwise by ``degrees`` (a multiple of 90), keeping the place."""
        rotation = normalized_rotation(degrees)
        if rotation == self._rotation:
            return
        anchor = self._anchor()
        self._rotation = rotation
        self._zoom = self._fitted_zoom()
        self._relayout(anchor)
        self.zoom_changed.emit(self._zoom)

    def pixels_per_point(self) -> float:
        """Logical pixels per PDF point at the current zoom."""
        return self._zoom * self.logicalDpiY() / POINTS_PER_INCH

    def render_scale(self, page: int) -> float:
        """Device pixels per point a page is rendered at (the pixel cap applied)."""
        assert self._info is not None
        scale = self.pixels_per_point() * self.devicePixelRatioF()
        return capped_scale(self._info.page_sizes[page].rotated(self._rotation), scale)

    def _apply_zoom(self, zoom: float) -> None:
        if abs(zoom - self._zoom) < 1e-6 and self._layout is not None:
            return
        anchor = self._anchor()
        self._zoom = zoom
        self._relayout(anchor)
        self.zoom_changed.emit(zoom)

    def _fitted_zoom(self) -> float:
        if self._info is None or self._mode is ZoomMode.CUSTOM:
            return self._zoom
        ppp = self.logicalDpiY() / POINTS_PER_INCH
        width = max(1, self.viewport().width() - 2 * PAGE_GAP)
        sizes = self._info.page_sizes
        if self._mode is ZoomMode.FIT_WIDTH:
            return fit_width_zoom(sizes, self._rotation, width, ppp)
        height = max(1, self.viewport().height() - 2 * PAGE_GAP)
        return fit_page_zoom(sizes, self._rotation, (width, height), ppp)

    # -- layout and scrolling -----------------------------------------------------------

    def _anchor(self) -> tuple[int, float] | None:
        """The page at the top of the viewport and how far down it the viewport starts."""
        if self._layout is None or not len(self._layout):
            return None
        top = self.verticalScrollBar().value()
        page = self._layout.page_at(top)
        box = self._layout.box(page)
        return page, (top - box.y) / box.height

    def _relayout(self, anchor: tuple[int, float] | None) -> None:
        if self._info is None:
            self._layout = None
        else:
            self._layout = PageLayout(
                self._info.page_sizes,
                self._rotation,
                self.pixels_per_point(),
                self.viewport().width(),
            )
        self._update_scroll_ranges()
        if anchor is not None and self._layout is not None:
            page, fraction = anchor
            box = self._layout.box(min(page, len(self._layout) - 1))
            self._scroll_to(round(box.y + fraction * box.height))
        self.viewport().update()
        self._request_timer.start()

    def _update_scroll_ranges(self) -> None:
        width = self._layout.content_width if self._layout else 0
        height = self._layout.content_height if self._layout else 0
        viewport = self.viewport().size()
        vertical, horizontal = self.verticalScrollBar(), self.horizontalScrollBar()
        vertical.setRange(0, max(0, height - viewport.height()))
        vertical.setPageStep(max(1, viewport.height()))
        horizontal.setRange(0, max(0, width - viewport.width()))
        horizontal.setPageStep(max(1, viewport.width()))

    def _scroll_to(self, y: int) -> None:
        self._navigating = True
        try:
            self.verticalScrollBar().setValue(y)
        finally:
            self._navigating = False

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Scrolling repaints and re-plans the renders; it never renders anything itself."""
        self.viewport().update()
        self._request_timer.start()
        if not self._navigating:
            self._set_current(self._page_in_view())

    def resizeEvent(self, event: QResizeEvent) -> None:
        anchor = self._anchor()
        fitted = self._fitted_zoom()
        zoom_moved = abs(fitted - self._zoom) > 1e-6
        self._zoom = fitted
        self._relayout(anchor)
        if zoom_moved:
            self.zoom_changed.emit(fitted)
        super().resizeEvent(event)

    def _visible_band(self) -> tuple[int, int]:
        top = self.verticalScrollBar().value()
        return top, top + self.viewport().height()

    def _page_in_view(self) -> int:
        """The page the reviewer is reading: the first one at least half in view."""
        if self._layout is None or not len(self._layout):
            return 0
        top, bottom = self._visible_band()
        pages = self._layout.visible_pages(top, bottom)
        if not pages:
            return self._layout.page_at(top)
        bar = self.verticalScrollBar()
        if bar.maximum() > 0 and bar.value() >= bar.maximum():
            return pages[-1]
        for page in pages:
            box = self._layout.box(page)
            shown = min(box.bottom, bottom) - max(box.y, top)
            if shown * 2 >= min(box.height, bottom - top):
                return page
        return pages[0]

    # -- navigation ---------------------------------------------------------------------

    def current_page(self) -> int:
        return self._current

    def go_to_page(self, page: int) -> None:
        """Bring a page's top to the top of the view and make it the current page."""
        if self._layout is None or not len(self._layout):
            return
        page = max(0, min(page, len(self._layout) - 1))
        self._scroll_to(self._layout.box(page).y - PAGE_GAP)
        self._set_current(page)
        self._submit_now()

    def reveal(self, page: int, rect: Rect) -> None:
        """Scroll so a rectangle of a page (display points) is in view, centred if it was not."""
        if self._layout is None or self._info is None:
            return
        box = self._layout.box(page)
        scale = self.pixels_per_point()
        x0, y0, x1, y1 = page_rect_to_pixels(
            rect, self._info.page_sizes[page], self._rotation, scale
        )
        top, bottom = self._visible_band()
        if not (box.y + y0 >= top and box.y + y1 <= bottom):
            self._scroll_to(round(box.y + (y0 + y1) / 2 - self.viewport().height() / 2))
        left = self.horizontalScrollBar().value()
        if not (box.x + x0 >= left and box.x + x1 <= left + self.viewport().width()):
            middle = box.x + (x0 + x1) / 2 - self.viewport().width() / 2
            self.horizontalScrollBar().setValue(round(middle))
        self._set_current(page)

    def _set_current(self, page: int) -> None:
        if page != self._current:
            self._current = page
            self.current_page_changed.emit(page)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl + wheel zooms in preset steps, like every other document viewer."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = zoom_in if event.angleDelta().y() > 0 else zoom_out
            self.set_zoom(step(self._zoom))
            event.accept()
            return
        super().wheelEvent(event)

    # -- search highlights --------------------------------------------------------------

    def set_search(self, results: SearchResults | None) -> None:
        self._search = results
        self.viewport().update()

    def refresh_highlights(self) -> None:
        self.viewport().update()

    # -- render requests and results ----------------------------------------------------

    def pending_renders(self) -> int:
        """Pages asked of the render thread and not back yet."""
        return len(self._wishes)

    def key_for(self, page: int) -> PageKey:
        assert self._info is not None
        return PageKey.of(self._info.doc_id, page, self.render_scale(page), self._rotation)

    def wanted_pages(self) -> list[int]:
        """Visible pages nearest the middle first; once they are all on screen, the neighbours.

        Neighbours wait until the visible pages are *painted* because MuPDF holds the GIL while
        it renders: a neighbour started before the paint would keep the UI thread from painting
        the page the reviewer is waiting for until the neighbour is done.
        """
        if self._layout is None:
            return []
        top, bottom = self._visible_band()
        visible = self._layout.visible_pages(top, bottom)
        if not visible:
            return []
        middle = (top + bottom) / 2
        layout = self._layout

        def distance(page: int) -> float:
            box = layout.box(page)
            return abs(box.y + box.height / 2 - middle)

        ordered = sorted(visible, key=distance)
        keys = [self.key_for(page) for page in ordered]
        if not all(self._on_screen(key) for key in keys):
            return ordered
        around = [p for p in (visible.stop, visible.start - 1) if 0 <= p < len(layout)]
        return ordered + around

    def _on_screen(self, key: PageKey) -> bool:
        """Painted already (cached and not waiting for its first paint), or known to fail."""
        return key in self._failed or (key in self._cache and key not in self._fresh)

    def _submit_now(self) -> None:
        """After a jump, ask at once for visible pages that are missing: there is no scrolling
        burst to coalesce, and every millisecond before MuPDF starts is one the reviewer waits.

        If they are all cached, the neighbours wait for the timer instead, so that the page
        is painted first (a render started now would hold the GIL through that paint).
        """
        wanted = self.wanted_pages()
        if all(self.key_for(page) in self._cache for page in wanted):
            self._request_timer.start()
            return
        self._request_timer.stop()
        self._submit_requests()

    def _submit_requests(self) -> None:
        if self._info is None:
            return
        keys = [self.key_for(page) for page in self.wanted_pages()]
        self._cache.pin(keys)
        self._wishes.want(
            self._info.doc_id, keys, lambda key: key in self._cache or key in self._failed
        )

    def accept_rendered(self, result: RenderResult) -> None:
        """Cache a page the render thread finished and repaint it if it is on screen."""
        request = result.request
        if request.lane is not Lane.VIEW or self._info is None:
            return
        if request.doc_id != self._info.doc_id:
            return
        self._wishes.arrived(result.key)
        self._cache.put(result.key, result.image)
        if result.key == self.key_for(request.page):
            self._fresh.add(result.key)
        self._update_page(request.page)
        self._request_timer.start()

    def accept_failed(self, request: RenderRequest, _message: str) -> None:
        """Remember a page MuPDF cannot render so it is not asked for again and again."""
        if request.lane is not Lane.VIEW or self._info is None:
            return
        if request.doc_id != self._info.doc_id:
            return
        self._wishes.arrived(request.key)
        self._failed.add(request.key)
        self._update_page(request.page)

    def _update_page(self, page: int) -> None:
        if self._layout is None or page >= len(self._layout):
            return
        self.viewport().update(self._view_rect(page).adjusted(-2, -2, 2, 2))

    def _view_rect(self, page: int) -> QRect:
        assert self._layout is not None
        box = self._layout.box(page)
        left = self.horizontalScrollBar().value()
        top = self.verticalScrollBar().value()
        return QRect(box.x - left, box.y - top, box.width, box.height)

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), page_painting.BACKGROUND)
        shown: list[int] = []
        if self._layout is not None:
            top = self.verticalScrollBar().value()
            area = event.rect()
            pages = self._layout.visible_pages(top + area.top(), top + area.bottom() + 1)
            for page in pages:
                if self._paint_page(painter, page):
                    shown.append(page)
        painter.end()
        if shown:
            self._request_timer.start()
        for page in shown:
            self.page_shown.emit(page)

    def _paint_page(self, painter: QPainter, page: int) -> bool:
        """Paint one page; True if this was the first paint of its fresh image."""
        target = self._view_rect(page)
        page_painting.paint_sheet(painter, target)
        key = self.key_for(page)
        first_paint = self._paint_content(painter, page, key, target)
        self._paint_hits(painter, page, target)
        return first_paint

    def _paint_content(self, painter: QPainter, page: int, key: PageKey, target: QRect) -> bool:
        ratio = self.devicePixelRatioF()
        image = self._cache.get(key)
        if image is not None:
            page_painting.paint_image(painter, target, image, ratio)
            if key in self._fresh:
                self._fresh.discard(key)
                return True
            return False
        stand_in = self._cache.best_for(key.doc_id, page, key.rotation)
        if stand_in is not None:
            page_painting.paint_image(painter, target, stand_in, ratio)
        else:
            page_painting.paint_placeholder(painter, target, page, key in self._failed)
        return False

    def _paint_hits(self, painter: QPainter, page: int, target: QRect) -> None:
        if self._search is None or self._info is None:
            return
        hits = self._search.hits_on(page)
        if not hits:
            return
        current = self._search.current
        geometry = (self._info.page_sizes[page], self._rotation, self.pixels_per_point())
        mark = current.rect if current is not None and current.page == page else None
        page_painting.paint_highlights(painter, target, geometry, hits, mark)
