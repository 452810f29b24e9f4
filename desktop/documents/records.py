"""Reading what a printed document shows about a ship-project record: the record, its
applicant, and its review results with the reviewers' names — a few queries per hundreds of
records, so a batch of 500 documents does not run 2,000 queries.

Ship-project applications (拆建申请) and completions (拆建完结) are printed; a completion reaches
its applicant through its application, whose form number and dismantling dates it shares.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, Table, and_, select

from core.vocab import Decision, Level, RecordKind
from desktop.reports.sql import RESULT_COLUMNS, read_date
from desktop.reports.tables import ReportTables

PRINTABLE_KINDS = (RecordKind.APPLICATION, RecordKind.COMPLETION)
CHUNK = 400
"""Ids per IN (…) query: well under SQLite's parameter limit, few round trips for a batch."""


class RecordNotFoundError(LookupError):
    """A record asked for is not in the local cache (deleted, or not yet synced)."""


@dataclass(frozen=True, slots=True)
class ReviewEntry:
    """One line of the audit log as a document prints it."""

    level: str
    decision: str
    opinion: str
    reviewer: str
    reviewer_name: str
    on: date | None


@dataclass(frozen=True, slots=True)
class ShipRecord:
    """A record with everything its documents print."""

    kind: RecordKind
    record: Mapping[str, Any]
    applicant: Mapping[str, Any]
    application: Mapping[str, Any] | None
    reviews: tuple[ReviewEntry, ...]

    def field(self, name: str) -> Any:
        """A field of the record, or of its application for the ones a completion lacks."""
        if name in self.record:
            return self.record[name]
        if self.application is not None:
            return self.application.get(name)
        return None

    def result(self, level: Level) -> ReviewEntry | None:
        """The level's current result, with its opinion and reviewer from the audit log.

        The record's own result columns are the current state (modifying a record clears a
        return while the audit log keeps it, SPEC §5), so they decide whether the level has
        a result; the log entry of that day supplies who decided and why.
        """
        column = RESULT_COLUMNS[level]
        decision = self.record.get(column)
        if decision is None:
            return None
        on = read_date(self.record.get(column.replace("_result", "_on")))
        logged = [entry for entry in self.reviews if entry.level == level.value]
        entry = next((e for e in logged if e.on == on), None) if on else None
        if entry is None and on is None and logged:
            entry = logged[0]
        if entry is None:
            return ReviewEntry(level.value, str(decision), "", "", "", on)
        return ReviewEntry(
            level.value,
            str(decision),
            entry.opinion,
            entry.reviewer,
            entry.reviewer_name,
            on or entry.on,
        )


def record_table(tables: ReportTables, kind: RecordKind) -> Table:
    if kind is RecordKind.APPLICATION:
        return tables.applications
    if kind is RecordKind.COMPLETION:
        return tables.completions
    raise ValueError(f"{kind}没有可打印的审核意见表或资金申请表")


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def approved_ids(
    engine: Engine, tables: ReportTables, kind: RecordKind, ids: Sequence[str], level: Level
) -> list[str]:
    """The ids of the list whose latest ``level`` result is 同意, in the list's order."""
    table = record_table(tables, kind)
    passed: set[str] = set()
    with engine.connect() as conn:
        for chunk in _chunks(ids):
            statement = select(table.c.id).where(
                and_(
                    table.c.id.in_(list(chunk)),
                    table.c[RESULT_COLUMNS[level]] == Decision.PASS.value,
                )
            )
            passed.update(conn.execute(statement).scalars())
    return [record_id for record_id in ids if record_id in passed]


def _rows_by_id(conn: Connection, table: Table, ids: Sequence[str]) -> dict[str, Mapping[str, Any]]:
    rows: dict[str, Mapping[str, Any]] = {}
    for chunk in _chunks(list(dict.fromkeys(ids))):
        for row in conn.execute(select(table).where(table.c.id.in_(list(chunk)))).mappings():
            rows[row["id"]] = dict(row)
    return rows


def _reviews(
    conn: Connection, tables: ReportTables, kind: RecordKind, ids: Sequence[str]
) -> dict[str, list[ReviewEntry]]:
    results = tables.review_results
    found: dict[str, list[Mapping[str, Any]]] = {}
    for chunk in _chunks(ids):
        statement = select(results).where(
            and_(results.c.record_kind == kind.value, results.c.record_id.in_(list(chunk)))
        )
        for row in conn.execute(statement).mappings():
            found.setdefault(row["record_id"], []).append(dict(row))
    names = _reviewer_names(conn, tables, {r["reviewer"] for rows in found.values() for r in rows})
    order = {level.value: index for index, level in enumerate(Level)}
    return {
        record_id: [
            ReviewEntry(
                r["level"],
                r["decision"],
                r["opinion"] or "",
                r["reviewer"],
                names.get(r["reviewer"], ""),
                read_date(r["review_date"]),
            )
            for r in sorted(
                rows,
                key=lambda r: (read_date(r["review_date"]) or date.min, order.get(r["level"], 0)),
                reverse=True,
            )
        ]
        for record_id, rows in found.items()
    }


def _reviewer_names(conn: Connection, tables: ReportTables, accounts: set[str]) -> dict[str, str]:
    """Account id → name, when the cache holds the accounts table (else ids are printed)."""
    if tables.accounts is None or not accounts:
        return {}
    table = tables.accounts
    names: dict[str, str] = {}
    for chunk in _chunks(sorted(accounts)):
        statement = select(table.c.id, table.c.name).where(table.c.id.in_(list(chunk)))
        names.update({row.id: row.name for row in conn.execute(statement)})
    return names


def load_ship_records(
    engine: Engine, tables: ReportTables, kind: RecordKind, ids: Sequence[str]
) -> list[ShipRecord]:
    """The records of ``ids`` in that order, each with its applicant and review results."""
    table = record_table(tables, kind)
    with engine.connect() as conn:
        records = _rows_by_id(conn, table, ids)
        missing = [record_id for record_id in ids if record_id not in records]
        if missing:
            raise RecordNotFoundError(
                f"本地缓存中找不到{kind}记录：{'、'.join(missing[:5])}"
                f"{'等' if len(missing) > 5 else ''}，请同步后重试。"
            )
        applications: dict[str, Mapping[str, Any]] = {}
        if kind is RecordKind.COMPLETION:
            wanted = [r["application_id"] for r in records.values()]
            applications = _rows_by_id(conn, tables.applications, wanted)
            orphans = [a for a in wanted if a not in applications]
            if orphans:
                raise RecordNotFoundError(
                    f"本地缓存中找不到完结记录所属的拆建申请：{'、'.join(orphans[:5])}，"
                    "请同步后重试。"
                )
        applicant_ids = [
            (applications[r["application_id"]] if kind is RecordKind.COMPLETION else r)[
                "applicant_id"
            ]
            for r in records.values()
        ]
        applicants = _rows_by_id(conn, tables.applicants, applicant_ids)
        reviews = _reviews(conn, tables, kind, ids)
    result = []
    for record_id in ids:
        record = records[record_id]
        application = applications.get(record.get("application_id", ""))
        owner = (application or record)["applicant_id"]
        result.append(
            ShipRecord(
                kind,
                record,
                applicants.get(owner, {}),
                application,
                tuple(reviews.get(record_id, ())),
            )
        )
    return result
