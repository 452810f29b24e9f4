"""Page sizes and the mapping from PDF page space to the pixels of a rotated, zoomed render.

Kept free of Qt and PyMuPDF so the UI thread can lay pages out and place search highlights
without touching a ``pymupdf.Document`` (which lives on the render thread only). The mapping
mirrors what ``Page.get_pixmap(matrix=Matrix(scale, scale).prerotate(rotation))`` produces:
MuPDF rotates clockwise on screen and shifts the rotated page back to the origin.
"""

from __future__ import annotations

from dataclasses import dataclass

Rect = tuple[float, float, float, float]
"""x0, y0, x1, y1 with x0 <= x1 and y0 <= y1."""

POINTS_PER_INCH = 72.0
MAX_RENDER_PIXELS = 40_000_000


@dataclass(frozen=True)
class PageSize:
    """A page's width and height in PDF points, as displayed (the page's own /Rotate applied)."""

    width: float
    height: float

    def rotated(self, rotation: int) -> PageSize:
        """The size after the viewer's extra rotation: a quarter turn swaps the sides."""
        if normalized_rotation(rotation) in (90, 270):
            return PageSize(self.height, self.width)
        return self

    @property
    def is_landscape(self) -> bool:
        return self.width > self.height


def normalized_rotation(degrees: int) -> int:
    """Fold any multiple of 90 into 0, 90, 180 or 270; other angles are a programming error."""
    if degrees % 90:
        raise ValueError(f"rotation must be a multiple of 90 degrees, not {degrees}")
    return degrees % 360


def rotate_point(x: float, y: float, size: PageSize, rotation: int) -> tuple[float, float]:
    """Where a point of the unrotated page lands after turning the page clockwise."""
    turn = normalized_rotation(rotation)
    if turn == 90:
        return size.height - y, x
    if turn == 180:
        return size.width - x, size.height - y
    if turn == 270:
        return y, size.width - x
    return x, y


def page_rect_to_pixels(rect: Rect, size: PageSize, rotation: int, scale: float) -> Rect:
    """Map a rectangle in page points to the pixels of the page rendered at this scale."""
    ax, ay = rotate_point(rect[0], rect[1], size, rotation)
    bx, by = rotate_point(rect[2], rect[3], size, rotation)
    return (
        min(ax, bx) * scale,
        min(ay, by) * scale,
        max(ax, bx) * scale,
        max(ay, by) * scale,
    )


def capped_scale(size: PageSize, scale: float, max_pixels: int = MAX_RENDER_PIXELS) -> float:
    """The scale to render at: as asked, unless the page would exceed ``max_pixels``.

    400 % of an A3 drawing on a 2× display is over 100 megapixels (300+ MB of RGB) and seconds
    of MuPDF time; above the cap the page renders at the largest scale within it and is drawn
    stretched, which keeps memory and latency bounded at a cost only visible at extreme zoom.
    """
    pixels = size.width * size.height * scale * scale
    if pixels <= max_pixels:
        return scale
    return (max_pixels / (size.width * size.height)) ** 0.5
