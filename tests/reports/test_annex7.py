"""附件7: only ship projects that passed the LAST province review.

included  C1 (部政策拆解: its completion passed the province; read from the completion,
             whose check was corrected to 51.80)   长沙市市辖区  345 t  51.75/51.80
          A3 (省 拆解, application passed province)  芙蓉区        100 t  10.80/10.80
          A4 (省 新建, application passed province)  慈利县       2231 t 333.28/333.28
excluded  A1 itself (its completion stands for it), A2 (its completion C2 has no province
          result although A2 passed), A5 (no province result), A6 (province returned),
          A7, A8, A9 (not reviewed that far); A10 passed too, but in 2023.
"""

from __future__ import annotations

from decimal import Decimal

from core.vocab import Level
from desktop.reports.annex7 import annex7
from desktop.reports.filters import ReportFilter, SummaryRule
from desktop.reports.model import RowKind, materialize
from tests.reports.world import World

D = Decimal


def _figures(cells: tuple[object, ...]) -> tuple[object, ...]:
    """City, county, ship, gross, estimate, check."""
    return (cells[1], cells[2], cells[6], cells[11], cells[16], cells[17])


def test_only_records_past_the_last_province_review(world: World) -> None:
    report = annex7(world.engine, world.tables, ReportFilter(2024))
    rows = materialize(report)
    assert report.caption == "附件7"
    assert report.title == "2024年运力结构调整奖补申报汇总表"
    assert report.row_count == len(rows) == 9
    assert [(row.kind, _figures(row.cells)) for row in rows] == [
        (RowKind.PROVINCE_TOTAL, ("湖南省总计", None, "共3艘", 2676, D("395.83"), D("395.88"))),
        (RowKind.CITY_TOTAL, ("长沙市合计", None, "共2艘", 445, D("62.55"), D("62.60"))),
        (RowKind.COUNTY_SUBTOTAL, (None, "长沙市市辖区小计", "共1艘", 345, D("51.75"), D("51.80"))),
        (RowKind.DETAIL, ("长沙市", "长沙市市辖区", "湘长沙货0001", 345, D("51.75"), D("51.80"))),
        (RowKind.COUNTY_SUBTOTAL, (None, "芙蓉区小计", "共1艘", 100, D("10.80"), D("10.80"))),
        (RowKind.DETAIL, ("长沙市", "芙蓉区", "湘长沙货0003", 100, D("10.80"), D("10.80"))),
        (RowKind.CITY_TOTAL, ("张家界市合计", None, "共1艘", 2231, D("333.28"), D("333.28"))),
        (RowKind.COUNTY_SUBTOTAL, (None, "慈利县小计", "共1艘", 2231, D("333.28"), D("333.28"))),
        (RowKind.DETAIL, ("张家界市", "慈利县", "华洋兴旺", 2231, D("333.28"), D("333.28"))),
    ]


def test_detail_columns(world: World) -> None:
    rows = materialize(annex7(world.engine, world.tables, ReportFilter(2024)))
    assert rows[3].cells[:11] == (
        1,
        "长沙市",
        "长沙市市辖区",
        "湖南晶泰运输有限公司",
        "部",
        "拆解",
        "湘长沙货0001",
        "CN20087470692",
        "干货船",
        "省内",
        "燃油",
    )


def test_other_choices_of_the_filter_do_not_apply(world: World) -> None:
    narrowed = ReportFilter(2024, passed=Level.PLATFORM, summary_rule=SummaryRule.DETAIL_ONLY)
    assert materialize(annex7(world.engine, world.tables, narrowed)) == materialize(
        annex7(world.engine, world.tables, ReportFilter(2024))
    )


def test_region_scope(world: World) -> None:
    rows = materialize(annex7(world.engine, world.tables, ReportFilter(2024, "4308")))
    assert [_figures(row.cells) for row in rows] == [
        ("张家界市合计", None, "共1艘", 2231, D("333.28"), D("333.28")),
        (None, "慈利县小计", "共1艘", 2231, D("333.28"), D("333.28")),
        ("张家界市", "慈利县", "华洋兴旺", 2231, D("333.28"), D("333.28")),
    ]
    earlier = materialize(annex7(world.engine, world.tables, ReportFilter(2023)))
    assert [_figures(row.cells) for row in earlier if row.kind is RowKind.DETAIL] == [
        ("长沙市", "芙蓉区", "湘长沙货0010", 99, D("99.99"), D("99.99"))
    ]
