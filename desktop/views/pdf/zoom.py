"""Zoom levels and the fit-width / fit-page arithmetic of the PDF viewer.

Zoom is a factor of the page's physical size on screen: 1.0 shows an A4 page as large as
A4 paper (72 points per inch mapped to the screen's logical dpi), like other PDF readers,
so "100%" means the same thing on every monitor.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from desktop.views.pdf.geometry import PageSize

MIN_ZOOM = 0.5
MAX_ZOOM = 4.0
PRESETS: tuple[float, ...] = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
_EPSILON = 1e-3


class ZoomMode(enum.Enum):
    """Whether the zoom follows the viewport (fit modes) or stays where the reviewer put it."""

    CUSTOM = "custom"
    FIT_WIDTH = "fit_width"
    FIT_PAGE = "fit_page"


def clamp(zoom: float) -> float:
    """Keep a zoom inside the 50–400 % the toolbar offers."""
    return min(MAX_ZOOM, max(MIN_ZOOM, zoom))


def zoom_in(current: float) -> float:
    """The next preset above the current zoom (fit modes land between presets)."""
    for preset in PRESETS:
        if preset > current + _EPSILON:
            return preset
    return MAX_ZOOM


def zoom_out(current: float) -> float:
    """The next preset below the current zoom."""
    for preset in reversed(PRESETS):
        if preset < current - _EPSILON:
            return preset
    return MIN_ZOOM


def percent_text(zoom: float) -> str:
    """How the zoom box shows a zoom: a whole percentage."""
    return f"{round(zoom * 100)}%"


def parse_percent(text: str) -> float | None:
    """Read what a reviewer typed in the zoom box ("150", "150%", "１５０％"); None if unusable."""
    cleaned = text.strip().replace("％", "%").rstrip("%").strip()
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return clamp(value / 100) if value > 0 else None


def _widest(sizes: Sequence[PageSize], rotation: int) -> PageSize:
    turned = [size.rotated(rotation) for size in sizes]
    return PageSize(max(s.width for s in turned), max(s.height for s in turned))


def fit_width_zoom(
    sizes: Sequence[PageSize], rotation: int, available_width: float, pixels_per_point: float
) -> float:
    """The zoom at which the widest page fills the available width (in logical pixels)."""
    if not sizes:
        return 1.0
    widest = _widest(sizes, rotation)
    return clamp(available_width / (widest.width * pixels_per_point))


def fit_page_zoom(
    sizes: Sequence[PageSize],
    rotation: int,
    available: tuple[float, float],
    pixels_per_point: float,
) -> float:
    """The zoom at which the largest page fits the viewport in both directions."""
    if not sizes:
        return 1.0
    largest = _widest(sizes, rotation)
    width, height = available
    across = width / (largest.width * pixels_per_point)
    down = height / (largest.height * pixels_per_point)
    return clamp(min(across, down))
