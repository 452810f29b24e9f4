"""What a queued write does to the cached rows, written once for enqueueing and for replaying.

When the person decides, edits, creates or deletes, the effect is applied to the cache at once
(the lists show it offline). When the person later drops one queued change, the rows it
touched are put back to the server's version and the *remaining* queued changes are applied
again by these same functions, so the cache always equals "server state + my pending changes".
Every effect is a pure "set" (re-applying it changes nothing) and mirrors what the server does
with the request (``core.workflow``'s ``apply_decision`` and ``on_modify``).

The audit-log row of a decision gets the id the server derives for (record, level, day) (see
``review_result_id``), so the server's row replaces the provisional one instead of adding a
second line.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from core import workflow
from core.vocab import Decision, Level
from desktop.models import ItemAction
from desktop.models.kinds import RECORD_KINDS
from desktop.models.queries import LEVEL_COLUMNS, MATERIALS_COLUMN, review_state
from desktop.sync.rows import delete_row, ensure_base_copy, read_row, write_row

REVIEW_RESULTS = "review_results"
REVIEW_RESULT_NAMESPACE = uuid.UUID("7c1f3a52-5d0e-4f7e-9a43-2b9d6c0e8a11")
"""The server's namespace for audit-row ids (``server.models.reviews``); a test pins them equal."""

Touched = list[tuple[str, str]]


def review_result_id(record_kind: str, record_id: str, level: str, review_date: date) -> str:
    """The id of the (record, level, day) audit row: uuid5 over "kind|record|level|YYYY-MM-DD"."""
    key = f"{record_kind}|{record_id}|{level}|{review_date.isoformat()}"
    return str(uuid.uuid5(REVIEW_RESULT_NAMESPACE, key))


@dataclass(frozen=True)
class Effect:
    """One queued write's local effect: its action, record and request body."""

    action: ItemAction
    kind: str
    record_id: str
    body: Mapping[str, Any]
    reviewer: str
    now: datetime


def _set_state(data: dict[str, Any], state: workflow.ReviewState) -> None:
    for level, (result_name, on_name) in LEVEL_COLUMNS.items():
        if result_name not in data:
            continue
        result = state.result(level)
        data[result_name] = None if result.decision is None else result.decision.value
        data[on_name] = None if result.on is None else result.on.isoformat()
    if MATERIALS_COLUMN in data:
        uploaded = state.materials_uploaded_at
        data[MATERIALS_COLUMN] = None if uploaded is None else uploaded.isoformat()


def _review(session: Session, effect: Effect) -> Touched:
    row = read_row(session, effect.kind, effect.record_id)
    if row is None:
        return []
    level = Level(effect.body["level"])
    decision = Decision(effect.body["decision"])
    on = date.fromisoformat(str(effect.body["review_date"]))
    data = dict(row.data)
    _set_state(data, workflow.apply_decision(review_state(data), level, decision, on))
    ensure_base_copy(session, effect.kind, effect.record_id, effect.now)
    write_row(session, effect.kind, effect.record_id, row.version, data)
    result_id = review_result_id(RECORD_KINDS[effect.kind].value, effect.record_id, level, on)
    _write_audit_row(session, effect, result_id, str(data.get("region_code", "")))
    return [(effect.kind, effect.record_id), (REVIEW_RESULTS, result_id)]


def _write_audit_row(session: Session, effect: Effect, result_id: str, region_code: str) -> None:
    existing = read_row(session, REVIEW_RESULTS, result_id)
    stamp = effect.now.isoformat()
    data = {
        "region_code": region_code,
        "record_kind": RECORD_KINDS[effect.kind].value,
        "record_id": effect.record_id,
        "level": effect.body["level"],
        "decision": effect.body["decision"],
        "opinion": effect.body.get("opinion", ""),
        "reviewer": effect.reviewer,
        "review_date": effect.body["review_date"],
        "submission_id": effect.body["id"],
        "created_at": existing.data.get("created_at", stamp) if existing else stamp,
        "updated_at": stamp,
    }
    ensure_base_copy(session, REVIEW_RESULTS, result_id, effect.now)
    write_row(session, REVIEW_RESULTS, result_id, existing.version if existing else 0, data)


def _modify(session: Session, effect: Effect) -> Touched:
    row = read_row(session, effect.kind, effect.record_id)
    if row is None:
        return []
    data = dict(row.data)
    data.update({key: value for key, value in effect.body.items() if key != "base_version"})
    if effect.kind in RECORD_KINDS:
        _set_state(data, workflow.on_modify(review_state(data)))
    data["updated_at"] = effect.now.isoformat()
    ensure_base_copy(session, effect.kind, effect.record_id, effect.now)
    write_row(session, effect.kind, effect.record_id, row.version, data)
    return [(effect.kind, effect.record_id)]


def _create(session: Session, effect: Effect) -> Touched:
    """A new row, shown at once; the bookkeeping fields are the server's once it answers."""
    stamp = effect.now.isoformat()
    data = {"created_at": stamp, "updated_at": stamp, "created_by": effect.reviewer}
    data.update({key: value for key, value in effect.body.items() if key != "id"})
    existing = read_row(session, effect.kind, effect.record_id)
    write_row(session, effect.kind, effect.record_id, existing.version if existing else 0, data)
    return [(effect.kind, effect.record_id)]


def _delete(session: Session, effect: Effect) -> Touched:
    ensure_base_copy(session, effect.kind, effect.record_id, effect.now)
    delete_row(session, effect.kind, effect.record_id)
    return [(effect.kind, effect.record_id)]


_EFFECTS: Mapping[ItemAction, Callable[[Session, Effect], Touched]] = {
    ItemAction.REVIEW: _review,
    ItemAction.MODIFY: _modify,
    ItemAction.CREATE: _create,
    ItemAction.DELETE: _delete,
}


def apply_effect(session: Session, effect: Effect) -> Touched:
    """Apply one queued write to the cached rows; returns the (kind, id) of the rows touched."""
    return _EFFECTS[effect.action](session, effect)
