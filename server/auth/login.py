"""Login and logout (SPEC §7, manual 1.1–1.3).

A login runs in three steps so the expensive argon2 check never holds a write lock (on SQLite
that lock is database-wide): read and check the throttles and the lock, verify the password
with no transaction open, then record the outcome in a short write transaction. A failure is
committed *before* the error is returned, or throttling would count nothing.

Order of refusals, chosen to leak as little as possible: throttles and locks first (they do
not need the password), then the password, and only to someone who knows the password whether
the account is deactivated or the system is in maintenance.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from core import declaration as declaration_rules
from core import regions
from server.auth.passwords import Passwords
from server.auth.permissions import decode_permissions
from server.auth.sessions import current_epoch
from server.auth.throttle import (
    ThrottlePolicy,
    check_lock,
    check_rate,
    locked_problem,
    record_failure,
    record_success,
)
from server.auth.tokens import new_token, token_digest
from server.declaration_window import current_status
from server.models import Account, AuthToken
from server.problems import (
    ACCOUNT_INACTIVE,
    INVALID_CREDENTIALS,
    MAINTENANCE,
    ProblemError,
)
from server.services import Services


@dataclass(frozen=True)
class IssuedToken:
    """A new session: the token (shown once, never stored), its expiry and the account."""

    token: str
    expires_at: datetime
    account: Account


def login(services: Services, account_id: str, password: str, client_ip: str) -> IssuedToken:
    """Check the credentials and issue a token, or raise the problem that refuses it."""
    policy = ThrottlePolicy.from_settings(services.settings)
    now = services.clock()
    with services.db.read() as session:
        check_rate(session, policy, account_id, client_ip, now)
        account = session.get(Account, account_id)
        check_lock(account, now)
        stored_hash = account.password_hash if account is not None else None
    verified = _verify(services.passwords, stored_hash, password)
    with services.db.write() as session:
        outcome = _record_outcome(services, session, policy, account_id, client_ip, verified, now)
        if isinstance(outcome, IssuedToken):
            _maybe_rehash(services.passwords, outcome.account, password)
    if isinstance(outcome, ProblemError):
        raise outcome
    return outcome


def logout(services: Services, token_hash: str) -> None:
    """End one session by forgetting its token."""
    with services.db.write() as session:
        token = session.get(AuthToken, token_hash)
        if token is not None:
            session.delete(token)


def _verify(passwords: Passwords, stored_hash: str | None, password: str) -> bool:
    if stored_hash is None:
        return passwords.verify_decoy(password)
    return passwords.verify(stored_hash, password)


def _record_outcome(
    services: Services,
    session: Session,
    policy: ThrottlePolicy,
    account_id: str,
    client_ip: str,
    verified: bool,
    now: datetime,
) -> IssuedToken | ProblemError:
    """Within the write transaction: count a failure or open the session."""
    account = session.get(Account, account_id, with_for_update=True)
    if not verified or account is None:
        unlock_at = record_failure(session, policy, account, account_id, client_ip, now)
        if unlock_at is not None:
            return locked_problem(unlock_at, now)
        return ProblemError(INVALID_CREDENTIALS, "账号或密码错误，请检查后重新输入")
    try:
        check_lock(account, now)
    except ProblemError as locked:  # locked by a concurrent failure since the first check
        return locked
    refusal = _admission_refusal(session, account)
    if refusal is not None:
        return refusal
    record_success(account, now)
    return _issue(services, session, account, now)


def _admission_refusal(session: Session, account: Account) -> ProblemError | None:
    if not account.active:
        return ProblemError(ACCOUNT_INACTIVE, "该账号已注销，不能登录。如需恢复请联系上级管理员")
    message = declaration_rules.login_refusal(
        current_status(session),
        regions.level_of(account.region_code),
        decode_permissions(account.permissions),
    )
    return None if message is None else ProblemError(MAINTENANCE, message)


def _issue(services: Services, session: Session, account: Account, now: datetime) -> IssuedToken:
    token = new_token()
    expires_at = now + timedelta(hours=services.settings.token_hours)
    session.add(
        AuthToken(
            token_hash=token_digest(token),
            account_id=account.id,
            issued_at=now,
            expires_at=expires_at,
            epoch=current_epoch(session),
            account_epoch=account.session_epoch,
        )
    )
    return IssuedToken(token=token, expires_at=expires_at, account=account)


def _maybe_rehash(passwords: Passwords, account: Account, password: str) -> None:
    """Upgrade a hash made with older argon2 costs while the plain password is at hand."""
    if passwords.needs_rehash(account.password_hash):
        account.password_hash = passwords.hash(password)
