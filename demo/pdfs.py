"""Real material PDFs for the demo world and the tests, made with PyMuPDF.

Reviewers mostly read scans, so besides text pages (Chinese via PyMuPDF's
built-in ``china-s`` font) this makes "scanned" pages: a text page rendered to a
grey bitmap with speckle noise and a slight tilt, embedded as an image — which is
what makes the PDF viewer's rendering speed matter.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import pymupdf

A4 = pymupdf.paper_rect("a4")
_MARGIN = 56


def _write_text_page(page: pymupdf.Page, title: str, lines: Sequence[str], footer: str) -> None:
    page.insert_text((_MARGIN, 90), title, fontname="china-s", fontsize=20)
    page.draw_line((_MARGIN, 104), (A4.width - _MARGIN, 104), width=0.8)
    y = 140.0
    for line in lines:
        page.insert_text((_MARGIN, y), line, fontname="china-s", fontsize=12)
        y += 22
    page.insert_text((_MARGIN, A4.height - 50), footer, fontname="china-s", fontsize=9)
    page.draw_circle((A4.width - 130, A4.height - 150), 46, color=(0.8, 0, 0), width=2)
    page.insert_text((A4.width - 160, A4.height - 146), "审核专用章", fontname="china-s",
                     fontsize=10, color=(0.8, 0, 0))


def text_pdf(title: str, lines: Sequence[str], pages: int = 1) -> bytes:
    """A born-digital PDF: one page per copy, searchable Chinese text."""
    doc = pymupdf.open()
    for number in range(1, pages + 1):
        _write_text_page(doc.new_page(width=A4.width, height=A4.height), title, lines,
                         f"第 {number} 页 / 共 {pages} 页")
    return doc.tobytes(garbage=3, deflate=True)


def _scan_of(title: str, lines: Sequence[str], footer: str, rng: random.Random,
             dpi: int) -> pymupdf.Pixmap:
    """Render a text page to grey pixels, then add speckles like a cheap office scanner."""
    src = pymupdf.open()
    _write_text_page(src.new_page(width=A4.width, height=A4.height), title, lines, footer)
    matrix = pymupdf.Matrix(dpi / 72, dpi / 72).prerotate(rng.uniform(-0.8, 0.8))
    pix = src[0].get_pixmap(matrix=matrix, colorspace=pymupdf.csGRAY)
    samples = bytearray(pix.samples)
    for _ in range(len(samples) // 400):
        samples[rng.randrange(len(samples))] = rng.randrange(90, 200)
    return pymupdf.Pixmap(pymupdf.csGRAY, pix.width, pix.height, bytes(samples), False)


def scanned_pdf(title: str, lines: Sequence[str], pages: int = 1, seed: int = 0,
                dpi: int = 110) -> bytes:
    """An image-only PDF, like a scan: no text layer, one grey bitmap per page."""
    rng = random.Random(seed)
    doc = pymupdf.open()
    for number in range(1, pages + 1):
        pix = _scan_of(title, lines, f"扫描件 第 {number} 页 / 共 {pages} 页", rng, dpi)
        page = doc.new_page(width=A4.width, height=A4.height)
        page.insert_image(page.rect, stream=pix.tobytes("jpeg", jpg_quality=55))
    return doc.tobytes(garbage=3, deflate=True)
