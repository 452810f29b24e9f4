"""The report menu: every report builds through the catalog with the choices of its page."""

from __future__ import annotations

import pytest

from desktop.reports.catalog import BY_KEY, CATALOG, Choice, build
from desktop.reports.filters import ReportFilter
from tests.reports.world import World


def test_every_report_builds_through_the_catalog(world: World) -> None:
    assert [entry.name for entry in CATALOG] == [
        "平台联审情况汇总",
        "资金测算与复核表（拆解）",
        "资金测算与复核表（新改）",
        "附件7",
        "资金测算与复核表（货主）",
        "附件8",
        "汇总拆建申请人及申请记录",
    ]
    for entry in CATALOG:
        report = build(entry.key, world.engine, world.tables, ReportFilter(2024))
        assert report.key == entry.key
        assert report.row_count > 0


def test_choices_are_those_of_the_pages() -> None:
    assert BY_KEY["annex7"].choices == (Choice.YEAR, Choice.REGION)
    assert Choice.STAGE in BY_KEY["scrapping_funds"].choices
    assert Choice.STAGE not in BY_KEY["building_funds"].choices
    assert Choice.FUND_KIND in BY_KEY["cargo_funds"].choices
    assert Choice.SUMMARY_RULE not in BY_KEY["joint_review_summary"].choices
    fields = set(ReportFilter.__dataclass_fields__)
    assert {choice.value for entry in CATALOG for choice in entry.choices} <= fields


def test_unknown_report(world: World) -> None:
    with pytest.raises(KeyError, match="没有名为“nope”的报表"):
        build("nope", world.engine, world.tables, ReportFilter(2024))
