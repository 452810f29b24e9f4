"""What the ship-project fund tables (6-2 拆解, 6-3 更新/新建/改建) and 附件7 share: the record
source, the filters, the summed measures, the amount columns and the cell values.

Summary rows carry the ship count in the 船名 column ("共3艘"), as printed tables write it,
instead of a column of ones beside every detail row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Engine, FromClause, Table, and_

from core.vocab import PowerForm, Stage
from desktop.reports.filters import ReportFilter, join_parts
from desktop.reports.hierarchy import (
    RECORDS,
    DetailLine,
    HierarchyOptions,
    HierarchyQuery,
    Measure,
    SummaryLine,
    count_lines,
    record_count,
    row_source,
)
from desktop.reports.model import Cell, CellFormat, Column, Group, Layout, Report, build_header
from desktop.reports.sql import (
    ZERO_WAN,
    cents_sum,
    equal_if,
    in_region,
    int_sum,
    passed,
    read_cents,
    read_date,
    read_decimal,
    read_int,
    read_text,
    read_wan,
)
from desktop.reports.tables import ReportTables

AMOUNTS = ("estimate", "check", "machine")
_AMOUNT_COLUMNS = {
    "estimate": "estimate_amount",
    "check": "check_amount",
    "machine": "machine_amount",
}


def amount_group(kinds: Sequence[str] = AMOUNTS) -> Group:
    """奖补资金（万元）over 资金测算 / 资金复核 / 资金机算 (SPEC §4.1.8: all three are shown)."""
    labels = {"estimate": "资金测算", "check": "资金复核", "machine": "资金机算"}
    return Group(
        "奖补资金（万元）", [Column(kind, labels[kind], CellFormat.MONEY) for kind in kinds]
    )


def particulars_group() -> Group:
    """船舶基本信息 as on page 3-5: 总吨, 载量, 功率, 建成日期."""
    return Group(
        "船舶基本信息",
        [
            Column("gross", "总吨", CellFormat.INTEGER),
            Column("capacity", "载客位/载货吨", CellFormat.INTEGER),
            Column("power", "主机功率（千瓦）", CellFormat.DECIMAL_2),
            Column("built", "建成日期", CellFormat.DATE),
        ],
    )


def identity_columns() -> list[Column]:
    """The columns that say which ship of whom, as on pages 6-2 and 6-3."""
    return [
        Column("applicant", "申请人"),
        Column("ship_name", "船名"),
        Column("ship_id", "船舶识别号"),
        Column("owners", "船舶所有人"),
        Column("operator", "船舶经营人"),
        Column("ship_type", "船舶类型"),
    ]


def record_table(tables: ReportTables, stage: Stage) -> Table:
    """申请 reads applications, 完结 completions (部政策拆解 only have the second stage)."""
    return tables.applications if stage is Stage.APPLICATION else tables.completions


def record_source(tables: ReportTables, stage: Stage) -> FromClause:
    """The record table joined to its applicant (a completion through its application)."""
    applications, applicants = tables.applications, tables.applicants
    if stage is Stage.APPLICATION:
        return applications.join(applicants, applications.c.applicant_id == applicants.c.id)
    completions = tables.completions
    return completions.join(applications, completions.c.application_id == applications.c.id).join(
        applicants, applications.c.applicant_id == applicants.c.id
    )


def record_where(
    record: Table, report_filter: ReportFilter, projects: Sequence[str]
) -> ColumnElement[bool]:
    """Year, region, projects, policy, ship scope and review level of the filter."""
    c = record.c
    status = report_filter.ship_scope.control_status
    return and_(
        c.year == report_filter.year,
        in_region(c.region_code, report_filter.scope),
        c.project.in_(list(projects)),
        equal_if(c.policy, report_filter.policy.value if report_filter.policy else None),
        equal_if(c.control_status, status.value if status else None),
        passed(record, report_filter.passed),
    )


def ship_measures(record: FromClause, extra: Sequence[Measure] = ()) -> tuple[Measure, ...]:
    """Ship count, summed tonnage, capacity, power and the three amounts."""
    c = record.c
    return (
        record_count(),
        Measure("gross", int_sum(c.gross_tonnage), read_int),
        Measure("capacity", int_sum(c.capacity), read_int),
        Measure("power", cents_sum(c.power_kw), read_cents, ZERO_WAN),
        *(
            Measure(kind, cents_sum(c[_AMOUNT_COLUMNS[kind]]), read_cents, ZERO_WAN)
            for kind in AMOUNTS
        ),
        *extra,
    )


def ship_detail_columns(
    record: FromClause, applicants: Table
) -> list[tuple[str, ColumnElement[Any]]]:
    """The detail columns every ship table reads, labelled for the report's cell builder."""
    c = record.c
    return [
        ("applicant", applicants.c.name),
        ("ship_name", c.ship_name),
        ("ship_id", c.ship_id_no),
        ("owners", c.owners),
        ("operator", c.operator),
        ("ship_type", c.ship_type),
        ("policy", c.policy),
        ("project", c.project),
        ("area", c.area),
        ("power_form", c.power_form),
        ("gross", c.gross_tonnage),
        ("capacity", c.capacity),
        ("power", c.power_kw),
        ("built", c.built_date),
        ("age", c.ship_age),
        ("estimate", c.estimate_amount),
        ("check", c.check_amount),
        ("machine", c.machine_amount),
        ("formula", c.machine_formula),
        ("applied", c.application_date),
        ("record_id", c.id),
    ]


