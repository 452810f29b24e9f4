"""The ``<row>`` XML of a streaming (``constant_memory``) xlsxwriter sheet, written a row at a
time instead of a cell at a time.

Why this exists: SPEC §10 asks for 100,000 exported rows in 15 s. Profiling the 6-2 export
(18 columns, 1.8 million cells) showed 20 of its 24 s inside xlsxwriter's per-cell path —
argument conversion, dimension checks, a cell tuple, type dispatch by class name, attribute
escaping and two regular expressions per string, ~11 µs a cell — while the data itself took
4 s. No well-kept writer streams faster with per-cell formats: excelize's Python stream
writer takes no cell styles, rustpy-xlsxwriter writes unformatted in-memory tables only,
PyExcelerate keeps the whole workbook in memory. So the rows are encoded here, with the cell
reference prefix and style attribute of every (column, format) pair computed once, and
xlsxwriter does everything else: styles, workbook, merges, panes, page setup, zip.

The output is byte for byte what xlsxwriter writes for the same ``write_string`` /
``write_number`` / ``write_blank`` calls (a test compares both on awkward values and on
generated rows): inline strings with control characters as ``_xHHHH_`` escapes, ``&<>``
escaped, ``xml:space="preserve"`` for edge whitespace, strings cut at Excel's 32,767 UTF-16
units, numbers as ``%.16G``, blanks written only when they carry a format. Unusual strings go
through xlsxwriter's own helpers, so the rare cases cannot drift from it; only the common
case (no escape needed) is done here. One deliberate difference: a text that looks like
xlsxwriter's rich-string markup (``<r>…</r>``) stays text instead of being copied into the
file as raw XML, so what a person typed cannot break the workbook.

The row is handed to the sheet through xlsxwriter internals (``fh``, ``previous_row``,
``_write_single_row``, ``_check_dimensions``, ``row_info``, ``col_info``); the version is
pinned in ``uv.lock`` and the parity tests fail if a new version changes any of them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date, datetime

from xlsxwriter.format import Format
from xlsxwriter.utility import (
    _preserve_whitespace,
    _utf16_len,
    _utf16_truncate,
    xl_col_to_name,
)
from xlsxwriter.worksheet import Worksheet
from xlsxwriter.xmlwriter import XMLwriter

from desktop.reports.model import Cell

EXCEL_EPOCH = date(1899, 12, 30)
_NEEDS_CARE = re.compile(r'[\x00-\x08\x0a-\x1f"&<>\ufffe\uffff]|_x[0-9a-fA-F]{4}_|^\s|\s$')
"""Anything xlsxwriter would escape, mark as ``_xHHHH_`` or preserve; a superset is fine
(such strings take the careful path, which is xlsxwriter's own)."""
_SHORT = 32_767 // 2
"""Strings up to this length cannot exceed Excel's 32,767 UTF-16 units (each character is at
most two); longer ones are measured against ``Worksheet.xls_strmax`` on the careful path."""


def excel_value(value: Cell) -> Cell:
    """The value as written: dates as Excel serial day numbers (shown with a date format).

    That number is what Excel stores for a date; computing it here is cheaper than
    xlsxwriter's general date-time conversion, which also handles times a report never has.
    """
    if isinstance(value, datetime):
        return (value.date() - EXCEL_EPOCH).days
    if isinstance(value, date):
        return (value - EXCEL_EPOCH).days
    return value


def _careful_text(sheet: Worksheet, text: str) -> tuple[str, str]:
    """Escaped text and its ``<t>`` attribute, exactly as xlsxwriter writes an inline string."""
    if len(text) > _SHORT and _utf16_len(text) > sheet.xls_strmax:
        text = _utf16_truncate(text, sheet.xls_strmax)
    text = XMLwriter._escape_control_characters(text)
    preserve = ' xml:space="preserve"' if _preserve_whitespace(text) else ""
    return sheet._escape_data(text), preserve


def _finite(value: float) -> float:
    """xlsxwriter refuses NaN and infinities without its error-cell option; so do we."""
    if not math.isfinite(value):
        raise TypeError("NAN/INF not supported in write_number()")
    return value


_CellParts = tuple[str, str, bool]
"""``'<c r="B'``, ``'" s="7"'`` (around the row number) and whether a blank is written."""


class RowEncoder:
    """Writes whole rows of one sheet straight into its constant_memory row file."""

    def __init__(self, sheet: Worksheet) -> None:
        if not sheet.constant_memory:
            raise ValueError("RowEncoder writes constant_memory sheets only")
        self.sheet = sheet
        self._parts: dict[tuple[Format | None, ...], list[_CellParts]] = {}

    def _cell_parts(self, col: int, fmt: Format | None) -> _CellParts:
        """The fixed parts of a cell of column ``col`` in format ``fmt`` (as ``_write_cell``:
        the cell's format, else the column's; a blank only when the cell has a format)."""
        style_format = fmt
        if style_format is None and col in self.sheet.col_info:
            style_format = self.sheet.col_info[col].column_format
        style = f' s="{style_format._get_xf_index()}"' if style_format is not None else ""
        return f'<c r="{xl_col_to_name(col)}', f'"{style}', fmt is not None

    def _row_parts(self, formats: Sequence[Format | None]) -> list[_CellParts]:
        """Every column's parts for this list of formats, worked out once per list."""
        key = tuple(formats)
        parts = self._parts.get(key)
        if parts is None:
            parts = self._parts[key] = [self._cell_parts(c, f) for c, f in enumerate(key)]
        return parts

    def encode(
        self, row: int, values: Sequence[Cell], formats: Sequence[Format | None]
    ) -> tuple[str, int, int] | None:
        """The ``<row>`` element and its first and last written column; None if no cell is
        written (empty values without a format, as xlsxwriter skips them)."""
        if len(values) != len(formats):
            raise ValueError(f"一行有 {len(values)} 个值，却有 {len(formats)} 个格式")
        number = str(row + 1)
        cells: list[str] = []
        first = last = -1
        for col, ((head, style, keeps_blank), value) in enumerate(
            zip(self._row_parts(formats), values, strict=True)
        ):
            kind = value.__class__
            if kind is not str and isinstance(value, str):
                value, kind = str.__str__(value), str  # a StrEnum writes its text
            if kind is str and value:
                preserve = ""
                if len(value) > _SHORT or _NEEDS_CARE.search(value):
                    value, preserve = _careful_text(self.sheet, value)
                cells.append(
                    f'{head}{number}{style} t="inlineStr"><is><t{preserve}>{value}</t></is></c>'
                )
            elif value is None or kind is str:
                if not keeps_blank:
                    continue
                cells.append(f"{head}{number}{style}/>")
            else:
                if kind is float:
                    _finite(value)
                elif isinstance(value, date):
                    value = excel_value(value)
                cells.append(f"{head}{number}{style}><v>{value:.16G}</v></c>")
            if first < 0:
                first = col
            last = col
        if not cells:
            return None
        return f'<row r="{number}">{"".join(cells)}</row>', first, last

    def write(self, row: int, values: Sequence[Cell], formats: Sequence[Format | None]) -> None:
        """Write row ``row`` (0-based, below every row written so far) to the sheet.

        xlsxwriter's pending row, if any, is flushed first; afterwards the sheet is in the
        state its own cell calls would have left it in, so they can go on below.
        """
        sheet = self.sheet
        encoded = self.encode(row, values, formats)
        sheet._write_single_row(row)
        if encoded is None:
            return
        xml, first, last = encoded
        if sheet._check_dimensions(row, first) or sheet._check_dimensions(row, last):
            raise ValueError(f"第 {row + 1} 行超出了 Excel 工作表的范围")
        sheet.fh.write(xml)
