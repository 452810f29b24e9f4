"""The outbox: every local write waiting to reach the server, in the order it was made.

An item is written in the same transaction as its effect on the cached rows (SPEC §8: "Nothing
typed is ever lost"), and removed in the same transaction that applies the server's answer, so
after any crash an item is either still queued (and is sent again with the *same*
idempotency key, which the server answers by replaying its first response) or already applied.

``outbox_rows`` lists the cached rows an item changed: the sync engine never lays a server row
over one of them while the item lives (the server copy is kept aside instead), and
``materials`` never evicts the files of their records.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import ID_LENGTH, CacheBase


class ItemState(StrEnum):
    """Where an outbox item stands; only ``pending`` items are sent."""

    PENDING = "pending"
    CONFLICT = "conflict"
    FAILED = "failed"


class ItemAction(StrEnum):
    """What the item does, for the outbox view and for replaying its local effect."""

    CREATE = "create"
    MODIFY = "modify"
    DELETE = "delete"
    REVIEW = "review"


class OutboxItem(CacheBase):
    """One queued write: an HTTP request and the person-readable description of it.

    ``body`` is the exact JSON text sent every time (the server binds the idempotency key to
    method, path and body). ``expected_version`` is the ``If-Match`` version of the record;
    it moves forward when an earlier item of ours on the same record succeeds, and when the
    person decides to keep their change over a newer server version.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_state_seq", "state", "seq"),
        Index("ix_outbox_record", "record_kind", "record_id"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    idempotency_key: Mapped[str] = mapped_column(String(ID_LENGTH), unique=True)
    action: Mapped[str] = mapped_column(String(8))
    method: Mapped[str] = mapped_column(String(8))
    path: Mapped[str] = mapped_column(String(200))
    body: Mapped[str | None] = mapped_column(Text)
    expected_version: Mapped[int | None] = mapped_column(BigInteger)
    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    label: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(10), default=ItemState.PENDING)
    error: Mapped[str] = mapped_column(Text, default="")
    error_code: Mapped[str] = mapped_column(String(40), default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]
    last_attempt_at: Mapped[datetime | None]


class OutboxRow(CacheBase):
    """A cached row changed by an outbox item (the record itself, a provisional audit row …)."""

    __tablename__ = "outbox_rows"
    __table_args__ = (Index("ix_outbox_rows_kind_row_id", "kind", "row_id"),)

    item_seq: Mapped[int] = mapped_column(
        ForeignKey("outbox.seq", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
