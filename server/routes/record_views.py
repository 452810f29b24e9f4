"""Response shapes of the record and review endpoints, for the OpenAPI document.

A record travels in the same shape everywhere — the sync feed, write answers and the
``current`` of a 412: ``{kind, id, version, data}`` (``server.sync.kinds``).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class RecordRow(BaseModel):
    """One synced row: its kind (table name), id, version and column values."""

    kind: str
    id: str
    version: int
    data: dict[str, Any]


class ReviewAnswer(BaseModel):
    """The record after a decision and that day's result row of the level."""

    record: RecordRow
    result: RecordRow


class AuditLine(BaseModel):
    """One result of the audit log (审核日志)."""

    id: str
    version: int
    level: str
    decision: str
    mark: str
    opinion: str
    reviewer: str
    reviewer_name: str
    review_date: str
    updated_at: str


class AuditLog(BaseModel):
    """A record's results of every level, newest first."""

    kind: str
    record_id: str
    entries: list[AuditLine]
