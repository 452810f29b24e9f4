"""Draws a filled template onto A4 pages with PyMuPDF: bordered grids, tables, boxes and text
in the embedded Chinese font (``fonts``).

Layout is computed, never guessed: every cell's text is wrapped to its width first, rows take
the height of their tallest cell, and a block that does not fit on the page continues on a new
one (a table repeats its header there). Each document's pages get "第 i 页 共 n 页" once the
document is complete, so a batch of documents in one PDF numbers each document on its own.

Fills and rules are drawn with one ``Shape`` per page and the text with one ``TextWriter`` per
page, committed when the page is done: hundreds of documents stay fast to draw.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

import pymupdf

from desktop.documents.fonts import cjk_font, text_width, wrap
from desktop.documents.template import (
    Align,
    Block,
    Boxes,
    Grid,
    GridCell,
    Line,
    Paragraph,
    Signatures,
    Table,
    Template,
    fill,
)

A4 = pymupdf.paper_rect("a4")
MARGIN_X = 50.0
TOP = 46.0
PAD = 3.0
LEADING = 1.3
RULE = 0.6
GAP = 6.0
BLACK = (0.0, 0.0, 0.0)
LABEL_FILL = (0.93, 0.93, 0.93)
CAPTION_FILL = (0.84, 0.87, 0.92)
TITLE_SIZE = 18.0
SUBTITLE_SIZE = 11.0
FOOTER_SIZE = 8.5


@dataclass(frozen=True, slots=True)
class DocumentData:
    """What fills a template: text fields by name and, for tables, lists of rows."""

    values: Mapping[str, str]
    lists: Mapping[str, Sequence[Mapping[str, str]]] = field(
        default_factory=lambda: MappingProxyType({})
    )


def _baseline(line_top: float, size: float) -> float:
    """Baseline of a text line whose box starts at ``line_top``, the ink centred in the box."""
    return line_top + size * LEADING / 2 + size * 0.36


def _text_x(rect: pymupdf.Rect, text: str, size: float, align: Align) -> float:
    if align == "center":
        return rect.x0 + (rect.width - text_width(text, size)) / 2
    if align == "right":
        return rect.x1 - PAD - text_width(text, size)
    return rect.x0 + PAD


class PageStack:
    """The pages of one document as they are drawn: current page, pen, text and cursor.

    ``paper`` is the page size (A4 portrait for forms, landscape for report tables); the
    cursor ``y`` runs from ``top`` down to ``bottom``, below which the page footer goes.
    """

    def __init__(
        self,
        document: pymupdf.Document,
        paper: pymupdf.Rect = A4,
        top: float = TOP,
        bottom: float | None = None,
    ) -> None:
        self.document = document
        self.paper = paper
        self.top = top
        self.bottom = paper.height - 58.0 if bottom is None else bottom
        self.first = document.page_count
        self.font = cjk_font()
        self._start_page()

    def _start_page(self) -> None:
        self.page = self.document.new_page(width=self.paper.width, height=self.paper.height)
        self.shape = self.page.new_shape()
        self.writer = pymupdf.TextWriter(self.page.rect)
        self.y = self.top

    def _commit(self) -> None:
        self.shape.commit()
        self.writer.write_text(self.page)

    def new_page(self) -> None:
        self._commit()
        self._start_page()

    def room(self, height: float) -> None:
        """Start a new page unless ``height`` still fits below the cursor."""
        if self.y + height > self.bottom and self.y > self.top:
            self.new_page()

    def text(self, x: float, baseline: float, text: str, size: float) -> None:
        if text:
            self.writer.append((x, baseline), text, font=self.font, fontsize=size)

    def box(
        self,
        rect: pymupdf.Rect,
        fill_color: tuple[float, float, float] | None = None,
        border: bool = True,
    ) -> None:
        if fill_color is not None:
            self.shape.draw_rect(rect)
            self.shape.finish(fill=fill_color, color=None, width=0)
        if border:
            self.shape.draw_rect(rect)
            self.shape.finish(color=BLACK, width=RULE)

    def lines_in(
        self,
        rect: pymupdf.Rect,
        lines: Sequence[str],
        size: float,
        align: Align,
        valign: str = "middle",
    ) -> None:
        """Write wrapped lines inside ``rect``, vertically centred (or from the top)."""
        height = len(lines) * size * LEADING
        top = rect.y0 + PAD if valign == "top" else rect.y0 + (rect.height - height) / 2
        for index, line in enumerate(lines):
            line_top = top + index * size * LEADING
            self.text(_text_x(rect, line, size, align), _baseline(line_top, size), line, size)

    def finish(self, footer: str) -> range:
        """Commit the last page and number this document's pages."""
        self._commit()
        pages = range(self.first, self.document.page_count)
        footer_y = self.paper.height - 30.0
        for number, index in enumerate(pages, start=1):
            page = self.document[index]
            writer = pymupdf.TextWriter(page.rect)
            label = f"第 {number} 页  共 {len(pages)} 页"
            writer.append(
                (self.paper.width / 2 - text_width(label, FOOTER_SIZE) / 2, footer_y),
                label,
                font=self.font,
                fontsize=FOOTER_SIZE,
            )
            if footer:
                writer.append((MARGIN_X, footer_y), footer, font=self.font, fontsize=FOOTER_SIZE)
            writer.write_text(page)
        return pages


