"""A report printed as a table: A4 landscape PDF with the embedded Chinese font, the merged
multi-level header repeated on every page, totals shaded as in the Excel export.

This is what "print this report" and a print preview show (SPEC §8): the same ``Report`` the
Excel export writes, drawn with the same text a person reads (``model.display_text``).
Column widths follow the header texts and the first rows, scaled to the paper's width; a text
longer than its column wraps within the cell instead of being cut off.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import chain, islice
from pathlib import Path

import pymupdf

from desktop.documents.fonts import subset, text_width, wrap
from desktop.documents.render import LEADING, PAD, PageStack
from desktop.documents.template import Align
from desktop.reports.model import (
    CellFormat,
    Column,
    Report,
    ReportRow,
    RowKind,
    display_text,
)
from desktop.reports.progress import CancelCheck, ProgressCallback, Ticker, ticker
from desktop.reports.xlsx import SAMPLE_ROWS
from desktop.saved_files import saving

LANDSCAPE = pymupdf.paper_rect("a4-l")
MARGIN = 28.0
SIZE = 7.5
TITLE_SIZE = 14.0
NOTE_SIZE = 8.5
HEADER_FILL = (0.87, 0.87, 0.87)
KIND_FILLS = {
    RowKind.PROVINCE_TOTAL: (0.85, 0.88, 0.95),
    RowKind.CITY_TOTAL: (0.91, 0.93, 0.97),
    RowKind.COUNTY_SUBTOTAL: (0.96, 0.97, 0.99),
    RowKind.CATEGORY_TOTAL: (0.93, 0.93, 0.93),
}
MIN_TEXT = 2 * SIZE + 2 * PAD + 1
"""A text column is at least two characters wide."""
MAX_TEXT = 150.0
"""Natural width cap of a text column (points): longer texts wrap."""


def _align(column: Column) -> Align:
    if column.fmt is CellFormat.TEXT:
        return "left"
    return "center" if column.fmt is CellFormat.DATE else "right"


def _edges(report: Report, sample: Sequence[ReportRow], width: float) -> list[float]:
    """Column edges across ``width``.

    Numbers and dates get exactly the width of their widest sampled value (they must never
    wrap; their header may take two lines); when the table is too wide, text columns share
    the rest by their natural widths, each at least two characters wide, and wrap; when it is
    narrower than the paper, every column widens in proportion. A group header wider than
    its columns widens them evenly.
    """
    pad = 2 * PAD + 1
    natural = [
        max(
            text_width(column.label[:2], SIZE),
            text_width(column.label, SIZE) / (1 if column.fmt is CellFormat.TEXT else 2),
        )
        + pad
        for column in report.columns
    ]
    for row in sample:
        for index, (column, value) in enumerate(zip(report.columns, row.cells, strict=True)):
            natural[index] = max(
                natural[index], text_width(display_text(value, column), SIZE) + pad
            )
    for cell in report.header.cells:
        if cell.width == 1:
            continue  # leaf headers wrap; only a group must fit over its columns
        share = (min(text_width(cell.text, SIZE), MAX_TEXT) + pad) / cell.width
        for col in range(cell.col, cell.col + cell.width):
            natural[col] = max(natural[col], min(share, MAX_TEXT))
    fixed = [column.fmt is not CellFormat.TEXT for column in report.columns]
    widths = [
        min(w, MAX_TEXT) if not is_fixed else w for w, is_fixed in zip(natural, fixed, strict=True)
    ]
    fixed_total = sum(w for w, is_fixed in zip(widths, fixed, strict=True) if is_fixed)
    text_total = sum(w for w, is_fixed in zip(widths, fixed, strict=True) if not is_fixed)
    room = width - fixed_total
    if text_total > room > 0:
        scale = room / text_total
        widths = [
            w if is_fixed else max(w * scale, MIN_TEXT)
            for w, is_fixed in zip(widths, fixed, strict=True)
        ]
    scale = width / sum(widths)
    edges = [MARGIN]
    for column_width in widths:
        edges.append(edges[-1] + column_width * scale)
    return edges


class _Table:
    """Draws one report's pages."""

    def __init__(self, document: pymupdf.Document, report: Report, edges: Sequence[float]) -> None:
        self.report = report
        self.edges = edges
        self.pages = PageStack(document, LANDSCAPE, top=MARGIN, bottom=LANDSCAPE.height - 40)
        self.line_height = SIZE * LEADING

    def cell_lines(self, text: str, left: int, right: int) -> list[str]:
        return wrap(text, self.edges[right] - self.edges[left] - 2 * PAD, SIZE)

    def top(self) -> None:
        """Caption, title, filter line and unit note, on the first page."""
        pages, width = self.pages, LANDSCAPE.width - 2 * MARGIN
        full = pymupdf.Rect(MARGIN, 0, MARGIN + width, 0)
        for text, size, align in (
            (self.report.caption, NOTE_SIZE + 1, "left"),
            (self.report.title, TITLE_SIZE, "center"),
        ):
            if text:
                full.y0, full.y1 = pages.y, pages.y + size * LEADING + 2
                pages.lines_in(full, [text], size, align)
                pages.y = full.y1 + 2
        full.y0, full.y1 = pages.y, pages.y + NOTE_SIZE * LEADING
        pages.lines_in(full, [self.report.subtitle], NOTE_SIZE, "left")
        pages.lines_in(full, [self.report.unit_note], NOTE_SIZE, "right")
        pages.y = full.y1 + 3

    def header_heights(self) -> list[float]:
        """Height of each header row: enough for the wrapped text of every cell in it."""
        header = self.report.header
        lines = [1] * header.depth
        for cell in header.cells:
            if cell.height == 1:
                needed = len(self.cell_lines(cell.text, cell.col, cell.col + cell.width))
                lines[cell.row] = max(lines[cell.row], needed)
        heights = [count * self.line_height + 2 * PAD for count in lines]
        for cell in header.cells:
            if cell.height > 1:
                needed = len(self.cell_lines(cell.text, cell.col, cell.col + cell.width))
                spanned = sum(heights[cell.row : cell.row + cell.height])
                shortfall = needed * self.line_height + 2 * PAD - spanned
                if shortfall > 0:
                    heights[cell.row + cell.height - 1] += shortfall
        return heights

    def header(self) -> None:
        heights = self.header_heights()
        self.pages.room(sum(heights) + self.line_height * 2)
        tops = [self.pages.y]
        for height in heights:
            tops.append(tops[-1] + height)
        for cell in self.report.header.cells:
            rect = pymupdf.Rect(
                self.edges[cell.col],
                tops[cell.row],
                self.edges[cell.col + cell.width],
                tops[cell.row + cell.height],
            )
            self.pages.box(rect, HEADER_FILL)
            self.pages.lines_in(
                rect, self.cell_lines(cell.text, cell.col, cell.col + cell.width), SIZE, "center"
            )
        self.pages.y = tops[-1]

    def row(self, row: ReportRow) -> None:
        texts = [
            display_text(value, column)
            for value, column in zip(row.cells, self.report.columns, strict=True)
        ]
        if row.indent and texts:
            texts[0] = "　" * row.indent + texts[0]
        lines = [self.cell_lines(text, index, index + 1) for index, text in enumerate(texts)]
        height = max(len(cell) for cell in lines) * self.line_height + 2 * PAD
        if self.pages.y + height > self.pages.bottom:
            self.pages.new_page()
            self.header()
        fill = KIND_FILLS.get(row.kind)
        for index, column in enumerate(self.report.columns):
            rect = pymupdf.Rect(
                self.edges[index], self.pages.y, self.edges[index + 1], self.pages.y + height
            )
            self.pages.box(rect, fill)
            self.pages.lines_in(rect, lines[index], SIZE, _align(column))
        self.pages.y += height


