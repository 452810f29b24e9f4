"""汇总申请人的拆建船舶及资金 (manual 3.1.3, page 3-4): applicants by 企业/个体 and 省内/省外, with
their ship records and funds by project.

The rows are those of page 3-4: 记录合计; 有船舶记录 split into 企业申请 and 个体申请, each split
into 省内 and 省外 by the applicant's address (``core.regions.locate_address``: a Hunan address
is 省内); 无船舶记录. The counts of page 3-4 fix the meaning: 记录合计 counts every applicant
(10 = 9 with ships + 1 without), the type and address rows count applicants with ships, and
the records and funds of an applicant without ships are zero. Zero cells are left blank as on
the page.

The SQL groups by (type, address), so each distinct address is located once; records and
funds are summed there, never per record in Python.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Engine, and_, func, select

from core.regions import locate_address
from core.vocab import ApplicantType, ControlStatus, Project
from desktop.reports.filters import ReportFilter, join_parts
from desktop.reports.model import (
    Cell,
    CellFormat,
    Column,
    Group,
    Layout,
    Report,
    ReportRow,
    RowKind,
    build_header,
)
from desktop.reports.sql import (
    cents_sum,
    count_if,
    in_region,
    is_ministry_scrapping,
    read_cents,
    read_int,
)
from desktop.reports.tables import ReportTables

KEY = "applicant_summary"
PROJECTS = tuple(Project)
_COUNTS = ("records", "owned", *(f"n_{p.name}" for p in PROJECTS), "ministry_scrap", "completions")
_AMOUNTS = tuple(
    f"{kind}_{part}"
    for kind in ("estimate", "check")
    for part in ("total", "owned", *(p.name for p in PROJECTS))
)
INSIDE, OUTSIDE = "省内", "省外"


def _counts_group(label: str, prefix: str, fmt: CellFormat) -> Group:
    return Group(
        label,
        [
            Column(f"{prefix}total" if prefix else "records", "合计", fmt, True),
            Column(f"{prefix}owned" if prefix else "owned", "自有", fmt, True),
            *(
                Column(f"{prefix}{p.name}" if prefix else f"n_{p.name}", p.value, fmt, True)
                for p in PROJECTS
            ),
        ],
    )


def _header() -> list[Column | Group]:
    count = CellFormat.INTEGER
    return [
        Column("category", "类别"),
        Column("applicants", "申请人", count, True),
        _counts_group("拆建申请记录", "", count),
        Group(
            "部政策拆解记录",
            [
                Column("ministry_scrap", "申请", count, True),
                Column("completions", "完结", count, True),
            ],
        ),
        _counts_group("资金测算（万元）", "estimate_", CellFormat.MONEY),
        _counts_group("资金复核（万元）", "check_", CellFormat.MONEY),
    ]


@dataclass(slots=True)
class Tally:
    """Applicants, record counts and funds of one row of the table."""

    applicants: int = 0
    with_ships: int = 0
    figures: dict[str, Any] = field(default_factory=dict)

    def add(self, other: Tally) -> None:
        self.applicants += other.applicants
        self.with_ships += other.with_ships
        for name, value in other.figures.items():
            self.figures[name] = self.figures.get(name, 0) + value


def _per_applicant(tables: ReportTables, year: int) -> Any:
    """One row per applicant with ships in ``year``: its record counts and funds.

    Aggregated first, on its own: joining applicants to applications row by row lets SQLite
    look applications up by year for every applicant (quadratic at 100,000 records); this
    subquery reads the year's applications once.
    """
    applications, completions = tables.applications, tables.completions
    p = applications.c
    owned = p.control_status == ControlStatus.OWNED.value
    columns: list[ColumnElement[Any]] = [
        p.applicant_id.label("applicant_id"),
        func.count(p.id).label("records"),
        count_if(owned).label("owned"),
        *(count_if(p.project == project.value).label(f"n_{project.name}") for project in PROJECTS),
        count_if(is_ministry_scrapping(p.policy, p.project)).label("ministry_scrap"),
        func.count(completions.c.id).label("completions"),
    ]
    for kind, column in (("estimate", p.estimate_amount), ("check", p.check_amount)):
        columns += [
            cents_sum(column).label(f"{kind}_total"),
            cents_sum(column, owned).label(f"{kind}_owned"),
            *(
                cents_sum(column, p.project == project.value).label(f"{kind}_{project.name}")
                for project in PROJECTS
            ),
        ]
    source = applications.outerjoin(completions, completions.c.application_id == p.id)
    return (
        select(*columns)
        .select_from(source)
        .where(p.year == year)
        .group_by(p.applicant_id)
        .subquery("per_applicant")
    )


def _grouped_rows(
    engine: Engine, tables: ReportTables, report_filter: ReportFilter
) -> list[Mapping[str, Any]]:
    """Applicants and their figures by (type, address), in one statement."""
    applicants = tables.applicants
    per = _per_applicant(tables, report_filter.year)
    figures = [
        func.coalesce(func.sum(per.c[name]), 0).label(name) for name in (*_COUNTS, *_AMOUNTS)
    ]
    statement = (
        select(
            applicants.c.applicant_type,
            applicants.c.address,
            func.count().label("applicants"),
            func.count(per.c.applicant_id).label("with_ships"),
            *figures,
        )
        .select_from(applicants.outerjoin(per, per.c.applicant_id == applicants.c.id))
        .where(
            and_(
                applicants.c.year == report_filter.year,
                in_region(applicants.c.region_code, report_filter.scope),
            )
        )
        .group_by(applicants.c.applicant_type, applicants.c.address)
    )
    with engine.connect() as conn:
        return list(conn.execute(statement).mappings())


def _tally(row: Mapping[str, Any]) -> Tally:
    figures: dict[str, Any] = {name: read_int(row[name]) for name in _COUNTS}
    figures.update({name: read_cents(row[name]) for name in _AMOUNTS})
    return Tally(read_int(row["applicants"]), read_int(row["with_ships"]), figures)


def tallies(
    engine: Engine, tables: ReportTables, report_filter: ReportFilter
) -> dict[tuple[str, str], Tally]:
    """Tallies by (applicant type, 省内/省外), every address located once."""
    located: dict[str, str] = {}
    result: dict[tuple[str, str], Tally] = {}
    for row in _grouped_rows(engine, tables, report_filter):
        address = row["address"] or ""
        if address not in located:
            located[address] = OUTSIDE if locate_address(address) is None else INSIDE
        key = (str(row["applicant_type"]), located[address])
        result.setdefault(key, Tally()).add(_tally(row))
    return result


def _types(found: Mapping[tuple[str, str], Tally]) -> list[str]:
    """企业 and 个体 always, in that order; any other stored type after them."""
    known = [kind.value for kind in ApplicantType]
    return known + sorted({kind for kind, _ in found} - set(known))


def _cells(layout: Layout, label: str, applicants: int, tally: Tally | None) -> tuple[Cell, ...]:
    values: dict[str, Cell] = {"category": label, "applicants": applicants}
    if tally is not None:
        figures = tally.figures
        values.update({name: figures.get(name, 0) for name in _COUNTS})
        values.update({name: figures.get(name, Decimal("0.00")) for name in _AMOUNTS})
    return layout.row(values)


def _rows(layout: Layout, found: Mapping[tuple[str, str], Tally]) -> Iterator[ReportRow]:
    everyone = Tally()
    by_type: dict[str, Tally] = {}
    for kind in _types(found):
        by_type[kind] = Tally()
        for place in (INSIDE, OUTSIDE):
            by_type[kind].add(found.get((kind, place), Tally()))
        everyone.add(by_type[kind])
    yield ReportRow(
        RowKind.PROVINCE_TOTAL, _cells(layout, "记录合计", everyone.applicants, everyone)
    )
    yield ReportRow(
        RowKind.CATEGORY_TOTAL, _cells(layout, "有船舶记录", everyone.with_ships, everyone), 1
    )
    for kind, tally in by_type.items():
        yield ReportRow(
            RowKind.CATEGORY_TOTAL, _cells(layout, f"{kind}申请", tally.with_ships, tally), 2
        )
        for place in (INSIDE, OUTSIDE):
            part = found.get((kind, place), Tally())
            yield ReportRow(RowKind.DETAIL, _cells(layout, place, part.with_ships, part), 3)
    yield ReportRow(
        RowKind.CATEGORY_TOTAL,
        _cells(layout, "无船舶记录", everyone.applicants - everyone.with_ships, None),
        1,
    )


def applicant_summary(engine: Engine, tables: ReportTables, report_filter: ReportFilter) -> Report:
    """Page 3-4 for the filter's year and region."""
    columns, header = build_header(_header())
    layout = Layout(columns)
    types = _types(tallies(engine, tables, report_filter))

    def rows() -> Iterator[ReportRow]:
        yield from _rows(layout, tallies(engine, tables, report_filter))

    return Report(
        key=KEY,
        title=f"{report_filter.year}年申请人拆建船舶及资金汇总表",
        subtitle=join_parts(f"奖补年份：{report_filter.year}", report_filter.describe_region()),
        unit_note="单位：申请人为户，记录为条，资金为万元",
        columns=columns,
        header=header,
        row_count=3 + 3 * len(types),
        source=rows,
        frozen_columns=1,
    )
