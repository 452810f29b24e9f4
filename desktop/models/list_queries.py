"""The SQL behind the record lists: one selectable per kind, result ids and row blocks.

A list over 100,000 cached records must open in ≤ 300 ms and answer any §5.2 query in ≤ 100 ms
(SPEC §10), so nothing here builds ORM objects: the list asks SQLite for the ids of its result
in order (``result_ids``) and later for the few rows it paints (``fetch_rows``), the way Anki's
browser table does.

Each kind's ``ListSource`` is a subquery of the record table joined with the names the manual's
list pages show beside the record (申请人 on page 3-6, 货主 on page 4-7). Conditions and sort
rules of ``core.query`` compile against it like against any table, so the person can filter
and sort by the applicant's name as by the ship's. SQLite flattens such a subquery into the
outer SELECT, so the record table's indexes still serve sorting and filtering.

``ListScope`` narrows a list to one review level's view before the person's own conditions: the
records that reached that level (manual page 3-15 "已审/待审"), those still waiting first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Select,
    Subquery,
    Table,
    and_,
    case,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.util import ClauseAdapter

from core import workflow
from core.query import Query
from core.vocab import Decision, Level
from desktop.models.kinds import RECORD_KINDS
from desktop.models.list_indexes import LIST_INDEXES, IndexedTable
from desktop.models.mirror import MIRRORS
from desktop.models.queries import LEVEL_COLUMNS, MATERIALS_COLUMN, waiting_condition

FETCH_CHUNK = 500
"""Ids per ``IN (…)`` when fetching rows: well under SQLite's bound-parameter limit."""

_HIDDEN = frozenset({"data"})


def _table(kind: str) -> Table:
    return MIRRORS[kind].__table__  # type: ignore[attr-defined,no-any-return]


def _record_columns(record: FromClause) -> list[ColumnElement[Any]]:
    return [column for column in record.c if column.name not in _HIDDEN]


def _applications_rows(record: FromClause) -> Select[Any]:
    applicant = _table("applicants")
    joined = record.outerjoin(applicant, applicant.c.id == record.c.applicant_id)
    return select(
        *_record_columns(record),
        applicant.c.name.label("applicant_name"),
        applicant.c.applicant_type.label("applicant_type"),
    ).select_from(joined)


def _completions_rows(record: FromClause) -> Select[Any]:
    application, applicant = _table("applications"), _table("applicants")
    joined = record.outerjoin(application, application.c.id == record.c.application_id).outerjoin(
        applicant, applicant.c.id == application.c.applicant_id
    )
    return select(
        *_record_columns(record),
        applicant.c.name.label("applicant_name"),
        applicant.c.applicant_type.label("applicant_type"),
        application.c.deregistration_date.label("deregistration_date"),
        application.c.dismantle_start.label("dismantle_start"),
    ).select_from(joined)


def _teu_total(foreign: ColumnElement[Any], domestic: ColumnElement[Any]) -> ColumnElement[Any]:
    return func.coalesce(foreign, 0) + func.coalesce(domestic, 0)


def _monthly_reports_rows(record: FromClause) -> Select[Any]:
    owner = _table("cargo_owners")
    joined = record.outerjoin(owner, owner.c.id == record.c.cargo_owner_id)
    return select(
        *_record_columns(record),
        owner.c.name.label("cargo_owner_name"),
        _teu_total(record.c.foreign_teu, record.c.domestic_teu).label("total_teu"),
    ).select_from(joined)


def _rewards_rows(record: FromClause) -> Select[Any]:
    owner = _table("cargo_owners")
    joined = record.outerjoin(owner, owner.c.id == record.c.cargo_owner_id)
    c = record.c
    return select(
        *_record_columns(record),
        owner.c.name.label("cargo_owner_name"),
        _teu_total(c.last_year_foreign_teu, c.last_year_domestic_teu).label("last_year_total_teu"),
        _teu_total(c.this_year_foreign_teu, c.this_year_domestic_teu).label("this_year_total_teu"),
    ).select_from(joined)


def _plain_rows(record: FromClause) -> Select[Any]:
    return select(*_record_columns(record))


_ROW_BUILDERS: dict[str, Callable[[FromClause], Select[Any]]] = {
    "applicants": _plain_rows,
    "applications": _applications_rows,
    "completions": _completions_rows,
    "cargo_owners": _plain_rows,
    "monthly_reports": _monthly_reports_rows,
    "rewards": _rewards_rows,
}

LIST_KINDS: tuple[str, ...] = tuple(_ROW_BUILDERS)
"""The kinds that have a record list."""


@dataclass(frozen=True, eq=False)
class ListSource:
    """The selectables a kind's list reads: the record's columns plus the joined names.

    ``rows`` fetches rows by id (primary key). ``scan`` is the same for the id query: where the
    kind has a covering list index (``desktop.models.list_indexes``) it reads that index.
    """

    kind: str
    table: Table
    rows: Subquery
    scan: Subquery

    def column(self, name: str) -> ColumnElement[Any]:
        """A column of the id query's selectable (conditions and sort keys)."""
        return self.scan.c[name]

    def has_column(self, name: str) -> bool:
        return name in self.scan.c

    def adapt(self, clause: ColumnElement[Any]) -> ColumnElement[Any]:
        """A condition written against the record table, rewritten for the id query."""
        return ClauseAdapter(self.scan).traverse(clause)  # type: ignore[no-any-return]


