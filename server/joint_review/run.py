"""``POST /joint-review``: judge a region's applications or completions against the registries,
as a preview or saving a platform result per record (manual §3.3 "保存联审结果").

Who may: 【审核】 at county level, a city's 市辖区 account included — exactly what
``core.workflow.can_review`` allows for the platform level (403 otherwise). Which records: those
of the region (by prefix) that the account may see; ``can_review`` skips the ones the county
already passed or returned and the ones without materials, with its reason. Each remaining
record is judged by ``core.joint_review`` at its judgment dates, with the ownership and
inspection registries consulted as the declaration status in force says.

Saving writes 同意 (no problem) or 退回 (the problem texts as the opinion) at the platform
level through ``server.reviews.decisions.record_decision`` — the mechanism every level uses:
one result per level per day, the append-only submission log, the record's columns and a new
version — and keeps the problem texts on the record (``joint_review_problems``). A preview
writes nothing. The whole request is one keyed write, so a replay returns the first answer.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from core import regions, workflow
from core.declaration import DeclarationStatus, WriteAction, write_refusal
from core.joint_review import (
    EVERY_REGISTRY,
    PROBLEM_SEPARATOR,
    Checks,
    Outcome,
    Registries,
    ShipFacts,
    review_ship,
)
from core.materials import operation_for_ship_type
from core.vocab import Decision, Level, Policy, Project, RecordKind
from core.workflow import ReviewState
from server.declaration_window import current_status
from server.joint_review.registries import RegistryState, read_registries, registry_states
from server.problems import OUT_OF_SCOPE, PERMISSION_DENIED, ProblemError, validation_problem
from server.records.context import WriteContext
from server.records.kinds import KindHandler
from server.records.registry import HANDLERS
from server.records.state import review_state
from server.records.window import ensure_open
from server.reviews.decisions import Verdict, record_decision
from server.scope import is_visible, prefix_condition, scope_filter
from server.validation_messages import FieldProblem
from server.writes import WriteResult

JointKind = Literal["applications", "completions"]


class JointReviewRequest(BaseModel):
    """What to review: the kind, the region (its counties too, by prefix) and whether to save."""

    model_config = ConfigDict(extra="forbid")

    kind: JointKind = Field(description="applications（拆建申请）或 completions（拆建完结）")
    region_code: str = Field(pattern=r"^[0-9]{6}$", description="所在区划，如 430121")
    save: bool = Field(default=False, description="是否保存联审结果（否则只预览）")


class RecordResult(BaseModel):
    """One judged record: passed, or every problem with its judgment-date mark."""

    record_id: str
    ship_name: str
    passed: bool
    problems: list[str]
    version: int


class SkippedRecord(BaseModel):
    """A record of the region the joint review did not judge, and why."""

    record_id: str
    ship_name: str
    reason: str


class Summary(BaseModel):
    total: int
    checked: int
    passed: int
    failed: int
    skipped: int


class JointReviewAnswer(BaseModel):
    """Results, skipped records, counts, and the registries and checks they were judged with."""

    kind: JointKind
    region_code: str
    saved: bool
    review_date: date
    check_ownership: bool
    check_inspection: bool
    registries: list[RegistryState]
    results: list[RecordResult]
    skipped: list[SkippedRecord]
    summary: Summary


@dataclass(frozen=True)
class _Judged:
    record: Any
    outcome: Outcome


def run_joint_review(ctx: WriteContext, request: JointReviewRequest) -> WriteResult:
    """The keyed write's work: refusals first, then judge every record, then save or not."""
    handler = HANDLERS[request.kind]
    _ensure_reviewer(ctx, handler.kind)
    _ensure_region(ctx, request.region_code)
    status = _status(ctx, handler.kind, save=request.save)
    checks = _checks(status)
    records = _records(ctx, handler, request.region_code, lock=request.save)
    judged, skipped = _judge_all(
        ctx, handler.kind, records, checks, status if request.save else None
    )
    results = [_save(ctx, handler.kind, j) if request.save else _result(j) for j in judged]
    answer = JointReviewAnswer(
        kind=request.kind,
        region_code=request.region_code,
        saved=request.save,
        review_date=ctx.today,
        check_ownership=checks.ownership,
        check_inspection=checks.inspection,
        registries=registry_states(ctx.session),
        results=results,
        skipped=skipped,
        summary=_summary(len(records), results, skipped),
    )
    return WriteResult(200, answer.model_dump(mode="json"))


def _ensure_reviewer(ctx: WriteContext, kind: RecordKind) -> None:
    """403 with ``core.workflow``'s reasons when the account may not run the platform level.

    Asked on a neutral record (uploaded, undecided), so only the account's own reasons —
    permission and region level — can come back.
    """
    neutral = ReviewState(materials_uploaded_at=ctx.today)
    reasons = workflow.can_review(
        kind, neutral, Level.PLATFORM, ctx.actor.region_level, ctx.actor.permissions
    )
    if reasons:
        raise ProblemError(PERMISSION_DENIED, "\n".join(reasons), reasons=reasons)


