"""The Chinese font printed documents carry inside them, and line breaking with it.

SPEC §8: documents are PDFs with embedded Chinese fonts, so they print the same on a county
office PC without Chinese fonts installed. The font is PyMuPDF's built-in CJK font (Droid
Sans Fallback, shipped inside PyMuPDF itself), so the application never reads a system font
either. Text is written through ``pymupdf.TextWriter`` with this one ``Font`` object: PyMuPDF
then embeds the font file once per document, and ``subset`` keeps only the glyphs used, which
brings a 3.5 MB font down to a few hundred kilobytes even for hundreds of pages.

Chinese breaks between any two characters; a run of Latin letters or digits (a ship
identification number, a formula) is kept whole when it fits on a line.
"""

from __future__ import annotations

import re
from functools import cache

import pymupdf

BUILTIN_CJK = "china-s"
"""PyMuPDF's name of its built-in simplified-Chinese font."""

_TOKEN = re.compile(r"[A-Za-z0-9.*+\-/%()（）_:：,]+|\s+|.", re.DOTALL)


@cache
def cjk_font() -> pymupdf.Font:
    """The one font object every document writes with (built from the font's own bytes, so
    PyMuPDF embeds it instead of referring to a font the printer may not have)."""
    return pymupdf.Font(fontbuffer=pymupdf.Font(BUILTIN_CJK).buffer)


@cache
def _advance(ch: str) -> float:
    """Advance width of one character at size 1 (cached: documents reuse few characters)."""
    return cjk_font().text_length(ch, fontsize=1)


def text_width(text: str, size: float) -> float:
    """Width of ``text`` in points at ``size``: the sum of its advances (the font has no
    kerning, so this equals PyMuPDF's own measure, computed without re-measuring)."""
    return sum(map(_advance, text)) * size


_NO_LINE_START = frozenset("，。、；：？！）》」』】”’…,.;:?!)%")
"""Punctuation that must not begin a line (避头点); it hangs at the end of the line instead."""


def _split_long(token: str, width: float, size: float) -> list[str]:
    """Break a token wider than a line at character boundaries."""
    pieces: list[str] = []
    current, used = "", 0.0
    for ch in token:
        advance = _advance(ch) * size
        if current and used + advance > width:
            pieces.append(current)
            current, used = "", 0.0
        current += ch
        used += advance
    if current:
        pieces.append(current)
    return pieces


def _wrap_paragraph(paragraph: str, width: float, size: float) -> list[str]:
    lines: list[str] = []
    current, used = "", 0.0
    for token in _TOKEN.findall(paragraph):
        token_width = text_width(token, size)
        if used + token_width <= width or token in _NO_LINE_START:
            current, used = current + token, used + token_width
            continue
        if current.strip():
            lines.append(current.rstrip())
        token = token.lstrip()
        if text_width(token, size) <= width:
            current, used = token, text_width(token, size)
            continue
        *full, current = _split_long(token, width, size)
        lines.extend(full)
        used = text_width(current, size)
    lines.append(current.rstrip())
    return lines


def wrap(text: str, width: float, size: float) -> list[str]:
    """Lines of ``text`` no wider than ``width`` points; explicit newlines are kept.

    Closing punctuation never starts a line: like a printed form, it may hang a little past
    the right edge instead.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph, width, size))
    return lines


def subset(document: pymupdf.Document) -> None:
    """Keep only the glyphs the document uses (see the module docstring)."""
    document.subset_fonts()
