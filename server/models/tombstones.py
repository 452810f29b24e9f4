"""Tombstones: what a deleted synced row leaves behind so clients can delete it too.

Written by the version hook (``server.versioning``) with a fresh version, scoped by the
deleted row's region, pruned after the retention period (``server.maintenance``); a cursor
older than the newest pruned tombstone gets 410 (it may have missed a deletion).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from server.models.base import ID_LENGTH, REGION_LENGTH, Base


class Tombstone(Base):
    """The deletion of row ``id`` of sync kind ``kind`` (a table name) at ``version``."""

    __tablename__ = "tombstones"
    __table_args__ = (
        Index("ix_tombstones_version", "version", unique=True),
        Index("ix_tombstones_region_code_version", "region_code", "version"),
        Index("ix_tombstones_deleted_at", "deleted_at"),
    )

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    region_code: Mapped[str] = mapped_column(String(REGION_LENGTH))
    version: Mapped[int] = mapped_column(BigInteger)
    deleted_at: Mapped[datetime]
