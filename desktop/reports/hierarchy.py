"""The region hierarchy every regional report shares: province total, city totals, county
subtotals and the detail rows under them (manual pages 6-1 to 6-3), with the zero-row and
summary-row rules.

How it stays fast and right at 100,000 records:

* The totals are SQL aggregates, one ``GROUP BY`` row per county (or city), never a Python
  loop over records; cities and the province are added up from those few rows here.
* Totals and details come from ONE statement (``UNION ALL`` of the grouped rows and the detail
  rows, grouped rows first). A single statement reads one snapshot on SQLite and PostgreSQL,
  so the totals printed above the details always add up to them, even while a sync commits.
* Details stream in region order (``yield_per``) and are slotted under their county as they
  arrive; nothing holds all rows in memory.

The top row is the total of the region the report covers: 湖南省总计 for the province, the
city's 合计 for a city account, the county's 小计 for a county account — a county reviewer's
table does not pretend to be the province's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import chain
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Engine,
    FromClause,
    Select,
    func,
    literal,
    null,
    select,
    type_coerce,
    union_all,
)

from core import regions
from core.regions import Region
from core.vocab import RegionLevel
from desktop.reports.filters import SummaryRule, ZeroRule
from desktop.reports.model import Cell, ReportRow, RowKind, RowSource
from desktop.reports.sql import read_int

RECORDS = "records"
"""The name of the record-count measure every hierarchy query has."""

_PART = "_part"
_KEY = "_key"
_MEASURE = "_m_"
"""Prefix of measure columns in SQL, so a measure and a detail column may share a name."""
_SUMMARY_PART = 0
_DETAIL_PART = 1


class Depth(StrEnum):
    """The finest summary level: ship records by county, cargo owners (city records) by city."""

    CITY = "市州"
    COUNTY = "县市区"


Combine = Literal["sum", "max"]


@dataclass(frozen=True, slots=True)
class Measure:
    """One aggregate of the summary rows: its SQL per group, how groups combine upwards.

    ``read`` turns the driver's value into the report's (cents into 万元, text into dates),
    ``empty`` is the value of a region without records (0, 0.00 or None for a date).
    """

    name: str
    expr: ColumnElement[Any]
    read: Callable[[Any], Any]
    empty: Any = 0
    combine: Combine = "sum"


def record_count() -> Measure:
    """The measure counting records; the row count of the details is read from it."""
    return Measure(RECORDS, func.count(), read_int, 0)


@dataclass(frozen=True, slots=True)
class DetailSpec:
    """The detail rows: labelled columns and, within a region, their sort order."""

    columns: tuple[tuple[str, ColumnElement[Any]], ...]
    order_by: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HierarchyQuery:
    """What to summarise: the rows of ``source`` satisfying ``where``, by ``region_code``."""

    source: FromClause
    region_code: ColumnElement[str]
    where: ColumnElement[bool]
    measures: tuple[Measure, ...]
    depth: Depth
    detail: DetailSpec | None = None

    def __post_init__(self) -> None:
        if RECORDS not in {measure.name for measure in self.measures}:
            raise ValueError("汇总查询必须包含记录数（records）指标")

    def key(self) -> ColumnElement[str]:
        """The group key: the county code, or the city's 4-digit prefix."""
        if self.depth is Depth.COUNTY:
            return self.region_code
        return func.substr(self.region_code, 1, 4)


@dataclass(frozen=True, slots=True)
class HierarchyOptions:
    """The region covered and the page's zero-row and summary-row rules."""

    scope: Region
    zero_rule: ZeroRule = ZeroRule.HIDE
    summary_rule: SummaryRule = SummaryRule.ALL


@dataclass(frozen=True, slots=True)
class SummaryLine:
    """A total or subtotal row: its kind, region, label and combined measures."""

    kind: RowKind
    code: str
    label: str
    totals: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class DetailLine:
    """A detail row: the county (or city) it sits under and the detail columns' values."""

    code: str
    name: str
    city_name: str
    values: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class _Slot:
    """Where the details of one group go in the plan."""

    key: str
    code: str
    name: str
    city_name: str


Line = SummaryLine | DetailLine
_PlanItem = SummaryLine | _Slot
Totals = Mapping[str, Any]


def _city_code(key: str) -> str:
    return f"{key[:4]}00"


