"""Excel export of reports and record lists (SPEC §8 "Exported as .xlsx laid out like the
official tables", §10 "100,000 rows ≤ 15 s with memory that does not grow with the row count").

A report is laid out as the printed tables are: the attachment caption (附件7), the title
merged across the table, the filter line, the unit note ("单位：万元") at the right, the merged
multi-level header, then the rows with borders, totals shaded and bold (``xlsx_styles``). Money
shows as ``#,##0.00`` 万元, counts and TEU as integers, dates as yyyy-mm-dd. The header stays
frozen on screen and repeats on every printed page; pages are A4 landscape, fitted to the
paper's width.

Rows come from the report's own streaming iterator and go through xlsxwriter's
``constant_memory`` mode (``xlsx_book``), so memory stays flat and the file appears only when
complete. Column widths come from the header texts and a sample of the first rows, a CJK
character counting as two; longer texts wrap instead of overflowing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook

from desktop.reports.model import Cell, CellFormat, Column, Report, ReportRow, RowKind, display_text
from desktop.reports.progress import CancelCheck, ProgressCallback, Ticker, ticker
from desktop.reports.xlsx_book import (
    SheetWriter,
    set_print_layout,
    sheet_title,
    streaming_workbook,
)
from desktop.reports.xlsx_styles import BOLD_KINDS, ROW_FILLS, Styles, alignment, number_format

SAMPLE_ROWS = 200
"""Rows looked at to size the columns before writing; a constant, so memory stays flat."""
MIN_WIDTH, MAX_WIDTH = 6, 48


@dataclass(frozen=True, slots=True)
class ExportResult:
    """Where the file went and how many data rows it holds."""

    path: Path
    rows: int


def display_width(text: str) -> int:
    """Width in Excel character units: wide (CJK) characters count two, others one."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _widths(
    columns: Sequence[Column], header_widths: Sequence[int], sample: Sequence[Sequence[Cell]]
) -> list[float]:
    """Column widths from the header and the sampled rows, within sane bounds."""
    widths = list(header_widths)
    for row in sample:
        for index, (column, value) in enumerate(zip(columns, row, strict=True)):
            widths[index] = max(widths[index], display_width(display_text(value, column)))
    return [min(max(width + 2, MIN_WIDTH), MAX_WIDTH) for width in widths]


def _set_widths(writer: SheetWriter, widths: Sequence[float]) -> None:
    for index, width in enumerate(widths):
        writer.sheet.set_column(index, index, width)


