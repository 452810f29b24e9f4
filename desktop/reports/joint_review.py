"""平台联审情况汇总 (manual 6.1, page 6-1): how far the platform joint review has got, by region.

The columns follow page 6-1, whose printed figures fix their meaning (张家界市: 21 records, 15
passed, 6 waiting; in the latest run 0 passed, 6 failed, 15 skipped = 1 returned + 14 reviewed):

* 拆建记录 — all records; 通过 those whose joint review passed; 待审 the rest.
* 联审申请记录 — the records the joint review deals with now: 通过 (passed, still before the
  county), 未过 (failed), 忽略 (skipped because the county has decided them, manual 3.3 提示1),
  split under 联审忽略情况 into 退回 (county returned) and 审过 (county passed).
* 最近联审时间 — the latest joint-review date in the region; 问题累计 — the problems found
  (each "营运证无效①"-style item counts once).
* 联审结果 — √ when every record passed the joint review, × when some did not.

The table is all summary rows (no details); only the zero-row rule applies.
"""

from __future__ import annotations

from sqlalchemy import Engine, and_, func

from core.vocab import Decision, Stage
from core.workflow import FAIL_MARK, PASS_MARK
from desktop.reports.filters import ReportFilter, SummaryRule, join_parts
from desktop.reports.hierarchy import (
    RECORDS,
    Depth,
    HierarchyOptions,
    HierarchyQuery,
    Measure,
    SummaryLine,
    count_lines,
    record_count,
    row_source,
)
from desktop.reports.model import Cell, CellFormat, Column, Group, Layout, Report, build_header
from desktop.reports.sql import count_if, in_region, problem_marks, read_date, read_int
from desktop.reports.tables import ReportTables

KEY = "joint_review_summary"


def _header(stage: Stage) -> list[Column | Group]:
    count = CellFormat.INTEGER
    records = "拆建记录" if stage is Stage.APPLICATION else "完结记录"
    return [
        Column("region", "市(县)"),
        Column("result", "联审结果"),
        Group(
            records,
            [
                Column("total", "合计", count),
                Column("passed", "通过", count),
                Column("pending", "待审", count),
            ],
        ),
        Column("last_on", "最近联审时间", CellFormat.DATE),
        Group(
            f"联审{stage}记录",
            [
                Column("run_total", "合计", count),
                Column("run_passed", "通过", count),
                Column("failed", "未过", count),
                Column("ignored", "忽略", count),
            ],
        ),
        Group(
            "联审忽略情况",
            [
                Column("ignored_returned", "退回", count),
                Column("ignored_passed", "审过", count),
            ],
        ),
        Column("problems", "问题累计", count),
    ]


def _result_mark(total: int, pending: int) -> str:
    if total == 0:
        return ""
    return FAIL_MARK if pending else PASS_MARK


def joint_review_summary(
    engine: Engine, tables: ReportTables, report_filter: ReportFilter
) -> Report:
    """Page 6-1 for the filter's year, region and 联审阶段 (its ``stage``)."""
    stage = report_filter.stage
    table = tables.applications if stage is Stage.APPLICATION else tables.completions
    c = table.c
    passed = c.platform_result == Decision.PASS.value
    county_passed = c.county_result == Decision.PASS.value
    county_returned = c.county_result == Decision.RETURN.value
    measures = (
        record_count(),
        Measure("passed", count_if(passed), read_int),
        Measure("last_on", func.max(c.platform_on), read_date, None, "max"),
        Measure("run_passed", count_if(and_(passed, c.county_result.is_(None))), read_int),
        Measure("failed", count_if(c.platform_result == Decision.RETURN.value), read_int),
        Measure("ignored_returned", count_if(county_returned), read_int),
        Measure("ignored_passed", count_if(county_passed), read_int),
        Measure(
            "problems", func.coalesce(func.sum(problem_marks(c.joint_review_problems)), 0), read_int
        ),
    )
    scope = report_filter.scope
    where = and_(c.year == report_filter.year, in_region(c.region_code, scope))
    query = HierarchyQuery(table, c.region_code, where, measures, Depth.COUNTY)
    options = HierarchyOptions(scope, report_filter.zero_rule, SummaryRule.SUMMARY_ONLY)
    columns, header = build_header(_header(stage))
    layout = Layout(columns)

    def summary_cells(line: SummaryLine) -> tuple[Cell, ...]:
        t = line.totals
        total, passed_count = t[RECORDS], t["passed"]
        ignored = t["ignored_returned"] + t["ignored_passed"]
        return layout.row(
            {
                "region": line.label,
                "result": _result_mark(total, total - passed_count),
                "total": total,
                "passed": passed_count,
                "pending": total - passed_count,
                "last_on": t["last_on"],
                "run_total": t["run_passed"] + t["failed"] + ignored,
                "run_passed": t["run_passed"],
                "failed": t["failed"],
                "ignored": ignored,
                "ignored_returned": t["ignored_returned"],
                "ignored_passed": t["ignored_passed"],
                "problems": t["problems"],
            }
        )

    subtitle = join_parts(
        f"奖补年份：{report_filter.year}",
        report_filter.describe_region(),
        f"联审阶段：{stage}",
        f"零行规则：{report_filter.zero_rule}",
    )
    return Report(
        key=KEY,
        title=f"{report_filter.year}年平台联审情况汇总表",
        subtitle=subtitle,
        unit_note="单位：条",
        columns=columns,
        header=header,
        row_count=count_lines(engine, query, options),
        source=row_source(engine, query, options, summary_cells),
        frozen_columns=1,
    )