def _city_name(city_code: str) -> str:
    """长沙市, 湘西州 (the manual's short form); 湖南省本级 for province-level records."""
    region = regions.find(regions.canonical_code(city_code))
    if region is None:
        return f"区划{city_code}"
    if region.level is RegionLevel.PROVINCE:
        return f"{region.name}本级"
    return region.short_name


def _group_name(key: str, depth: Depth) -> str:
    """The name a group's rows carry: the county, or the city for city-level groups."""
    if depth is Depth.CITY:
        return _city_name(_city_code(key))
    region = regions.find(regions.canonical_code(key))
    if region is None:
        return f"区划{key}"
    if region.level is RegionLevel.COUNTY:
        return region.name
    return _city_name(region.code)


def _all_keys(scope: Region, depth: Depth) -> set[str]:
    """Every group key of the scope, for the zero-row rule "show regions without records"."""
    if depth is Depth.CITY:
        if scope.level is RegionLevel.PROVINCE:
            return {city.code[:4] for city in regions.cities()}
        return {scope.code[:4]}
    if scope.level is RegionLevel.COUNTY:
        return {scope.code}
    cities = regions.cities() if scope.level is RegionLevel.PROVINCE else (scope,)
    return {county.code for city in cities for county in regions.counties(city.code)}


def combine(measures: Sequence[Measure], parts: Iterable[Totals]) -> dict[str, Any]:
    """Totals of a larger region from those of its parts (sums add, maxima take the max)."""
    result = {measure.name: measure.empty for measure in measures}
    for part in parts:
        for measure in measures:
            value = part[measure.name]
            current = result[measure.name]
            if measure.combine == "max":
                if value is not None and (current is None or value > current):
                    result[measure.name] = value
            else:
                result[measure.name] = current + value
    return result


def _top_line(scope: Region, totals: Totals) -> SummaryLine:
    if scope.level is RegionLevel.PROVINCE:
        return SummaryLine(RowKind.PROVINCE_TOTAL, scope.code, f"{scope.name}总计", totals)
    if scope.level is RegionLevel.CITY:
        return SummaryLine(RowKind.CITY_TOTAL, scope.code, f"{scope.short_name}合计", totals)
    return SummaryLine(RowKind.COUNTY_SUBTOTAL, scope.code, f"{scope.name}小计", totals)


def plan(
    options: HierarchyOptions,
    depth: Depth,
    measures: Sequence[Measure],
    totals: Mapping[str, Totals],
    with_details: bool,
) -> list[_PlanItem]:
    """The rows in order, with slots for the details: pure, so the rules are tested alone."""
    keys = set(totals)
    if options.zero_rule is ZeroRule.SHOW:
        keys |= _all_keys(options.scope, depth)
    empty = combine(measures, ())
    by_city: dict[str, list[str]] = {}
    for key in sorted(keys):
        by_city.setdefault(_city_code(key), []).append(key)
    items: list[_PlanItem] = [_top_line(options.scope, combine(measures, totals.values()))]
    for city_code, city_keys in by_city.items():
        city_name = _city_name(city_code)
        if options.scope.level is RegionLevel.PROVINCE:
            city_totals = combine(measures, (totals.get(key, empty) for key in city_keys))
            items.append(
                SummaryLine(RowKind.CITY_TOTAL, city_code, f"{city_name}合计", city_totals)
            )
        for key in city_keys:
            name = _group_name(key, depth)
            county_line = depth is Depth.COUNTY and options.scope.level is not RegionLevel.COUNTY
            if county_line:
                items.append(
                    SummaryLine(RowKind.COUNTY_SUBTOTAL, key, f"{name}小计", totals.get(key, empty))
                )
            items.append(_Slot(key, key if depth is Depth.COUNTY else city_code, name, city_name))
    return _apply_rule(items, options.summary_rule, with_details)


def _apply_rule(items: list[_PlanItem], rule: SummaryRule, with_details: bool) -> list[_PlanItem]:
    """Drop the rows the summary-row rule hides, and the detail slots when there are none."""
    kept: list[_PlanItem] = []
    for item in items:
        if isinstance(item, _Slot):
            if with_details and rule.details:
                kept.append(item)
        elif rule.summaries and not (
            rule is SummaryRule.WITHOUT_COUNTY and item.kind is RowKind.COUNTY_SUBTOTAL
        ):
            kept.append(item)
    return kept


