"""A bounded LRU cache of rendered pages with a byte budget.

Scanned pages are big (an A4 page at 150 dpi is 6.5 MB of RGB), so the cache is bounded by
bytes, not by a count. The pages on screen are *pinned*: if the budget is smaller than what is
visible, evicting a visible page would make the view ask for it again and render forever;
pinned pages may exceed the budget until the view moves on, everything else is evicted oldest
first.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import QImage

DEFAULT_BUDGET = 256 * 1024 * 1024


@dataclass(frozen=True, order=True)
class PageKey:
    """What a rendered image depends on: document, page, scale and rotation.

    ``scale_milli`` is device pixels per PDF point × 1000 (zoom × dpi / 72, with the screen's
    device pixel ratio folded in), kept as an integer so equal zooms give equal keys.
    """

    doc_id: int
    page: int
    scale_milli: int
    rotation: int

    @classmethod
    def of(cls, doc_id: int, page: int, scale: float, rotation: int) -> PageKey:
        return cls(doc_id, page, round(scale * 1000), rotation)

    @property
    def scale(self) -> float:
        return self.scale_milli / 1000


class PageCache:
    """Rendered page images by key, least recently used evicted first beyond the budget."""

    def __init__(self, budget_bytes: int = DEFAULT_BUDGET) -> None:
        if budget_bytes <= 0:
            raise ValueError("the page cache needs a positive byte budget")
        self._budget = budget_bytes
        self._images: OrderedDict[PageKey, QImage] = OrderedDict()
        self._bytes = 0
        self._pinned: frozenset[PageKey] = frozenset()

    @property
    def budget_bytes(self) -> int:
        return self._budget

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._images)

    def __contains__(self, key: object) -> bool:
        return key in self._images

    def get(self, key: PageKey) -> QImage | None:
        """The image for exactly this key, marking it recently used."""
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def best_for(self, doc_id: int, page: int, rotation: int) -> QImage | None:
        """The sharpest cached image of a page at any scale, shown until the exact one renders."""
        candidates = [
            key
            for key in self._images
            if key.doc_id == doc_id and key.page == page and key.rotation == rotation
        ]
        if not candidates:
            return None
        return self._images[max(candidates, key=lambda key: key.scale_milli)]

    def put(self, key: PageKey, image: QImage) -> None:
        """Store an image, then evict unpinned pages until the budget holds again."""
        previous = self._images.pop(key, None)
        if previous is not None:
            self._bytes -= previous.sizeInBytes()
        self._images[key] = image
        self._bytes += image.sizeInBytes()
        self._evict()

    def pin(self, keys: Iterable[PageKey]) -> None:
        """Replace the set of keys that must survive eviction (the pages on screen)."""
        self._pinned = frozenset(keys)
        self._evict()

    def drop_document(self, doc_id: int) -> None:
        """Forget every page of a closed document."""
        for key in [key for key in self._images if key.doc_id == doc_id]:
            self._bytes -= self._images.pop(key).sizeInBytes()

    def clear(self) -> None:
        self._images.clear()
        self._bytes = 0

    def _evict(self) -> None:
        if self._bytes <= self._budget:
            return
        for key in [key for key in self._images if key not in self._pinned]:
            self._bytes -= self._images.pop(key).sizeInBytes()
            if self._bytes <= self._budget:
                return
