"""The shared region hierarchy: row order, labels, zero-row and summary-row rules, scopes.

``plan`` is pure, so the rules are checked on hand-made group totals; the last tests run the
one-statement query on the hand-made world.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, true

from core import regions
from desktop.reports.filters import SummaryRule, ZeroRule
from desktop.reports.hierarchy import (
    RECORDS,
    Depth,
    DetailLine,
    DetailSpec,
    HierarchyOptions,
    HierarchyQuery,
    Measure,
    SummaryLine,
    combine,
    count_lines,
    iter_lines,
    plan,
    record_count,
)
from desktop.reports.sql import int_sum, read_date, read_int
from tests.reports.world import World

MEASURES = (
    record_count(),
    Measure("gross", true(), read_int),
    Measure("last", true(), read_date, None, "max"),
)
TOTALS = {
    "430102": {RECORDS: 1, "gross": 100, "last": date(2024, 7, 3)},
    "430101": {RECORDS: 2, "gross": 545, "last": date(2024, 7, 2)},
    "430821": {RECORDS: 1, "gross": 15, "last": date(2024, 8, 2)},
}
PROVINCE = regions.get("430000")
CHANGSHA = regions.get("430100")


def _shape(items: list[Any]) -> list[tuple[str, str]]:
    """(kind or "slot", label or key) of each planned item."""
    return [
        (item.kind.value, item.label) if isinstance(item, SummaryLine) else ("slot", item.key)
        for item in items
    ]


def test_province_plan_nests_city_totals_and_county_subtotals_in_code_order() -> None:
    items = plan(HierarchyOptions(PROVINCE), Depth.COUNTY, MEASURES, TOTALS, True)
    assert _shape(items) == [
        ("省总计", "湖南省总计"),
        ("市合计", "长沙市合计"),
        ("县小计", "长沙市市辖区小计"),
        ("slot", "430101"),
        ("县小计", "芙蓉区小计"),
        ("slot", "430102"),
        ("市合计", "张家界市合计"),
        ("县小计", "慈利县小计"),
        ("slot", "430821"),
    ]
    assert items[0].totals == {RECORDS: 4, "gross": 660, "last": date(2024, 8, 2)}
    assert items[1].totals == {RECORDS: 3, "gross": 645, "last": date(2024, 7, 3)}


def test_summary_rules() -> None:
    def kinds(rule: SummaryRule) -> list[str]:
        items = plan(
            HierarchyOptions(PROVINCE, summary_rule=rule), Depth.COUNTY, MEASURES, TOTALS, True
        )
        return [kind for kind, _ in _shape(items)]

    assert kinds(SummaryRule.WITHOUT_COUNTY) == [
        "省总计",
        "市合计",
        "slot",
        "slot",
        "市合计",
        "slot",
    ]
    assert kinds(SummaryRule.SUMMARY_ONLY) == [
        "省总计",
        "市合计",
        "县小计",
        "县小计",
        "市合计",
        "县小计",
    ]
    assert kinds(SummaryRule.DETAIL_ONLY) == ["slot", "slot", "slot"]


def test_zero_rule_shows_every_region_of_the_scope_with_zero_totals() -> None:
    in_changsha = {key: totals for key, totals in TOTALS.items() if key.startswith("4301")}
    items = plan(
        HierarchyOptions(CHANGSHA, ZeroRule.SHOW, SummaryRule.SUMMARY_ONLY),
        Depth.COUNTY,
        MEASURES,
        in_changsha,
        True,
    )
    labels = [label for _, label in _shape(items)]
    assert labels[0] == "长沙市合计"
    assert len(labels) == 11  # the city and its 10 counties, 长沙市市辖区 included
    assert labels[1:4] == ["长沙市市辖区小计", "芙蓉区小计", "天心区小计"]
    tianxin = items[3]
    assert tianxin.totals == {RECORDS: 0, "gross": 0, "last": None}
    hidden = plan(
        HierarchyOptions(CHANGSHA, ZeroRule.HIDE, SummaryRule.SUMMARY_ONLY),
        Depth.COUNTY,
        MEASURES,
        {"430102": TOTALS["430102"]},
        True,
    )
    assert [label for _, label in _shape(hidden)] == ["长沙市合计", "芙蓉区小计"]


def test_zero_rule_at_province_lists_all_fourteen_cities_by_city() -> None:
    items = plan(
        HierarchyOptions(PROVINCE, ZeroRule.SHOW, SummaryRule.SUMMARY_ONLY),
        Depth.CITY,
        MEASURES,
        {"4301": TOTALS["430102"]},
        True,
    )
    labels = [label for _, label in _shape(items)]
    assert len(labels) == 15
    assert labels[:3] == ["湖南省总计", "长沙市合计", "株洲市合计"]
    assert labels[-1] == "湘西州合计"


def test_a_county_account_sees_its_county_subtotal_on_top() -> None:
    items = plan(
        HierarchyOptions(regions.get("430821")),
        Depth.COUNTY,
        MEASURES,
        {"430821": TOTALS["430821"]},
        True,
    )
    assert _shape(items) == [("县小计", "慈利县小计"), ("slot", "430821")]


def test_an_empty_province_still_prints_its_zero_total() -> None:
    items = plan(HierarchyOptions(PROVINCE), Depth.COUNTY, MEASURES, {}, True)
    assert _shape(items) == [("省总计", "湖南省总计")]
    assert items[0].totals == {RECORDS: 0, "gross": 0, "last": None}


def test_combine_adds_sums_and_keeps_the_latest_date() -> None:
    assert combine(MEASURES, [TOTALS["430101"], TOTALS["430821"]]) == {
        RECORDS: 3,
        "gross": 560,
        "last": date(2024, 8, 2),
    }


def _query(world: World, detail: bool) -> HierarchyQuery:
    applications = world.tables.applications
    c = applications.c
    measures = (
        record_count(),
        Measure("gross", int_sum(c.gross_tonnage), read_int),
        Measure("last", func.max(c.platform_on), read_date, None, "max"),
    )
    spec = DetailSpec(
        (("ship_name", c.ship_name), ("gross", c.gross_tonnage), ("record_id", c.id)),
        ("ship_name", "record_id"),
    )
    return HierarchyQuery(
        applications,
        c.region_code,
        c.year == 2024,
        measures,
        Depth.COUNTY,
        spec if detail else None,
    )


def test_one_statement_gives_totals_and_details_in_order(world: World) -> None:
    lines = list(iter_lines(world.engine, _query(world, True), HierarchyOptions(PROVINCE)))
    shape = [
        (line.label, line.totals[RECORDS], line.totals["gross"])
        if isinstance(line, SummaryLine)
        else (line.name, line.values["ship_name"])
        for line in lines
    ]
    assert shape == [
        ("湖南省总计", 9, 3827),
        ("长沙市合计", 3, 645),
        ("长沙市市辖区小计", 2, 545),
        ("长沙市市辖区", "湘长沙货0001"),
        ("长沙市市辖区", "湘长沙货0002"),
        ("芙蓉区小计", 1, 100),
        ("芙蓉区", "湘长沙货0003"),
        ("张家界市合计", 4, 2312),
        ("慈利县小计", 4, 2312),
        ("慈利县", "华洋兴旺"),
        ("慈利县", "宜货1号"),
        ("慈利县", "湘慈货0391改"),
        ("慈利县", "长沙1号"),
        ("怀化市合计", 2, 870),
        ("中方县小计", 2, 870),
        ("中方县", "湘益阳机0258"),
        ("中方县", "益阳客888号"),
    ]
    detail = next(line for line in lines if isinstance(line, DetailLine))
    assert detail.city_name == "长沙市"
    assert lines[0].totals["last"] == date(2024, 8, 5)


def test_count_lines_matches_the_rows_iterated(world: World) -> None:
    for rule in SummaryRule:
        options = HierarchyOptions(PROVINCE, ZeroRule.HIDE, rule)
        query = _query(world, True)
        assert count_lines(world.engine, query, options) == len(
            list(iter_lines(world.engine, query, options))
        )
    assert count_lines(world.engine, _query(world, True), HierarchyOptions(PROVINCE)) == 17
