"""The fast row path writes exactly what xlsxwriter's own cell calls write.

Each test builds the same sheet twice in constant_memory mode — once through ``SheetWriter``
(rows encoded by ``xlsx_rows``), once through plain ``write_string`` / ``write_number`` /
``write_blank`` calls (``xlsx_book.write_cells``) — and compares the sheet XML byte for byte.
If a new xlsxwriter changes how it writes a cell, or the internals the fast path relies on,
these fail.
"""

from __future__ import annotations

import enum
import zipfile
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook

from desktop.reports.model import Cell
from desktop.reports.xlsx_book import SheetWriter, write_cells
from desktop.reports.xlsx_rows import RowEncoder

Rows = Sequence[Sequence[Cell]]
Layout = Callable[[Workbook], list[Format | None]]


class Result(enum.StrEnum):
    PASS = "通过"


def _formats(book: Workbook) -> list[Format | None]:
    """Three columns' worth of formats created in a fixed order (same indexes in both)."""
    money = book.add_format({"num_format": "#,##0.00", "border": 1})
    text = book.add_format({"border": 1, "text_wrap": True})
    return [text, money, None]


def _sheet_xml(
    path: Path, rows: Rows, fast: bool, *, layout: Layout = _formats, heights: dict | None = None
) -> bytes:
    """Write ``rows`` (each value at its column; formats cycle) and return sheet1.xml."""
    book = Workbook(str(path), {"constant_memory": True})
    formats = layout(book)
    sheet = book.add_worksheet("表")
    sheet.set_column(2, 2, 12, book.add_format({"italic": True}))
    for row, height in (heights or {}).items():
        sheet.set_row(row, height)
    writer = SheetWriter(sheet)
    for index, values in enumerate(rows):
        row_formats = [formats[col % len(formats)] for col in range(len(values))]
        if fast:
            writer.write(values, row_formats)
        else:
            write_cells(sheet, index, values, row_formats)
    book.close()
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml")


def _assert_same(tmp_path: Path, rows: Rows, **options) -> bytes:
    fast = _sheet_xml(tmp_path / "fast.xlsx", rows, True, **options)
    stock = _sheet_xml(tmp_path / "stock.xlsx", rows, False, **options)
    assert fast == stock
    return fast


AWKWARD: list[list[Cell]] = [
    ["湖南晶泰运输有限公司", Decimal("1234.50"), "备注"],
    [" 前导空格", Decimal("-0.01"), "尾随空格 "],
    ['A&B <有限> "公司"', 0, "换行\n第二行"],
    ["\x00\x01控制\x1f字符\t", 10**15, "_x0041_ 字面转义"],
    ["非字符\ufffe\uffff", 1.5e-20, "emoji 🚢 船"],
    [None, None, None],
    ["", "", ""],
    [None, 3.141592653589793, None],
    [date(2024, 6, 1), datetime(2024, 11, 11, 9, 30), True],
    [Result.PASS, 12345678901234567890, -7],
    ["x" * 40_000, Decimal("1E+3"), "🚢" * 20_000],
]


def test_awkward_values_match_xlsxwriter(tmp_path: Path) -> None:
    xml = _assert_same(tmp_path, AWKWARD).decode()
    assert xml.count("<row ") == len(AWKWARD)
    assert '<t xml:space="preserve">_x0000__x0001_控制_x001F_字符\t</t>' in xml
    assert "_x005F_x0041_ 字面转义" in xml
    assert "A&amp;B &lt;有限&gt;" in xml
    assert '<c r="B9" s="2"><v>45607</v></c>' in xml  # 2024-11-11 as an Excel day number


def test_rows_with_a_height_and_fast_rows_mix(tmp_path: Path) -> None:
    """A row given a height (a title row) goes through xlsxwriter; the rows around it don't."""
    rows = [["标题", None, None], ["甲", Decimal("1.00"), "乙"], ["丙", 2, "丁"]]
    xml = _assert_same(tmp_path, rows, heights={0: 30, 2: 20})
    assert b'<row r="1" ht="30" customHeight="1">' in xml
    assert b'<row r="2"><c r="A2"' in xml


def test_column_format_applies_to_unformatted_cells(tmp_path: Path) -> None:
    """Column C has a column format and the rows give it none: xlsxwriter styles its text
    and numbers with the column's format, and skips its blanks; so does the fast path."""
    xml = _assert_same(tmp_path, [["a", 1, "c"], ["a", 1, 5], ["a", 1, None]])
    assert b'<c r="C3"' not in xml


def test_rich_string_markup_stays_text(tmp_path: Path) -> None:
    """xlsxwriter copies a string shaped like ``<r>…</r>`` into the file as raw XML; what a
    person typed must stay what they typed."""
    path = tmp_path / "typed.xlsx"
    book = Workbook(str(path), {"constant_memory": True})
    writer = SheetWriter(book.add_worksheet())
    typed = "<r><t>不是格式</t></r>"
    writer.write([typed, "<r>x</r>"], [None, None])
    book.close()
    sheet = load_workbook(path).active
    assert [sheet["A1"].value, sheet["B1"].value] == [typed, "<r>x</r>"]


def test_non_finite_numbers_are_refused(tmp_path: Path) -> None:
    book = Workbook(str(tmp_path / "nan.xlsx"), {"constant_memory": True})
    encoder = RowEncoder(book.add_worksheet())
    for bad in (float("nan"), float("inf")):
        with pytest.raises(TypeError):
            encoder.encode(0, [bad], [None])
    book.close()


def test_values_and_formats_must_pair_up(tmp_path: Path) -> None:
    book = Workbook(str(tmp_path / "pair.xlsx"), {"constant_memory": True})
    with pytest.raises(ValueError, match="2 个值"):
        RowEncoder(book.add_worksheet()).encode(0, ["a", "b"], [None])
    book.close()


def test_only_streaming_sheets_are_accepted(tmp_path: Path) -> None:
    book = Workbook(str(tmp_path / "normal.xlsx"))
    with pytest.raises(ValueError):
        RowEncoder(book.add_worksheet())
    book.close()


_cells = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.integers(min_value=-(10**18), max_value=10**18),
    st.floats(allow_nan=False, allow_infinity=False),
    st.decimals(
        allow_nan=False, allow_infinity=False, places=2, max_value=10**12, min_value=-(10**12)
    ),
    st.dates(min_value=date(1900, 3, 1)),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.lists(_cells, min_size=1, max_size=7), min_size=1, max_size=12))
def test_generated_rows_match_xlsxwriter(tmp_path: Path, rows: list[list[Cell]]) -> None:
    _assert_same(tmp_path, rows)
