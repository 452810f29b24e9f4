"""A minimal PDF writer for one-page Chinese text documents, thousands per second.

The demo gives the records at the top of every reviewer's queue their own material PDFs naming
that ship (tens of thousands of files for 100,000 records). PyMuPDF spends about 6 ms per new
document just setting up its CJK font, which alone would blow the 3-minute budget of the
100,000-record demo. The documents are simple (a title, lines of text, a rule and a seal), so
this module writes the same objects PyMuPDF writes for its ``china-s`` font — a Type0 font
"Heiti" with the ``UniGB-UTF16-H`` encoding and the Adobe-GB1 character collection, not
embedded, which every viewer (MuPDF included) renders with its built-in Chinese font and from
which text extraction and search work — straight into bytes. The one addition is a width
table giving ASCII (CIDs 1–95 of Adobe-GB1) half width, so "CN20081234567" does not print
spaced out like full-width characters.

Output is deterministic (the file ID is a hash of the content), so the same seed gives the same
blobs and the same SHA-256 rows.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

PAGE_WIDTH = 595
PAGE_HEIGHT = 842
MARGIN = 56
_FONT = "F1"
_KAPPA = 0.5523  # Bézier control distance of a quarter circle, as a share of the radius


@dataclass(frozen=True, slots=True)
class TextRun:
    """One line of text at (x, y from the top of the page), in points."""

    x: float
    y: float
    size: float
    text: str
    red: bool = False


def _hex(text: str) -> str:
    """Text as the UTF-16BE hex string the UniGB-UTF16-H encoding reads."""
    return text.encode("utf-16-be").hex().upper()


def _num(value: float) -> str:
    """A coordinate with at most 2 decimals, no trailing zeros."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _text_ops(run: TextRun) -> str:
    color = "0.8 0 0 rg" if run.red else "0 g"
    y = PAGE_HEIGHT - run.y
    return (
        f"BT {color} /{_FONT} {_num(run.size)} Tf 1 0 0 1 {_num(run.x)} {_num(y)} Tm "
        f"<{_hex(run.text)}> Tj ET"
    )


def _circle_ops(cx: float, cy_top: float, radius: float) -> str:
    """A red stroked circle made of four Bézier quarters (how PDF draws circles)."""
    cy = PAGE_HEIGHT - cy_top
    k = radius * _KAPPA
    r = radius
    points = (
        f"{_num(cx - r)} {_num(cy)} m "
        f"{_num(cx - r)} {_num(cy + k)} {_num(cx - k)} {_num(cy + r)} {_num(cx)} {_num(cy + r)} c "
        f"{_num(cx + k)} {_num(cy + r)} {_num(cx + r)} {_num(cy + k)} {_num(cx + r)} {_num(cy)} c "
        f"{_num(cx + r)} {_num(cy - k)} {_num(cx + k)} {_num(cy - r)} {_num(cx)} {_num(cy - r)} c "
        f"{_num(cx - k)} {_num(cy - r)} {_num(cx - r)} {_num(cy - k)} {_num(cx - r)} {_num(cy)} c"
    )
    return f"q 0.8 0 0 RG 2 w {points} S Q"


def _rule_ops(y_top: float) -> str:
    y = _num(PAGE_HEIGHT - y_top)
    return f"q 0.8 w {MARGIN} {y} m {PAGE_WIDTH - MARGIN} {y} l S Q"


@lru_cache(maxsize=64)
def _frame(footer: str, seal: str) -> str:
    """The parts of a page that do not depend on its text: rule, footer, seal."""
    seal_x, seal_y = PAGE_WIDTH - 130, PAGE_HEIGHT - 150
    return "\n".join(
        (
            _rule_ops(104),
            _text_ops(TextRun(MARGIN, PAGE_HEIGHT - 50, 9, footer)),
            _text_ops(TextRun(seal_x - 6 * len(seal), seal_y + 4, 10, seal, red=True)),
            _circle_ops(seal_x, seal_y, 46),
        )
    )


def document_page(title: str, lines: Sequence[str], footer: str, seal: str) -> bytes:
    """The content stream of one page: title, rule, lines, footer and a red seal."""
    runs = [TextRun(MARGIN, 90, 20, title)]
    runs += [TextRun(MARGIN, 140 + 22 * index, 12, line) for index, line in enumerate(lines)]
    ops = [*(_text_ops(run) for run in runs), _frame(footer, seal)]
    return "\n".join(ops).encode("ascii")


def _info_string(text: str) -> str:
    """A text string for the document information dictionary (UTF-16BE with its BOM)."""
    return f"<FEFF{_hex(text)}>"


def build_pdf(title: str, pages: Sequence[bytes]) -> bytes:
    """A complete PDF of the given content streams, all sharing one Chinese font."""
    page_ids = [6 + 2 * index for index in range(len(pages))]
    kids = " ".join(f"{pid} 0 R" for pid in page_ids)
    objects: list[bytes] = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        f"<</Type/Pages/Count {len(pages)}/Kids[{kids}]>>".encode("ascii"),
        (
            "<</Type/Font/Subtype/Type0/BaseFont/Heiti/Encoding/UniGB-UTF16-H"
            "/DescendantFonts[4 0 R]>>"
        ).encode("ascii"),
        (
            b"<</Type/Font/Subtype/CIDFontType0/BaseFont/Heiti"
            b"/CIDSystemInfo<</Registry(Adobe)/Ordering(GB1)/Supplement 5>>/FontDescriptor 5 0 R"
            b"/DW 1000/W[1 95 500]>>"
        ),
        (
            b"<</Type/FontDescriptor/FontName/Heiti/FontBBox[-200 -200 1200 1200]/Flags 4"
            b"/ItalicAngle 0/Ascent 1000/Descent -200/StemV 80>>"
        ),
    ]
    for index, content in enumerate(pages):
        packed = zlib.compress(content, 1)
        objects.append(
            (
                f"<</Type/Page/Parent 2 0 R/MediaBox[0 0 {PAGE_WIDTH} {PAGE_HEIGHT}]"
                f"/Resources<</Font<</{_FONT} 3 0 R>>>>/Contents {page_ids[index] + 1} 0 R>>"
            ).encode("ascii")
        )
        objects.append(
            f"<</Length {len(packed)}/Filter/FlateDecode>>\nstream\n".encode("ascii")
            + packed
            + b"\nendstream"
        )
    info = f"<</Title{_info_string(title)}/Producer(reviewdesk demo)>>".encode("ascii")
    objects.append(info)
    return _serialise(objects, info_id=len(objects))


def _serialise(objects: Sequence[bytes], info_id: int) -> bytes:
    """Number the objects from 1, write them, the cross-reference table and the trailer."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: list[int] = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode("ascii") + body + b"\nendobj\n"
    xref_at = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    out += b"".join(f"{offset:010d} 00000 n \n".encode("ascii") for offset in offsets)
    file_id = hashlib.md5(bytes(out), usedforsecurity=False).hexdigest().upper()
    out += (
        f"trailer\n<</Size {len(objects) + 1}/Root 1 0 R/Info {info_id} 0 R"
        f"/ID[<{file_id}><{file_id}>]>>\nstartxref\n{xref_at}\n%%EOF\n"
    ).encode("ascii")
    return bytes(out)


def quick_text_pdf(title: str, lines: Sequence[str], seal: str = "审核专用章") -> bytes:
    """A one-page searchable Chinese document (see the module docstring for why not PyMuPDF)."""
    page = document_page(title, lines, "第 1 页 / 共 1 页", seal)
    return build_pdf(title, [page])
