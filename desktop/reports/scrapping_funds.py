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
from desktop.reports.filters import ReportFilter, join_parts
from desktop.reports.hierarchy import (
    Depth,
    DetailLine,
    DetailSpec,
    HierarchyOptions,
    HierarchyQuery,
    SummaryLine,
    count_lines,
    row_source,
)
from desktop.reports.model import Cell, CellFormat, Column, Group, Layout, Report, build_header
from desktop.reports.ship_funds import (
    DETAIL_ORDER,
    amount_group,
    identity_columns,
    particulars_group,
    record_source,
    record_table,
    record_where,
    ship_detail_columns,
    ship_detail_values,
    ship_measures,
    ship_summary_values,
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
    options = HierarchyOptions(
        report_filter.scope, report_filter.zero_rule, report_filter.summary_rule
    )
    columns, header = build_header(_header())
    layout = Layout(columns)

    def summary_cells(line: SummaryLine) -> tuple[Cell, ...]:
        return layout.row(ship_summary_values(line, "region"))

    def detail_cells(line: DetailLine, number: int) -> tuple[Cell, ...]:
        row = line.values
        values = ship_detail_values(row)
        values.update(
            seq=number,
            region=line.name,
            ship_type=f"{read_text(row['ship_type'])}（{read_text(row['policy'])}政策）",
            dereg=read_date(row["dereg"]),
            age=read_decimal(row["age"], 3),
            formula=read_text(row["formula"]),
        )
        return layout.row(values)

    subtitle = join_parts(
        report_filter.describe_region(),
        report_filter.describe_policy(),
        report_filter.describe_ship_scope(),
        report_filter.describe_stage(),
        report_filter.describe_passed(),
    )
    return Report(
        key=KEY,
        title=f"{report_filter.year}年资金测算与复核表（拆解）",
        subtitle=subtitle,
        unit_note="单位：万元",
        columns=columns,
        header=header,
        row_count=count_lines(engine, query, options),
        source=row_source(engine, query, options, summary_cells, detail_cells),
        frozen_columns=2,
    )
