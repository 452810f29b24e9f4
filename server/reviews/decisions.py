"""Recording one decision: the append-only submission, the day's result and the record's state.

``record_decision`` is the one place a decision changes anything, for every level (the joint
review saves platform results through it too):

* ``review_submissions`` gets the decision exactly as received and keeps it forever;
* ``review_results`` holds one row per (record, level, day), its id derived from that key
  (``review_result_id``): a second decision the same day replaces the first's row, rows of
  other days are never touched (manual 3.2.7: "只保存每天最新提交的记录");
* the record's per-level columns follow ``core.workflow.apply_decision`` (an older-dated
  decision replayed late leaves the newer state alone), and its ``updated_at`` moves so its
  version always changes: a second reviewer still holding the old version gets 412.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from core import workflow
from core.vocab import Decision, Level, RecordKind
from server.models import ReviewResult, ReviewSubmission, review_result_id
from server.records.context import WriteContext
from server.records.state import review_state, store_state


@dataclass(frozen=True)
class Verdict:
    """A decision to record: its client-made id and what was decided on which day."""

    id: str
    level: Level
    decision: Decision
    opinion: str
    review_date: date


def record_decision(
    ctx: WriteContext, kind: RecordKind, record: Any, verdict: Verdict
) -> ReviewResult:
    """Store ``verdict`` on ``record`` (locked by the caller) and return the day's result row."""
    ctx.session.add(_submission(ctx, kind, record, verdict))
    result = _day_result(ctx, kind, record, verdict)
    state = workflow.apply_decision(
        review_state(kind, record), verdict.level, verdict.decision, verdict.review_date
    )
    store_state(kind, record, state)
    record.updated_at = ctx.now
    ctx.session.flush()
    return result


def _submission(ctx: WriteContext, kind: RecordKind, record: Any, verdict: Verdict) -> Any:
    """The append-only log row, exactly as received."""
    return ReviewSubmission(
        id=verdict.id,
        region_code=record.region_code,
        record_kind=str(kind),
        record_id=record.id,
        level=str(verdict.level),
        decision=str(verdict.decision),
        opinion=verdict.opinion,
        reviewer=ctx.actor.account_id,
        review_date=verdict.review_date,
        created_at=ctx.now,
    )


def _day_result(ctx: WriteContext, kind: RecordKind, record: Any, verdict: Verdict) -> Any:
    """The (record, level, day) result row, created or replaced by ``verdict``."""
    result_id = review_result_id(str(kind), record.id, str(verdict.level), verdict.review_date)
    result = ctx.session.get(ReviewResult, result_id)
    if result is None:
        result = ReviewResult(
            id=result_id,
            region_code=record.region_code,
            record_kind=str(kind),
            record_id=record.id,
            level=str(verdict.level),
            review_date=verdict.review_date,
            created_at=ctx.now,
        )
        ctx.session.add(result)
    result.decision = str(verdict.decision)
    result.opinion = verdict.opinion
    result.reviewer = ctx.actor.account_id
    result.submission_id = verdict.id
    result.updated_at = ctx.now
    return result
