"""The declaration window (申报状态): may anyone write now, and may this account log in.

SPEC §4 and manual ch. 7.1. The server enforces these rules and the desktop shows the same
answers before a request is sent, so both call this module.

Decisions taken where the manual leaves room, with the reason:

* The deadline day itself is still open. The manual (page 7-2, 说明 3) calls a status expired
  when "截止日期在今日之前": only from the day after the deadline.
* Ship records (applicant, application, completion) follow the ship deadline (拆建申报截止);
  cargo owners, monthly reports and rewards follow the cargo deadline (货主申报截止).
* Maintenance (运维) only restricts who may log in. The province 系统/管理 accounts that may log
  in then are allowed to write, since fixing data is what a maintenance window is for.
* The policy scope (实施奖补政策, "仅对拆建船舶情况") restricts creating new applications only:
  completions continue applications already accepted and must not be stranded.
* A status applies to its own subsidy year (page 7-2: "仅对当前年份有效"): writes to records of
  another year are refused when the caller passes the record's year.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from core.vocab import DeclarationState, Permission, Policy, PolicyScope, RecordKind, RegionLevel

FAR_DEADLINE = date(2099, 12, 31)
"""The deadline a closed or maintenance status gets by default (page 7-2)."""

NOTE_MIN_CHARS = 5
NOTE_MAX_CHARS = 100

_CARGO_KINDS = frozenset({RecordKind.CARGO_OWNER, RecordKind.MONTHLY_REPORT, RecordKind.REWARD})

_SCOPE_POLICIES = {
    PolicyScope.BOTH: frozenset({Policy.MINISTRY, Policy.PROVINCE}),
    PolicyScope.MINISTRY: frozenset({Policy.MINISTRY}),
    PolicyScope.PROVINCE: frozenset({Policy.PROVINCE}),
}


class WriteAction(StrEnum):
    """The writes a declaration status allows or forbids, as the messages name them."""

    CREATE = "建档"
    MODIFY = "修改"
    DELETE = "删除"
    REVIEW = "审核"
    UPLOAD = "上传材料"


@dataclass(frozen=True, slots=True)
class DeclarationStatus:
    """One row of 申报状态 (page 7-1). EXPIRED is derived, never stored."""

    year: int
    state: DeclarationState
    ship_deadline: date
    cargo_deadline: date
    policy_scope: PolicyScope
    check_ownership: bool
    check_inspection: bool
    created_on: date
    created_at: datetime
    note: str = ""

    def __post_init__(self) -> None:
        if self.state is DeclarationState.EXPIRED:
            raise ValueError("“过期”由开放状态超过截止日期推得，不能作为申报状态保存。")


def current_status(statuses: Iterable[DeclarationStatus]) -> DeclarationStatus | None:
    """The status in force: the newest row wins (a tie goes to the later row given)."""
    newest: DeclarationStatus | None = None
    for status in statuses:
        if newest is None or status.created_at >= newest.created_at:
            newest = status
    return newest


def uses_cargo_deadline(kind: RecordKind) -> bool:
    """Whether ``kind`` follows the cargo-owner deadline instead of the ship deadline."""
    return kind in _CARGO_KINDS


def deadline(status: DeclarationStatus, for_cargo: bool) -> date:
    """The deadline that applies: cargo owners' or ship projects'."""
    return status.cargo_deadline if for_cargo else status.ship_deadline


def effective_state(status: DeclarationStatus, today: date, for_cargo: bool) -> DeclarationState:
    """The state as users live it: open becomes expired the day after its deadline."""
    if status.state is DeclarationState.OPEN and today > deadline(status, for_cargo):
        return DeclarationState.EXPIRED
    return status.state


def policies_in_scope(scope: PolicyScope) -> frozenset[Policy]:
    """The policies whose applications may be created under ``scope``."""
    return _SCOPE_POLICIES[scope]


def write_refusal(
    status: DeclarationStatus | None,
    today: date,
    action: WriteAction,
    record_kind: RecordKind,
    policy: Policy | None = None,
    *,
    year: int | None = None,
) -> str | None:
    """Why the declaration window forbids this write now, or None when it allows it.

    ``policy`` is the policy of the application being created; ``year`` the subsidy year of
    the record written, when the caller knows it.
    """
    if status is None:
        return (
            f"尚未创建申报状态，不能{action}{record_kind}记录。请联系省级系统管理员新建申报状态。"
        )
    if year is not None and year != status.year:
        return f"当前申报状态只对{status.year}年有效，不能{action}{year}年的{record_kind}记录。"
    window = _window_refusal(status, today, action, record_kind)
    if window:
        return window
    return _scope_refusal(status, action, record_kind, policy)


def _window_refusal(
    status: DeclarationStatus, today: date, action: WriteAction, kind: RecordKind
) -> str | None:
    """Closed and expired windows forbid every write."""
    for_cargo = uses_cargo_deadline(kind)
    state = effective_state(status, today, for_cargo)
    if state is DeclarationState.CLOSED:
        return f"申报已关闭，不能{action}{kind}记录。请等待省级重新开放申报后再操作。"
    if state is DeclarationState.EXPIRED:
        which = "货主" if for_cargo else "拆建"
        end = deadline(status, for_cargo).isoformat()
        return (
            f"{which}申报已于{end}截止（过期），不能{action}{kind}记录。"
            "如需继续，请联系省级系统管理员延长截止日期。"
        )
    return None


def _scope_refusal(
    status: DeclarationStatus, action: WriteAction, kind: RecordKind, policy: Policy | None
) -> str | None:
    """The policy scope forbids creating applications of a policy not in force."""
    if action is not WriteAction.CREATE or kind is not RecordKind.APPLICATION or policy is None:
        return None
    if policy in policies_in_scope(status.policy_scope):
        return None
    return f"当前只开放{status.policy_scope}申报，不能建档{policy}政策的拆建申请。"


def maintenance_login_allowed(actor_level: RegionLevel, permissions: Iterable[Permission]) -> bool:
    """During maintenance only province accounts with 系统 or 管理 may log in."""
    granted = frozenset(permissions)
    return actor_level is RegionLevel.PROVINCE and bool(
        granted & {Permission.SYSTEM, Permission.MANAGE}
    )


def login_refusal(
    status: DeclarationStatus | None, actor_level: RegionLevel, permissions: Iterable[Permission]
) -> str | None:
    """Why this account may not log in now, or None. Without any status everyone may."""
    if status is None or status.state is not DeclarationState.MAINTENANCE:
        return None
    if maintenance_login_allowed(actor_level, permissions):
        return None
    return "系统正在运维，暂时只允许省级【系统】或【管理】账号登录，请稍后再试。"


def delete_status_refusal(status: DeclarationStatus, today: date) -> str | None:
    """Why ``status`` may not be deleted, or None: only a status created today may go."""
    if status.created_on == today:
        return None
    return f"只能删除当天创建的申报状态，该状态创建于{status.created_on.isoformat()}。"


def can_delete_status(status: DeclarationStatus, today: date) -> bool:
    """Whether ``status`` may be deleted today."""
    return delete_status_refusal(status, today) is None


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's end (Jan 31 + 1 → Feb 28/29)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def default_deadline(state: DeclarationState, today: date) -> date:
    """The deadline a new status gets unless one is typed: a month ahead when open."""
    if state is DeclarationState.OPEN:
        return add_months(today, 1)
    return FAR_DEADLINE


def new_status(
    year: int,
    state: DeclarationState,
    now: datetime,
    *,
    ship_deadline: date | None = None,
    cargo_deadline: date | None = None,
    policy_scope: PolicyScope = PolicyScope.BOTH,
    check_ownership: bool = True,
    check_inspection: bool = True,
    note: str = "",
) -> DeclarationStatus:
    """A status as the 新建申报状态 dialog (page 7-2) creates it, with its default deadlines."""
    today = now.date()
    fallback = default_deadline(state, today)
    return DeclarationStatus(
        year=year,
        state=state,
        ship_deadline=fallback if ship_deadline is None else ship_deadline,
        cargo_deadline=fallback if cargo_deadline is None else cargo_deadline,
        policy_scope=policy_scope,
        check_ownership=check_ownership,
        check_inspection=check_inspection,
        created_on=today,
        created_at=now,
        note=note,
    )


def new_year_status(year: int, now: datetime) -> DeclarationStatus:
    """The open status created with a new subsidy year: deadlines one month ahead."""
    return new_status(
        year, DeclarationState.OPEN, now, note=f"新建{year}年奖补年份，默认开放申报一个月。"
    )


def status_problems(status: DeclarationStatus, today: date) -> list[str]:
    """Everything wrong with a status about to be created, all at once."""
    problems: list[str] = []
    length = len(status.note.strip())
    if not NOTE_MIN_CHARS <= length <= NOTE_MAX_CHARS:
        problems.append(f"备注须为{NOTE_MIN_CHARS}-{NOTE_MAX_CHARS}个字，当前{length}个字。")
    if status.state is DeclarationState.OPEN:
        for label, end in (("拆建", status.ship_deadline), ("货主", status.cargo_deadline)):
            if end < today:
                problems.append(
                    f"{label}申报截止日期{end.isoformat()}早于今天，开放状态会立即过期。"
                )
    return problems
