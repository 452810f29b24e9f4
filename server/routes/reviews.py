"""``POST /api/v1/records/{kind}/{id}/reviews`` (a decision) and ``GET …/audit`` (审核日志).

Deciding needs 【审核】 or 【外审】 (``core.workflow.can_review`` then checks the level against
the account's region level); reading the audit log needs only the record to be in the
account's region, like every other read.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Response

from core.vocab import Permission
from server.auth.actor import Actor, CurrentActor, require
from server.problems import NOT_FOUND, ProblemError
from server.records.kinds import KindHandler
from server.records.registry import HANDLERS
from server.reviews.audit import audit_log
from server.reviews.requests import ReviewRequest
from server.reviews.service import submit_review
from server.routes.record_views import AuditLog, ReviewAnswer
from server.routes.records import Expected, ServicesDep, Writer, write_context
from server.scope import get_visible

router = APIRouter(prefix="/records", tags=["审核"])

Reviewer = Annotated[Actor, Depends(require(Permission.REVIEW, Permission.EXTERNAL_REVIEW))]


def handler_of(kind: str) -> KindHandler:
    """The handler of a ``{kind}`` path segment; 404 for a kind that does not exist."""
    handler = HANDLERS.get(kind)
    if handler is None:
        raise ProblemError(NOT_FOUND, f"没有“{kind}”这类记录，应为 {'、'.join(HANDLERS)} 之一")
    return handler


@router.post(
    "/{kind}/{record_id}/reviews",
    status_code=201,
    response_model=ReviewAnswer,
    summary="提交审核结果（同意/退回）",
)
def post_review(
    kind: str,
    record_id: str,
    body: ReviewRequest,
    actor: Reviewer,
    write: Writer,
    expected: Expected,
) -> Response:
    """Submit one level's decision (同意/退回) on a record."""
    handler = handler_of(kind)
    base = expected.resolve(body.base_version)
    return write.run(
        lambda session: submit_review(write_context(write, session), handler, record_id, body, base)
    )


@router.get("/{kind}/{record_id}/audit", response_model=AuditLog, summary="查看审核日志")
def get_audit(kind: str, record_id: str, actor: CurrentActor, services: ServicesDep) -> AuditLog:
    """The record's audit log (审核日志), newest first."""
    handler = handler_of(kind)
    with services.db.read() as session:
        get_visible(session, handler.model, record_id, actor)
        entries = audit_log(session, handler.kind, record_id)
    return AuditLog.model_validate({"kind": kind, "record_id": record_id, "entries": entries})
