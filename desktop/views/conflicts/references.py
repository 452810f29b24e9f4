"""The names behind a record's reference fields, so the conflicts view shows names, not ids.

A ship record names its applicant by id, a completion its application, a monthly report or a
reward its cargo owner. An id ("018cc255-…") tells the person deciding between two versions
nothing — "did they move the ship to another applicant?" is answered by the name. The names
come from the local cache (the referenced rows are synced like any other); an id the cache does
not hold stays an id, which is still the truth.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from sqlalchemy.orm import Session

from desktop.models.database import CacheDatabase
from desktop.sync.outbox_queue import ConflictView, OutboxQueue
from desktop.sync.rows import read_row

REFERENCES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "applicant_id": ("applicants", "name"),
        "application_id": ("applications", "ship_name"),
        "cargo_owner_id": ("cargo_owners", "name"),
    }
)
"""Reference column → (the kind it points to, the field that names a row of that kind)."""


@dataclass(frozen=True)
class NamedConflict:
    """A conflict's two versions and the names of the rows they refer to (id → name)."""

    view: ConflictView
    names: Mapping[str, str]


def read_named_conflict(outbox: OutboxQueue, db: CacheDatabase, seq: int) -> NamedConflict:
    """Both versions of item ``seq`` and their references' names (runs on a worker thread)."""
    view = outbox.conflict(seq)
    with db.read() as session:
        return NamedConflict(view, reference_names(session, view.mine, view.theirs))


def reference_names(session: Session, *versions: Mapping[str, Any] | None) -> dict[str, str]:
    """id → name of every row the ``versions`` refer to that the cache holds."""
    names: dict[str, str] = {}
    for version in versions:
        for column, (kind, field) in REFERENCES.items():
            row_id = str((version or {}).get(column) or "")
            if not row_id or row_id in names:
                continue
            row = read_row(session, kind, row_id)
            name = str(row.data.get(field) or "") if row is not None else ""
            if name:
                names[row_id] = name
    return names
