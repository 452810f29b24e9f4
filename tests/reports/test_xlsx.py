"""The Excel export, reopened with openpyxl: title, merged header, number formats, frozen
header, print setup, values, progress and cancellation."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import Engine

from desktop.reports import xlsx_book
from desktop.reports.annex7 import annex7
from desktop.reports.annex8 import annex8
from desktop.reports.applicants import applicant_summary
from desktop.reports.building_funds import building_funds
from desktop.reports.cargo_funds import cargo_funds
from desktop.reports.filters import ReportFilter
from desktop.reports.joint_review import joint_review_summary
from desktop.reports.model import (
    Cell,
    CellFormat,
    Column,
    Report,
    ReportRow,
    RowKind,
    build_header,
    materialize,
)
from desktop.reports.progress import Cancelled
from desktop.reports.scrapping_funds import scrapping_funds
from desktop.reports.tables import ReportTables
from desktop.reports.xlsx import display_width, export_records, export_report
from tests.reports.world import World

Builder = Callable[[Engine, ReportTables, ReportFilter], Report]
BUILDERS: list[Builder] = [
    joint_review_summary,
    scrapping_funds,
    building_funds,
    cargo_funds,
    annex7,
    annex8,
    applicant_summary,
]


def _as_written(value: Cell) -> Any:
    """What openpyxl reads back for a value the report held."""
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return value


def _shown_width(stored: float) -> float:
    """The column width Excel shows for the width stored in the file, which adds the cell
    padding: 5 pixels of a 7-pixel digit of the default font."""
    return round(stored - 5 / 7, 1)


def _same(read: Any, expected: Cell) -> bool:
    if expected == "":
        return read is None  # an empty text is an empty cell
    if isinstance(expected, Decimal):
        return read is not None and Decimal(str(read)) == expected
    return bool(read == _as_written(expected))


@pytest.mark.parametrize("builder", BUILDERS, ids=lambda b: b.__name__)
def test_every_report_reopens_as_laid_out(world: World, tmp_path: Path, builder: Builder) -> None:
    report = builder(world.engine, world.tables, ReportFilter(2024))
    result = export_report(report, tmp_path / f"{report.file_stem}.xlsx")
    rows = materialize(report)
    assert result.rows == len(rows)
    sheet = load_workbook(result.path).active
    width = len(report.columns)
    last = get_column_letter(width)
    top = 2 if report.caption else 1
    if report.caption:
        assert sheet["A1"].value == report.caption
    assert sheet.cell(top, 1).value == report.title
    assert sheet.cell(top, 1).font.b and sheet.row_dimensions[top].height == 30
    assert sheet.cell(top + 1, 1).value == report.subtitle
    assert sheet.cell(top + 2, 1).value == report.unit_note
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {
        f"A{top}:{last}{top}",
        f"A{top + 1}:{last}{top + 1}",
        f"A{top + 2}:{last}{top + 2}",
    } <= merged
    first_header = top + 3
    for cell in report.header.cells:
        row, col = first_header + cell.row, cell.col + 1
        assert sheet.cell(row, col).value == cell.text
        if cell.width > 1 or cell.height > 1:
            span = (
                f"{get_column_letter(col)}{row}:"
                f"{get_column_letter(col + cell.width - 1)}{row + cell.height - 1}"
            )
            assert span in merged
    first_data = first_header + report.header.depth
    assert sheet.freeze_panes == f"{get_column_letter(report.frozen_columns + 1)}{first_data}"
    assert sheet.print_title_rows == f"${first_header}:${first_data - 1}"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == 9
    # One page wide: fitToWidth is left out when 1 (the schema's default), height unbounded.
    assert sheet.page_setup.fitToWidth in (None, 1) and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    for offset, row in enumerate(rows):
        read = [sheet.cell(first_data + offset, col + 1).value for col in range(width)]
        assert all(_same(got, want) for got, want in zip(read, row.cells, strict=True)), (
            offset,
            read,
            row.cells,
        )
    assert sheet.max_row == first_data + len(rows) - 1


def test_number_formats_and_styles_of_the_scrapping_table(world: World, tmp_path: Path) -> None:
    report = scrapping_funds(world.engine, world.tables, ReportFilter(2024))
    sheet = load_workbook(export_report(report, tmp_path / "t.xlsx").path).active
    first_data = 6
    formats = {
        column.label: sheet.cell(first_data + 3, index + 1).number_format
        for index, column in enumerate(report.columns)
    }
    assert formats["资金测算"] == formats["资金复核"] == formats["资金机算"] == "#,##0.00"
    assert formats["总吨"] == formats["载客位/载货吨"] == "#,##0"
    assert formats["序号"] == "#,##0"
    assert formats["建成日期"] == formats["注销日期"] == "yyyy-mm-dd"
    assert formats["船龄（年）"] == "0.000"
    assert formats["主机功率（千瓦）"] == "0.00"
    assert formats["船名"] == "@"
    total, detail = sheet.cell(first_data, 2), sheet.cell(first_data + 3, 2)
    assert total.value == "湖南省总计"
    assert total.font.b and total.fill.fgColor.rgb.endswith("D9E1F2")
    assert not detail.font.b and detail.border.left.style == "thin"
    assert sheet.cell(first_data + 2, 2).fill.fgColor.rgb.endswith("F5F7FB")  # county subtotal
    assert sheet.cell(4, 1).font.b  # header
    shown = _shown_width(sheet.column_dimensions["C"].width)
    assert shown == display_width("湖南晶泰运输有限公司") + 2 == 22  # CJK counts two
    assert sheet.oddFooter.center.text == "第 &P 页，共 &N 页"


def test_zero_shows_blank_where_the_table_asks(world: World, tmp_path: Path) -> None:
    report = applicant_summary(world.engine, world.tables, ReportFilter(2024))
    sheet = load_workbook(export_report(report, tmp_path / "a.xlsx").path).active
    assert sheet.cell(6, 2).number_format == '#,##0;-#,##0;""'
    assert sheet.cell(6, 11).number_format == '#,##0.00;-#,##0.00;""'
    assert sheet.cell(6, 1).alignment.indent == 0 and sheet.cell(9, 1).alignment.indent == 3


def _report_of(count: int) -> Report:
    columns, header = build_header(
        [
            Column("n", "序号", CellFormat.INTEGER),
            Column("name", "船名"),
            Column("amount", "资金（万元）", CellFormat.MONEY),
        ]
    )

    def source() -> Iterator[ReportRow]:
        for number in range(1, count + 1):
            yield ReportRow(
                RowKind.DETAIL, (number, f"湘长沙货{number:04d}", Decimal(number).scaleb(-2))
            )

    return Report("synthetic", "合成报表", "", "单位：万元", columns, header, count, source)


def test_a_one_column_report_writes_its_title_rows_unmerged(tmp_path: Path) -> None:
    columns, header = build_header([Column("ship", "船名")])

    def source() -> Iterator[ReportRow]:
        yield ReportRow(RowKind.DETAIL, ("湘长沙货0001",))

    report = Report("one", "单列报表", "", "单位：艘", columns, header, 1, source)
    sheet = load_workbook(export_report(report, tmp_path / "one.xlsx").path).active
    read = [sheet.cell(row, 1).value for row in range(1, 6)]
    assert read == ["单列报表", None, "单位：艘", "船名", "湘长沙货0001"]
    assert not sheet.merged_cells.ranges


def test_progress_reports_rows_written(tmp_path: Path) -> None:
    seen: list[int] = []
    result = export_report(_report_of(1234), tmp_path / "p.xlsx", progress=seen.append)
    assert result.rows == 1234
    assert seen == [500, 1000, 1234]
    sheet = load_workbook(result.path, read_only=True).active
    numbers = [row[0] for row in sheet.iter_rows(min_row=5, values_only=True)]
    assert numbers == list(range(1, 1235))


def test_cancel_leaves_no_file_behind(tmp_path: Path) -> None:
    polls = iter(range(100))
    target = tmp_path / "c.xlsx"
    with pytest.raises(Cancelled) as raised:
        export_report(_report_of(5000), target, cancelled=lambda: next(polls) >= 3)
    assert raised.value.done == 1500
    assert list(tmp_path.iterdir()) == []


def test_a_failing_row_source_leaves_no_file_behind(tmp_path: Path) -> None:
    report = _report_of(10)

    def broken() -> Iterator[ReportRow]:
        yield from report.rows()
        raise RuntimeError("数据库连接中断")

    with pytest.raises(RuntimeError, match="数据库连接中断"):
        export_report(
            Report("b", "坏", "", "", report.columns, report.header, 10, broken),
            tmp_path / "b.xlsx",
        )
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def system_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temporary directory, redirected so a test can see what is left in it."""
    directory = tmp_path / "系统临时目录"
    directory.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(directory))
    return directory