def _header_widths(report: Report) -> list[int]:
    """Per column, the widest header text above it (a group's text spread over its span)."""
    widths = [0] * len(report.columns)
    for cell in report.header.cells:
        share = -(-display_width(cell.text) // cell.width)
        for col in range(cell.col, cell.col + cell.width):
            widths[col] = max(widths[col], share)
    return widths


class _ReportSheet:
    """Writes one report onto a streaming sheet, top to bottom."""

    def __init__(self, book: Workbook, report: Report) -> None:
        self.report = report
        self.writer = SheetWriter(book.add_worksheet(sheet_title(report.title)))
        self.styles = Styles(book)
        self.width = len(report.columns)

    def write_top(self) -> None:
        """Caption, title, filter line and unit note above the header."""
        style, report = self.styles.get, self.report
        if report.caption:
            self.writer.write([report.caption], [style(size=12, border=False, bold=True)])
        title = style(size=16, bold=True, border=False, horizontal="center")
        self.writer.full_width(report.title, title, self.width, height=30)
        self.writer.full_width(report.subtitle, style(border=False, wrap=True), self.width)
        self.writer.full_width(
            report.unit_note, style(border=False, horizontal="right"), self.width
        )

    def write_header(self) -> tuple[int, int]:
        """The merged multi-level header; returns its first and last sheet row (0-based)."""
        header, first = self.report.header, self.writer.row
        grid: list[list[Cell]] = [[None] * self.width for _ in range(header.depth)]
        for cell in header.cells:
            grid[cell.row][cell.col] = cell.text
        formats = [self.styles.header()] * self.width
        for values in grid:
            self.writer.write(values, formats)
        for cell in header.cells:
            if cell.height > 1 or cell.width > 1:
                top, left = first + cell.row, cell.col
                self.writer.merge_written(top, left, top + cell.height - 1, left + cell.width - 1)
        return first, self.writer.row - 1

    def row_formats(self, kind: RowKind, indent: int) -> list[Format]:
        """The format of each cell of a row of ``kind``; only the first column is indented."""
        return [
            self.styles.get(
                number_format=number_format(column),
                bold=kind in BOLD_KINDS,
                fill=ROW_FILLS.get(kind),
                horizontal=alignment(column),
                wrap=column.fmt is CellFormat.TEXT,
                indent=indent if index == 0 else 0,
            )
            for index, column in enumerate(self.report.columns)
        ]

    def write_rows(self, rows: Iterable[ReportRow], progress: Ticker) -> int:
        formats: dict[tuple[RowKind, int], list[Format]] = {}
        write = self.writer.write
        for report_row in rows:
            key = (report_row.kind, report_row.indent)
            row_formats = formats.get(key)
            if row_formats is None:
                row_formats = formats[key] = self.row_formats(*key)
            write(report_row.cells, row_formats)
            progress.step()
        return progress.done


def export_report(
    report: Report,
    path: str | Path,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ExportResult:
    """Write ``report`` to ``path`` (.xlsx). ``progress`` gets the rows written so far;
    ``cancelled`` is polled every few hundred rows and stops the export (raising
    ``progress.Cancelled``) with nothing written."""
    target = Path(path)
    tick = ticker(progress, cancelled)
    with streaming_workbook(target, report.title) as book:
        sheet = _ReportSheet(book, report)
        rows = report.rows()
        sample = list(islice(rows, SAMPLE_ROWS))
        _set_widths(
            sheet.writer, _widths(report.columns, _header_widths(report), [r.cells for r in sample])
        )
        sheet.write_top()
        first, last = sheet.write_header()
        sheet.writer.sheet.freeze_panes(last + 1, report.frozen_columns)
        set_print_layout(sheet.writer.sheet, (first, last))
        written = sheet.write_rows(chain(sample, rows), tick)
        tick.check()
    tick.finish()
    return ExportResult(target, written)


def export_records(
    path: str | Path,
    title: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Cell]],
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ExportResult:
    """Write a record list (a query result, manual 5.1 "导出查询结果") to ``path``.

    A data export is for working on in Excel: one header row with filter buttons, frozen, and
    plain cells; only numbers and dates carry a format (money 2 decimals, dates yyyy-mm-dd).
    """
    if not columns:
        raise ValueError("导出的列表至少要有一列")
    target = Path(path)
    tick = ticker(progress, cancelled)
    with streaming_workbook(target, title) as book:
        written = _write_records(book, title, columns, iter(rows), tick)
        tick.check()
    tick.finish()
    return ExportResult(target, written)


def _write_records(
    book: Workbook,
    title: str,
    columns: Sequence[Column],
    rows: Iterator[Sequence[Cell]],
    tick: Ticker,
) -> int:
    """Header row, then each record; plain text cells, formatted numbers and dates."""
    writer = SheetWriter(book.add_worksheet(sheet_title(title)))
    styles = Styles(book)
    rows = _checked(rows, len(columns))
    sample = list(islice(rows, SAMPLE_ROWS))
    header_widths = [display_width(column.label) for column in columns]
    _set_widths(writer, _widths(columns, header_widths, sample))
    writer.sheet.freeze_panes(1, 0)
    set_print_layout(writer.sheet, (0, 0))
    writer.write([column.label for column in columns], [styles.header()] * len(columns))
    formats = [
        None
        if column.fmt is CellFormat.TEXT
        else styles.get(
            number_format=number_format(column), border=False, horizontal=alignment(column)
        )
        for column in columns
    ]
    for values in chain(sample, rows):
        writer.write(values, formats)
        tick.step()
    writer.sheet.autofilter(0, 0, tick.done, len(columns) - 1)
    return tick.done


def _checked(rows: Iterator[Sequence[Cell]], width: int) -> Iterator[Sequence[Cell]]:
    """The rows, each checked to have one value per column."""
    for values in rows:
        if len(values) != width:
            raise ValueError(f"导出的一行有{len(values)}个值，应为{width}个")
        yield values
