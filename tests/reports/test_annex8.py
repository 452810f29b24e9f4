"""附件8: only container rewards the province passed (R1, R3; R2 has no province result).

长沙 R3  last 100/200  this 1100/1000  estimate 8.00+3.00 = 11.00  check 7.80+3.00 = 10.80
岳阳 R1  last  22/33   this 1365/1365  estimate 12.00+5.00 = 17.00 check 12.00+5.00 = 17.00
"""

from __future__ import annotations

from decimal import Decimal

from desktop.reports.annex8 import annex8
from desktop.reports.filters import ReportFilter
from desktop.reports.model import RowKind, materialize
from tests.reports.world import World

D = Decimal


def test_only_rewards_the_province_passed(world: World) -> None:
    report = annex8(world.engine, world.tables, ReportFilter(2024))
    rows = materialize(report)
    assert report.caption == "附件8"
    assert report.title == "2024年集装箱运输发展奖补申报汇总表"
    assert [c.label for c in report.columns] == [
        "序号",
        "市州",
        "货主",
        "申请表号",
        "外贸",
        "内贸",
        "外贸",
        "内贸",
        "外贸",
        "内贸",
        "资金测算",
        "资金复核",
    ]
    assert [(row.kind, row.cells) for row in rows] == [
        (
            RowKind.PROVINCE_TOTAL,
            (
                None,
                "湖南省总计",
                "共2件",
                None,
                122,
                233,
                2465,
                2365,
                2343,
                2132,
                D("28.00"),
                D("27.80"),
            ),
        ),
        (
            RowKind.CITY_TOTAL,
            (
                None,
                "长沙市合计",
                "共1件",
                None,
                100,
                200,
                1100,
                1000,
                1000,
                800,
                D("11.00"),
                D("10.80"),
            ),
        ),
        (
            RowKind.DETAIL,
            (
                1,
                "长沙市",
                "长沙新港物流有限公司",
                "长沙（2024）001",
                100,
                200,
                1100,
                1000,
                1000,
                800,
                D("11.00"),
                D("10.80"),
            ),
        ),
        (
            RowKind.CITY_TOTAL,
            (
                None,
                "岳阳市合计",
                "共1件",
                None,
                22,
                33,
                1365,
                1365,
                1343,
                1332,
                D("17.00"),
                D("17.00"),
            ),
        ),
        (
            RowKind.DETAIL,
            (
                2,
                "岳阳市",
                "岳阳市辉煌船务有限公司",
                "岳阳（2024）001",
                22,
                33,
                1365,
                1365,
                1343,
                1332,
                D("17.00"),
                D("17.00"),
            ),
        ),
    ]
    assert report.row_count == 5


def test_a_city_account_sees_its_city(world: World) -> None:
    rows = materialize(annex8(world.engine, world.tables, ReportFilter(2024, "430600")))
    assert [row.cells[1] for row in rows] == ["岳阳市合计", "岳阳市"]
