"""The messages between the UI thread and the render thread: what to render and what came back."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QImage

from desktop.views.pdf.geometry import POINTS_PER_INCH
from desktop.views.pdf.page_cache import PageKey
from desktop.views.pdf.task_queue import Lane


@dataclass(frozen=True)
class RenderRequest:
    """One page at one scale and rotation, asked for by a view at one generation.

    The generation is the asker's counter of "what I want changed" (scroll, zoom, rotate): a
    result from an older generation is still worth caching, but the asker knows it no longer
    answers what is on screen.
    """

    doc_id: int
    page: int
    scale: float
    rotation: int
    lane: Lane
    generation: int

    @property
    def key(self) -> PageKey:
        return PageKey.of(self.doc_id, self.page, self.scale, self.rotation)

    @property
    def dpi(self) -> float:
        """The resolution the page is rendered at, in device pixels per inch."""
        return self.scale * POINTS_PER_INCH


@dataclass(frozen=True)
class RenderResult:
    """A rendered page: a Qt-owned image, safe to keep on the UI thread."""

    request: RenderRequest
    image: QImage
    render_ms: float

    @property
    def key(self) -> PageKey:
        return self.request.key