def _draw(
    document: pymupdf.Document, report: Report, rows: Iterator[ReportRow], tick: Ticker
) -> None:
    sample = list(islice(rows, SAMPLE_ROWS))
    table = _Table(document, report, _edges(report, sample, LANDSCAPE.width - 2 * MARGIN))
    table.top()
    table.header()
    for row in chain(sample, rows):
        table.row(row)
        tick.step()
    table.pages.finish(report.title)


def report_pdf(
    report: Report,
    *,
    max_rows: int | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> bytes:
    """The report as a PDF; ``max_rows`` limits it to its first rows (a quick preview)."""
    tick = ticker(progress, cancelled)
    rows: Iterator[ReportRow] = report.rows()
    if max_rows is not None:
        rows = islice(rows, max_rows)
    document = pymupdf.open()
    _draw(document, report, rows, tick)
    tick.check()
    document.set_metadata({"title": report.title, "creator": "湖南省水运奖补资金审核桌面端"})
    subset(document)
    tick.finish()
    return document.tobytes(garbage=3, deflate=True)


def save_report_pdf(
    report: Report,
    path: str | Path,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write the whole report as a PDF at ``path``; the file appears only when complete."""
    target = Path(path)
    data = report_pdf(report, progress=progress, cancelled=cancelled)
    with saving(target, ".pdf") as part:
        part.write_bytes(data)
    return target
