"""Which pages to print, in which order, and how each page sits on the paper.

Pure arithmetic over what the print dialog chose, so it is tested without a printer. Pages
are scaled to fit the printable area (never cropped) and turned a quarter when their
orientation differs from the paper's, as reviewers print mixed portrait/landscape scans.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.views.pdf.geometry import PageSize

MAX_PRINT_DPI = 300
"""Scans are ~100–300 dpi; rendering finer only multiplies memory and spool size."""


@dataclass(frozen=True)
class PageRange:
    """1-based inclusive page numbers, as the print dialog speaks them."""

    first: int
    last: int


def print_order(page_count: int, chosen: PageRange | None, copies: int, collate: bool) -> list[int]:
    """0-based page indices in the order they go to the printer.

    ``copies`` is what the application must produce itself (1 when the driver makes copies).
    """
    if page_count <= 0:
        return []
    first, last = (1, page_count) if chosen is None else (chosen.first, chosen.last)
    first, last = max(1, first), min(page_count, last)
    pages = list(range(first - 1, last))
    copies = max(1, copies)
    if collate:
        return pages * copies
    return [page for page in pages for _ in range(copies)]


@dataclass(frozen=True)
class Placement:
    """How one page is rendered and where it goes on the printable area (device pixels)."""

    rotation: int
    scale: float
    """Pixels per point to render at."""
    x: float
    y: float
    width: float
    height: float


def place_page(size: PageSize, area: tuple[float, float], printer_dpi: float) -> Placement:
    """Fit a page into the printable area, turning it if that fits the paper better."""
    area_width, area_height = area
    rotation = 90 if size.is_landscape != (area_width > area_height) else 0
    turned = size.rotated(rotation)
    fit = min(area_width / turned.width, area_height / turned.height)
    width, height = turned.width * fit, turned.height * fit
    render = fit * min(1.0, MAX_PRINT_DPI / printer_dpi) if printer_dpi > 0 else fit
    return Placement(
        rotation, render, (area_width - width) / 2, (area_height - height) / 2, width, height
    )
