"""Failed-login throttling (SPEC §7): sliding windows per account and per client address, and a
temporary lock after repeated consecutive failures.

* Sliding windows bound how fast anyone can guess: more than N failures for one typed account
  id, or from one address, within the window → 429 with ``Retry-After`` until the oldest of
  them leaves the window. Unknown account ids are counted too, so probing for ids costs the same.
* The lock is about one real account: after ``lockout_threshold`` consecutive failures it is
  locked until ``locked_until``; the correct password does not open it early. A success resets
  the consecutive count.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from server.clock import LOCAL_ZONE
from server.models import Account, LoginFailure
from server.problems import ACCOUNT_LOCKED, TOO_MANY_ATTEMPTS, ProblemError
from server.settings import Settings

MAX_TYPED_ACCOUNT_LENGTH = 40


@dataclass(frozen=True)
class ThrottlePolicy:
    window: timedelta
    max_per_account: int
    max_per_ip: int
    lockout_threshold: int
    lockout: timedelta

    @classmethod
    def from_settings(cls, settings: Settings) -> ThrottlePolicy:
        return cls(
            window=timedelta(seconds=settings.login_window_seconds),
            max_per_account=settings.login_max_failures_per_account,
            max_per_ip=settings.login_max_failures_per_ip,
            lockout_threshold=settings.lockout_threshold,
            lockout=timedelta(minutes=settings.lockout_minutes),
        )


def local_time_text(moment: datetime) -> str:
    """2024-11-11 17:15 in Beijing time, as a reviewer reads it."""
    return moment.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M")


def _oldest_in_window(
    session: Session, condition: ColumnElement[bool], since: datetime
) -> tuple[int, datetime | None]:
    statement = select(func.count(), func.min(LoginFailure.failed_at)).where(
        condition, LoginFailure.failed_at > since
    )
    count, oldest = session.execute(statement).one()
    return int(count), oldest


def check_rate(
    session: Session, policy: ThrottlePolicy, account_id: str, client_ip: str, now: datetime
) -> None:
    """Raise 429 ``too_many_attempts`` when either sliding window is full."""
    since = now - policy.window
    for condition, limit, whom in (
        (LoginFailure.account_id == typed_account(account_id), policy.max_per_account, "该账号"),
        (LoginFailure.client_ip == client_ip, policy.max_per_ip, "本机地址"),
    ):
        count, oldest = _oldest_in_window(session, condition, since)
        if count >= limit and oldest is not None:
            wait = max(1, math.ceil((oldest + policy.window - now).total_seconds()))
            raise ProblemError(
                TOO_MANY_ATTEMPTS,
                f"{whom}登录失败次数过多，请在 {_wait_text(wait)} 后再试",
                headers={"Retry-After": str(wait)},
                retry_after=wait,
            )


def check_lock(account: Account | None, now: datetime) -> None:
    """Raise 423 ``account_locked`` while the account is locked."""
    if account is not None and account.locked_until is not None and account.locked_until > now:
        raise locked_problem(account.locked_until, now)


def locked_problem(until: datetime, now: datetime) -> ProblemError:
    wait = max(1, math.ceil((until - now).total_seconds()))
    return ProblemError(
        ACCOUNT_LOCKED,
        f"账号因连续登录失败已被锁定，将于 {local_time_text(until)}（北京时间）自动解锁",
        headers={"Retry-After": str(wait)},
        unlock_at=until.isoformat(),
    )


def record_failure(
    session: Session,
    policy: ThrottlePolicy,
    account: Account | None,
    account_id: str,
    client_ip: str,
    now: datetime,
) -> datetime | None:
    """Count one failure; returns the unlock time when this failure locked the account."""
    session.add(
        LoginFailure(account_id=typed_account(account_id), client_ip=client_ip, failed_at=now)
    )
    if account is None:
        return None
    account.failed_logins += 1
    if account.failed_logins < policy.lockout_threshold:
        return None
    account.failed_logins = 0
    account.locked_until = now + policy.lockout
    return account.locked_until


def record_success(account: Account, now: datetime) -> None:
    account.failed_logins = 0
    account.locked_until = None
    account.last_login_at = now
    account.login_count += 1


def typed_account(account_id: str) -> str:
    """What was typed as the account id, bounded so a huge string cannot bloat the table."""
    return account_id[:MAX_TYPED_ACCOUNT_LENGTH]


def _wait_text(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} 秒"
    return f"{math.ceil(seconds / 60)} 分钟"
