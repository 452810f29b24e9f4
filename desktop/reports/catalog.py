"""The reports of the 汇总与导出报表 menu (manual 1.4 item 7, ch. 6, page 3-4), with the choices
each page offers — what the report window lists and which filter fields it shows.

The choices are those the manual names for each page: 6-1 year, region, zero-row rule and
联审阶段 (the filter's stage); 6-2 adds the summary-row rule, policy, ship scope, stage and
review level; 6-3 the same without stage; 6-4 year, region, the two rules, 资金类别 and review
level; 附件7 and 附件8 only year and region; the applicant summary of page 3-4 year and region.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Engine

from desktop.reports.annex7 import annex7
from desktop.reports.annex8 import annex8
from desktop.reports.applicants import applicant_summary
from desktop.reports.building_funds import building_funds
from desktop.reports.cargo_funds import cargo_funds
from desktop.reports.filters import ReportFilter
from desktop.reports.joint_review import joint_review_summary
from desktop.reports.model import Report
from desktop.reports.scrapping_funds import scrapping_funds
from desktop.reports.tables import ReportTables

Builder = Callable[[Engine, ReportTables, ReportFilter], Report]


class Choice(StrEnum):
    """A field of the report page's filter panel (the ``ReportFilter`` attribute it sets)."""

    YEAR = "year"
    REGION = "region"
    ZERO_RULE = "zero_rule"
    SUMMARY_RULE = "summary_rule"
    POLICY = "policy"
    SHIP_SCOPE = "ship_scope"
    STAGE = "stage"
    PASSED = "passed"
    FUND_KIND = "fund_kind"


@dataclass(frozen=True, slots=True)
class ReportEntry:
    """One report of the menu: its name as the menu prints it, builder and page choices."""

    key: str
    name: str
    page: str
    build: Builder
    choices: tuple[Choice, ...]


_BASE = (Choice.YEAR, Choice.REGION)
_RULES = (Choice.SUMMARY_RULE, Choice.ZERO_RULE)

CATALOG: tuple[ReportEntry, ...] = (
    ReportEntry(
        "joint_review_summary",
        "平台联审情况汇总",
        "6-1",
        joint_review_summary,
        (*_BASE, Choice.ZERO_RULE, Choice.STAGE),
    ),
    ReportEntry(
        "scrapping_funds",
        "资金测算与复核表（拆解）",
        "6-2",
        scrapping_funds,
        (*_BASE, *_RULES, Choice.POLICY, Choice.SHIP_SCOPE, Choice.STAGE, Choice.PASSED),
    ),
    ReportEntry(
        "building_funds",
        "资金测算与复核表（新改）",
        "6-3",
        building_funds,
        (*_BASE, *_RULES, Choice.POLICY, Choice.SHIP_SCOPE, Choice.PASSED),
    ),
    ReportEntry("annex7", "附件7", "6-5", annex7, _BASE),
    ReportEntry(
        "cargo_funds",
        "资金测算与复核表（货主）",
        "6-4",
        cargo_funds,
        (*_BASE, *_RULES, Choice.FUND_KIND, Choice.PASSED),
    ),
    ReportEntry("annex8", "附件8", "6-5", annex8, _BASE),
    ReportEntry("applicant_summary", "汇总拆建申请人及申请记录", "3-4", applicant_summary, _BASE),
)
"""In the order of the manual's menu (1.4 item 7), the applicant summary of page 3-4 last."""

BY_KEY = {entry.key: entry for entry in CATALOG}


def build(key: str, engine: Engine, tables: ReportTables, report_filter: ReportFilter) -> Report:
    """Build the report ``key`` (a ``CATALOG`` key) for the filter."""
    try:
        entry = BY_KEY[key]
    except KeyError:
        raise KeyError(f"没有名为“{key}”的报表；可用：{'、'.join(BY_KEY)}") from None
    return entry.build(engine, tables, report_filter)
