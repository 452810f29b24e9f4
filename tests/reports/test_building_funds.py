"""资金测算与复核表（更新、新建、改建）(page 6-3): 2024 applications of those projects.

慈利县 A4 省 新建 自有 2231/2500 1396.00  333.28/333.28/333.28  (08-30)
       A5 部 更新 光租   11/22     33.00    2.00/2.25/2.25      (08-29)
       A6 省 改建 自有   55/80    299.50   63.00×3, from 湘慈货0391 (60 t)  (08-02)
中方县 A8 省 新建 自有   25/57    123.45   86.00/86.42/86.42   (08-30)
"""

from __future__ import annotations

from decimal import Decimal

from core.vocab import Level, Policy
from desktop.reports.building_funds import building_funds
from desktop.reports.filters import ReportFilter, ShipScope
from desktop.reports.model import RowKind, materialize
from tests.reports.world import World

D = Decimal


def _figures(cells: tuple[object, ...]) -> tuple[object, ...]:
    """Label, ship, gross, capacity, power, refit-from name and tonnage, three amounts."""
    return (
        cells[1],
        cells[3],
        cells[8],
        cells[9],
        cells[10],
        cells[12],
        cells[13],
        cells[14],
        cells[15],
        cells[16],
    )


def test_every_row(world: World) -> None:
    report = building_funds(world.engine, world.tables, ReportFilter(2024))
    rows = materialize(report)
    assert report.row_count == len(rows) == 9
    assert [(row.kind, _figures(row.cells)) for row in rows] == [
        (
            RowKind.PROVINCE_TOTAL,
            (
                "湖南省总计",
                "共4艘",
                2322,
                2659,
                D("1851.95"),
                None,
                60,
                D("484.28"),
                D("484.95"),
                D("484.95"),
            ),
        ),
        (
            RowKind.CITY_TOTAL,
            (
                "张家界市合计",
                "共3艘",
                2297,
                2602,
                D("1728.50"),
                None,
                60,
                D("398.28"),
                D("398.53"),
                D("398.53"),
            ),
        ),
        (
            RowKind.COUNTY_SUBTOTAL,
            (
                "慈利县小计",
                "共3艘",
                2297,
                2602,
                D("1728.50"),
                None,
                60,
                D("398.28"),
                D("398.53"),
                D("398.53"),
            ),
        ),
        (
            RowKind.DETAIL,
            (
                "慈利县",
                "湘慈货0391改",
                55,
                80,
                D("299.50"),
                "湘慈货0391",
                60,
                D("63.00"),
                D("63.00"),
                D("63.00"),
            ),
        ),
        (
            RowKind.DETAIL,
            ("慈利县", "长沙1号", 11, 22, D("33.00"), "", None, D("2.00"), D("2.25"), D("2.25")),
        ),
        (
            RowKind.DETAIL,
            (
                "慈利县",
                "华洋兴旺",
                2231,
                2500,
                D("1396.00"),
                "",
                None,
                D("333.28"),
                D("333.28"),
                D("333.28"),
            ),
        ),
        (
            RowKind.CITY_TOTAL,
            (
                "怀化市合计",
                "共1艘",
                25,
                57,
                D("123.45"),
                None,
                0,
                D("86.00"),
                D("86.42"),
                D("86.42"),
            ),
        ),
        (
            RowKind.COUNTY_SUBTOTAL,
            (
                "中方县小计",
                "共1艘",
                25,
                57,
                D("123.45"),
                None,
                0,
                D("86.00"),
                D("86.42"),
                D("86.42"),
            ),
        ),
        (
            RowKind.DETAIL,
            (
                "中方县",
                "益阳客888号",
                25,
                57,
                D("123.45"),
                "",
                None,
                D("86.00"),
                D("86.42"),
                D("86.42"),
            ),
        ),
    ]


def test_ship_type_note_reads_as_on_page_6_3(world: World) -> None:
    rows = materialize(building_funds(world.engine, world.tables, ReportFilter(2024)))
    notes = [row.cells[7] for row in rows if row.kind is RowKind.DETAIL]
    assert notes == [
        "集装箱船（改建省际液气动力船，省政策）",
        "旅游客船（更新省内燃油动力船，部政策）",
        "干货船（新建省际纯电动力船，省政策）",
        "普通客船（新建省内纯电动力船，省政策）",
    ]
    assert rows[5].cells[17] == "300+0.166389*200"


def test_filters(world: World) -> None:
    def total(report_filter: ReportFilter) -> tuple[object, ...]:
        return _figures(
            materialize(building_funds(world.engine, world.tables, report_filter))[0].cells
        )

    assert total(ReportFilter(2024, policy=Policy.MINISTRY)) == (
        "湖南省总计",
        "共1艘",
        11,
        22,
        D("33.00"),
        None,
        0,
        D("2.00"),
        D("2.25"),
        D("2.25"),
    )
    assert total(ReportFilter(2024, ship_scope=ShipScope.LEASED)) == (
        "湖南省总计",
        "共1艘",
        11,
        22,
        D("33.00"),
        None,
        0,
        D("2.00"),
        D("2.25"),
        D("2.25"),
    )
    assert total(ReportFilter(2024, passed=Level.PROVINCE)) == (
        "湖南省总计",
        "共1艘",
        2231,
        2500,
        D("1396.00"),
        None,
        0,
        D("333.28"),
        D("333.28"),
        D("333.28"),
    )
    assert total(ReportFilter(2024, passed=Level.COUNTY)) == (
        "湖南省总计",
        "共2艘",
        2286,
        2580,
        D("1695.50"),
        None,
        60,
        D("396.28"),
        D("396.28"),
        D("396.28"),
    )