@pytest.mark.parametrize("cancel_after_polls", [None, 3], ids=["completed", "cancelled"])
def test_no_scratch_files_are_left_in_the_temp_directory(
    tmp_path: Path, system_temp: Path, cancel_after_polls: int | None
) -> None:
    polls = iter(range(100))

    def cancelled() -> bool:
        return cancel_after_polls is not None and next(polls) >= cancel_after_polls

    target = tmp_path / "out" / "s.xlsx"
    try:
        export_report(_report_of(5000), target, cancelled=cancelled)
    except Cancelled:
        assert cancel_after_polls is not None and not target.exists()
    else:
        assert cancel_after_polls is None and target.exists()
    assert list(system_temp.iterdir()) == []


def test_rows_beyond_the_sheet_limit_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx_book, "MAX_ROWS", 11)  # the header row and 10 records
    rows = [(f"湘长沙货{n:04d}",) for n in range(11)]
    with pytest.raises(ValueError, match="超过 Excel 单个工作表的上限（11 行），请缩小查询范围"):
        export_records(tmp_path / "big.xlsx", "列表", [Column("ship", "船名")], rows)
    assert list(tmp_path.iterdir()) == []


def test_text_that_looks_like_a_link_or_formula_stays_text(tmp_path: Path) -> None:
    rows = [("http://example.com/船舶", "=SUM(A1:A3)")]
    columns = [Column("link", "网址"), Column("formula", "备注")]
    sheet = load_workbook(export_records(tmp_path / "t.xlsx", "列表", columns, rows).path).active
    assert [c.value for c in sheet[2]] == list(rows[0])
    assert sheet["A2"].hyperlink is None and sheet["B2"].data_type == "s"


