"""The domain rules checked on the desktop before a write is queued (the server checks again).

Refusing at once, with the very reasons the server would give (``core.workflow``,
``core.declaration``), is kinder than queueing a decision offline that fails an hour later.
The facts the rules need (review state, children, declaration status in force) are read from
the cache.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import declaration, workflow
from core.vocab import Decision, DeclarationState, Level, Policy, PolicyScope, Project
from desktop.models import Application, CargoOwner, DeclarationStatus, MonthlyReport, Reward
from desktop.models.kinds import RECORD_KINDS
from desktop.models.queries import review_state
from desktop.models.types import to_utc


class ActionRefused(Exception):
    """The write is not allowed now; ``reasons`` lists every reason, in Chinese."""

    def __init__(self, reasons: list[str]) -> None:
        super().__init__("；".join(reasons))
        self.reasons = reasons


def current_declaration(session: Session) -> declaration.DeclarationStatus | None:
    """The declaration status in force, from the cached statuses."""
    statuses = [
        declaration.DeclarationStatus(
            year=int(row.year or 0),
            state=DeclarationState(row.state),
            ship_deadline=row.ship_deadline or declaration.FAR_DEADLINE,
            cargo_deadline=row.cargo_deadline or declaration.FAR_DEADLINE,
            policy_scope=PolicyScope(row.policy_scope or PolicyScope.BOTH),
            check_ownership=bool(row.check_ownership),
            check_inspection=bool(row.check_inspection),
            created_on=row.created_on or date.min,
            created_at=to_utc(row.created_at) if row.created_at else to_utc("1970-01-01T00:00:00"),
            note=row.note or "",
        )
        for row in session.scalars(select(DeclarationStatus).order_by(DeclarationStatus.version))
        if row.state in {state.value for state in DeclarationState}
    ]
    return declaration.current_status(statuses)


def _year(data: Mapping[str, Any]) -> int | None:
    value = data.get("year")
    return int(value) if value is not None else None


def _optional(enum: type[Policy] | type[Project], value: Any) -> Any:
    try:
        return enum(value) if value else None
    except ValueError:
        return None


def _children(session: Session, kind: str, record_id: str) -> tuple[bool, bool]:
    """(has_children, children_passed) as ``core.workflow.RecordFacts`` defines them."""
    if kind == "applicants":
        results = session.scalars(
            select(Application.county_result).where(Application.applicant_id == record_id)
        ).all()
        return bool(results), Decision.PASS.value in results
    if kind == "cargo_owners":
        reports = session.scalar(
            select(MonthlyReport.id).where(MonthlyReport.cargo_owner_id == record_id).limit(1)
        )
        rewards = session.scalars(
            select(Reward.city_result).where(Reward.cargo_owner_id == record_id)
        ).all()
        return bool(reports or rewards), Decision.PASS.value in rewards
    return False, False


def _parent_passed(session: Session, kind: str, data: Mapping[str, Any]) -> bool:
    if kind == "completions":
        parent = session.get(Application, str(data.get("application_id", "")))
        return parent is not None and parent.province_result == Decision.PASS.value
    if kind in ("monthly_reports", "rewards"):
        owner = session.get(CargoOwner, str(data.get("cargo_owner_id", "")))
        return owner is not None and owner.city_result == Decision.PASS.value
    return True


def record_facts(
    session: Session, kind: str, record_id: str, data: Mapping[str, Any]
) -> workflow.RecordFacts:
    """What ``core.workflow``'s modify/delete/create rules need to know, read from the cache."""
    has_children, children_passed = _children(session, kind, record_id)
    return workflow.RecordFacts(
        kind=RECORD_KINDS[kind],
        state=review_state(data),
        policy=_optional(Policy, data.get("policy")),
        project=_optional(Project, data.get("project")),
        has_children=has_children,
        children_passed=children_passed,
        parent_passed=_parent_passed(session, kind, data),
    )


def window_refusal(
    session: Session,
    today: date,
    action: declaration.WriteAction,
    kind: str,
    data: Mapping[str, Any],
) -> list[str]:
    """The declaration window's refusal for this write, as a list (empty = allowed)."""
    policy = _optional(Policy, data.get("policy"))
    reason = declaration.write_refusal(
        current_declaration(session), today, action, RECORD_KINDS[kind], policy, year=_year(data)
    )
    return [reason] if reason else []


def review_refusals(
    session: Session,
    today: date,
    kind: str,
    data: Mapping[str, Any],
    level: Level,
    decision: Decision,
    opinion: str,
    actor: workflow.Actor,
) -> list[str]:
    """Every reason why this decision may not be queued now."""
    reasons = workflow.can_review(
        RECORD_KINDS[kind], review_state(data), level, actor.level, actor.permissions
    )
    opinion_problem = workflow.opinion_refusal(decision, opinion)
    if opinion_problem:
        reasons.append(opinion_problem)
    return reasons + window_refusal(session, today, declaration.WriteAction.REVIEW, kind, data)


def record_label(kind: str, data: Mapping[str, Any], record_id: str) -> str:
    """How a record is named in messages: its kind and ship or holder name."""
    name = data.get("ship_name") or data.get("name") or record_id[:8]
    kind_name = RECORD_KINDS[kind].value if kind in RECORD_KINDS else kind
    return f"{kind_name}「{name}」"
