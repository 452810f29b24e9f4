"""``POST /records/{kind}/{id}/reviews``: a reviewer's 同意/退回 at the county, city or province
level, guarded like every record write (docs/api-contract.md).

Sequence: the record is locked (404 outside the scope); a decision whose id is already known is
a replay and is answered without changing anything — checked *before* the version, because a
replay legitimately carries the version it was first sent with; then the version (412), the
declaration window (409), the review rules of ``core.workflow.can_review`` (409: permission
and region level of the account, materials, earlier levels, the next level) and the values
(422). The platform level is not accepted here: its result comes from the joint review against
the registries, never from a person's click.
"""

from __future__ import annotations

from typing import Any

from core import workflow
from core.declaration import WriteAction
from core.vocab import Level
from server.models import ReviewResult, ReviewSubmission, review_result_id
from server.problems import IDEMPOTENCY_KEY_REUSE, ProblemError
from server.records.context import WriteContext
from server.records.fields import raise_if_invalid
from server.records.kinds import KindHandler
from server.records.refusals import refuse_if
from server.records.state import review_state
from server.records.window import ensure_open
from server.reviews.decisions import Verdict, record_decision
from server.reviews.requests import ReviewRequest, request_problems
from server.scope import get_visible
from server.sync.kinds import encode_object
from server.writes import WriteResult, check_version
from server.writes.preconditions import etag

PLATFORM_REFUSAL = (
    "平台联审结果由【平台联审】核验证照库后保存，不能手工提交；请选择县级、市级或省级审核。"
)


def _answer(record: Any, result: Any) -> WriteResult:
    """201 with the record after the decision and the day's result row."""
    body = {"record": encode_object(record), "result": encode_object(result)}
    return WriteResult(201, body, {"ETag": etag(record.version)})


def _verdict(request: ReviewRequest) -> Verdict:
    """The decision as stored: the opinion without surrounding blanks."""
    return Verdict(
        id=request.id,
        level=request.level,
        decision=request.decision,
        opinion=request.opinion.strip(),
        review_date=request.review_date,
    )


def _replay(
    ctx: WriteContext, handler: KindHandler, record: Any, verdict: Verdict
) -> WriteResult | None:
    """The answer to a decision already recorded under this id, or None for a new one."""
    submission = ctx.session.get(ReviewSubmission, verdict.id)
    if submission is None:
        return None
    received = (
        submission.record_kind,
        submission.record_id,
        submission.level,
        submission.decision,
        submission.opinion,
        submission.review_date,
        submission.reviewer,
    )
    resent = (
        str(handler.kind),
        record.id,
        str(verdict.level),
        str(verdict.decision),
        verdict.opinion,
        verdict.review_date,
        ctx.actor.account_id,
    )
    if received != resent:
        raise ProblemError(
            IDEMPOTENCY_KEY_REUSE,
            f"审核编号 {verdict.id} 已用于另一个审核决定，请为新的审核生成新的编号",
        )
    result_id = review_result_id(received[0], record.id, received[2], verdict.review_date)
    return _answer(record, ctx.session.get(ReviewResult, result_id))


def _review_refusals(
    ctx: WriteContext, handler: KindHandler, record: Any, level: Level
) -> list[str]:
    """Why this account may not submit ``level``'s result on the record now."""
    if level is Level.PLATFORM and workflow.chain(handler.kind):
        return [PLATFORM_REFUSAL]
    return workflow.can_review(
        handler.kind,
        review_state(handler.kind, record),
        level,
        ctx.actor.region_level,
        ctx.actor.permissions,
    )


def submit_review(
    ctx: WriteContext,
    handler: KindHandler,
    record_id: str,
    request: ReviewRequest,
    expected: int,
) -> WriteResult:
    """Record one decision; 201 ``{record, result}``, or the first answer again on a replay."""
    record = get_visible(ctx.session, handler.model, record_id, ctx.actor, for_update=True)
    verdict = _verdict(request)
    replayed = _replay(ctx, handler, record, verdict)
    if replayed is not None:
        return replayed
    check_version(record, expected)
    ensure_open(ctx, WriteAction.REVIEW, handler.kind, year=record.year)
    refuse_if(_review_refusals(ctx, handler, record, verdict.level))
    raise_if_invalid(request_problems(request, ctx.today, record.created_on))
    result = record_decision(ctx, handler.kind, record, verdict)
    return _answer(record, result)
