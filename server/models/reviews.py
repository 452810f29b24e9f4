"""Review results: how "one result per level per day replaces the earlier one" and "the audit
log is never edited" (SPEC §5) co-exist.

Two tables, two jobs:

* ``review_submissions`` — every decision ever received, append-only: never updated, never
  deleted (not even with its record). Its id is the client-made UUID of the decision, so a
  replayed offline decision is an insert-or-ignore and is counted once (SPEC §10: 1,000
  offline decisions → exactly 1,000 applied). It is the server's forensic log and does not sync.
* ``review_results`` — the audit log the reviewer sees (审核日志, manual page 3-13: "只保存每天
  最新提交的记录"): at most one row per (record, level, day), unique on exactly that. A second
  submission the same day overwrites that day's row (new version, ``submission_id`` pointing
  at the newest submission); rows of earlier days are never touched. Its id is derived from the
  unique key (``review_result_id``), so a desktop that records a decision offline computes the
  same id the server will use and the replace needs no id mapping.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.models.accounts import ACCOUNT_ID_LENGTH
from server.models.base import ID_LENGTH, REGION_LENGTH, Base, Synced
from server.models.record_parts import DECISION_LENGTH

KIND_LENGTH = 8
LEVEL_LENGTH = 4
REVIEW_RESULT_NAMESPACE = uuid.UUID("7c1f3a52-5d0e-4f7e-9a43-2b9d6c0e8a11")


def review_result_id(record_kind: str, record_id: str, level: str, review_date: date) -> str:
    """The id of the (record, level, day) result: uuid5 over "kind|record|level|YYYY-MM-DD"."""
    key = f"{record_kind}|{record_id}|{level}|{review_date.isoformat()}"
    return str(uuid.uuid5(REVIEW_RESULT_NAMESPACE, key))


class ReviewSubmission(Base):
    """One received decision, kept forever exactly as received."""

    __tablename__ = "review_submissions"
    __table_args__ = (
        Index("ix_review_submissions_record", "record_kind", "record_id", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    region_code: Mapped[str] = mapped_column(String(REGION_LENGTH))
    record_kind: Mapped[str] = mapped_column(String(KIND_LENGTH))
    record_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    level: Mapped[str] = mapped_column(String(LEVEL_LENGTH))
    decision: Mapped[str] = mapped_column(String(DECISION_LENGTH))
    opinion: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str] = mapped_column(String(ACCOUNT_ID_LENGTH))
    review_date: Mapped[date]
    created_at: Mapped[datetime]


class ReviewResult(Synced, Base):
    """The result of one level on one day for one record (see the module docstring)."""

    __tablename__ = "review_results"
    __extra_table_args__ = (UniqueConstraint("record_kind", "record_id", "level", "review_date"),)

    record_kind: Mapped[str] = mapped_column(String(KIND_LENGTH))
    record_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    level: Mapped[str] = mapped_column(String(LEVEL_LENGTH))
    decision: Mapped[str] = mapped_column(String(DECISION_LENGTH))
    opinion: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str] = mapped_column(String(ACCOUNT_ID_LENGTH))
    review_date: Mapped[date]
    submission_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
