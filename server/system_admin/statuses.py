"""Declaration statuses (申报状态, manual 7.1): list, create, delete.

Creating or deleting a status ends every session in the province (page 7-2 说明 1). That is
not done here but by the flush hook of ``server.auth.sessions``, so it also holds for the
status a new subsidy year creates and for any future code path.

Days are Changsha's: "created today" and "a deadline before today" speak of the offices'
calendar, so a status created at 07:30 Beijing time (still yesterday in UTC) is today's.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import declaration as rules
from core.field_rules import Problem
from core.vocab import DeclarationState, PolicyScope
from server.auth.actor import Actor
from server.clock import LOCAL_ZONE
from server.declaration_window import to_rules
from server.form_problems import raise_form_problems
from server.models import PROVINCE_CODE, DeclarationStatus, SubsidyYear
from server.problems import STATUS_NOT_DELETABLE, ProblemError
from server.scope import get_visible
from server.system_admin.bodies import NewStatusBody
from server.system_admin.views import StatusEntry, status_entry
from server.writes import WriteResult, check_version
from server.writes.preconditions import etag

STATUSES_PATH = "/api/v1/declaration-statuses"

_PROBLEM_FIELDS = (("备注", "note"), ("拆建", "ship_deadline"), ("货主", "cargo_deadline"))
"""Which field each of ``core.declaration.status_problems``' messages is about, by its start."""


def local_now(now: datetime) -> datetime:
    """``now`` on Changsha's clock, so the core's "today" is the offices' day."""
    return now.astimezone(LOCAL_ZONE)


def newest_first(session: Session) -> list[DeclarationStatus]:
    """Every status, the one in force first (the order ``current_status`` uses)."""
    statement = select(DeclarationStatus).order_by(
        DeclarationStatus.created_at.desc(), DeclarationStatus.version.desc()
    )
    return list(session.scalars(statement))


def status_entries(session: Session, today: date) -> list[StatusEntry]:
    """Page 7-1, newest first."""
    rows = newest_first(session)
    return [status_entry(row, current=index == 0, today=today) for index, row in enumerate(rows)]


def entry_of(session: Session, row: DeclarationStatus, today: date) -> StatusEntry:
    """The page 7-1 row of one status, knowing whether it is the one in force."""
    newest = newest_first(session)
    return status_entry(row, current=bool(newest) and newest[0].id == row.id, today=today)


def add_status(
    session: Session, status: rules.DeclarationStatus, actor: Actor
) -> DeclarationStatus:
    """Insert ``status`` (which ends every session when the transaction commits)."""
    row = DeclarationStatus(
        region_code=PROVINCE_CODE,
        year=status.year,
        state=str(status.state),
        ship_deadline=status.ship_deadline,
        cargo_deadline=status.cargo_deadline,
        policy_scope=str(status.policy_scope),
        check_ownership=status.check_ownership,
        check_inspection=status.check_inspection,
        note=status.note.strip(),
        created_on=status.created_on,
        created_at=status.created_at,
        created_by=actor.account_id,
    )
    session.add(row)
    session.flush()
    return row


def _rule_problems(status: rules.DeclarationStatus, today: date) -> list[Problem]:
    """The core's rules for a new status, each placed on the field it is about."""
    problems = []
    for message in rules.status_problems(status, today):
        field = next((name for start, name in _PROBLEM_FIELDS if message.startswith(start)), "")
        problems.append(Problem(field, message))
    return problems


def _year_problems(session: Session, year: int) -> list[Problem]:
    """A status is for one of the subsidy years (page 7-2: 选择"奖补年份")."""
    if session.scalar(select(SubsidyYear.id).where(SubsidyYear.year == year)) is not None:
        return []
    return [Problem("year", f"奖补年份：{year}年尚未创建，请先在【管理奖补年份】中新建该年份")]


def create_status(
    session: Session, actor: Actor, body: NewStatusBody, now: datetime
) -> WriteResult:
    """Page 7-2: a new status, in force at once (201)."""
    moment = local_now(now)
    status = rules.new_status(
        body.year,
        DeclarationState(body.state),
        moment,
        ship_deadline=body.ship_deadline,
        cargo_deadline=body.cargo_deadline,
        policy_scope=PolicyScope(body.policy_scope),
        check_ownership=body.check_ownership,
        check_inspection=body.check_inspection,
        note=body.note,
    )
    raise_form_problems(_year_problems(session, body.year) + _rule_problems(status, moment.date()))
    row = add_status(session, status, actor)
    entry = entry_of(session, row, moment.date())
    headers = {"ETag": etag(row.version), "Location": f"{STATUSES_PATH}/{row.id}"}
    return WriteResult(201, entry.model_dump(mode="json"), headers)


def delete_status(
    session: Session, actor: Actor, status_id: str, expected: int, now: datetime
) -> WriteResult:
    """Delete a status created today (204); the one before it is in force again."""
    row = get_visible(session, DeclarationStatus, status_id, actor, for_update=True)
    check_version(row, expected)
    refusal = rules.delete_status_refusal(to_rules(row), local_now(now).date())
    if refusal is not None:
        raise ProblemError(STATUS_NOT_DELETABLE, refusal)
    session.delete(row)
    session.flush()
    return WriteResult(204)