def test_record_list_export(tmp_path: Path) -> None:
    columns = [
        Column("ship", "船名"),
        Column("gross", "总吨", CellFormat.INTEGER),
        Column("amount", "资金测算", CellFormat.MONEY),
        Column("applied", "申请日期", CellFormat.DATE),
        Column("note", "备注"),
    ]
    rows = [
        ("湘长沙货0001", 345, Decimal("51.75"), date(2024, 6, 15), "=1+1"),
        ("华洋兴旺", 2231, Decimal("333.28"), date(2024, 8, 30), None),
    ]
    seen: list[int] = []
    result = export_records(
        tmp_path / "list.xlsx", "拆建申请查询结果", columns, rows, progress=seen.append
    )
    assert (result.rows, seen) == (2, [2])
    sheet = load_workbook(result.path).active
    assert sheet.title == "拆建申请查询结果"
    assert [c.value for c in sheet[1]] == ["船名", "总吨", "资金测算", "申请日期", "备注"]
    assert [c.value for c in sheet[2]] == [
        "湘长沙货0001",
        345,
        51.75,
        datetime(2024, 6, 15),
        "=1+1",
    ]
    assert sheet["E2"].data_type == "s"  # typed text, never a formula
    assert (sheet["C2"].number_format, sheet["D2"].number_format) == ("#,##0.00", "yyyy-mm-dd")
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:E3"
    assert sheet["A1"].font.b


def test_record_list_rows_must_match_the_columns(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="有1个值，应为2个"):
        export_records(
            tmp_path / "x.xlsx", "列表", [Column("a", "甲"), Column("b", "乙")], [("only",)]
        )
    assert list(tmp_path.iterdir()) == []


def test_display_width_counts_wide_characters_twice() -> None:
    assert display_width("湖南AB（1）") == 2 + 2 + 1 + 1 + 2 + 1 + 2
