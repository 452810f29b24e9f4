"""The outbox's bookkeeping inside one cache transaction: queue, answer, settle, undo.

Every function takes the open ``Session`` of the caller's write transaction, so an item and its
effect are committed together, and an answer is recorded together with the rows it brings.

Settling: once no item holds a row any more, the server copy kept aside for it (see
``desktop.models.server_copies``) is laid over the row if it is newer, or the row is deleted if
the server deleted it; a row that exists only locally and no item backs any more (e.g. a
provisional audit row the server answered under another id) is removed.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session, aliased

from desktop.models import ItemAction, ItemState, OutboxItem, OutboxRow
from desktop.sync.errors import ProblemResponse
from desktop.sync.local_effects import REVIEW_RESULTS, Effect, apply_effect
from desktop.sync.rows import (
    RemoteRow,
    copy_data,
    copy_of,
    delete_row,
    keep_copy,
    parse_row,
    read_row,
    upsert_newer,
    write_row,
)

LIVE_STATES = (ItemState.PENDING, ItemState.CONFLICT, ItemState.FAILED)


def new_key() -> str:
    """A fresh idempotency key (a new key means "a new request", see ``OutboxQueue``)."""
    return str(uuid.uuid4())


def dump_body(body: Mapping[str, Any] | None) -> str | None:
    """The exact request text of an item (the server binds the idempotency key to it)."""
    return None if body is None else json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def item_body(item: OutboxItem) -> dict[str, Any]:
    """The request body of an item as data (to replay its local effect)."""
    return {} if not item.body else dict(json.loads(item.body))


def item_effect(item: OutboxItem, reviewer: str, now: datetime) -> Effect:
    """The local effect of an item, as ``local_effects.apply_effect`` takes it."""
    return Effect(
        action=ItemAction(item.action),
        kind=item.record_kind,
        record_id=item.record_id,
        body=item_body(item),
        reviewer=reviewer,
        now=now,
    )


def enqueue(session: Session, item: OutboxItem, reviewer: str) -> OutboxItem:
    """Add ``item`` and apply its effect to the cache, in the caller's transaction."""
    session.add(item)
    session.flush()
    touched = apply_effect(session, item_effect(item, reviewer, item.created_at))
    touched.append((item.record_kind, item.record_id))
    for kind, row_id in dict.fromkeys(touched):
        session.add(OutboxRow(item_seq=item.seq, kind=kind, row_id=row_id))
    session.flush()
    return item


def rows_of(session: Session, seq: int) -> list[tuple[str, str]]:
    """The (kind, id) of the cached rows item ``seq`` changed."""
    statement = select(OutboxRow.kind, OutboxRow.row_id).where(OutboxRow.item_seq == seq)
    return [(kind, row_id) for kind, row_id in session.execute(statement)]


def is_held(session: Session, kind: str, row_id: str) -> bool:
    """Whether any outbox item (in any state) changed this row."""
    statement = select(OutboxRow.item_seq).where(OutboxRow.kind == kind, OutboxRow.row_id == row_id)
    return session.scalar(statement.limit(1)) is not None


def next_pending(session: Session) -> OutboxItem | None:
    """The oldest pending item not waiting behind a conflict or failure on the same record."""
    earlier = aliased(OutboxItem)
    blocked = exists().where(
        earlier.record_kind == OutboxItem.record_kind,
        earlier.record_id == OutboxItem.record_id,
        earlier.seq < OutboxItem.seq,
        earlier.state != ItemState.PENDING.value,
    )
    statement = (
        select(OutboxItem)
        .where(OutboxItem.state == ItemState.PENDING.value, ~blocked)
        .order_by(OutboxItem.seq)
        .limit(1)
    )
    return session.scalars(statement).first()


# ---- applying server rows -----------------------------------------------------------------


def apply_remote(session: Session, row: RemoteRow, now: datetime) -> None:
    """A server row: laid over the cached one if newer, or kept aside if local work holds it."""
    if is_held(session, row.kind, row.id):
        keep_copy(session, row.kind, row.id, row.version, row.data, now)
    else:
        upsert_newer(session, row.kind, [row])


def answer_rows(item: OutboxItem, body: Any) -> list[RemoteRow]:
    """The rows a write answer carries: ``{record, result}`` for a review, else the row itself."""
    if not isinstance(body, Mapping):
        return []
    rows: list[RemoteRow] = []
    if isinstance(body.get("record"), Mapping):
        rows.append(parse_row(item.record_kind, body["record"]))
    if isinstance(body.get("result"), Mapping):
        rows.append(parse_row(REVIEW_RESULTS, body["result"]))
    if not rows and "id" in body and "version" in body:
        rows.append(parse_row(item.record_kind, body))
    return rows


# ---- settling and undoing -----------------------------------------------------------------


def settle(session: Session, kind: str, row_id: str) -> None:
    """Once no item holds the row: apply its newer server copy, or drop a local orphan."""
    if is_held(session, kind, row_id):
        return
    copy = copy_of(session, kind, row_id)
    row = read_row(session, kind, row_id)
    if copy is not None:
        if copy.deleted:
            if row is None or row.version <= copy.version:
                delete_row(session, kind, row_id)
        elif row is None or copy.version > row.version:
            write_row(session, kind, row_id, copy.version, copy_data(copy))
        session.delete(copy)
        session.flush()
    elif row is not None and row.version <= 0:
        delete_row(session, kind, row_id)


