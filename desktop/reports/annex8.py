"""附件8 集装箱运输发展奖补申报汇总表 (manual 6.3): the container rewards the province approved.

Only reward applications whose province review passed appear (the last review of their chain,
SPEC §5). The province's notice does not split the funds by trade (manual 4.4 提示3), so the
amounts are one estimate and one check per application, foreign and domestic added; the
volumes keep their trades because the foreign reward is paid on the increase and the
domestic one on the volume (SPEC §4.1.7). Cargo owners are city records: totals by city.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Engine, and_

from core.vocab import Decision
from desktop.reports.filters import ReportFilter, SummaryRule, ZeroRule, join_parts
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
    read_cents,
    read_int,
    read_text,
    read_wan,
)
from desktop.reports.tables import ReportTables

KEY = "annex8"
TRADES = ("foreign", "domestic")


def _pair(prefix: str, label: str) -> Group:
    return Group(
        label,
        [
            Column(f"{prefix}_foreign", "外贸", CellFormat.INTEGER),
            Column(f"{prefix}_domestic", "内贸", CellFormat.INTEGER),
        ],
    )


def _header() -> list[Column | Group]:
    return [
        Column("seq", "序号", CellFormat.INTEGER),
        Column("city", "市州"),
        Column("owner", "货主"),
        Column("form_no", "申请表号"),
        _pair("last", "上年完成量（标箱）"),
        _pair("this", "本年完成量（标箱）"),
        _pair("increase", "本年增量（标箱）"),
        Group(
            "奖补资金（万元）",
            [
                Column("estimate", "资金测算", CellFormat.MONEY),
                Column("check", "资金复核", CellFormat.MONEY),
            ],
        ),
    ]


def _add(*amounts: Decimal | None) -> Decimal | None:
    """Sum of the amounts entered; None when none was."""
    present = [amount for amount in amounts if amount is not None]
    return sum(present, ZERO_WAN) if present else None


def annex8(engine: Engine, tables: ReportTables, report_filter: ReportFilter) -> Report:
    """附件8 for the filter's year and region (its other choices do not apply)."""
    rewards, owners = tables.rewards, tables.cargo_owners
    c = rewards.c
    measures = (
        record_count(),
        *(Measure(f"last_{t}", int_sum(c[f"last_year_{t}_teu"]), read_int) for t in TRADES),
        *(Measure(f"this_{t}", int_sum(c[f"this_year_{t}_teu"]), read_int) for t in TRADES),
        Measure(
            "estimate",
            cents_sum(c.estimate_foreign) + cents_sum(c.estimate_domestic),
            read_cents,
            ZERO_WAN,
        ),
        Measure(
            "check", cents_sum(c.check_foreign) + cents_sum(c.check_domestic), read_cents, ZERO_WAN
        ),
    )
    detail = DetailSpec(
        (
            ("owner", owners.c.name),
            ("form_no", c.form_no),
            *((f"last_{t}", c[f"last_year_{t}_teu"]) for t in TRADES),
            *((f"this_{t}", c[f"this_year_{t}_teu"]) for t in TRADES),
            *((f"estimate_{t}", c[f"estimate_{t}"]) for t in TRADES),
            *((f"check_{t}", c[f"check_{t}"]) for t in TRADES),
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
            c.province_result == Decision.PASS.value,
        ),
        measures,
        Depth.CITY,
        detail,
    )
    options = HierarchyOptions(report_filter.scope, ZeroRule.HIDE, SummaryRule.ALL)
    columns, header = build_header(_header())
    layout = Layout(columns)

    def volumes(last: dict[str, int], this: dict[str, int]) -> dict[str, Cell]:
        values: dict[str, Cell] = {}
        for trade in TRADES:
            values[f"last_{trade}"] = last[trade]
            values[f"this_{trade}"] = this[trade]
            values[f"increase_{trade}"] = this[trade] - last[trade]
        return values

    def summary_cells(line: SummaryLine) -> tuple[Cell, ...]:
        t = line.totals
        values = volumes({x: t[f"last_{x}"] for x in TRADES}, {x: t[f"this_{x}"] for x in TRADES})
        values.update(
            city=line.label, owner=f"共{t[RECORDS]}件", estimate=t["estimate"], check=t["check"]
        )
        return layout.row(values)

    def detail_cells(line: DetailLine, number: int) -> tuple[Cell, ...]:
        row = line.values
        values = volumes(
            {x: read_int(row[f"last_{x}"]) for x in TRADES},
            {x: read_int(row[f"this_{x}"]) for x in TRADES},
        )
        values.update(
            seq=number,
            city=line.name,
            owner=read_text(row["owner"]),
            form_no=read_text(row["form_no"]),
            estimate=_add(*(read_wan(row[f"estimate_{x}"]) for x in TRADES)),
            check=_add(*(read_wan(row[f"check_{x}"]) for x in TRADES)),
        )
        return layout.row(values)

    return Report(
        key=KEY,
        title=f"{report_filter.year}年集装箱运输发展奖补申报汇总表",
        subtitle=join_parts(
            f"填报单位：{report_filter.describe_region().removeprefix('所在区划：')}",
            "统计范围：通过省级审核的集装箱运输发展奖励申请",
        ),
        unit_note="单位：万元",
        columns=columns,
        header=header,
        row_count=count_lines(engine, query, options),
        source=row_source(engine, query, options, summary_cells, detail_cells),
        caption="附件8",
        frozen_columns=3,
    )