def _ensure_region(ctx: WriteContext, region_code: str) -> None:
    region = regions.find(region_code)
    if region is None:
        raise validation_problem(
            [FieldProblem("region_code", f"所在区划：区划代码“{region_code}”不是湖南省的区划")]
        )
    if not is_visible(ctx.actor, region_code):
        raise ProblemError(
            OUT_OF_SCOPE, f"“{region.name}”不在本账号的管辖范围内，不能对其记录进行平台联审"
        )


def _status(ctx: WriteContext, kind: RecordKind, *, save: bool) -> DeclarationStatus | None:
    """Saving is a review and needs an open window (409); a preview only reads."""
    if save:
        return ensure_open(ctx, WriteAction.REVIEW, kind)
    return current_status(ctx.session)


def _checks(status: DeclarationStatus | None) -> Checks:
    if status is None:
        return EVERY_REGISTRY
    return Checks(ownership=status.check_ownership, inspection=status.check_inspection)


def _records(ctx: WriteContext, handler: KindHandler, region_code: str, *, lock: bool) -> list[Any]:
    """The region's records the actor may see, by ship name; locked when results are saved."""
    model: Any = handler.model
    statement = (
        select(model)
        .where(
            prefix_condition(model.region_code, regions.scope_prefix(region_code)),
            scope_filter(model, ctx.actor),
        )
        .order_by(model.ship_name, model.id)
    )
    if lock:
        statement = statement.with_for_update()
    return list(ctx.session.scalars(statement))


def _judge_all(
    ctx: WriteContext,
    kind: RecordKind,
    records: list[Any],
    checks: Checks,
    saving_under: DeclarationStatus | None,
) -> tuple[list[_Judged], list[SkippedRecord]]:
    """Every record judged or skipped, in the records' order."""
    registries = read_registries(ctx.session) if records else Registries()
    verdicts = [_judge(ctx, kind, r, registries, checks, saving_under) for r in records]
    judged = [v for v in verdicts if isinstance(v, _Judged)]
    skipped = [v for v in verdicts if isinstance(v, SkippedRecord)]
    return judged, skipped


def _judge(
    ctx: WriteContext,
    kind: RecordKind,
    record: Any,
    registries: Registries,
    checks: Checks,
    saving_under: DeclarationStatus | None,
) -> _Judged | SkippedRecord:
    reason = _skip_reason(ctx, kind, record, saving_under)
    if reason is None:
        try:
            return _Judged(record, review_ship(_facts(kind, record), registries, checks))
        except ValueError as error:  # a record the rules cannot judge; the core says why
            reason = str(error)
    return SkippedRecord(record_id=record.id, ship_name=record.ship_name, reason=reason)


def _skip_reason(
    ctx: WriteContext, kind: RecordKind, record: Any, saving_under: DeclarationStatus | None
) -> str | None:
    """Why the record is not judged: decided by the county, no materials, another year."""
    reasons = workflow.can_review(
        kind,
        review_state(kind, record),
        Level.PLATFORM,
        ctx.actor.region_level,
        ctx.actor.permissions,
    )
    if saving_under is not None:
        refusal = write_refusal(saving_under, ctx.today, WriteAction.REVIEW, kind, year=record.year)
        reasons += [refusal] if refusal else []
    return "\n".join(reasons) if reasons else None


def _facts(kind: RecordKind, record: Any) -> ShipFacts:
    return ShipFacts(
        kind=kind,
        policy=Policy(record.policy),
        project=Project(record.project),
        operation=operation_for_ship_type(record.ship_type),
        ship_name=record.ship_name,
        operator=record.operator,
        licence_no=record.licence_no,
        operation_cert_no=record.operation_cert_no,
        ship_id_no=record.ship_id_no,
        application_date=record.application_date,
        dismantle_start=getattr(record, "dismantle_start", None),
        archive_date=getattr(record, "archive_date", None),
    )


def _result(judged: _Judged) -> RecordResult:
    record, outcome = judged.record, judged.outcome
    return RecordResult(
        record_id=record.id,
        ship_name=record.ship_name,
        passed=outcome.passed,
        problems=outcome.texts,
        version=record.version,
    )


def _save(ctx: WriteContext, kind: RecordKind, judged: _Judged) -> RecordResult:
    """The platform result of today, its problems on the record, a new version."""
    record, outcome = judged.record, judged.outcome
    record.joint_review_problems = PROBLEM_SEPARATOR.join(outcome.texts)
    verdict = Verdict(
        id=str(uuid.uuid4()),
        level=Level.PLATFORM,
        decision=Decision.PASS if outcome.passed else Decision.RETURN,
        opinion=outcome.opinion,
        review_date=ctx.today,
    )
    record_decision(ctx, kind, record, verdict)
    return _result(judged)


def _summary(total: int, results: list[RecordResult], skipped: list[SkippedRecord]) -> Summary:
    passed = sum(r.passed for r in results)
    return Summary(
        total=total,
        checked=len(results),
        passed=passed,
        failed=len(results) - passed,
        skipped=len(skipped),
    )
