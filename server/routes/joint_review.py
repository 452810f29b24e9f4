"""``POST /api/v1/joint-review`` (平台联审, manual §3.3): preview or save the platform results of a
region's applications or completions. A keyed write like every POST (``Idempotency-Key``); the
account's permission and level are judged by ``core.workflow`` inside the work
(``server.joint_review.run``), so the refusal texts are the core's.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Response

from server.joint_review.run import JointReviewAnswer, JointReviewRequest, run_joint_review
from server.records.context import WriteContext
from server.writes import IdempotentWrite, idempotent_write

router = APIRouter(tags=["平台联审"])


@router.post(
    "/joint-review",
    response_model=JointReviewAnswer,
    summary="平台联审（预览或保存联审结果）",
)
def post_joint_review(
    body: JointReviewRequest,
    write: Annotated[IdempotentWrite, Depends(idempotent_write)],
) -> Response:
    return write.run(
        lambda session: run_joint_review(
            WriteContext(session, write.actor, write.services.clock()), body
        )
    )
