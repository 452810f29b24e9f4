"""The one server-wide version counter and the hook that stamps synced rows with it (SPEC §7).

Every insert, synced-column update and delete of a ``Synced`` row takes the next value of the
``version`` counter row, and a delete leaves a ``Tombstone`` with its own version. Versions are
allocated with ``UPDATE server_counters … RETURNING`` inside the writing transaction, so the
counter row stays locked until that transaction commits: a later writer's versions are always
higher *and* become visible later. A client that stores "the highest version I have seen"
therefore never skips a row, which a plain sequence (numbers handed out outside the
transaction order) would not guarantee.

Each row gets its own version (never shared), so a page of changes can be cut after any row.
The price of commit-ordered versions is that writers of synced rows take turns from their first
flush to their commit: keep slow work (hashing uploads, computing) before the first flush.
Synced rows must change through the ORM unit of work (``session.add`` / attribute changes /
``session.delete``) or ``insert_synced`` for bulk loads; ORM bulk UPDATE/DELETE/INSERT
statements on synced tables are refused, because they would bypass the stamping.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, event, insert, inspect, select, update
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from server.clock import system_clock
from server.models.base import Synced, new_id
from server.models.counters import CounterName, ServerCounter
from server.models.tombstones import Tombstone

_COUNTERS = ServerCounter.__table__
_ID_CHUNK = 500


class SyncedWriteError(RuntimeError):
    """A write that would change synced rows without stamping versions."""


def read_counter(connection: Connection | Session, name: CounterName) -> int:
    """The committed (or, inside a writer, the current) value of a counter."""
    statement = select(_COUNTERS.c.value).where(_COUNTERS.c.name == str(name))
    return int(connection.execute(statement).scalar_one())


def read_counters(connection: Connection | Session) -> dict[CounterName, int]:
    """Every counter at once (one round trip for the sync reader)."""
    rows = connection.execute(select(_COUNTERS.c.name, _COUNTERS.c.value))
    return {CounterName(name): int(value) for name, value in rows}


def advance_counter(session: Session, name: CounterName, by: int = 1) -> int:
    """Add ``by`` to a counter and return the new value; the row stays locked until commit."""
    statement = (
        update(_COUNTERS)
        .where(_COUNTERS.c.name == str(name))
        .values(value=_COUNTERS.c.value + by)
        .returning(_COUNTERS.c.value)
    )
    return int(session.connection().execute(statement).scalar_one())


def set_counter_at_least(session: Session, name: CounterName, value: int) -> None:
    """Raise a counter to ``value`` if it is lower (it never goes down)."""
    statement = (
        update(_COUNTERS)
        .where(_COUNTERS.c.name == str(name), _COUNTERS.c.value < value)
        .values(value=value)
    )
    session.connection().execute(statement)


def allocate_versions(session: Session, count: int) -> int:
    """Reserve ``count`` consecutive versions in this transaction; returns the first."""
    if count < 1:
        raise ValueError("count must be positive")
    return advance_counter(session, CounterName.VERSION, count) - count + 1


def bump_version(session: Session) -> int:
    """Reserve one version in this transaction and return it."""
    return allocate_versions(session, 1)


def session_now(session: Session) -> datetime:
    """The time of the session's clock (``Database`` puts the app's clock in ``session.info``)."""
    return session.info.get("clock", system_clock)()


def insert_synced(session: Session, model: type[Synced], rows: Sequence[dict[str, Any]]) -> None:
    """Bulk-insert synced rows (demo data, imports) with freshly allocated versions.

    Core inserts skip the unit of work, which is what makes 100,000-row loads fast; this is
    the one sanctioned way to do that for synced tables.
    """
    if not rows:
        return
    first = allocate_versions(session, len(rows))
    stamped = [{**row, "version": first + offset} for offset, row in enumerate(rows)]
    table = model.__table__  # type: ignore[attr-defined]
    _clear_tombstones(session, table.name, [row["id"] for row in stamped if "id" in row])
    session.connection().execute(insert(table), stamped)


def _has_synced_change(obj: Synced) -> bool:
    """True if a column that syncs changed (private columns and ``version`` do not count)."""
    state = inspect(obj)
    private = type(obj).__sync_private__
    for attribute in state.mapper.column_attrs:
        if attribute.key in private or attribute.key == "version":
            continue
        if state.attrs[attribute.key].history.has_changes():
            if attribute.key == "region_code":
                raise SyncedWriteError("同步记录的区划代码不能修改")
            return True
    return False


def _pending_changes(session: Session) -> tuple[list[Synced], list[Synced], list[Synced]]:
    """The synced rows this flush inserts, changes (synced columns) and deletes."""
    inserted = [obj for obj in session.new if isinstance(obj, Synced)]
    updated = [
        obj
        for obj in session.dirty
        if isinstance(obj, Synced) and obj not in session.deleted and _has_synced_change(obj)
    ]
    deleted = [obj for obj in session.deleted if isinstance(obj, Synced)]
    return inserted, updated, deleted


def _write_tombstone(session: Session, obj: Synced, version: int, now: datetime) -> None:
    kind = obj.__tablename__  # type: ignore[attr-defined]
    existing = session.get(Tombstone, (kind, obj.id))
    if existing is None:
        session.add(
            Tombstone(
                kind=kind, id=obj.id, region_code=obj.region_code, version=version, deleted_at=now
            )
        )
        return
    existing.region_code = obj.region_code
    existing.version = version
    existing.deleted_at = now


def _clear_tombstones(session: Session, kind: str, ids: Sequence[str]) -> None:
    """Forget earlier deletions of ids being inserted again (a client-chosen id can return).

    Without this a client would receive both the new row and the old tombstone, and
    applying deletions after changes would delete the row it just received.
    """
    table = Tombstone.__table__
    for start in range(0, len(ids), _ID_CHUNK):
        chunk = ids[start : start + _ID_CHUNK]
        session.connection().execute(
            delete(table).where(table.c.kind == kind, table.c.id.in_(chunk))
        )


def _clear_tombstones_of_new(session: Session, inserted: list[Synced]) -> None:
    by_kind: dict[str, list[str]] = {}
    for obj in inserted:
        by_kind.setdefault(obj.__tablename__, []).append(obj.id)  # type: ignore[attr-defined]
    for kind, ids in by_kind.items():
        _clear_tombstones(session, kind, ids)


def _stamp_versions(session: Session, _context: UOWTransaction, _instances: Iterable[Any]) -> None:
    inserted, updated, deleted = _pending_changes(session)
    count = len(inserted) + len(updated) + len(deleted)
    if not count:
        return
    for obj in inserted:
        if obj.id is None:
            obj.id = new_id()
    _clear_tombstones_of_new(session, inserted)
    version = allocate_versions(session, count)
    now = session_now(session)
    with session.no_autoflush:
        for obj in (*inserted, *updated):
            obj.version = version
            version += 1
        for obj in deleted:
            _write_tombstone(session, obj, version, now)
            version += 1


def _refuse_bulk_synced_writes(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    mapper = state.bind_mapper
    if mapper is not None and issubclass(mapper.class_, Synced):
        raise SyncedWriteError(
            f"{mapper.class_.__name__}: 同步记录只能通过会话单元或 insert_synced 写入"
        )


def install() -> None:
    """Register the hooks on every ``Session`` (idempotent)."""
    if not event.contains(Session, "before_flush", _stamp_versions):
        event.listen(Session, "before_flush", _stamp_versions)
    if not event.contains(Session, "do_orm_execute", _refuse_bulk_synced_writes):
        event.listen(Session, "do_orm_execute", _refuse_bulk_synced_writes)


install()
