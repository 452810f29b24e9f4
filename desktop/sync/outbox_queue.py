"""The outbox as the person sees it: counts, the list, conflicts and the choices about them.

A conflict (412) keeps both versions and overwrites nothing; the person chooses:

* **keep mine** — send the same change again, now based on the server's newer version, under a
  *new* idempotency key (the old key's stored answer is the 412, and a replay would repeat it);
* **take theirs** — drop my change; the rows go back to the server's version and my later
  changes to them are applied again on top.

A failed item (a permanent refusal, or its record deleted on the server) can be dropped the
same way, or retried (e.g. after the declaration window reopened), again under a new key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import STATE_ROW_ID, ItemState, OutboxItem, SyncState
from desktop.models.database import CacheDatabase
from desktop.sync.clock import ServerClock
from desktop.sync.outbox_store import drop_item, new_key
from desktop.sync.rows import copy_data, copy_of, read_row


@dataclass(frozen=True)
class OutboxCounts:
    """How many items wait to be sent, conflict, or were refused."""

    pending: int = 0
    conflicts: int = 0
    failed: int = 0

    @property
    def total(self) -> int:
        return self.pending + self.conflicts + self.failed


@dataclass(frozen=True)
class OutboxEntry:
    """One queued change as the outbox list shows it."""

    seq: int
    action: str
    label: str
    state: ItemState
    error: str
    attempts: int
    created_at: datetime
    record_kind: str
    record_id: str


@dataclass(frozen=True)
class ConflictView:
    """Both sides of a conflicted (or failed) item, for the conflict dialog."""

    entry: OutboxEntry
    mine: dict[str, Any] | None
    theirs: dict[str, Any] | None
    theirs_version: int | None
    deleted_on_server: bool


class NoSuchItem(LookupError):
    """The item was already sent, dropped or resolved (e.g. by another window)."""


def _entry(item: OutboxItem) -> OutboxEntry:
    return OutboxEntry(
        seq=item.seq,
        action=item.action,
        label=item.label,
        state=ItemState(item.state),
        error=item.error,
        attempts=item.attempts,
        created_at=item.created_at,
        record_kind=item.record_kind,
        record_id=item.record_id,
    )


def outbox_counts(session: Session) -> OutboxCounts:
    """The counts of the outbox in the caller's transaction."""
    statement = select(OutboxItem.state, func.count()).group_by(OutboxItem.state)
    counts = {state: count for state, count in session.execute(statement)}
    return OutboxCounts(
        pending=counts.get(ItemState.PENDING.value, 0),
        conflicts=counts.get(ItemState.CONFLICT.value, 0),
        failed=counts.get(ItemState.FAILED.value, 0),
    )


class OutboxQueue:
    """Reads and person decisions over the outbox of one cache."""

    def __init__(self, db: CacheDatabase, clock: ServerClock) -> None:
        self._db = db
        self._clock = clock

    def counts(self) -> OutboxCounts:
        """The counts the status bar shows."""
        with self._db.read() as session:
            return outbox_counts(session)

    def entries(self, states: tuple[ItemState, ...] = tuple(ItemState)) -> list[OutboxEntry]:
        """The items in the given states, oldest first."""
        with self._db.read() as session:
            statement = (
                select(OutboxItem)
                .where(OutboxItem.state.in_([state.value for state in states]))
                .order_by(OutboxItem.seq)
            )
            return [_entry(item) for item in session.scalars(statement)]

    def problems(self) -> list[OutboxEntry]:
        """Conflicts and failures: what the person must look at."""
        return self.entries((ItemState.CONFLICT, ItemState.FAILED))

    def conflict(self, seq: int) -> ConflictView:
        """Mine (the cached row with my change) and theirs (the server's row) side by side."""
        with self._db.read() as session:
            item = self._item(session, seq)
            mine = read_row(session, item.record_kind, item.record_id)
            copy = copy_of(session, item.record_kind, item.record_id)
            return ConflictView(
                entry=_entry(item),
                mine=None if mine is None else mine.data,
                theirs=None if copy is None or copy.deleted else copy_data(copy),
                theirs_version=None if copy is None else copy.version,
                deleted_on_server=bool(copy is not None and copy.deleted),
            )

    def keep_mine(self, seq: int) -> None:
        """Send my change again over the server's current version (new idempotency key)."""
        with self._db.write() as session:
            item = self._item(session, seq)
            if item.state != ItemState.CONFLICT.value:
                raise NoSuchItem(f"第 {seq} 项不是冲突状态，无需选择保留哪一方。")
            copy = copy_of(session, item.record_kind, item.record_id)
            if copy is None or copy.deleted:
                raise NoSuchItem("服务器上的记录已删除，无法保留您的修改，只能放弃。")
            self._rebase_later(session, item, copy.version)
            item.expected_version = copy.version
            self._requeue(item)

    def take_theirs(self, seq: int) -> int:
        """Drop my change and show the server's version; returns how many items were dropped.

        My later changes to the record stay queued and are applied again on top of the
        server's version — unless the record will not exist (I dropped its creation, or the
        server deleted it): then they go too, since nothing is left for them to change.
        """
        with self._db.write() as session:
            item = self._item(session, seq)
            return drop_item(session, item, self._reviewer(session), self._clock.now())

    discard = take_theirs

    def retry(self, seq: int) -> None:
        """Send a failed item again (e.g. after the declaration window reopened)."""
        with self._db.write() as session:
            item = self._item(session, seq)
            if item.state != ItemState.FAILED.value:
                raise NoSuchItem(f"第 {seq} 项没有失败，无需重试。")
            if item.error_code == "deleted_on_server":
                raise NoSuchItem("该记录已在服务器上删除，重试也无法提交，请放弃此项。")
            self._requeue(item)

    # ---- helpers --------------------------------------------------------------------------

    @staticmethod
    def _item(session: Session, seq: int) -> OutboxItem:
        item = session.get(OutboxItem, seq)
        if item is None:
            raise NoSuchItem(f"第 {seq} 项已不在待同步列表中（可能已提交或已放弃）。")
        return item

    @staticmethod
    def _reviewer(session: Session) -> str:
        state = session.get(SyncState, STATE_ROW_ID)
        return state.account_id if state is not None else ""

    @staticmethod
    def _requeue(item: OutboxItem) -> None:
        item.idempotency_key = new_key()
        item.state = ItemState.PENDING.value
        item.error = ""
        item.error_code = ""
        item.attempts = 0

    @staticmethod
    def _rebase_later(session: Session, item: OutboxItem, version: int) -> None:
        statement = select(OutboxItem).where(
            OutboxItem.record_kind == item.record_kind,
            OutboxItem.record_id == item.record_id,
            OutboxItem.seq > item.seq,
            OutboxItem.expected_version == item.expected_version,
        )
        for later in session.scalars(statement):
            later.expected_version = version