def _aggregate_select(query: HierarchyQuery, detail: DetailSpec | None = None) -> Select[Any]:
    """One row per group key; with ``detail``, typed NULLs stand in for the detail columns."""
    key = query.key()
    columns: list[ColumnElement[Any]] = [
        literal(_SUMMARY_PART).label(_PART),
        key.label(_KEY),
        *(measure.expr.label(_MEASURE + measure.name) for measure in query.measures),
    ]
    if detail is not None:
        columns += [type_coerce(null(), expr.type).label(name) for name, expr in detail.columns]
    return select(*columns).select_from(query.source).where(query.where).group_by(key)


def _statement(query: HierarchyQuery, with_details: bool) -> Select[Any]:
    """Grouped rows first, then the details in region and detail order: one statement."""
    if query.detail is None or not with_details:
        return _aggregate_select(query)
    grouped = _aggregate_select(query, query.detail)
    details = (
        select(
            literal(_DETAIL_PART).label(_PART),
            query.key().label(_KEY),
            *(
                type_coerce(null(), measure.expr.type).label(_MEASURE + measure.name)
                for measure in query.measures
            ),
            *(expr.label(name) for name, expr in query.detail.columns),
        )
        .select_from(query.source)
        .where(query.where)
    )
    both = union_all(grouped, details).subquery("report_rows")
    order = [both.c[_PART], both.c[_KEY], *(both.c[name] for name in query.detail.order_by)]
    return select(both).order_by(*order)


def _read_totals(query: HierarchyQuery, row: Mapping[str, Any]) -> dict[str, Any]:
    return {measure.name: measure.read(row[_MEASURE + measure.name]) for measure in query.measures}


def _merge(items: Sequence[_PlanItem], details: Iterator[Mapping[str, Any]]) -> Iterator[Line]:
    """Slot each streamed detail under its group; details arrive in the plan's key order."""
    pending = next(details, None)
    for item in items:
        if isinstance(item, SummaryLine):
            yield item
            continue
        while pending is not None and pending[_KEY] == item.key:
            yield DetailLine(item.code, item.name, item.city_name, pending)
            pending = next(details, None)
    if pending is not None:
        raise RuntimeError(f"明细行的区划“{pending[_KEY]}”不在汇总计划中，报表数据不一致")


def iter_lines(engine: Engine, query: HierarchyQuery, options: HierarchyOptions) -> Iterator[Line]:
    """Run the query once and yield the summary and detail lines in printing order."""
    with_details = query.detail is not None and options.summary_rule.details
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=2000).execute(_statement(query, with_details))
        rows = (row._mapping for row in result)
        totals: dict[str, Totals] = {}
        first_detail: Mapping[str, Any] | None = None
        for row in rows:
            if row[_PART] != _SUMMARY_PART:
                first_detail = row
                break
            totals[row[_KEY]] = _read_totals(query, row)
        items = plan(options, query.depth, query.measures, totals, with_details)
        details = chain([first_detail], rows) if first_detail is not None else iter(())
        yield from _merge(items, details)


def count_lines(engine: Engine, query: HierarchyQuery, options: HierarchyOptions) -> int:
    """How many rows the report will have (for progress bars), from the grouped rows only."""
    with_details = query.detail is not None and options.summary_rule.details
    with engine.connect() as conn:
        grouped = conn.execute(_aggregate_select(query)).mappings().all()
    totals = {row[_KEY]: _read_totals(query, row) for row in grouped}
    items = plan(options, query.depth, query.measures, totals, with_details)
    return sum(
        totals.get(item.key, {RECORDS: 0})[RECORDS] if isinstance(item, _Slot) else 1
        for item in items
    )


SummaryCells = Callable[[SummaryLine], tuple[Cell, ...]]
DetailCells = Callable[[DetailLine, int], tuple[Cell, ...]]


def row_source(
    engine: Engine,
    query: HierarchyQuery,
    options: HierarchyOptions,
    summary_cells: SummaryCells,
    detail_cells: DetailCells | None = None,
) -> RowSource:
    """The report's rows: summary lines and numbered details turned into cells.

    A report of summary rows only (page 6-1) has no detail columns and no ``detail_cells``.
    """
    if (query.detail is None) != (detail_cells is None):
        raise ValueError("明细列与明细行的生成函数必须同时提供")

    def rows() -> Iterator[ReportRow]:
        number = 0
        for line in iter_lines(engine, query, options):
            if isinstance(line, SummaryLine):
                yield ReportRow(line.kind, summary_cells(line))
            elif detail_cells is not None:
                number += 1
                yield ReportRow(RowKind.DETAIL, detail_cells(line, number))

    return rows
