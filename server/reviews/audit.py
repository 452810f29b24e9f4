"""A record's audit log (审核日志, manual 3.2.7): every level's result, newest first.

It reads ``review_results`` — one row per level per day, as the manual keeps it — ordered by
``core.workflow.newest_first`` (by day, the later chain level first on the same day) so the
desktop's timeline and this answer never disagree. Reviewers' names come along because the
reviewer of a higher level may be an account the reader cannot sync.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import workflow
from core.vocab import Decision, Level, RecordKind
from core.workflow import AuditEntry, LevelResult
from server.models import Account, ReviewResult


def _entry(row: ReviewResult) -> AuditEntry:
    """The core's view of a result, for its ordering rule."""
    return AuditEntry(
        level=Level(row.level),
        decision=Decision(row.decision),
        on=row.review_date,
        opinion=row.opinion,
        reviewer=row.reviewer,
    )


def _view(row: ReviewResult, reviewer_name: str | None) -> dict[str, Any]:
    """One audit line as the desktop shows it, with the list-page mark (√ / 退 / ×)."""
    level, decision = Level(row.level), Decision(row.decision)
    return {
        "id": row.id,
        "version": row.version,
        "level": row.level,
        "decision": row.decision,
        "mark": workflow.mark(LevelResult(decision, row.review_date), level),
        "opinion": row.opinion,
        "reviewer": row.reviewer,
        "reviewer_name": reviewer_name or "",
        "review_date": row.review_date.isoformat(),
        "updated_at": row.updated_at.isoformat(),
    }


def audit_log(session: Session, kind: RecordKind, record_id: str) -> list[dict[str, Any]]:
    """The results of every level of one record, newest first."""
    statement = (
        select(ReviewResult, Account.name)
        .outerjoin(Account, Account.id == ReviewResult.reviewer)
        .where(ReviewResult.record_kind == str(kind), ReviewResult.record_id == record_id)
    )
    rows = {_entry(result): (result, name) for result, name in session.execute(statement)}
    return [_view(*rows[entry]) for entry in workflow.newest_first(rows)]
