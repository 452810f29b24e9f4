"""资金测算与复核表（货主）(manual 6.2.3, page 6-4): cargo owners' container volumes and one kind
of their amounts, by city.

Page 6-4's choices: year, region, summary-row and zero-row rules, 资金类别 (测算/复核/机算: the
table is "the estimate table or the check table") and review level (市级 or 省级: a reward's
chain). Cargo owners are city records, so the hierarchy stops at the city. Volumes are TEU
(integers); the standards are yuan per TEU (the foreign one is the tiered average, page 4-8)
and are left empty on summary rows, where an average of averages would mislead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Engine, and_

from desktop.reports.filters import FundKind, ReportFilter, join_parts
from desktop.reports.hierarchy import (
    RECORDS,
    Depth,
    DetailLine,
    DetailSpec,
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
    in_region,
    int_sum,
    passed,
    read_cents,
    read_decimal,
    read_int,
    read_text,
    read_wan,
)
from desktop.reports.tables import ReportTables

KEY = "cargo_funds"
FUND_COLUMNS = {
    FundKind.ESTIMATE: ("estimate_foreign", "estimate_domestic"),
    FundKind.CHECK: ("check_foreign", "check_domestic"),
    FundKind.MACHINE: ("machine_foreign", "machine_domestic"),
}
TRADES = ("foreign", "domestic")


def _trio(prefix: str, label: str, fmt: CellFormat) -> Group:
    return Group(
        label,
        [
            Column(f"{prefix}_total", "合计", fmt),
            Column(f"{prefix}_foreign", "外贸", fmt),
            Column(f"{prefix}_domestic", "内贸", fmt),
        ],
    )


def _header(fund_kind: FundKind) -> list[Column | Group]:
    teu = CellFormat.INTEGER
    return [
        Column("seq", "序号", CellFormat.INTEGER),
        Column("region", "市州"),
        Column("owner", "货主"),
        Column("form_no", "申请表号"),
        _trio("last", "上年完成量（标箱）", teu),
        _trio("this", "本年完成量（标箱）", teu),
        _trio("increase", "本年增量（标箱）", teu),
        Group(
            "奖补标准（元/标箱）",
            [
                Column("standard_foreign", "外贸", CellFormat.DECIMAL_2),
                Column("standard_domestic", "内贸", CellFormat.DECIMAL_2),
            ],
        ),
        _trio("fund", f"{fund_kind}（万元）", CellFormat.MONEY),
    ]


def _volume_values(last: Mapping[str, int], this: Mapping[str, int]) -> dict[str, Cell]:
    """上年/本年/增量 per trade and their totals."""
    values: dict[str, Cell] = {}
    for trade in TRADES:
        values[f"last_{trade}"] = last[trade]
        values[f"this_{trade}"] = this[trade]
        values[f"increase_{trade}"] = this[trade] - last[trade]
    for prefix in ("last", "this", "increase"):
        values[f"{prefix}_total"] = sum(int(values[f"{prefix}_{t}"] or 0) for t in TRADES)
    return values


def _fund_values(foreign: Any, domestic: Any) -> dict[str, Cell]:
    total = (
        None
        if foreign is None and domestic is None
        else ((foreign or ZERO_WAN) + (domestic or ZERO_WAN))
    )
    return {"fund_foreign": foreign, "fund_domestic": domestic, "fund_total": total}


def cargo_funds(engine: Engine, tables: ReportTables, report_filter: ReportFilter) -> Report:
    """Page 6-4 for the filter's choices."""
    rewards, owners = tables.rewards, tables.cargo_owners
    c = rewards.c
    foreign_col, domestic_col = (c[name] for name in FUND_COLUMNS[report_filter.fund_kind])
    measures = (
        record_count(),
        *(Measure(f"last_{t}", int_sum(c[f"last_year_{t}_teu"]), read_int) for t in TRADES),
        *(Measure(f"this_{t}", int_sum(c[f"this_year_{t}_teu"]), read_int) for t in TRADES),
        Measure("fund_foreign", cents_sum(foreign_col), read_cents, ZERO_WAN),
        Measure("fund_domestic", cents_sum(domestic_col), read_cents, ZERO_WAN),
    )
    detail = DetailSpec(
        (
            ("owner", owners.c.name),
            ("form_no", c.form_no),
            *((f"last_{t}", c[f"last_year_{t}_teu"]) for t in TRADES),
            *((f"this_{t}", c[f"this_year_{t}_teu"]) for t in TRADES),
            ("standard_foreign", c.foreign_standard),
            ("standard_domestic", c.domestic_standard),
            ("fund_foreign", foreign_col),
            ("fund_domestic", domestic_col),
            ("record_id", c.id),
        ),
        ("form_no", "owner", "record_id"),
    )
    query = HierarchyQuery(
        rewards.join(owners, c.cargo_owner_id == owners.c.id),
        c.region_code,
        and_(
            c.year == report_filter.year,
            in_region(c.region_code, report_filter.scope),
            passed(rewards, report_filter.passed),
        ),
        measures,
        Depth.CITY,
        detail,
    )
    options = HierarchyOptions(
        report_filter.scope, report_filter.zero_rule, report_filter.summary_rule
    )
    columns, header = build_header(_header(report_filter.fund_kind))
    layout = Layout(columns)

    def summary_cells(line: SummaryLine) -> tuple[Cell, ...]:
        t = line.totals
        values = _volume_values(
            {trade: t[f"last_{trade}"] for trade in TRADES},
            {trade: t[f"this_{trade}"] for trade in TRADES},
        )
        values.update(region=line.label, owner=f"共{t[RECORDS]}件")
        values.update(_fund_values(t["fund_foreign"], t["fund_domestic"]))
        return layout.row(values)

    def detail_cells(line: DetailLine, number: int) -> tuple[Cell, ...]:
        row = line.values
        values = _volume_values(
            {trade: read_int(row[f"last_{trade}"]) for trade in TRADES},
            {trade: read_int(row[f"this_{trade}"]) for trade in TRADES},
        )
        values.update(
            seq=number,
            region=line.name,
            owner=read_text(row["owner"]),
            form_no=read_text(row["form_no"]),
            standard_foreign=read_decimal(row["standard_foreign"], 2),
            standard_domestic=read_decimal(row["standard_domestic"], 2),
        )
        values.update(_fund_values(read_wan(row["fund_foreign"]), read_wan(row["fund_domestic"])))
        return layout.row(values)

    subtitle = join_parts(
        report_filter.describe_region(),
        f"资金类别：{report_filter.fund_kind}",
        report_filter.describe_passed(),
    )
    kind = report_filter.fund_kind.removeprefix("资金")
    return Report(
        key=KEY,
        title=f"{report_filter.year}年资金{kind}表（货主）",
        subtitle=subtitle,
        unit_note="单位：万元",
        columns=columns,
        header=header,
        row_count=count_lines(engine, query, options),
        source=row_source(engine, query, options, summary_cells, detail_cells),
        frozen_columns=3,
    )