DETAIL_ORDER = ("applied", "ship_name", "record_id")
"""Within a county, ships in application order; the id makes the order total."""


def ship_summary_values(line: SummaryLine, label_key: str) -> dict[str, Cell]:
    """A summary row's values: label, ship count in the 船名 column, sums."""
    t = line.totals
    values: dict[str, Cell] = {
        label_key: line.label,
        "ship_name": f"共{t[RECORDS]}艘",
        "gross": t["gross"],
        "capacity": t["capacity"],
        "power": t["power"],
    }
    values.update({kind: t[kind] for kind in AMOUNTS})
    return values


def ship_detail_values(row: Any) -> dict[str, Cell]:
    """A detail row's common values from the streamed record."""
    return {
        "applicant": read_text(row["applicant"]),
        "ship_name": read_text(row["ship_name"]),
        "ship_id": read_text(row["ship_id"]),
        "owners": read_text(row["owners"]),
        "operator": read_text(row["operator"]),
        "gross": row["gross"],
        "capacity": row["capacity"],
        "power": read_decimal(row["power"], 2),
        "built": read_date(row["built"]),
        "estimate": read_wan(row["estimate"]),
        "check": read_wan(row["check"]),
        "machine": read_wan(row["machine"]),
    }


def power_phrase(power_form: str) -> str:
    """液气 -> 液气动力船, 无 -> 非机动船: the ship-type note of page 6-3."""
    return "非机动船" if power_form == PowerForm.NONE.value else f"{power_form}动力船"


def fund_table_report(
    engine: Engine,
    report_filter: ReportFilter,
    query: HierarchyQuery,
    *,
    key: str,
    projects_title: str,
    by_stage: bool,
    header: list[Column | Group],
    own_detail_values: Callable[[DetailLine], dict[str, Cell]],
    own_summary_totals: Sequence[str] = (),
) -> Report:
    """A 资金测算与复核表 (pages 6-2, 6-3): the two tables differ only in their projects' columns.

    Both list ships by region in 万元 with 序号 and 市(县) frozen, and fill a row the same way:
    ``ship_summary_values`` plus the table's own summed measures (``own_summary_totals``) on
    summary rows; ``ship_detail_values``, 序号, 市(县), 机算公式 and the table's own values
    (``own_detail_values``) on detail rows. The subtitle names the filter's choices; only
    page 6-2 offers a stage (``by_stage``). Kept in one place so the two tables stay alike.
    """
    subtitle = join_parts(
        report_filter.describe_region(),
        report_filter.describe_policy(),
        report_filter.describe_ship_scope(),
        report_filter.describe_stage() if by_stage else "",
        report_filter.describe_passed(),
    )
    options = HierarchyOptions(
        report_filter.scope, report_filter.zero_rule, report_filter.summary_rule
    )
    columns, header_rows = build_header(header)
    layout = Layout(columns)

    def summary_cells(line: SummaryLine) -> tuple[Cell, ...]:
        values = ship_summary_values(line, "region")
        values.update({name: line.totals[name] for name in own_summary_totals})
        return layout.row(values)

    def detail_cells(line: DetailLine, number: int) -> tuple[Cell, ...]:
        row = line.values
        values = ship_detail_values(row)
        values.update(seq=number, region=line.name, formula=read_text(row["formula"]))
        values.update(own_detail_values(line))
        return layout.row(values)

    return Report(
        key=key,
        title=f"{report_filter.year}年资金测算与复核表（{projects_title}）",
        subtitle=subtitle,
        unit_note="单位：万元",
        columns=columns,
        header=header_rows,
        row_count=count_lines(engine, query, options),
        source=row_source(engine, query, options, summary_cells, detail_cells),
        frozen_columns=2,
    )
