"""Server rows as the engine handles them, and the few ways they are written to the cache.

``RemoteRow`` is a row the server sent (``{kind, id, version, data}``); write answers may send
the flat form (``{id, version, …fields}``) and both are accepted. The write helpers are the
only code that touches mirrored tables generically; the rule they share: a row is replaced
only by a *higher* version (``upsert_newer``), except where the caller has decided otherwise
(``write_row`` for local effects and settling).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from desktop.models import ServerCopy
from desktop.models.row_codec import (
    OTHER_COLUMNS,
    OTHER_TABLE,
    OTHER_UPSERT_NEWER_SQL,
    codec_for,
    dump_data,
    load_data,
    other_values,
)

_ENTRY_KEYS = frozenset({"kind", "id", "version", "data"})


@dataclass(frozen=True)
class RemoteRow:
    """One row as the server sent it."""

    kind: str
    id: str
    version: int
    data: Mapping[str, Any]


@dataclass(frozen=True)
class RemoteDeletion:
    """The deletion of a row on the server, at ``version``."""

    kind: str
    id: str
    version: int


@dataclass(frozen=True)
class LocalRow:
    """A cached row: its base version and its (possibly locally changed) data."""

    version: int
    data: dict[str, Any]


def parse_row(kind: str, raw: Mapping[str, Any]) -> RemoteRow:
    """A row from a change entry ``{kind, id, version, data}`` or a flat ``{id, version, …}``."""
    if "data" in raw and isinstance(raw["data"], Mapping):
        return RemoteRow(
            str(raw.get("kind") or kind), str(raw["id"]), int(raw["version"]), raw["data"]
        )
    data = {key: value for key, value in raw.items() if key not in _ENTRY_KEYS}
    return RemoteRow(kind, str(raw["id"]), int(raw["version"]), data)


def parse_page(page: Mapping[str, Any]) -> tuple[list[RemoteRow], list[RemoteDeletion]]:
    """The changes and deletions of one ``/sync/changes`` page."""
    changes = [
        RemoteRow(str(entry["kind"]), str(entry["id"]), int(entry["version"]), entry["data"])
        for entry in page.get("changes", [])
    ]
    deletions = [
        RemoteDeletion(str(entry["kind"]), str(entry["id"]), int(entry["version"]))
        for entry in page.get("deletions", [])
    ]
    return changes, deletions


# ---- mirrored rows ------------------------------------------------------------------------


def upsert_newer(session: Session, kind: str, rows: Sequence[RemoteRow]) -> None:
    """Insert the rows, or replace cached ones whose version is lower; never go backwards.

    One prepared statement for the whole list (see ``desktop.models.row_codec``).
    """
    if not rows:
        return
    codec = codec_for(kind)
    if codec is None:
        values = [other_values(kind, row.id, row.version, row.data) for row in rows]
        tuples = [tuple(value[name] for name in OTHER_COLUMNS) for value in values]
        session.connection().exec_driver_sql(OTHER_UPSERT_NEWER_SQL, tuples)
        return
    tuples = [codec.stored(row.id, row.version, row.data) for row in rows]
    session.connection().exec_driver_sql(codec.upsert_newer_sql, tuples)


def read_row(session: Session, kind: str, row_id: str) -> LocalRow | None:
    codec = codec_for(kind)
    if codec is None:
        condition = (OTHER_TABLE.c.kind == kind) & (OTHER_TABLE.c.id == row_id)
        found = session.execute(
            select(OTHER_TABLE.c.version, OTHER_TABLE.c.data).where(condition)
        ).first()
    else:
        table = codec.table
        found = session.execute(
            select(table.c.version, table.c.data).where(table.c.id == row_id)
        ).first()
    return None if found is None else LocalRow(int(found[0]), load_data(found[1]))


def write_row(
    session: Session, kind: str, row_id: str, version: int, data: Mapping[str, Any]
) -> None:
    """Store the row as given, whatever was cached (local effects, settled copies)."""
    delete_row(session, kind, row_id)
    codec = codec_for(kind)
    if codec is None:
        session.execute(insert(OTHER_TABLE), [other_values(kind, row_id, version, data)])
        return
    session.execute(insert(codec.table), [codec.values(row_id, version, data)])


def delete_row(session: Session, kind: str, row_id: str) -> None:
    codec = codec_for(kind)
    if codec is None:
        table = OTHER_TABLE
        session.execute(delete(table).where(table.c.kind == kind, table.c.id == row_id))
        return
    session.execute(delete(codec.table).where(codec.table.c.id == row_id))


def delete_older(session: Session, kind: str, ids_versions: Iterable[tuple[str, int]]) -> None:
    """Delete cached rows older than their tombstone (a newer re-created row stays)."""
    codec = codec_for(kind)
    for row_id, version in ids_versions:
        if codec is None:
            table = OTHER_TABLE
            session.execute(
                delete(table).where(
                    table.c.kind == kind, table.c.id == row_id, table.c.version < version
                )
            )
        else:
            table = codec.table
            session.execute(delete(table).where(table.c.id == row_id, table.c.version < version))


# ---- server copies ------------------------------------------------------------------------


def keep_copy(
    session: Session,
    kind: str,
    row_id: str,
    version: int,
    data: Mapping[str, Any] | None,
    now: datetime,
    *,
    deleted: bool = False,
) -> None:
    """Keep the server's version of a held row aside, unless a newer one is kept already."""
    existing = session.get(ServerCopy, (kind, row_id))
    text = None if data is None else dump_data(data)
    if existing is None:
        session.add(
            ServerCopy(
                kind=kind, id=row_id, version=version, deleted=deleted, data=text, received_at=now
            )
        )
        session.flush()
        return
    if version < existing.version:
        return
    existing.version = version
    existing.deleted = deleted
    existing.data = text if text is not None else existing.data
    existing.received_at = now
    session.flush()


def ensure_base_copy(session: Session, kind: str, row_id: str, now: datetime) -> None:
    """Before the first local change of a row, keep the server's version of it aside.

    It is what "drop my change" restores. A row created here (version 0) has no server
    version and needs none.
    """
    if session.get(ServerCopy, (kind, row_id)) is not None:
        return
    row = read_row(session, kind, row_id)
    if row is None or row.version <= 0:
        return
    keep_copy(session, kind, row_id, row.version, row.data, now)


def copy_of(session: Session, kind: str, row_id: str) -> ServerCopy | None:
    return session.get(ServerCopy, (kind, row_id))


def copy_data(copy: ServerCopy) -> dict[str, Any]:
    return load_data(copy.data)
