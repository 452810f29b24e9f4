"""Applying one pulled page to the cache, inside the transaction that also stores its cursor.

Rules (SPEC §7, issue #4):

* a row replaces the cached one only when its version is higher — pages re-fetched after an
  interruption, or rows already received in a write answer, change nothing;
* a row with local work pending is never overwritten: the server's version is kept aside
  (``server_copies``) for the conflict view and applied once the work is settled;
* a deletion removes the cached row only if the row is older than the tombstone; a deletion of
  a row with pending work is kept aside and the items on it become visible problems.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from desktop.models.queries import held_rows
from desktop.sync.outbox_store import mark_deleted_on_server
from desktop.sync.rows import RemoteDeletion, RemoteRow, delete_older, keep_copy, upsert_newer


@dataclass(frozen=True)
class PageReport:
    """How many rows of a page were offered, set aside, and deletions received."""

    rows: int
    set_aside: int
    deletions: int


def apply_page(
    session: Session,
    changes: Sequence[RemoteRow],
    deletions: Sequence[RemoteDeletion],
    now: datetime,
) -> PageReport:
    """Apply a page's changes, then its deletions (see the module docstring)."""
    held = held_rows(session)
    free: dict[str, list[RemoteRow]] = defaultdict(list)
    aside = 0
    for row in changes:
        if (row.kind, row.id) in held:
            keep_copy(session, row.kind, row.id, row.version, row.data, now)
            aside += 1
        else:
            free[row.kind].append(row)
    for kind, rows in free.items():
        upsert_newer(session, kind, _newest_per_id(rows))
    _apply_deletions(session, deletions, held, now)
    return PageReport(rows=len(changes), set_aside=aside, deletions=len(deletions))


def _newest_per_id(rows: Sequence[RemoteRow]) -> list[RemoteRow]:
    """One row per id (the highest version): a page never holds two, but a merge might."""
    newest: dict[str, RemoteRow] = {}
    for row in rows:
        known = newest.get(row.id)
        if known is None or row.version > known.version:
            newest[row.id] = row
    return list(newest.values())


def _apply_deletions(
    session: Session, deletions: Sequence[RemoteDeletion], held: set[tuple[str, str]], now: datetime
) -> None:
    free: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for deletion in deletions:
        if (deletion.kind, deletion.id) in held:
            mark_deleted_on_server(session, deletion.kind, deletion.id, deletion.version, now)
        else:
            free[deletion.kind].append((deletion.id, deletion.version))
    for kind, ids_versions in free.items():
        delete_older(session, kind, ids_versions)