def _restore(session: Session, kind: str, row_id: str) -> None:
    """Put a row back to what the server last said (or remove it if the server never had it)."""
    copy = copy_of(session, kind, row_id)
    if copy is None:
        row = read_row(session, kind, row_id)
        if row is not None and row.version <= 0:
            delete_row(session, kind, row_id)
        return
    if copy.deleted:
        delete_row(session, kind, row_id)
    else:
        write_row(session, kind, row_id, copy.version, copy_data(copy))


def live_items_touching(session: Session, rows: Iterable[tuple[str, str]]) -> list[OutboxItem]:
    """The items that changed any of ``rows``, oldest first (to re-apply after an undo)."""
    wanted = set(rows)
    if not wanted:
        return []
    seqs = {
        seq
        for seq, kind, row_id in session.execute(
            select(OutboxRow.item_seq, OutboxRow.kind, OutboxRow.row_id)
        )
        if (kind, row_id) in wanted
    }
    if not seqs:
        return []
    statement = select(OutboxItem).where(OutboxItem.seq.in_(seqs)).order_by(OutboxItem.seq)
    return list(session.scalars(statement))


def _doomed_followers(session: Session, item: OutboxItem) -> list[OutboxItem]:
    """Later items on the record that cannot succeed once ``item`` is dropped.

    Dropping the creation of a record, or any change to a record the server deleted, leaves
    nothing for the later changes to apply to: they go with it.
    """
    copy = copy_of(session, item.record_kind, item.record_id)
    gone = item.action == ItemAction.CREATE.value or (copy is not None and copy.deleted)
    if not gone:
        return []
    statement = select(OutboxItem).where(
        OutboxItem.record_kind == item.record_kind,
        OutboxItem.record_id == item.record_id,
        OutboxItem.seq > item.seq,
    )
    return list(session.scalars(statement))


def drop_item(session: Session, item: OutboxItem, reviewer: str, now: datetime) -> int:
    """Remove an item and undo its effect: rows back to the server's, later items re-applied.

    Returns how many items were removed (the item, plus later ones on a record that will not
    exist, see ``_doomed_followers``).
    """
    dropped = [item, *_doomed_followers(session, item)]
    touched = list(dict.fromkeys(row for each in dropped for row in rows_of(session, each.seq)))
    for each in dropped:
        session.delete(each)
    session.flush()
    for kind, row_id in touched:
        _restore(session, kind, row_id)
    for remaining in live_items_touching(session, touched):
        apply_effect(session, item_effect(remaining, reviewer, remaining.created_at))
    for kind, row_id in touched:
        settle(session, kind, row_id)
    return len(dropped)


# ---- recording answers --------------------------------------------------------------------


def rebase(session: Session, item: OutboxItem, old: int | None, new: int) -> None:
    """Later items on the same record that were based on ``old`` are now based on ``new``.

    Used after our own write moved the record's version: the change in between is ours, so it
    is no conflict.
    """
    statement = (
        update(OutboxItem)
        .where(
            OutboxItem.record_kind == item.record_kind,
            OutboxItem.record_id == item.record_id,
            OutboxItem.seq > item.seq,
            OutboxItem.expected_version == (old or 0),
        )
        .values(expected_version=new)
    )
    session.execute(statement)


def record_success(session: Session, item: OutboxItem, body: Any, now: datetime) -> None:
    """The server applied the item: drop it, take the rows it answered with, settle."""
    touched = rows_of(session, item.seq)
    rows = answer_rows(item, body)
    session.delete(item)
    session.flush()
    for row in rows:
        apply_remote(session, row, now)
        if (row.kind, row.id) == (item.record_kind, item.record_id):
            rebase(session, item, item.expected_version, row.version)
    if item.action == ItemAction.DELETE:
        keep_copy(
            session,
            item.record_kind,
            item.record_id,
            item.expected_version or 0,
            None,
            now,
            deleted=True,
        )
    for kind, row_id in dict.fromkeys([*touched, *((row.kind, row.id) for row in rows)]):
        settle(session, kind, row_id)


def record_conflict(
    session: Session, item: OutboxItem, problem: ProblemResponse, now: datetime
) -> None:
    """412: keep both versions — ours in the item and the row, theirs as the server copy."""
    item.state = ItemState.CONFLICT.value
    item.error = problem.message
    item.error_code = problem.code
    current = problem.body.get("current")
    if isinstance(current, Mapping):
        row = parse_row(item.record_kind, current)
        keep_copy(session, row.kind, row.id, row.version, row.data, now)
    session.flush()


def record_failure(session: Session, item: OutboxItem, message: str, code: str) -> None:
    """A permanent refusal: the item stays, marked, until the person retries or drops it."""
    item.state = ItemState.FAILED.value
    item.error = message
    item.error_code = code
    session.flush()


def deleted_message(item: OutboxItem) -> str:
    """What the person is told when the record of a queued change was deleted on the server."""
    return (
        f"该记录已在服务器上删除，您的操作“{item.label}”无法提交。"
        "请在“待同步”列表中放弃此项（记录将从本地移除）。"
    )


def mark_deleted_on_server(
    session: Session, kind: str, row_id: str, version: int, now: datetime
) -> None:
    """A held row was deleted on the server: keep the deletion aside and tell the person."""
    keep_copy(session, kind, row_id, version, None, now, deleted=True)
    statement = select(OutboxItem).where(
        OutboxItem.record_kind == kind,
        OutboxItem.record_id == row_id,
        OutboxItem.state.in_([state.value for state in LIVE_STATES]),
    )
    for item in session.scalars(statement):
        record_failure(session, item, deleted_message(item), "deleted_on_server")
