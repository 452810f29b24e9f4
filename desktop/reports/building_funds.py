"""资金测算与复核表（更新、新建、改建）(manual 6.2.2, page 6-3): renewed, new and refitted ships
with their amounts under province / city / county totals.

Page 6-3's choices: year, region, summary-row and zero-row rules, policy, ship scope and review
level — no stage, because these projects upload application and completion materials together
and have only the application record. The ship-type cell reads as on the page:
"普通客船（新建省内液气动力船，部政策）". A refit or renewal also names the ship it replaces
(改建/更新对应已拆船) and that ship's tonnage, which the page 3-7 form records.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Engine

from core.vocab import Project, Stage
from desktop.reports.filters import ReportFilter
from desktop.reports.hierarchy import (
    Depth,
    DetailLine,
    DetailSpec,
    HierarchyQuery,
    Measure,
)
from desktop.reports.model import Cell, CellFormat, Column, Group, Report
from desktop.reports.ship_funds import (
    DETAIL_ORDER,
    amount_group,
    fund_table_report,
    identity_columns,
    particulars_group,
    power_phrase,
    record_source,
    record_where,
    ship_detail_columns,
    ship_measures,
)
from desktop.reports.sql import int_sum, read_int, read_text
from desktop.reports.tables import ReportTables

KEY = "building_funds"
PROJECTS = (Project.RENEW.value, Project.NEW.value, Project.REFIT.value)


def _header() -> list[Column | Group]:
    return [
        Column("seq", "序号", CellFormat.INTEGER),
        Column("region", "市(县)"),
        *identity_columns(),
        particulars_group(),
        Group(
            "改建/更新对应已拆船",
            [
                Column("from_name", "船名"),
                Column("from_gross", "总吨", CellFormat.INTEGER),
            ],
        ),
        amount_group(),
        Column("formula", "机算公式"),
    ]


def ship_type_note(row: Mapping[str, Any]) -> str:
    """普通客船（新建省内液气动力船，部政策）."""
    return (
        f"{read_text(row['ship_type'])}（{read_text(row['project'])}{read_text(row['area'])}"
        f"{power_phrase(read_text(row['power_form']))}，{read_text(row['policy'])}政策）"
    )


def building_funds(engine: Engine, tables: ReportTables, report_filter: ReportFilter) -> Report:
    """Page 6-3 for the filter's choices (its ``stage`` is not used: see the module docstring)."""
    record = tables.applications
    detail = DetailSpec(
        (
            *ship_detail_columns(record, tables.applicants),
            ("from_name", record.c.refit_from_name),
            ("from_gross", record.c.refit_from_tonnage),
        ),
        DETAIL_ORDER,
    )
    query = HierarchyQuery(
        record_source(tables, Stage.APPLICATION),
        record.c.region_code,
        record_where(record, report_filter, PROJECTS),
        ship_measures(
            record, (Measure("from_gross", int_sum(record.c.refit_from_tonnage), read_int),)
        ),
        Depth.COUNTY,
        detail,
    )

    def own_detail_values(line: DetailLine) -> dict[str, Cell]:
        row = line.values
        return {
            "ship_type": ship_type_note(row),
            "from_name": read_text(row["from_name"]),
            "from_gross": row["from_gross"],
        }

    return fund_table_report(
        engine,
        report_filter,
        query,
        key=KEY,
        projects_title="更新、新建、改建",
        by_stage=False,
        header=_header(),
        own_detail_values=own_detail_values,
        own_summary_totals=("from_gross",),
    )
