"""The body of ``POST /records/{kind}/{id}/reviews`` and the checks of its values.

The review id is made by the client when the person clicks 同意/退回 (possibly offline), so a
decision replayed from an outbox can be recognised and never applied twice.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from core import workflow
from core.vocab import Decision, Level
from server.records.bodies import RecordId
from server.validation_messages import FieldProblem


class ReviewRequest(BaseModel):
    """One level's decision on one record, dated the day the reviewer made it."""

    model_config = ConfigDict(extra="forbid")

    id: RecordId = Field(description="客户端生成的审核编号（小写 UUID），重发时保持不变")
    level: Level = Field(description="审核级别：县级、市级或省级（平台联审由联审功能保存）")
    decision: Decision = Field(description="同意 或 退回")
    opinion: str = Field(default="", max_length=1000, description="预设意见加审核说明")
    review_date: date = Field(description="审核日期（审核人点击提交的那一天）")
    base_version: int | None = Field(default=None, ge=0, description="可代替 If-Match")


def request_problems(request: ReviewRequest, today: date, created_on: date) -> list[FieldProblem]:
    """Every problem of the decision's own values: the opinion and the date."""
    problems: list[FieldProblem] = []
    refusal = workflow.opinion_refusal(request.decision, request.opinion)
    if refusal is not None:
        problems.append(FieldProblem("opinion", f"审核意见：{refusal}"))
    if request.review_date > today:
        problems.append(
            FieldProblem("review_date", f"审核日期：不能晚于今天（{today.isoformat()}）")
        )
    elif request.review_date < created_on:
        problems.append(
            FieldProblem(
                "review_date",
                f"审核日期：不能早于记录的建档日期（{created_on.isoformat()}）",
            )
        )
    return problems
