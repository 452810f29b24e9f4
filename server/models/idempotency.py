"""Stored first responses of writes, keyed by the client's ``Idempotency-Key`` (SPEC §7)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from server.models.accounts import ACCOUNT_ID_LENGTH
from server.models.base import Base

KEY_MAX_LENGTH = 200


class IdempotencyKey(Base):
    """The first response to one key of one account, and the hash of the request it answered.

    ``headers`` keeps the response headers that matter on replay (ETag, Location, Retry-After).

    Keys are per account: two accounts can never see each other's stored responses.
    ``status_code`` 0 marks a key claimed by a write still in progress (the claim row is what
    makes a concurrent duplicate wait for the first to finish, then replay it).
    """

    __tablename__ = "idempotency_keys"
    __table_args__ = (Index("ix_idempotency_keys_created_at", "created_at"),)

    account_id: Mapped[str] = mapped_column(String(ACCOUNT_ID_LENGTH), primary_key=True)
    key: Mapped[str] = mapped_column(String(KEY_MAX_LENGTH), primary_key=True)
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str] = mapped_column(String(100))
    body: Mapped[bytes] = mapped_column(LargeBinary)
    headers: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]