def _row_height(cells: Sequence[tuple[pymupdf.Rect, list[str]]], size: float) -> float:
    lines = max((len(text_lines) for _, text_lines in cells), default=1)
    return max(lines, 1) * size * LEADING + 2 * PAD + 2


class _Renderer:
    """Draws the blocks of one filled template."""

    def __init__(self, pages: PageStack, template: Template, data: DocumentData) -> None:
        self.pages = pages
        self.template = template
        self.data = data
        self.left = MARGIN_X
        self.width = A4.width - 2 * MARGIN_X

    def fill(self, text: str) -> str:
        return fill(text, self.data.values, f"“{self.template.name}”")

    def columns(self, weights: Sequence[float]) -> list[float]:
        """Left edges of the columns (and the right edge last) for relative widths."""
        total = sum(weights)
        edges = [self.left]
        for weight in weights:
            edges.append(edges[-1] + self.width * weight / total)
        return edges

    def title(self) -> None:
        title = self.fill(self.template.title)
        pages = self.pages
        pages.text(
            A4.width / 2 - text_width(title, TITLE_SIZE) / 2,
            _baseline(pages.y, TITLE_SIZE),
            title,
            TITLE_SIZE,
        )
        pages.y += TITLE_SIZE * LEADING + 4
        subtitle = self.fill(self.template.subtitle)
        if subtitle:
            pages.text(
                A4.width / 2 - text_width(subtitle, SUBTITLE_SIZE) / 2,
                _baseline(pages.y, SUBTITLE_SIZE),
                subtitle,
                SUBTITLE_SIZE,
            )
            pages.y += SUBTITLE_SIZE * LEADING + 4
        pages.y += GAP

    def line(self, block: Line) -> None:
        text = self.fill(block.text)
        rect = pymupdf.Rect(self.left, 0, self.left + self.width, 0)
        lines = wrap(text, self.width - 2 * PAD, block.size)
        height = len(lines) * block.size * LEADING
        self.pages.room(height)
        rect.y0, rect.y1 = self.pages.y, self.pages.y + height
        self.pages.lines_in(rect, lines, block.size, block.align)
        self.pages.y += height + GAP / 2

    def caption(self, text: str, size: float) -> None:
        if not text:
            return
        height = size * LEADING + 2 * PAD + 2
        self.pages.room(height * 2)
        rect = pymupdf.Rect(self.left, self.pages.y, self.left + self.width, self.pages.y + height)
        self.pages.box(rect, CAPTION_FILL)
        self.pages.lines_in(rect, [self.fill(text)], size + 0.5, "left")
        self.pages.y += height

    def grid(self, block: Grid) -> None:
        edges = self.columns(block.widths)
        self.caption(block.caption, block.size)
        for row in block.rows:
            placed, height = self.measure(row, edges, block.size, literal=False)
            self.pages.room(height)
            self.draw_row(row, placed, height, block.size)
        self.pages.y += GAP

    def measure(
        self, row: Sequence[GridCell], edges: Sequence[float], size: float, literal: bool
    ) -> tuple[list[tuple[pymupdf.Rect, list[str]]], float]:
        """Each cell's rectangle (x only) and wrapped lines, and the row's height.

        ``literal`` cells hold data (a table's rows), not template text with fields.
        """
        placed: list[tuple[pymupdf.Rect, list[str]]] = []
        col = 0
        for cell in row:
            rect = pymupdf.Rect(edges[col], 0, edges[col + cell.span], 0)
            text = cell.text if literal else self.fill(cell.text)
            placed.append((rect, wrap(text, rect.width - 2 * PAD, size)))
            col += cell.span
        return placed, _row_height(placed, size)

    def draw_row(
        self,
        row: Sequence[GridCell],
        placed: Sequence[tuple[pymupdf.Rect, list[str]]],
        height: float,
        size: float,
    ) -> None:
        for cell, (rect, lines) in zip(row, placed, strict=True):
            rect.y0, rect.y1 = self.pages.y, self.pages.y + height
            self.pages.box(rect, LABEL_FILL if cell.label else None)
            self.pages.lines_in(rect, lines, size, cell.align)
        self.pages.y += height

    def table(self, block: Table) -> None:
        """Header, then the rows of ``block.source``; the header repeats on a new page."""
        edges = self.columns([column.width for column in block.columns])
        rows = self.data.lists.get(block.source)
        if rows is None:
            raise KeyError(f"文书数据缺少表格“{block.source}”")
        header = [GridCell(column.header, 1, True, "center") for column in block.columns]
        header_placed, header_height = self.measure(header, edges, block.size, literal=False)
        body = [
            [
                GridCell(values.get(column.field, ""), 1, False, column.align)
                for column in block.columns
            ]
            for values in rows
        ]
        if not body:
            body = [[GridCell(self.fill(block.empty), len(block.columns), False, "center")]]
        first_placed, first_height = self.measure(body[0], edges, block.size, literal=True)
        self.pages.room(header_height + first_height + 2 * (block.size * LEADING + 2 * PAD))
        self.caption(block.caption, block.size)
        self.draw_row(header, header_placed, header_height, block.size)
        for index, row in enumerate(body):
            placed, height = (
                (first_placed, first_height)
                if index == 0
                else self.measure(row, edges, block.size, literal=True)
            )
            if self.pages.y + height > self.pages.bottom:
                self.pages.new_page()
                header_placed, header_height = self.measure(
                    header, edges, block.size, literal=False
                )
                self.draw_row(header, header_placed, header_height, block.size)
            self.draw_row(row, placed, height, block.size)
        self.pages.y += GAP

    def paragraph(self, block: Paragraph) -> None:
        lines = wrap(self.fill(block.text), self.width - 4 * PAD, block.size)
        height = len(lines) * block.size * LEADING + 4 * PAD
        self.pages.room(height)
        rect = pymupdf.Rect(self.left, self.pages.y, self.left + self.width, self.pages.y + height)
        if block.boxed:
            self.pages.box(rect)
        inner = pymupdf.Rect(rect.x0 + PAD, rect.y0, rect.x1 - PAD, rect.y1)
        self.pages.lines_in(inner, lines, block.size, "left")
        self.pages.y += height + GAP

    def boxes(self, block: Boxes) -> None:
        self.pages.room(block.height)
        edges = self.columns([1] * len(block.boxes))
        size = block.size
        band = size * LEADING + 2 * PAD
        for index, box in enumerate(block.boxes):
            rect = pymupdf.Rect(
                edges[index], self.pages.y, edges[index + 1], self.pages.y + block.height
            )
            title_rect = pymupdf.Rect(rect.x0, rect.y0, rect.x1, rect.y0 + band)
            self.pages.box(title_rect, LABEL_FILL)
            self.pages.box(rect)
            self.pages.lines_in(title_rect, [self.fill(box.title)], size, "center")
            body = pymupdf.Rect(rect.x0, title_rect.y1, rect.x1, rect.y1 - band)
            lines = wrap(self.fill(box.text), body.width - 2 * PAD, size)
            self.pages.lines_in(body, lines, size, "left", valign="top")
            footer_rect = pymupdf.Rect(rect.x0, rect.y1 - band, rect.x1, rect.y1)
            self.pages.lines_in(footer_rect, [self.fill(box.footer)], size, "right")
        self.pages.y += block.height + GAP

    def signatures(self, block: Signatures) -> None:
        height = block.size * LEADING + 3 * PAD
        self.pages.room(height)
        edges = self.columns([1] * len(block.slots))
        for index, slot in enumerate(block.slots):
            rect = pymupdf.Rect(edges[index], self.pages.y, edges[index + 1], self.pages.y + height)
            self.pages.lines_in(rect, [self.fill(slot)], block.size, "left")
        self.pages.y += height + GAP

    def draw(self, block: Block) -> None:
        if isinstance(block, Line):
            self.line(block)
        elif isinstance(block, Grid):
            self.grid(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Paragraph):
            self.paragraph(block)
        elif isinstance(block, Boxes):
            self.boxes(block)
        else:
            self.signatures(block)


def render(document: pymupdf.Document, template: Template, data: DocumentData) -> range:
    """Append the pages of one filled document to ``document``; returns their page numbers."""
    pages = PageStack(document)
    renderer = _Renderer(pages, template, data)
    renderer.title()
    for block in template.blocks:
        renderer.draw(block)
    return pages.finish(renderer.fill(template.footer))
