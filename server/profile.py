"""Self service of the logged-in person (manual 8.2, 8.3, SPEC §3): change one's own password,
deactivate one's own account. Both ask for the current password.

The password is verified *before* the write transaction (argon2 is slow on purpose, and on
SQLite a write transaction locks the whole database), against the hash as it was then. Inside
the transaction the verdict is used only if the hash is still the same one — otherwise the
password is verified again against the new hash. The verdict must not be acted on outside the
transaction: a replayed request whose first attempt changed the password would then fail the
check and answer 422 instead of replaying its stored success.

Decisions:

* A changed password ends the account's *other* sessions (a stolen token stops working) but
  keeps the one that changed it: the person is at the desk and should not be logged out for
  doing the right thing.
* Deactivating oneself ends every session of the account, the current one included, and the
  account can never log in again (注销后将删除当前账号, page 8-6). A replay of that request after
  its success therefore meets ``session_ended``, and a new login ``account_inactive``: both say
  what happened.
* A wrong current password is a field problem of the form (422), listed with every other
  problem; it is not counted toward the login lockout, which guards logins, while this caller
  already holds a session of the account.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from core.field_rules import LABELS, Problem
from core.validators import check_password
from server.auth.actor import Actor
from server.auth.passwords import Passwords
from server.auth.sessions import end_account_sessions
from server.form_problems import raise_form_problems, relabelled
from server.models import Account, AuthToken
from server.problems import NOT_FOUND, ProblemError
from server.services import Services
from server.writes import WriteResult

_PASSWORD_LABEL = LABELS["password"]


@dataclass(frozen=True)
class PasswordCheck:
    """A typed password verified against the hash stored when it was checked."""

    password: str
    hash_seen: str
    verified: bool

    def holds_for(self, account: Account, passwords: Passwords) -> bool:
        """The verdict for the hash stored now: reused if unchanged, else verified again."""
        if account.password_hash == self.hash_seen:
            return self.verified
        return passwords.verify(account.password_hash, self.password)


def check_password_of(services: Services, account_id: str, password: str) -> PasswordCheck:
    """Verify ``password`` for the account outside any write transaction."""
    with services.db.read() as session:
        account = session.get(Account, account_id)
        stored = account.password_hash if account is not None else ""
    return PasswordCheck(password, stored, services.passwords.verify(stored, password))


def new_password_problems(old_password: str, new_password: str) -> list[Problem]:
    """The 9字密码 rule for the new password, and that it differs from the old one."""
    problems = relabelled(check_password(new_password), "new_password", _PASSWORD_LABEL, "新密码")
    if new_password and new_password == old_password:
        problems.append(Problem("new_password", "新密码：不能与原密码相同，请换一个新密码"))
    return problems


def _own_account(session: Session, actor: Actor) -> Account:
    account = session.get(Account, actor.account_id, with_for_update=True)
    if account is None:
        raise ProblemError(NOT_FOUND, "账号不存在")
    return account


def _wrong_password(field: str, label: str) -> Problem:
    return Problem(field, f"{label}：不正确，请输入当前的登录密码")


def change_own_password(
    session: Session,
    actor: Actor,
    passwords: Passwords,
    check: PasswordCheck,
    rule_problems: list[Problem],
    new_hash: str | None,
) -> WriteResult:
    """Set the new password and end the account's other sessions (204)."""
    account = _own_account(session, actor)
    problems = list(rule_problems)
    if not check.holds_for(account, passwords):
        problems.insert(0, _wrong_password("old_password", "原密码"))
    raise_form_problems(problems)
    assert new_hash is not None, "a new password that passed the rule was hashed"
    account.password_hash = new_hash
    end_account_sessions(account)
    _keep_current_session(session, actor, account)
    return WriteResult(204)


def _keep_current_session(session: Session, actor: Actor, account: Account) -> None:
    """Move the calling token to the account's new epoch, so only the other sessions end."""
    token = session.get(AuthToken, actor.token_hash, with_for_update=True)
    if token is not None:
        token.account_epoch = account.session_epoch


def deactivate_self(
    session: Session, actor: Actor, passwords: Passwords, check: PasswordCheck
) -> WriteResult:
    """Page 8-6: deactivate one's own account and end all of its sessions (204)."""
    account = _own_account(session, actor)
    if not check.holds_for(account, passwords):
        raise_form_problems([_wrong_password("password", "登录密码")])
    account.active = False
    end_account_sessions(account)
    session.flush()
    return WriteResult(204)
