"""Reading "changes since a cursor" (SPEC §7, the Zotero ``?since=`` pattern).

One page is computed in one snapshot (REPEATABLE READ on PostgreSQL; a SQLite read
transaction is a snapshot already), bounded above by the committed counter value
``server_version`` read first: every version at or below it is committed, so nothing can
appear later below the cursor the client stores.

Paging across kinds without loading more than needed: first one statement (a UNION ALL) asks
every kind and the tombstones for only the *versions* of their next ``limit + 1`` visible rows —
ordered range scans of ``(version)`` or ``(region_code, version)`` — and the merge of those
small lists gives the page's upper version. Then each kind that has rows in range returns
exactly those rows as plain tuples (Core, no ORM objects), encoded to JSON-ready dicts. Every
row has its own version, so a page may end after any row and the next cursor is simply the last
version in the page, or ``server_version`` when nothing more is visible. A page costs three to
five round trips whatever the number of kinds.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, literal, or_, select, true, union_all

from server.auth.actor import Actor
from server.models import CounterName, Tombstone
from server.problems import CURSOR_EXPIRED, ProblemError
from server.scope import PROVINCE_PREFIX, prefix_condition, scope_filter
from server.sync.kinds import SyncKind, sync_kinds
from server.versioning import read_counter, read_counters

_TOMBSTONES = Tombstone.__table__
_TOMBSTONE_SOURCE = "#tombstones"  # never a table name


@dataclass(frozen=True)
class ChangesPage:
    """One answer of ``GET /sync/changes``: changes and deletions in version order."""

    changes: list[dict[str, Any]]
    deletions: list[dict[str, Any]]
    next_cursor: int
    more: bool
    server_version: int

    def as_json(self) -> dict[str, Any]:
        return {
            "changes": self.changes,
            "deletions": self.deletions,
            "next_cursor": self.next_cursor,
            "more": self.more,
            "server_version": self.server_version,
        }


def tombstone_scope(actor: Actor) -> ColumnElement[bool]:
    """Tombstones of global kinds reach everyone; the others follow the region prefix."""
    if actor.scope == PROVINCE_PREFIX:
        return true()
    global_kinds = [kind.name for kind in sync_kinds().values() if kind.scope == "global"]
    return or_(
        _TOMBSTONES.c.kind.in_(global_kinds),
        prefix_condition(_TOMBSTONES.c.region_code, actor.scope),
    )


def check_cursor(since: int, server_version: int, pruned_through: int) -> None:
    """410 when the cursor cannot be continued and the client must sync from zero.

    Either tombstones newer than the cursor were already pruned (the client may have missed a
    deletion), or the cursor is ahead of the server (the database was restored from a backup).
    A full sync (``since=0``) needs no tombstones and is always allowed.
    """
    if since == 0:
        return
    if since > server_version:
        raise ProblemError(
            CURSOR_EXPIRED,
            "本地同步进度比服务器数据还新（服务器可能已恢复备份），需要重新完整同步",
            server_version=server_version,
        )
    if since < pruned_through:
        raise ProblemError(
            CURSOR_EXPIRED,
            "距上次同步时间过长，服务器已清理部分删除记录，需要重新完整同步",
            server_version=server_version,
        )


def _candidate_versions(
    connection: Connection,
    sources: Sequence[tuple[str, Any, ColumnElement[bool]]],
    since: int,
    ceiling: int,
    limit: int,
) -> dict[str, list[int]]:
    """The next ``limit`` versions of every source, in one round trip (a UNION ALL).

    Each part is an ordered, limited range scan of its own version index; only the small
    lists of integers travel, and merging them decides where the page ends.
    """
    parts = []
    for name, column, condition in sources:
        part = (
            select(literal(name).label("source"), column.label("version"))
            .where(condition, column > since, column <= ceiling)
            .order_by(column)
            .limit(limit)
            .subquery()
        )
        parts.append(select(part.c.source, part.c.version))
    found: dict[str, list[int]] = {name: [] for name, _, _ in sources}
    for source, version in connection.execute(union_all(*parts)):
        found[source].append(version)
    return {name: sorted(versions) for name, versions in found.items()}


def _kind_rows(
    connection: Connection, kind: SyncKind, actor: Actor, since: int, upper: int
) -> list[dict[str, Any]]:
    version = kind.table.c.version
    statement = (
        select(*kind.select_columns)
        .where(scope_filter(kind.model, actor), version > since, version <= upper)
        .order_by(version)
    )
    encode = kind.encode_row
    return [encode(row) for row in connection.execute(statement).all()]


def _deletions(
    connection: Connection, actor: Actor, since: int, upper: int
) -> list[dict[str, Any]]:
    columns = _TOMBSTONES.c
    statement = (
        select(columns.kind, columns.id, columns.version)
        .where(tombstone_scope(actor), columns.version > since, columns.version <= upper)
        .order_by(columns.version)
    )
    return [
        {"kind": kind, "id": row_id, "version": version}
        for kind, row_id, version in connection.execute(statement)
    ]


def _page_bound(candidates: Iterable[Sequence[int]], limit: int, ceiling: int) -> tuple[int, bool]:
    """The page's upper version and whether more rows follow it."""
    merged = list(heapq.merge(*candidates))
    if len(merged) > limit:
        return merged[limit - 1], True
    return ceiling, False


def read_changes(connection: Connection, actor: Actor, since: int, limit: int) -> ChangesPage:
    """One page of changes and deletions visible to ``actor`` after version ``since``."""
    counters = read_counters(connection)
    server_version = counters[CounterName.VERSION]
    check_cursor(since, server_version, counters[CounterName.TOMBSTONES_PRUNED_THROUGH])
    kinds = list(sync_kinds().values())
    sources = [(kind.name, kind.table.c.version, scope_filter(kind.model, actor)) for kind in kinds]
    sources.append((_TOMBSTONE_SOURCE, _TOMBSTONES.c.version, tombstone_scope(actor)))
    candidates = _candidate_versions(connection, sources, since, server_version, limit + 1)
    upper, more = _page_bound(candidates.values(), limit, server_version)
    per_kind = [
        _kind_rows(connection, kind, actor, since, upper)
        for kind in kinds
        if candidates[kind.name] and candidates[kind.name][0] <= upper
    ]
    changes = list(heapq.merge(*per_kind, key=lambda change: change["version"]))
    tombstones = candidates[_TOMBSTONE_SOURCE]
    deletions = (
        _deletions(connection, actor, since, upper) if tombstones and tombstones[0] <= upper else []
    )
    return ChangesPage(changes, deletions, upper, more, server_version)


def read_versions(
    connection: Connection, kind: SyncKind, actor: Actor, since: int
) -> tuple[dict[str, int], int]:
    """(id → version) of every visible row of ``kind`` newer than ``since``, and server_version.

    Lets a client compare all its versions at once after an interrupted or suspicious sync,
    and fetch or drop only what differs.
    """
    server_version = read_counter(connection, CounterName.VERSION)
    version = kind.table.c.version
    statement = (
        select(kind.table.c.id, version)
        .where(scope_filter(kind.model, actor), version > since, version <= server_version)
        .order_by(version)
    )
    versions = {row_id: row_version for row_id, row_version in connection.execute(statement)}
    return versions, server_version
