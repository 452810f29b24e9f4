"""``GET /api/v1/me`` and ``PATCH /api/v1/me`` (manual 8.2: the logged-in person changes their
own name, unit and department), ``POST /api/v1/me/password`` (a new password for oneself) and
``POST /api/v1/me/deactivate`` (manual 8.3: 注销(自己)登录者). The last two ask for the current
password; their rules are ``server.profile``'s.

The PATCH is also the reference for every synced write: keyed by ``Idempotency-Key``, based on
an expected version (``If-Match`` or ``base_version``), validated with the core rules with all
problems at once, the row locked before its version is checked, the new ETag returned.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from core.field_rules import Problem, text_of
from core.validators import check_person_name, check_unit
from server.accounts import department_problems
from server.auth.actor import Actor, CurrentActor
from server.models import Account
from server.problems import NOT_FOUND, ProblemError, validation_problem
from server.profile import (
    change_own_password,
    check_password_of,
    deactivate_self,
    new_password_problems,
)
from server.routes.account_view import AccountView, account_view
from server.services import Services, get_services
from server.validation_messages import FieldProblem
from server.writes import (
    ExpectedVersion,
    IdempotentWrite,
    WriteResult,
    check_version,
    expected_version,
    idempotent_write,
)
from server.writes.preconditions import etag

router = APIRouter(prefix="/me", tags=["登录者"])


class MeUpdate(BaseModel):
    """Fields to change (omitted ones stay); ``base_version`` may replace ``If-Match``."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, max_length=40)
    unit: str | None = Field(default=None, max_length=80)
    department: str | None = Field(default=None, max_length=80)
    base_version: int | None = Field(default=None, ge=0)


class OwnPasswordChange(BaseModel):
    """The current password and the new one (the desktop has the person type it twice)."""

    model_config = ConfigDict(extra="forbid")

    old_password: str = Field(max_length=128)
    new_password: str = Field(max_length=128)


class SelfDeactivation(BaseModel):
    """Page 8-6: the login password confirms that the person means it."""

    model_config = ConfigDict(extra="forbid")

    password: str = Field(max_length=128)


def validate_update(update: MeUpdate) -> dict[str, str]:
    """The cleaned changes, or a 422 problem listing every invalid field at once."""
    changes = update.model_dump(exclude_unset=True, exclude={"base_version"})
    problems: list[Problem] = []
    if "name" in changes:
        problems += check_person_name(changes["name"])
    if "unit" in changes:
        problems += check_unit(changes["unit"])
    if "department" in changes:
        problems += department_problems(changes["department"])
    if not changes:
        problems.append(Problem("", "没有要修改的字段（姓名、所在单位、部门）"))
    if problems:
        raise validation_problem([FieldProblem(p.field, p.message) for p in problems])
    return {key: text_of(value) for key, value in changes.items()}


@router.get("", response_model=AccountView)
def get_me(
    actor: CurrentActor, services: Annotated[Services, Depends(get_services)], response: Response
) -> AccountView:
    with services.db.read() as session:
        account = session.get(Account, actor.account_id)
        assert account is not None, "an authenticated actor has an account"
        response.headers["ETag"] = etag(account.version)
        return account_view(account)


@router.patch("", response_model=AccountView)
def patch_me(
    update: MeUpdate,
    write: Annotated[IdempotentWrite, Depends(idempotent_write)],
    expected: Annotated[ExpectedVersion, Depends(expected_version)],
) -> Response:
    changes = validate_update(update)
    base = expected.resolve(update.base_version)
    return write.run(lambda session: _apply(session, write.actor, changes, base))


def _apply(session: Session, actor: Actor, changes: dict[str, str], base: int) -> WriteResult:
    """Lock the account row, check the version, apply, and answer with the new view."""
    account = session.get(Account, actor.account_id, with_for_update=True)
    if account is None:
        raise ProblemError(NOT_FOUND, "账号不存在")
    check_version(account, base)
    for key, value in changes.items():
        setattr(account, key, value)
    session.flush()
    view = account_view(account).model_dump(mode="json")
    return WriteResult(200, view, {"ETag": etag(account.version)})


@router.post("/password", status_code=204, response_class=Response, summary="修改自己的登录密码")
def change_password(
    body: OwnPasswordChange, write: Annotated[IdempotentWrite, Depends(idempotent_write)]
) -> Response:
    """Both argon2 steps (verify the old password, hash the new one) run before the write."""
    services = write.services
    rule_problems = new_password_problems(body.old_password, body.new_password)
    check = check_password_of(services, write.actor.account_id, body.old_password)
    new_hash = None if rule_problems else services.passwords.hash(body.new_password)
    return write.run(
        lambda session: change_own_password(
            session, write.actor, services.passwords, check, rule_problems, new_hash
        )
    )


@router.post("/deactivate", status_code=204, response_class=Response, summary="注销(自己)登录者")
def deactivate_me(
    body: SelfDeactivation, write: Annotated[IdempotentWrite, Depends(idempotent_write)]
) -> Response:
    services = write.services
    check = check_password_of(services, write.actor.account_id, body.password)
    return write.run(
        lambda session: deactivate_self(session, write.actor, services.passwords, check)
    )
