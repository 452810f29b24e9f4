"""The account writes of manual §8.1, each run inside the idempotent unit of work.

Every write follows one order of refusals, the same as the record writes':

1. 【管理】 (the route's dependency, 403 ``permission_denied``);
2. scope: an account outside the actor's region is 404 ``not_found``, a new account for a
   region outside it 403 ``out_of_scope``;
3. authority (``authority``): 403 ``account_not_manageable`` / 409 ``account_deactivated``;
4. the expected version (412 ``version_conflict``);
5. the form rules of the core plus what the actor may not grant (422, every problem at once).

Ending an account's sessions (password reset, deactivation) bumps its session epoch in the same
transaction, so they end exactly when the change commits.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.field_rules import FormError, Problem, fields_ok, text_of
from core.forms import validate_account
from core.validators import check_person_name, check_unit
from server.account_admin.authority import (
    ensure_manageable,
    ensure_region_in_reach,
    grant_problems,
)
from server.account_admin.bodies import (
    NewAccountBody,
    PasswordReset,
    password_problems,
    permission_problems,
    permission_set,
    permissions_text,
)
from server.account_admin.views import account_entry
from server.accounts import NewAccount, create_account, department_problems
from server.auth.actor import Actor
from server.auth.passwords import Passwords
from server.auth.permissions import encode_permissions
from server.auth.sessions import end_account_sessions
from server.form_problems import raise_form_problems
from server.models import Account
from server.problems import ALREADY_EXISTS, ProblemError
from server.scope import get_visible
from server.writes import WriteResult, check_version
from server.writes.preconditions import etag

ACCOUNTS_PATH = "/api/v1/accounts"


def _answer(account: Account, status_code: int = 200) -> WriteResult:
    """The page 8-1 row of ``account`` with its version as ETag."""
    headers = {"ETag": etag(account.version)}
    if status_code == 201:
        headers["Location"] = f"{ACCOUNTS_PATH}/{account.id}"
    return WriteResult(status_code, account_entry(account).model_dump(mode="json"), headers)


def new_account_problems(actor: Actor, body: NewAccountBody) -> list[Problem]:
    """Page 8-2 for a new account: the core's form rules, 部门, the password, what may be
    granted — every problem at once."""
    region = text_of(body.region_code)
    problems = validate_account(
        {
            "region_code": region,
            "account_id": body.account_id,
            "name": body.name,
            "unit": body.unit,
            "permissions": permissions_text(body.permissions),
        }
    )
    if fields_ok(problems, "region_code", "permissions"):
        problems += grant_problems(actor, region, permission_set(body.permissions))
    return problems + department_problems(body.department) + password_problems(body.password)


def create(
    session: Session, actor: Actor, passwords: Passwords, body: NewAccountBody, now: datetime
) -> WriteResult:
    """Create an account of the actor's region or below (201), or say why not."""
    ensure_region_in_reach(actor, text_of(body.region_code))
    raise_form_problems(new_account_problems(actor, body))
    new = NewAccount(
        account_id=text_of(body.account_id),
        name=body.name,
        unit=body.unit,
        department=body.department,
        permissions=permissions_text(body.permissions),
        password=body.password,
    )
    try:
        account = create_account(session, passwords, new, now)
    except FormError as error:  # the id is taken (also by a deactivated account)
        raise_form_problems(error.problems)
        raise
    except IntegrityError as error:
        raise ProblemError(
            ALREADY_EXISTS, f"账号 {new.account_id} 刚被同时提交的另一请求创建，请刷新后查看"
        ) from error
    return _answer(account, 201)


def _managed(session: Session, actor: Actor, account_id: str, expected: int) -> Account:
    """The account locked for update, after scope, authority and version all allow the write."""
    account = get_visible(session, Account, account_id, actor, for_update=True)
    ensure_manageable(actor, account)
    check_version(account, expected)
    return account


def change_problems(actor: Actor, account: Account, changes: Mapping[str, Any]) -> list[Problem]:
    """Page 8-2 for an existing account: each changed field's rule, and what may be granted."""
    problems: list[Problem] = []
    if "name" in changes:
        problems += check_person_name(changes["name"])
    if "unit" in changes:
        problems += check_unit(changes["unit"])
    if "department" in changes:
        problems += department_problems(changes["department"])
    if "permissions" in changes:
        names = changes["permissions"] or []
        found = permission_problems(names)
        problems += found or grant_problems(actor, account.region_code, permission_set(names))
    if not changes:
        problems.append(Problem("", "没有要修改的字段（姓名、所在单位与部门、部门、操作权限组合）"))
    return problems


def _apply(account: Account, changes: Mapping[str, Any]) -> None:
    for key, value in changes.items():
        if key == "permissions":
            account.permissions = encode_permissions(permission_set(value))
        else:
            setattr(account, key, text_of(value))


def modify(
    session: Session, actor: Actor, account_id: str, changes: Mapping[str, Any], expected: int
) -> WriteResult:
    """Change name, unit, department or permissions; region and id never change."""
    account = _managed(session, actor, account_id, expected)
    raise_form_problems(change_problems(actor, account, changes))
    _apply(account, changes)
    session.flush()
    return _answer(account)


def reset_password(
    session: Session,
    actor: Actor,
    account_id: str,
    body: PasswordReset,
    new_hash: str | None,
    expected: int,
) -> WriteResult:
    """Page 8-3: set a new password, end the account's sessions and lift a lockout (204).

    ``new_hash`` was computed before the transaction (argon2 is slow on purpose and must not
    hold the write lock); it is None when the password breaks the rule. A reset also clears the
    failure count and the lock: a locked-out person is the usual reason for a reset.
    """
    account = _managed(session, actor, account_id, expected)
    raise_form_problems(password_problems(body.password))
    assert new_hash is not None, "a password that passed the rule was hashed"
    account.password_hash = new_hash
    account.failed_logins = 0
    account.locked_until = None
    end_account_sessions(account)
    session.flush()
    return WriteResult(204, None, {"ETag": etag(account.version)})


def deactivate(session: Session, actor: Actor, account_id: str, expected: int) -> WriteResult:
    """Page 8-4: deactivate (注销) the account and end its sessions; it can never log in again."""
    account = _managed(session, actor, account_id, expected)
    account.active = False
    end_account_sessions(account)
    session.flush()
    return _answer(account)
