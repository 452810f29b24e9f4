"""The hits of one text search, as they stream in page by page, and the reviewer's place in them.

The render thread searches from the current page onwards (wrapping round), one page per task,
so the first hit near the reviewer arrives quickly and becomes the current hit while the rest
of the document is still being searched.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from desktop.views.pdf.geometry import Rect


@dataclass(frozen=True)
class Hit:
    """One occurrence: its page, its index among that page's hits, and where it is."""

    page: int
    index: int
    rect: Rect


class SearchResults:
    """All hits found so far, in document order, with a current hit to step through."""

    def __init__(self, search_id: int, needle: str, start_page: int) -> None:
        self.search_id = search_id
        self.needle = needle
        self.start_page = start_page
        self.finished = False
        self._rects: dict[int, list[Rect]] = {}
        self._pages: list[int] = []
        self._current: tuple[int, int] | None = None

    def add(self, page: int, rects: list[Rect]) -> bool:
        """Record a page's hits; True if this made the first current hit."""
        if not rects or page in self._rects:
            return False
        self._rects[page] = list(rects)
        bisect.insort(self._pages, page)
        if self._current is None:
            self._current = (page, 0)
            return True
        return False

    @property
    def count(self) -> int:
        return sum(len(rects) for rects in self._rects.values())

    def hits_on(self, page: int) -> list[Rect]:
        return self._rects.get(page, [])

    @property
    def current(self) -> Hit | None:
        if self._current is None:
            return None
        page, index = self._current
        return Hit(page, index, self._rects[page][index])

    @property
    def position(self) -> int:
        """1-based place of the current hit in document order, 0 when there is none."""
        if self._current is None:
            return 0
        page, index = self._current
        before = sum(len(self._rects[p]) for p in self._pages if p < page)
        return before + index + 1

    def step(self, forward: bool) -> Hit | None:
        """Move to the next (or previous) hit in document order, wrapping at the ends."""
        if self._current is None:
            return None
        page, index = self._current
        if forward:
            self._current = self._after(page, index)
        else:
            self._current = self._before(page, index)
        return self.current

    def _after(self, page: int, index: int) -> tuple[int, int]:
        if index + 1 < len(self._rects[page]):
            return page, index + 1
        slot = bisect.bisect_right(self._pages, page)
        return (self._pages[slot % len(self._pages)], 0)

    def _before(self, page: int, index: int) -> tuple[int, int]:
        if index > 0:
            return page, index - 1
        slot = bisect.bisect_left(self._pages, page) - 1
        previous = self._pages[slot % len(self._pages)]
        return previous, len(self._rects[previous]) - 1
