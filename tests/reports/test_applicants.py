"""汇总申请人的拆建船舶及资金 (page 3-4), counted by hand from the world's 2024 rows.

P1 企业 省内: A1 拆解 自有 部 (C1), A2 拆解 挂靠 部 (C2), A3 拆解 自有   est 92.55  chk 92.05
P2 企业 省外: A4 新建 自有, A5 更新 光租 (部)                            est 335.28 chk 335.53
P3 个体 省内: A6 改建 自有, A7 拆解 自有                                 est 66.60  chk 66.50
P4 个体 省外: A8 新建 自有, A9 拆解 挂靠                                 est 170.00 chk 170.92
P5 企业 省内: no ships
"""

from __future__ import annotations

from decimal import Decimal

from desktop.reports.applicants import applicant_summary
from desktop.reports.filters import ReportFilter
from desktop.reports.model import RowKind, materialize
from tests.reports.world import World

D = Decimal
Z = D("0.00")


def test_rows_of_page_3_4(world: World) -> None:
    report = applicant_summary(world.engine, world.tables, ReportFilter(2024))
    rows = materialize(report)
    assert report.row_count == len(rows) == 9
    expected = [
        # label, applicants, records: total owned 拆解 更新 新建 改建, 部拆解 申请 完结,
        # estimate: total owned 拆解 更新 新建 改建, check: the same six
        (
            RowKind.PROVINCE_TOTAL,
            0,
            (
                "记录合计",
                5,
                9,
                6,
                5,
                1,
                2,
                1,
                2,
                2,
                D("664.43"),
                D("548.43"),
                D("180.15"),
                D("2.00"),
                D("419.28"),
                D("63.00"),
                D("665.00"),
                D("548.75"),
                D("180.05"),
                D("2.25"),
                D("419.70"),
                D("63.00"),
            ),
        ),
        (
            RowKind.CATEGORY_TOTAL,
            1,
            (
                "有船舶记录",
                4,
                9,
                6,
                5,
                1,
                2,
                1,
                2,
                2,
                D("664.43"),
                D("548.43"),
                D("180.15"),
                D("2.00"),
                D("419.28"),
                D("63.00"),
                D("665.00"),
                D("548.75"),
                D("180.05"),
                D("2.25"),
                D("419.70"),
                D("63.00"),
            ),
        ),
        (
            RowKind.CATEGORY_TOTAL,
            2,
            (
                "企业申请",
                2,
                5,
                3,
                3,
                1,
                1,
                0,
                2,
                2,
                D("427.83"),
                D("395.83"),
                D("92.55"),
                D("2.00"),
                D("333.28"),
                Z,
                D("427.58"),
                D("395.83"),
                D("92.05"),
                D("2.25"),
                D("333.28"),
                Z,
            ),
        ),
        (
            RowKind.DETAIL,
            3,
            (
                "省内",
                1,
                3,
                2,
                3,
                0,
                0,
                0,
                2,
                2,
                D("92.55"),
                D("62.55"),
                D("92.55"),
                Z,
                Z,
                Z,
                D("92.05"),
                D("62.55"),
                D("92.05"),
                Z,
                Z,
                Z,
            ),
        ),
        (
            RowKind.DETAIL,
            3,
            (
                "省外",
                1,
                2,
                1,
                0,
                1,
                1,
                0,
                0,
                0,
                D("335.28"),
                D("333.28"),
                Z,
                D("2.00"),
                D("333.28"),
                Z,
                D("335.53"),
                D("333.28"),
                Z,
                D("2.25"),
                D("333.28"),
                Z,
            ),
        ),
        (
            RowKind.CATEGORY_TOTAL,
            2,
            (
                "个体申请",
                2,
                4,
                3,
                2,
                0,
                1,
                1,
                0,
                0,
                D("236.60"),
                D("152.60"),
                D("87.60"),
                Z,
                D("86.00"),
                D("63.00"),
                D("237.42"),
                D("152.92"),
                D("88.00"),
                Z,
                D("86.42"),
                D("63.00"),
            ),
        ),
        (
            RowKind.DETAIL,
            3,
            (
                "省内",
                1,
                2,
                2,
                1,
                0,
                0,
                1,
                0,
                0,
                D("66.60"),
                D("66.60"),
                D("3.60"),
                Z,
                Z,
                D("63.00"),
                D("66.50"),
                D("66.50"),
                D("3.50"),
                Z,
                Z,
                D("63.00"),
            ),
        ),
        (
            RowKind.DETAIL,
            3,
            (
                "省外",
                1,
                2,
                1,
                1,
                0,
                1,
                0,
                0,
                0,
                D("170.00"),
                D("86.00"),
                D("84.00"),
                Z,
                D("86.00"),
                Z,
                D("170.92"),
                D("86.42"),
                D("84.50"),
                Z,
                D("86.42"),
                Z,
            ),
        ),
        (RowKind.CATEGORY_TOTAL, 1, ("无船舶记录", 1) + (None,) * 20),
    ]
    assert [(row.kind, row.indent, row.cells) for row in rows] == expected


def test_zero_cells_are_blank_as_on_page_3_4(world: World) -> None:
    report = applicant_summary(world.engine, world.tables, ReportFilter(2024))
    assert all(column.blank_zero for column in report.columns[1:])
    groups = {cell.text: (cell.col, cell.width) for cell in report.header.cells if cell.width > 1}
    assert groups == {
        "拆建申请记录": (2, 6),
        "部政策拆解记录": (8, 2),
        "资金测算（万元）": (10, 6),
        "资金复核（万元）": (16, 6),
    }


def test_region_scope_counts_the_applicants_of_the_region(world: World) -> None:
    rows = materialize(applicant_summary(world.engine, world.tables, ReportFilter(2024, "4312")))
    assert [(row.cells[0], row.cells[1], row.cells[2]) for row in rows] == [
        ("记录合计", 2, 2),
        ("有船舶记录", 1, 2),
        ("企业申请", 0, 0),
        ("省内", 0, 0),
        ("省外", 0, 0),
        ("个体申请", 1, 2),
        ("省内", 0, 0),
        ("省外", 1, 2),
        ("无船舶记录", 1, None),
    ]
