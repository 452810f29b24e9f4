"""Real material PDFs for the demo world and the tests, made with PyMuPDF.

Reviewers mostly read scans, so besides text pages (Chinese via PyMuPDF's
built-in ``china-s`` font) this makes "scanned" pages: a text page rendered to a
grey bitmap with speckle noise and a slight tilt, embedded as an image — which is
what makes the PDF viewer's rendering speed matter.

Output is byte-for-byte deterministic (no fresh file ID, seeded noise), so the same seed
gives the same blobs. The per-record documents of the demo, made by the thousand, come
from ``demo.pdf_writer`` instead (see there why).
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
    page.insert_text(
        (A4.width - 160, A4.height - 146),
        "审核专用章",
        fontname="china-s",
        fontsize=10,
        color=(0.8, 0, 0),
    )


def _bytes_of(doc: pymupdf.Document) -> bytes:
    """The document's bytes, compressed, without the random file ID PyMuPDF would add."""
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)


def text_pdf(title: str, lines: Sequence[str], pages: int = 1) -> bytes:
    """A born-digital PDF: one page per copy, searchable Chinese text."""
    doc = pymupdf.open()
    for number in range(1, pages + 1):
        page = doc.new_page(width=A4.width, height=A4.height)
        _write_text_page(page, title, lines, f"第 {number} 页 / 共 {pages} 页")
    return _bytes_of(doc)


def _source_page(title: str, lines: Sequence[str]) -> pymupdf.Document:
    """The clean page a scan is made of (made once per document: the CJK font set-up of
    PyMuPDF costs milliseconds per new document, and a 50-page scan would pay it 50 times)."""
    src = pymupdf.open()
    page = src.new_page(width=A4.width, height=A4.height)
    _write_text_page(page, title, lines, "扫描件")
    return src


def _scan_of(src: pymupdf.Document, rng: random.Random, dpi: int) -> pymupdf.Pixmap:
    """Render the page to grey pixels, slightly tilted, with speckles like an office scanner."""
    matrix = pymupdf.Matrix(dpi / 72, dpi / 72).prerotate(rng.uniform(-0.8, 0.8))
    pix = src[0].get_pixmap(matrix=matrix, colorspace=pymupdf.csGRAY)
    samples = bytearray(pix.samples)
    size = len(samples)
    for _ in range(size // 400):
        samples[rng.randrange(size)] = rng.randrange(90, 200)
    return pymupdf.Pixmap(pymupdf.csGRAY, pix.width, pix.height, bytes(samples), False)


def scanned_pdf(
    title: str, lines: Sequence[str], pages: int = 1, seed: int = 0, dpi: int = 110
) -> bytes:
    """An image-only PDF, like a scan: no text layer, one grey bitmap per page.

    Every page is a fresh scan of the same sheet (its own tilt and speckles), as a multi-page
    certificate book fed through a scanner looks.
    """
    rng = random.Random(seed)
    src = _source_page(title, lines)
    doc = pymupdf.open()
    for _ in range(pages):
        pix = _scan_of(src, rng, dpi)
        page = doc.new_page(width=A4.width, height=A4.height)
        page.insert_image(page.rect, stream=pix.tobytes("jpeg", jpg_quality=55))
    return _bytes_of(doc)
