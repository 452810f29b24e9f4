"""Server copies: the server's latest word on rows that have local work pending.

The sync engine never lays a pulled row over a row an outbox item changed (that would silently
undo what the person did). The pulled row lands here instead; so does the row as it was before
the first local change (to undo a dropped change), the ``current`` row of a 412 answer (the
conflict view shows "theirs" from here) and a deletion (``deleted``) of such a row. When the
last item on the row is settled the copy is applied, if it is newer, and removed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import ID_LENGTH, CacheBase


class ServerCopy(CacheBase):
    """The server's version of row ``id`` of kind ``kind`` (or its deletion)."""

    __tablename__ = "server_copies"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)
    deleted: Mapped[bool] = mapped_column(default=False)
    data: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime]
