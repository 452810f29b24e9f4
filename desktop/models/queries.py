"""Read queries over the cache that the sync engine and the views share.

* ``held_rows`` — the rows with local work pending (they are not overwritten by pulls).
* ``review_queue`` — the records waiting for a review level, in SQL, so the queue of a
  province reviewer over 100,000 records is one indexed query, not 100,000 Python checks.
  The SQL is built from ``core.workflow``'s chains and states exactly what
  ``core.workflow.next_level`` says (the tests compare the two on random states).
* ``review_state`` — a cached record's ``core.workflow.ReviewState``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from core import workflow
from core.vocab import Decision, Level
from desktop.models.kinds import RECORD_KINDS
from desktop.models.mirror import MIRRORS
from desktop.models.outbox import OutboxRow

LEVEL_COLUMNS: Mapping[Level, tuple[str, str]] = {
    Level.PLATFORM: ("platform_result", "platform_on"),
    Level.COUNTY: ("county_result", "county_on"),
    Level.CITY: ("city_result", "city_on"),
    Level.PROVINCE: ("province_result", "province_on"),
}
"""The record columns holding each level's latest decision and its date."""

MATERIALS_COLUMN = "materials_uploaded_on"


def held_rows(session: Session) -> set[tuple[str, str]]:
    """(kind, id) of every cached row an outbox item (in any state) has changed."""
    statement = select(OutboxRow.kind, OutboxRow.row_id).distinct()
    return {(kind, row_id) for kind, row_id in session.execute(statement)}


def row_versions(session: Session, kind: str) -> dict[str, int]:
    """id → version of every cached row of ``kind``."""
    table = MIRRORS[kind].__table__  # type: ignore[attr-defined]
    return {
        row_id: version for row_id, version in session.execute(select(table.c.id, table.c.version))
    }


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def review_state(values: Mapping[str, Any]) -> workflow.ReviewState:
    """The review state of a record from its fields (columns or ``data``)."""
    state = workflow.ReviewState(materials_uploaded_at=_as_date(values.get(MATERIALS_COLUMN)))
    for level, (result_name, on_name) in LEVEL_COLUMNS.items():
        decision = values.get(result_name)
        if decision:
            result = workflow.LevelResult(Decision(decision), _as_date(values.get(on_name)))
            state = state.with_result(level, result)
    return state


def waiting_condition(kind: str, level: Level) -> ColumnElement[bool] | None:
    """SQL for "``level`` is where this record waits" (``next_level == level``), or None."""
    levels = workflow.chain(RECORD_KINDS[kind])
    if level not in levels:
        return None
    columns = MIRRORS[kind].__table__.c  # type: ignore[attr-defined]
    earlier = levels[: levels.index(level)]
    conditions = [
        columns[LEVEL_COLUMNS[previous][0]] == Decision.PASS.value for previous in earlier
    ]
    conditions.append(columns[LEVEL_COLUMNS[level][0]].is_(None))
    conditions.append(columns[MATERIALS_COLUMN].is_not(None))
    return and_(*conditions)


def review_queue(session: Session, levels: tuple[Level, ...]) -> list[tuple[str, str]]:
    """(kind, id) of every cached record waiting for one of ``levels``, oldest first."""
    queue: list[tuple[str, str]] = []
    for kind in RECORD_KINDS:
        model = MIRRORS[kind]
        table = model.__table__  # type: ignore[attr-defined]
        for level in levels:
            condition = waiting_condition(kind, level)
            if condition is None:
                continue
            statement = select(table.c.id).where(condition).order_by(table.c.created_at, table.c.id)
            queue.extend((kind, row_id) for row_id in session.scalars(statement))
    return queue
