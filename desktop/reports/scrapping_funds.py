"""资金测算与复核表（拆解）(manual 6.2.1, page 6-2): scrapped ships with their estimate, check
and machine amounts under province / city / county totals.

Page 6-2's choices: year, region, summary-row and zero-row rules, policy, ship scope, stage
(申请 reads the applications, 完结 the completions of ministry-policy scrapping) and review
level. The ship-type cell reads "散货船（部政策）" as on the page. The 拆解情况 columns give the
(planned) deregistration date — the completion's 船舶注销日期 at the 完结 stage — and the ship
age computed from it (SPEC §4.1.6), on which the scrapping amount depends.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Engine

from core.vocab import Project, Stage
from desktop.reports.filters import ReportFilter
from desktop.reports.hierarchy import (
    Depth,
    DetailLine,
    DetailSpec,
    HierarchyQuery,
)
from desktop.reports.model import Cell, CellFormat, Column, Group, Report
from desktop.reports.ship_funds import (
    DETAIL_ORDER,
    amount_group,
    fund_table_report,
    identity_columns,
    particulars_group,
    record_source,
    record_table,
    record_where,
    ship_detail_columns,
    ship_measures,
)
from desktop.reports.sql import read_date, read_decimal, read_text
from desktop.reports.tables import ReportTables

KEY = "scrapping_funds"


def _header() -> list[Column | Group]:
    return [
        Column("seq", "序号", CellFormat.INTEGER),
        Column("region", "市(县)"),
        *identity_columns(),
        particulars_group(),
        Group(
            "拆解情况",
            [
                Column("dereg", "注销日期", CellFormat.DATE),
                Column("age", "船龄（年）", CellFormat.DECIMAL_3),
            ],
        ),
        amount_group(),
        Column("formula", "机算公式"),
    ]


def scrapping_funds(engine: Engine, tables: ReportTables, report_filter: ReportFilter) -> Report:
    """Page 6-2 for the filter's choices."""
    stage = report_filter.stage
    record = record_table(tables, stage)
    dereg: ColumnElement[Any] = (
        record.c.deregistration_date if stage is Stage.APPLICATION else record.c.finish_date
    )
    detail = DetailSpec(
        (*ship_detail_columns(record, tables.applicants), ("dereg", dereg)), DETAIL_ORDER
    )
    query = HierarchyQuery(
        record_source(tables, stage),
        record.c.region_code,
        record_where(record, report_filter, (Project.SCRAP.value,)),
        ship_measures(record),
        Depth.COUNTY,
        detail,
    )

    def own_detail_values(line: DetailLine) -> dict[str, Cell]:
        row = line.values
        return {
            "ship_type": f"{read_text(row['ship_type'])}（{read_text(row['policy'])}政策）",
            "dereg": read_date(row["dereg"]),
            "age": read_decimal(row["age"], 3),
        }

    return fund_table_report(
        engine,
        report_filter,
        query,
        key=KEY,
        projects_title="拆解",
        by_stage=True,
        header=_header(),
        own_detail_values=own_detail_values,
    )
