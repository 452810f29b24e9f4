"""Where each page sits in the continuous, vertically scrolling page view.

The layout is pure arithmetic over the page sizes the render thread reports when it opens a
document, so the view can size placeholders for every page and find the visible ones by
bisection without rendering anything — scrolling a 1,000-page scan never waits for MuPDF.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.views.pdf.geometry import PageSize

PAGE_GAP = 12
"""Logical pixels between pages and around the column of pages."""


@dataclass(frozen=True)
class PageBox:
    """A page's rectangle in the scrollable content, in logical pixels."""

    x: int
    y: int
    width: int
    height: int

    @property
    def bottom(self) -> int:
        return self.y + self.height

    @property
    def right(self) -> int:
        return self.x + self.width


class PageLayout:
    """Pages stacked top to bottom, centred horizontally in the wider of content and viewport."""

    def __init__(
        self,
        sizes: Sequence[PageSize],
        rotation: int,
        pixels_per_point: float,
        viewport_width: int,
    ) -> None:
        widths = [round(s.rotated(rotation).width * pixels_per_point) for s in sizes]
        heights = [round(s.rotated(rotation).height * pixels_per_point) for s in sizes]
        self._width = max([*widths, 0]) + 2 * PAGE_GAP
        column = max(self._width, viewport_width)
        self._boxes: list[PageBox] = []
        y = PAGE_GAP
        for width, height in zip(widths, heights, strict=True):
            self._boxes.append(PageBox((column - width) // 2, y, max(1, width), max(1, height)))
            y += height + PAGE_GAP
        self._height = y
        self._tops = [box.y for box in self._boxes]

    def __len__(self) -> int:
        return len(self._boxes)

    @property
    def content_width(self) -> int:
        """Width the pages need; wider than the viewport means a horizontal scroll bar."""
        return self._width

    @property
    def content_height(self) -> int:
        return self._height

    def box(self, page: int) -> PageBox:
        return self._boxes[page]

    def visible_pages(self, top: int, bottom: int) -> range:
        """Pages intersecting the band [top, bottom) of the content."""
        if not self._boxes or bottom <= top:
            return range(0)
        first = max(0, bisect.bisect_right(self._tops, top) - 1)
        if self._boxes[first].bottom <= top:
            first += 1
        last = bisect.bisect_left(self._tops, bottom)
        return range(first, max(first, last))

    def page_at(self, y: int) -> int:
        """The page under a content y, or the nearest page when y falls in a gap."""
        if not self._boxes:
            return 0
        index = max(0, bisect.bisect_right(self._tops, y) - 1)
        box = self._boxes[index]
        if y > box.bottom and index + 1 < len(self._boxes):
            gap_middle = (box.bottom + self._boxes[index + 1].y) / 2
            return index + 1 if y >= gap_middle else index
        return index
