"""The report model: header placement with merged spans, row layout, cell text, progress."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from desktop.reports.model import (
    Cell,
    CellFormat,
    Column,
    Group,
    HeaderCell,
    Layout,
    Report,
    ReportRow,
    RowKind,
    build_header,
    display_text,
    materialize,
)
from desktop.reports.progress import Cancelled, ticker


def test_leaves_span_the_header_depth_and_groups_their_columns() -> None:
    columns, header = build_header(
        [
            Column("region", "市(县)"),
            Group(
                "奖补资金（万元）",
                [
                    Column("estimate", "资金测算", CellFormat.MONEY),
                    Group("复核", [Column("check", "县级"), Column("check2", "省级")]),
                ],
            ),
            Column("formula", "机算公式"),
        ]
    )
    assert [c.key for c in columns] == ["region", "estimate", "check", "check2", "formula"]
    assert header.depth == 3
    assert set(header.cells) == {
        HeaderCell("市(县)", 0, 0, 3, 1),
        HeaderCell("奖补资金（万元）", 0, 1, 1, 3),
        HeaderCell("资金测算", 1, 1, 2, 1),
        HeaderCell("复核", 1, 2, 1, 2),
        HeaderCell("县级", 2, 2, 1, 1),
        HeaderCell("省级", 2, 3, 1, 1),
        HeaderCell("机算公式", 0, 4, 3, 1),
    }


def test_header_rejects_repeated_keys_and_empty_groups() -> None:
    with pytest.raises(ValueError, match="列键重复：a"):
        build_header([Column("a", "甲"), Group("组", [Column("a", "乙")])])
    with pytest.raises(ValueError, match="没有下级列"):
        Group("空", [])
    with pytest.raises(ValueError, match="至少要有一列"):
        build_header([])


def test_layout_orders_values_and_refuses_unknown_keys() -> None:
    columns, _ = build_header([Column("a", "甲"), Column("b", "乙"), Column("c", "丙")])
    layout = Layout(columns)
    assert layout.row({"c": 3, "a": 1}) == (1, None, 3)
    with pytest.raises(KeyError, match="报表没有这些列：x"):
        layout.row({"a": 1, "x": 2})


def _report(rows: list[ReportRow]) -> Report:
    columns, header = build_header([Column("a", "甲"), Column("b", "乙", CellFormat.INTEGER)])

    def source() -> Iterator[ReportRow]:
        yield from rows

    return Report("t", "标题", "", "单位：万元", columns, header, len(rows), source)


def test_rows_are_read_afresh_and_checked_for_width() -> None:
    good = _report([ReportRow(RowKind.DETAIL, ("x", 1))])
    assert materialize(good) == materialize(good) == [ReportRow(RowKind.DETAIL, ("x", 1))]
    bad = _report([ReportRow(RowKind.DETAIL, ("x",))])
    with pytest.raises(ValueError, match="有1个值，应为2个"):
        materialize(bad)


def test_file_stem_drops_characters_windows_refuses() -> None:
    report = _report([])
    assert report.file_stem == "标题"
    odd = Report(
        "t", "表/1:2", "", "", report.columns, report.header, 0, report.source, caption="附件7"
    )
    assert odd.file_stem == "附件7表_1_2"


@pytest.mark.parametrize(
    ("value", "column", "text"),
    [
        (Decimal("1234.5"), Column("m", "", CellFormat.MONEY), "1,234.50"),
        (12345, Column("n", "", CellFormat.INTEGER), "12,345"),
        (Decimal("19.2520"), Column("a", "", CellFormat.DECIMAL_3), "19.252"),
        (Decimal("120.5"), Column("p", "", CellFormat.DECIMAL_2), "120.50"),
        (date(2024, 8, 30), Column("d", "", CellFormat.DATE), "2024-08-30"),
        (None, Column("t", ""), ""),
        (0, Column("z", "", CellFormat.INTEGER, blank_zero=True), ""),
        (Decimal("0.00"), Column("z", "", CellFormat.MONEY, blank_zero=True), ""),
        (0, Column("z", "", CellFormat.INTEGER), "0"),
        ("共3艘", Column("s", ""), "共3艘"),
    ],
)
def test_display_text(value: Cell, column: Column, text: str) -> None:
    assert display_text(value, column) == text


def test_ticker_reports_every_n_and_stops_when_cancelled() -> None:
    seen: list[int] = []
    stop = [False]
    tick = ticker(seen.append, lambda: stop[0], every=3)
    for _ in range(7):
        tick.step()
    assert seen == [3, 6]
    stop[0] = True
    tick.step()  # item 8: not a checkpoint, the request is not seen yet
    with pytest.raises(Cancelled) as raised:
        tick.step()  # item 9: reported, then the request stops the work
    assert seen == [3, 6, 9]
    assert raised.value.done == 9
    assert "完成 9 项后停止" in str(raised.value)


def test_ticker_checks_before_any_work() -> None:
    with pytest.raises(Cancelled):
        ticker(None, lambda: True)
