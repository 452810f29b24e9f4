"""资金测算与复核表（货主）(page 6-4): rewards of 2024 by city, figures by hand.

               last f/d   this f/d    standards   estimate f/d  check f/d   machine f/d  province
长沙 R3        100/200   1100/1000   78.00/30     8.00/3.00    7.80/3.00   7.80/3.00    同意
岳阳 R1         22/33    1365/1365   83.62/30    12.00/5.00   12.00/5.00  11.23/4.10    同意
岳阳 R2          0/0      500/0      68.00/30     3.50/0.00    3.40/0.00   3.40/0.00    —
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.vocab import Level
from desktop.reports.cargo_funds import cargo_funds
from desktop.reports.filters import FundKind, ReportFilter, ZeroRule
from desktop.reports.model import RowKind, materialize
from tests.reports.world import World

D = Decimal


def test_every_row_of_the_check_table(world: World) -> None:
    report = cargo_funds(world.engine, world.tables, ReportFilter(2024))
    rows = materialize(report)
    assert report.title == "2024年资金复核表（货主）"
    assert report.row_count == len(rows) == 6
    assert [(row.kind, row.cells) for row in rows] == [
        (
            RowKind.PROVINCE_TOTAL,
            (
                None,
                "湖南省总计",
                "共3件",
                None,
                355,
                122,
                233,
                5330,
                2965,
                2365,
                4975,
                2843,
                2132,
                None,
                None,
                D("31.20"),
                D("23.20"),
                D("8.00"),
            ),
        ),
        (
            RowKind.CITY_TOTAL,
            (
                None,
                "长沙市合计",
                "共1件",
                None,
                300,
                100,
                200,
                2100,
                1100,
                1000,
                1800,
                1000,
                800,
                None,
                None,
                D("10.80"),
                D("7.80"),
                D("3.00"),
            ),
        ),
        (
            RowKind.DETAIL,
            (
                1,
                "长沙市",
                "长沙新港物流有限公司",
                "长沙（2024）001",
                300,
                100,
                200,
                2100,
                1100,
                1000,
                1800,
                1000,
                800,
                D("78.00"),
                D("30.00"),
                D("10.80"),
                D("7.80"),
                D("3.00"),
            ),
        ),
        (
            RowKind.CITY_TOTAL,
            (
                None,
                "岳阳市合计",
                "共2件",
                None,
                55,
                22,
                33,
                3230,
                1865,
                1365,
                3175,
                1843,
                1332,
                None,
                None,
                D("20.40"),
                D("15.40"),
                D("5.00"),
            ),
        ),
        (
            RowKind.DETAIL,
            (
                2,
                "岳阳市",
                "岳阳市辉煌船务有限公司",
                "岳阳（2024）001",
                55,
                22,
                33,
                2730,
                1365,
                1365,
                2675,
                1343,
                1332,
                D("83.62"),
                D("30.00"),
                D("17.00"),
                D("12.00"),
                D("5.00"),
            ),
        ),
        (
            RowKind.DETAIL,
            (
                3,
                "岳阳市",
                "湘阴县昌源船务有限公司",
                "岳阳（2024）002",
                0,
                0,
                0,
                500,
                500,
                0,
                500,
                500,
                0,
                D("68.00"),
                D("30.00"),
                D("3.40"),
                D("3.40"),
                D("0.00"),
            ),
        ),
    ]
    groups = {cell.text for cell in report.header.cells if cell.width > 1}
    assert groups == {
        "上年完成量（标箱）",
        "本年完成量（标箱）",
        "本年增量（标箱）",
        "奖补标准（元/标箱）",
        "资金复核（万元）",
    }


@pytest.mark.parametrize(
    ("kind", "title", "province"),
    [
        (FundKind.ESTIMATE, "2024年资金测算表（货主）", (D("31.50"), D("23.50"), D("8.00"))),
        (FundKind.MACHINE, "2024年资金机算表（货主）", (D("29.53"), D("22.43"), D("7.10"))),
    ],
)
def test_fund_kind_chooses_the_amounts(
    world: World, kind: FundKind, title: str, province: tuple[Decimal, ...]
) -> None:
    report = cargo_funds(world.engine, world.tables, ReportFilter(2024, fund_kind=kind))
    assert report.title == title
    assert materialize(report)[0].cells[-3:] == province


def test_province_level_keeps_the_rewards_the_province_passed(world: World) -> None:
    rows = materialize(
        cargo_funds(world.engine, world.tables, ReportFilter(2024, passed=Level.PROVINCE))
    )
    assert [(row.cells[1], row.cells[2], row.cells[-3:]) for row in rows] == [
        ("湖南省总计", "共2件", (D("27.80"), D("19.80"), D("8.00"))),
        ("长沙市合计", "共1件", (D("10.80"), D("7.80"), D("3.00"))),
        ("长沙市", "长沙新港物流有限公司", (D("10.80"), D("7.80"), D("3.00"))),
        ("岳阳市合计", "共1件", (D("17.00"), D("12.00"), D("5.00"))),
        ("岳阳市", "岳阳市辉煌船务有限公司", (D("17.00"), D("12.00"), D("5.00"))),
    ]


def test_a_reward_has_no_county_level(world: World) -> None:
    with pytest.raises(ValueError, match="没有县级审核环节"):
        cargo_funds(world.engine, world.tables, ReportFilter(2024, passed=Level.COUNTY))


def test_zero_rows_list_all_fourteen_cities(world: World) -> None:
    rows = materialize(
        cargo_funds(world.engine, world.tables, ReportFilter(2024, zero_rule=ZeroRule.SHOW))
    )
    cities = [row.cells[1] for row in rows if row.kind is RowKind.CITY_TOTAL]
    assert len(cities) == 14
    assert cities[0] == "长沙市合计" and cities[-1] == "湘西州合计"
    zhuzhou = next(row for row in rows if row.cells[1] == "株洲市合计")
    assert zhuzhou.cells[2] == "共0件"
    assert zhuzhou.cells[-3:] == (D("0.00"), D("0.00"), D("0.00"))