@cache
def list_source(kind: str) -> ListSource:
    """The list source of ``kind`` (built once; SQLAlchemy caches its compiled SQL)."""
    try:
        build = _ROW_BUILDERS[kind]
    except KeyError:
        raise KeyError(f"没有“{kind}”的记录列表") from None
    table = _table(kind)
    index = LIST_INDEXES.get(kind)
    scanned: FromClause = table if index is None else IndexedTable.of(table, index)
    return ListSource(
        kind,
        table,
        build(table).subquery(f"{kind}_list"),
        build(scanned).subquery(f"{kind}_scan"),
    )


@dataclass(frozen=True)
class ListScope:
    """Which records a list holds before the person's conditions.

    ``level`` None: every cached record of the kind. Otherwise the records that reached that
    review level — every earlier level passed them and they have materials or a result of this
    level — with those waiting for it first; ``waiting_only`` keeps just those.
    """

    level: Level | None = None
    waiting_only: bool = False


ALL_RECORDS = ListScope()


def _chain(kind: str) -> tuple[Level, ...]:
    record_kind = RECORD_KINDS.get(kind)
    return workflow.chain(record_kind) if record_kind is not None else ()


def _result(source: ListSource, level: Level) -> ColumnElement[Any]:
    return source.column(LEVEL_COLUMNS[level][0])


def reached_condition(source: ListSource, level: Level) -> ColumnElement[bool]:
    """Records that reached ``level``: earlier levels passed, materials or a result here."""
    levels = _chain(source.kind)
    if level not in levels:
        raise ValueError(f"{RECORD_KINDS[source.kind]}没有{level}审核环节")
    earlier = [
        _result(source, previous) == Decision.PASS.value
        for previous in levels[: levels.index(level)]
    ]
    present = or_(source.column(MATERIALS_COLUMN).is_not(None), _result(source, level).is_not(None))
    return and_(*earlier, present)


def waiting(source: ListSource, level: Level) -> ColumnElement[bool]:
    """Records waiting for ``level`` (``core.workflow.next_level == level``)."""
    condition = waiting_condition(source.kind, level)
    if condition is None:
        raise ValueError(f"{RECORD_KINDS[source.kind]}没有{level}审核环节")
    return source.adapt(condition)


def failed_before(source: ListSource, level: Level) -> ColumnElement[bool] | None:
    """Records an earlier level failed or returned ("未过前审", page 3-15), or None."""
    levels = _chain(source.kind)
    earlier = levels[: levels.index(level)]
    if not earlier:
        return None
    return or_(*[_result(source, previous) == Decision.RETURN.value for previous in earlier])


def ids_statement(source: ListSource, query: Query, scope: ListScope) -> Select[Any]:
    """``SELECT id`` of the result, in the list's order."""
    where, order = query.compile(source.scan)
    scope_clause: ColumnElement[bool] = true()
    leading: list[ColumnElement[Any]] = []
    if scope.level is not None:
        waits = waiting(source, scope.level)
        if scope.waiting_only:
            scope_clause = waits
        else:
            scope_clause = reached_condition(source, scope.level)
            leading.append(case((waits, 0), else_=1))
    return select(source.column("id")).where(scope_clause, where).order_by(*leading, *order)


def result_ids(session: Session, source: ListSource, query: Query, scope: ListScope) -> list[str]:
    """The ids of the result in order (plain strings, never ORM objects)."""
    return list(session.scalars(ids_statement(source, query, scope)))


def fetch_rows(
    session: Session, source: ListSource, columns: Sequence[str], ids: Sequence[str]
) -> dict[str, tuple[Any, ...]]:
    """id → the values of ``columns`` for each of ``ids`` that still exists."""
    rows = source.rows
    selected = [rows.c[name] for name in columns]
    found: dict[str, tuple[Any, ...]] = {}
    for start in range(0, len(ids), FETCH_CHUNK):
        chunk = ids[start : start + FETCH_CHUNK]
        statement = select(rows.c.id, *selected).where(rows.c.id.in_(chunk))
        for row in session.execute(statement):
            found[row[0]] = tuple(row[1:])
    return found


@dataclass(frozen=True)
class QueueCounts:
    """What the queue page's summary line says: waiting, decided here, stopped before."""

    waiting: int
    decided: int
    failed_before: int | None


def queue_counts(session: Session, source: ListSource, query: Query, level: Level) -> QueueCounts:
    """Counts over the records that match ``query`` (the person's conditions)."""
    where, _order = query.compile(source.scan)
    waits = waiting(source, level)
    decided = _result(source, level).is_not(None)
    failed = failed_before(source, level)
    measures = [
        func.count().filter(waits),
        func.count().filter(and_(reached_condition(source, level), decided)),
    ]
    if failed is not None:
        measures.append(func.count().filter(failed))
    row = session.execute(select(*measures).select_from(source.scan).where(where)).one()
    return QueueCounts(
        waiting=int(row[0]),
        decided=int(row[1]),
        failed_before=int(row[2]) if failed is not None else None,
    )
