"""资金测算与复核表（拆解）(page 6-2): scrapping applications of 2024, totals by hand.

  长沙市市辖区 A1 部 自有  345/500  120.50  51.75/51.75/51.75  (province passed)
               A2 部 挂靠  200/300   80.00  30.00/29.50/29.40  (province passed)
  芙蓉区       A3 省 自有  100/150   50.00  10.80/10.80/10.80  (province passed)
  慈利县       A7 省 自有   15/21    20.00   3.60/3.50/3.55
  中方县       A9 省 挂靠  845/1100 280.00  84.00/84.50/84.50
Completions (完结): C1 of A1 (check corrected to 51.80), C2 of A2.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from core.vocab import Level, Policy, Stage
from desktop.reports.filters import ReportFilter, ShipScope, SummaryRule, ZeroRule
from desktop.reports.model import RowKind, materialize
from desktop.reports.scrapping_funds import scrapping_funds
from tests.reports.world import World

D = Decimal


def _totals(row: tuple[object, ...]) -> tuple[object, ...]:
    """Label, ship count, gross, capacity, power, estimate, check, machine of a row."""
    return (row[1], row[3], row[8], row[9], row[10], row[14], row[15], row[16])


def test_header_and_titles(world: World) -> None:
    report = scrapping_funds(world.engine, world.tables, ReportFilter(2024))
    assert [c.label for c in report.columns] == [
        "序号",
        "市(县)",
        "申请人",
        "船名",
        "船舶识别号",
        "船舶所有人",
        "船舶经营人",
        "船舶类型",
        "总吨",
        "载客位/载货吨",
        "主机功率（千瓦）",
        "建成日期",
        "注销日期",
        "船龄（年）",
        "资金测算",
        "资金复核",
        "资金机算",
        "机算公式",
    ]
    spans = {cell.text: (cell.col, cell.width) for cell in report.header.cells if cell.width > 1}
    assert spans == {"船舶基本信息": (8, 4), "拆解情况": (12, 2), "奖补资金（万元）": (14, 3)}
    assert report.header.depth == 2
    assert report.title == "2024年资金测算与复核表（拆解）"
    assert report.subtitle == (
        "所在区划：湖南省　补贴政策：部省政策　船舶范围：全部船舶　"
        "申报阶段：申请　审核层次：全部记录"
    )
    assert report.unit_note == "单位：万元"


def test_every_total_subtotal_and_detail_row(world: World) -> None:
    report = scrapping_funds(world.engine, world.tables, ReportFilter(2024))
    rows = materialize(report)
    assert report.row_count == len(rows) == 13
    assert [(row.kind, _totals(row.cells)) for row in rows] == [
        (
            RowKind.PROVINCE_TOTAL,
            ("湖南省总计", "共5艘", 1505, 2071, D("550.50"), D("180.15"), D("180.05"), D("180.00")),
        ),
        (
            RowKind.CITY_TOTAL,
            ("长沙市合计", "共3艘", 645, 950, D("250.50"), D("92.55"), D("92.05"), D("91.95")),
        ),
        (
            RowKind.COUNTY_SUBTOTAL,
            (
                "长沙市市辖区小计",
                "共2艘",
                545,
                800,
                D("200.50"),
                D("81.75"),
                D("81.25"),
                D("81.15"),
            ),
        ),
        (
            RowKind.DETAIL,
            (
                "长沙市市辖区",
                "湘长沙货0001",
                345,
                500,
                D("120.50"),
                D("51.75"),
                D("51.75"),
                D("51.75"),
            ),
        ),
        (
            RowKind.DETAIL,
            (
                "长沙市市辖区",
                "湘长沙货0002",
                200,
                300,
                D("80.00"),
                D("30.00"),
                D("29.50"),
                D("29.40"),
            ),
        ),
        (
            RowKind.COUNTY_SUBTOTAL,
            ("芙蓉区小计", "共1艘", 100, 150, D("50.00"), D("10.80"), D("10.80"), D("10.80")),
        ),
        (
            RowKind.DETAIL,
            ("芙蓉区", "湘长沙货0003", 100, 150, D("50.00"), D("10.80"), D("10.80"), D("10.80")),
        ),
        (
            RowKind.CITY_TOTAL,
            ("张家界市合计", "共1艘", 15, 21, D("20.00"), D("3.60"), D("3.50"), D("3.55")),
        ),
        (
            RowKind.COUNTY_SUBTOTAL,
            ("慈利县小计", "共1艘", 15, 21, D("20.00"), D("3.60"), D("3.50"), D("3.55")),
        ),
        (
            RowKind.DETAIL,
            ("慈利县", "宜货1号", 15, 21, D("20.00"), D("3.60"), D("3.50"), D("3.55")),
        ),
        (
            RowKind.CITY_TOTAL,
            ("怀化市合计", "共1艘", 845, 1100, D("280.00"), D("84.00"), D("84.50"), D("84.50")),
        ),
        (
            RowKind.COUNTY_SUBTOTAL,
            ("中方县小计", "共1艘", 845, 1100, D("280.00"), D("84.00"), D("84.50"), D("84.50")),
        ),
        (
            RowKind.DETAIL,
            ("中方县", "湘益阳机0258", 845, 1100, D("280.00"), D("84.00"), D("84.50"), D("84.50")),
        ),
    ]


def test_a_detail_row_in_full(world: World) -> None:
    rows = materialize(scrapping_funds(world.engine, world.tables, ReportFilter(2024)))
    assert rows[3].cells == (
        1,
        "长沙市市辖区",
        "湖南晶泰运输有限公司",
        "湘长沙货0001",
        "CN20087470692",
        "湖南晶泰运输有限公司",
        "湖南晶泰运输有限公司",
        "干货船（部政策）",
        345,
        500,
        D("120.50"),
        date(2005, 3, 1),
        date(2024, 6, 1),
        D("19.252"),
        D("51.75"),
        D("51.75"),
        D("51.75"),
        "0.1*345*1.5*1.00",
    )
    assert [row.cells[0] for row in rows if row.kind is RowKind.DETAIL] == [1, 2, 3, 4, 5]
    assert rows[0].cells[0] is None


def test_policy_ship_scope_and_review_level_filters(world: World) -> None:
    def province_total(**choices: Any) -> tuple[object, ...]:
        rows = materialize(
            scrapping_funds(world.engine, world.tables, ReportFilter(2024, **choices))
        )
        return _totals(rows[0].cells)

    assert province_total(policy=Policy.MINISTRY) == (
        "湖南省总计",
        "共2艘",
        545,
        800,
        D("200.50"),
        D("81.75"),
        D("81.25"),
        D("81.15"),
    )
    assert province_total(ship_scope=ShipScope.OWNED) == (
        "湖南省总计",
        "共3艘",
        460,
        671,
        D("190.50"),
        D("66.15"),
        D("66.05"),
        D("66.10"),
    )
    assert province_total(passed=Level.PROVINCE) == (
        "湖南省总计",
        "共3艘",
        645,
        950,
        D("250.50"),
        D("92.55"),
        D("92.05"),
        D("91.95"),
    )
    assert province_total(passed=Level.PLATFORM, policy=Policy.PROVINCE) == (
        "湖南省总计",
        "共1艘",
        100,
        150,
        D("50.00"),
        D("10.80"),
        D("10.80"),
        D("10.80"),
    )


def test_completion_stage_reads_completions_and_their_deregistration(world: World) -> None:
    rows = materialize(
        scrapping_funds(world.engine, world.tables, ReportFilter(2024, stage=Stage.COMPLETION))
    )
    assert [_totals(row.cells) for row in rows] == [
        ("湖南省总计", "共2艘", 545, 800, D("200.50"), D("81.75"), D("81.30"), D("81.15")),
        ("长沙市合计", "共2艘", 545, 800, D("200.50"), D("81.75"), D("81.30"), D("81.15")),
        ("长沙市市辖区小计", "共2艘", 545, 800, D("200.50"), D("81.75"), D("81.30"), D("81.15")),
        ("长沙市市辖区", "湘长沙货0001", 345, 500, D("120.50"), D("51.75"), D("51.80"), D("51.75")),
        ("长沙市市辖区", "湘长沙货0002", 200, 300, D("80.00"), D("30.00"), D("29.50"), D("29.40")),
    ]
    assert rows[3].cells[12] == date(2024, 7, 1)  # the completion's 船舶注销日期


def test_summary_row_rules(world: World) -> None:
    def kinds(rule: SummaryRule) -> list[RowKind]:
        report = scrapping_funds(world.engine, world.tables, ReportFilter(2024, summary_rule=rule))
        rows = materialize(report)
        assert report.row_count == len(rows)
        return [row.kind for row in rows]

    total, city, county, detail = (
        RowKind.PROVINCE_TOTAL,
        RowKind.CITY_TOTAL,
        RowKind.COUNTY_SUBTOTAL,
        RowKind.DETAIL,
    )
    assert kinds(SummaryRule.SUMMARY_ONLY) == [
        total,
        city,
        county,
        county,
        city,
        county,
        city,
        county,
    ]
    assert kinds(SummaryRule.DETAIL_ONLY) == [detail] * 5
    assert kinds(SummaryRule.WITHOUT_COUNTY) == [
        total,
        city,
        detail,
        detail,
        detail,
        city,
        detail,
        city,
        detail,
    ]


def test_zero_rows_of_the_province(world: World) -> None:
    rows = materialize(
        scrapping_funds(
            world.engine,
            world.tables,
            ReportFilter(2024, zero_rule=ZeroRule.SHOW, summary_rule=SummaryRule.SUMMARY_ONLY),
        )
    )
    labels = [row.cells[1] for row in rows]
    assert labels.count("湖南省总计") == 1
    assert sum(1 for row in rows if row.kind is RowKind.CITY_TOTAL) == 14
    zhuzhou = rows[labels.index("株洲市合计")]
    assert _totals(zhuzhou.cells) == (
        "株洲市合计",
        "共0艘",
        0,
        0,
        D("0.00"),
        D("0.00"),
        D("0.00"),
        D("0.00"),
    )
    assert labels.index("长沙市市辖区小计") == labels.index("长沙市合计") + 1


def test_a_county_account_report(world: World) -> None:
    rows = materialize(scrapping_funds(world.engine, world.tables, ReportFilter(2024, "430821")))
    assert [_totals(row.cells) for row in rows] == [
        ("慈利县小计", "共1艘", 15, 21, D("20.00"), D("3.60"), D("3.50"), D("3.55")),
        ("慈利县", "宜货1号", 15, 21, D("20.00"), D("3.60"), D("3.50"), D("3.55")),
    ]
