"""What the cache knows about its server: the sync cursor and the facts around it.

One row (``id`` = 1). ``cursor`` is written only in the transaction that commits the page it
covers (CouchDB's checkpoint rule), so an interrupted pull resumes exactly after the last
committed page. ``server_version`` is the highest counter value the server ever reported; a
lower one later means the server was restored from a backup (SPEC §7).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import CacheBase

STATE_ROW_ID = 1


class SyncState(CacheBase):
    """The single sync-state row of this cache (server + account)."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_url: Mapped[str] = mapped_column(String(300))
    account_id: Mapped[str] = mapped_column(String(20))
    account_json: Mapped[str] = mapped_column(Text, default="{}")
    cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    server_version: Mapped[int] = mapped_column(BigInteger, default=0)
    full_resyncs: Mapped[int] = mapped_column(Integer, default=0)
    clock_offset_seconds: Mapped[float] = mapped_column(default=0.0)
    last_success_at: Mapped[datetime | None]
