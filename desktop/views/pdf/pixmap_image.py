"""Turn a page into a QImage on the render thread, copying the pixels exactly once.

A QImage can wrap ``Pixmap.samples_mv`` without a copy, but then the MuPDF pixmap must outlive
every (implicitly shared) copy of the image, and dropping the pixmap later on the UI thread
would call into MuPDF from a second thread — which PyMuPDF forbids. Measured on a 150 dpi A4
scan (bench/pdf_figures.py, figure ``pdf.image_copy_ms``): the one copy costs about 1–3 ms
against 30–40 ms of MuPDF rendering, so the image takes one copy into Qt-owned memory here,
on the render thread, and the pixmap is freed on the thread that made it.
"""

from __future__ import annotations

import pymupdf
from PySide6.QtGui import QImage

_FORMATS = {
    (1, False): QImage.Format.Format_Grayscale8,
    (3, False): QImage.Format.Format_RGB888,
    (4, True): QImage.Format.Format_RGBA8888_Premultiplied,
}


def render_matrix(scale: float, rotation: int) -> pymupdf.Matrix:
    """MuPDF's matrix for a page at ``scale`` pixels per point, turned clockwise by ``rotation``."""
    return pymupdf.Matrix(scale, scale).prerotate(rotation)


def image_from_pixmap(pix: pymupdf.Pixmap) -> QImage:
    """A Qt-owned copy of the pixmap's pixels (one memcpy; the pixmap may be freed afterwards)."""
    fmt = _FORMATS.get((pix.n, bool(pix.alpha)))
    if fmt is None:
        raise ValueError(f"unsupported pixmap layout: {pix.n} channels, alpha={pix.alpha}")
    view = QImage(pix.samples_mv, pix.width, pix.height, pix.stride, fmt)
    return view.copy()


def render_page(page: pymupdf.Page, scale: float, rotation: int) -> QImage:
    """Render one page to an opaque RGB image (white paper, annotations shown)."""
    pix = page.get_pixmap(matrix=render_matrix(scale, rotation), alpha=False)
    return image_from_pixmap(pix)
