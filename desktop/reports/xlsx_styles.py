"""Cell formats of the Excel exports: fonts, borders, fills and number formats.

The printed tables use 宋体 with thin borders, totals bold and shaded by level, money as
``#,##0.00`` 万元, counts as integers and dates as yyyy-mm-dd; the exporter (``xlsx``) asks for
a look by its traits and gets one shared xlsxwriter format per distinct look.
"""

from __future__ import annotations

from typing import Any

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook

from desktop.reports.model import CellFormat, Column, RowKind

FONT_NAME = "宋体"

NUMBER_FORMATS = {
    CellFormat.TEXT: "@",
    CellFormat.INTEGER: "#,##0",
    CellFormat.MONEY: "#,##0.00",
    CellFormat.DECIMAL_2: "0.00",
    CellFormat.DECIMAL_3: "0.000",
    CellFormat.DATE: "yyyy-mm-dd",
}
"""Excel number formats by column format: 万元 with thousands separators, counts as integers."""

ROW_FILLS = {
    RowKind.PROVINCE_TOTAL: "#D9E1F2",
    RowKind.CITY_TOTAL: "#E9EFF7",
    RowKind.COUNTY_SUBTOTAL: "#F5F7FB",
    RowKind.CATEGORY_TOTAL: "#EDEDED",
}
"""Shading of total rows, darker the higher the level, as on the printed tables."""
BOLD_KINDS = frozenset({RowKind.PROVINCE_TOTAL, RowKind.CITY_TOTAL, RowKind.CATEGORY_TOTAL})
HEADER_FILL = "#DDDDDD"


def number_format(column: Column) -> str:
    """The Excel format of a column; zero shows blank where the column asks for it."""
    fmt = NUMBER_FORMATS[column.fmt]
    if column.blank_zero and column.fmt not in (CellFormat.TEXT, CellFormat.DATE):
        return f'{fmt};-{fmt};""'
    return fmt


def alignment(column: Column) -> str:
    """Text to the left, dates centred, numbers to the right (so digits line up)."""
    if column.fmt is CellFormat.TEXT:
        return "left"
    return "center" if column.fmt is CellFormat.DATE else "right"


class Styles:
    """The formats of one workbook, each distinct look made once.

    xlsxwriter writes one style record per format object; asking twice for the same look
    returns the same object, so a 100,000-row export adds a handful of styles, not one a row.
    """

    def __init__(self, book: Workbook) -> None:
        self._book = book
        self._cache: dict[tuple[Any, ...], Format] = {}

    def get(
        self,
        *,
        number_format: str = "General",
        bold: bool = False,
        size: float = 10,
        fill: str | None = None,
        border: bool = True,
        horizontal: str = "left",
        wrap: bool = False,
        indent: int = 0,
    ) -> Format:
        key = (number_format, bold, size, fill, border, horizontal, wrap, indent)
        cached = self._cache.get(key)
        if cached is None:
            properties: dict[str, Any] = {
                "font_name": FONT_NAME,
                "font_size": size,
                "bold": bold,
                "num_format": number_format,
                "align": horizontal,
                "valign": "vcenter",
                "text_wrap": wrap,
                "indent": indent,
            }
            if border:
                properties["border"] = 1
            if fill is not None:
                properties |= {"pattern": 1, "bg_color": fill}
            cached = self._cache[key] = self._book.add_format(properties)
        return cached

    def header(self) -> Format:
        """Header cells: bold, grey, centred, wrapped so long labels stay within the column."""
        return self.get(bold=True, fill=HEADER_FILL, horizontal="center", wrap=True)
