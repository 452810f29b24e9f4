"""平台联审情况汇总 (page 6-1) on the hand-made world; every figure counted by hand.

Applications of 2024 by county (platform result, county result):
  长沙市市辖区 A1 (同意 07-01, 同意)  A2 (同意 07-02, 同意)
  芙蓉区       A3 (同意 07-03, 同意)
  慈利县       A4 (同意 08-01, 同意)  A5 (同意 08-01, —)  A6 (同意 08-01, 同意)
               A7 (退回 08-02, —, "营运证无效①；许可证号或经营人名错②" = 2 problems)
  中方县       A8 (同意 08-05, 退回)  A9 (—, —)
A10 is of 2023 and counts nowhere; A1's pass text has no problem mark.
"""

from __future__ import annotations

from datetime import date

from core.vocab import Stage
from desktop.reports.filters import ReportFilter, ZeroRule
from desktop.reports.joint_review import joint_review_summary
from desktop.reports.model import RowKind, materialize
from tests.reports.world import World

HEADER_KEYS = [
    "region",
    "result",
    "total",
    "passed",
    "pending",
    "last_on",
    "run_total",
    "run_passed",
    "failed",
    "ignored",
    "ignored_returned",
    "ignored_passed",
    "problems",
]


def test_columns_follow_page_6_1(world: World) -> None:
    report = joint_review_summary(world.engine, world.tables, ReportFilter(2024))
    assert [c.key for c in report.columns] == HEADER_KEYS
    groups = {cell.text: (cell.col, cell.width) for cell in report.header.cells if cell.width > 1}
    assert groups == {"拆建记录": (2, 3), "联审申请记录": (6, 4), "联审忽略情况": (10, 2)}
    assert report.title == "2024年平台联审情况汇总表"
    assert report.subtitle == (
        "奖补年份：2024　所在区划：湖南省　联审阶段：申请　零行规则：不显示零行"
    )
    assert report.unit_note == "单位：条"


def test_every_summary_row(world: World) -> None:
    report = joint_review_summary(world.engine, world.tables, ReportFilter(2024))
    rows = materialize(report)
    assert report.row_count == len(rows) == 8
    assert [(row.kind, row.cells) for row in rows] == [
        (
            RowKind.PROVINCE_TOTAL,
            ("湖南省总计", "×", 9, 7, 2, date(2024, 8, 5), 8, 1, 1, 6, 1, 5, 2),
        ),
        (RowKind.CITY_TOTAL, ("长沙市合计", "√", 3, 3, 0, date(2024, 7, 3), 3, 0, 0, 3, 0, 3, 0)),
        (
            RowKind.COUNTY_SUBTOTAL,
            ("长沙市市辖区小计", "√", 2, 2, 0, date(2024, 7, 2), 2, 0, 0, 2, 0, 2, 0),
        ),
        (
            RowKind.COUNTY_SUBTOTAL,
            ("芙蓉区小计", "√", 1, 1, 0, date(2024, 7, 3), 1, 0, 0, 1, 0, 1, 0),
        ),
        (RowKind.CITY_TOTAL, ("张家界市合计", "×", 4, 3, 1, date(2024, 8, 2), 4, 1, 1, 2, 0, 2, 2)),
        (
            RowKind.COUNTY_SUBTOTAL,
            ("慈利县小计", "×", 4, 3, 1, date(2024, 8, 2), 4, 1, 1, 2, 0, 2, 2),
        ),
        (RowKind.CITY_TOTAL, ("怀化市合计", "×", 2, 1, 1, date(2024, 8, 5), 1, 0, 0, 1, 1, 0, 0)),
        (
            RowKind.COUNTY_SUBTOTAL,
            ("中方县小计", "×", 2, 1, 1, date(2024, 8, 5), 1, 0, 0, 1, 1, 0, 0),
        ),
    ]


def test_zero_rows_of_a_city_are_shown_on_request(world: World) -> None:
    shown = materialize(
        joint_review_summary(
            world.engine, world.tables, ReportFilter(2024, "430100", zero_rule=ZeroRule.SHOW)
        )
    )
    assert len(shown) == 11  # 长沙市合计 and its 10 counties
    assert shown[0].cells[:5] == ("长沙市合计", "√", 3, 3, 0)
    tianxin = next(row for row in shown if row.cells[0] == "天心区小计")
    assert tianxin.cells == ("天心区小计", "", 0, 0, 0, None, 0, 0, 0, 0, 0, 0, 0)
    hidden = materialize(
        joint_review_summary(world.engine, world.tables, ReportFilter(2024, "4301"))
    )
    assert [row.cells[0] for row in hidden] == ["长沙市合计", "长沙市市辖区小计", "芙蓉区小计"]


def test_completion_stage_reads_the_completions(world: World) -> None:
    rows = materialize(
        joint_review_summary(world.engine, world.tables, ReportFilter(2024, stage=Stage.COMPLETION))
    )
    assert rows[0].cells == ("湖南省总计", "√", 2, 2, 0, date(2024, 7, 2), 2, 0, 0, 2, 0, 2, 0)
    assert [row.cells[0] for row in rows] == ["湖南省总计", "长沙市合计", "长沙市市辖区小计"]


def test_other_years_count_nowhere(world: World) -> None:
    rows = materialize(joint_review_summary(world.engine, world.tables, ReportFilter(2023)))
    assert rows[0].cells == ("湖南省总计", "√", 1, 1, 0, date(2023, 9, 1), 1, 0, 0, 1, 0, 1, 1)
