"""``/api/v1/accounts``: the accounts of one's own and lower regions (manual §8.1, page 8-1).

Every endpoint needs 【管理】. Handlers only wire dependencies (permission, idempotency key,
expected version); the rules live in ``server.account_admin``. There is no reactivation: the
manual's 注销 deletes an account (see ``server.account_admin.authority``).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response
from sqlalchemy import select

from core.vocab import Permission
from server.account_admin import service
from server.account_admin.bodies import (
    AccountChanges,
    NewAccountBody,
    PasswordReset,
    password_problems,
)
from server.account_admin.views import AccountEntry, account_entry, listing_order
from server.auth.actor import Actor, require
from server.models import Account
from server.scope import get_visible, scope_filter
from server.services import Services, get_services
from server.writes import ExpectedVersion, IdempotentWrite, expected_version, idempotent_write
from server.writes.preconditions import etag

router = APIRouter(prefix="/accounts", tags=["账号管理"])

Manager = Annotated[Actor, Depends(require(Permission.MANAGE))]
Writer = Annotated[IdempotentWrite, Depends(idempotent_write)]
Expected = Annotated[ExpectedVersion, Depends(expected_version)]
ServicesDep = Annotated[Services, Depends(get_services)]
AccountId = Annotated[str, Path(max_length=40, description="账号，如 430300-1")]


@router.get("", response_model=list[AccountEntry], summary="本级与下级区划账号及记录")
def list_accounts(actor: Manager, services: ServicesDep) -> list[AccountEntry]:
    """Page 8-1: every account of the actor's region and below, by region then number."""
    with services.db.read() as session:
        rows = session.scalars(select(Account).where(scope_filter(Account, actor))).all()
        return [account_entry(row) for row in sorted(rows, key=listing_order)]


@router.get("/{account_id}", response_model=AccountEntry, summary="读取账号")
def read_account(
    account_id: AccountId, actor: Manager, services: ServicesDep, response: Response
) -> AccountEntry:
    with services.db.read() as session:
        account = get_visible(session, Account, account_id, actor)
        response.headers["ETag"] = etag(account.version)
        return account_entry(account)


@router.post("", status_code=201, response_model=AccountEntry, summary="新建账号")
def create_account(body: NewAccountBody, actor: Manager, write: Writer) -> Response:
    services = write.services
    return write.run(
        lambda session: service.create(
            session, write.actor, services.passwords, body, services.clock()
        )
    )


@router.patch("/{account_id}", response_model=AccountEntry, summary="修改账号")
def modify_account(
    account_id: AccountId,
    body: AccountChanges,
    actor: Manager,
    write: Writer,
    expected: Expected,
) -> Response:
    base = expected.resolve(body.base_version)
    changes = body.model_dump(exclude_unset=True, exclude={"base_version"})
    return write.run(
        lambda session: service.modify(session, write.actor, account_id, changes, base)
    )


@router.post(
    "/{account_id}/password",
    status_code=204,
    response_class=Response,
    summary="新建/重建登录密码",
)
def reset_password(
    account_id: AccountId,
    body: PasswordReset,
    actor: Manager,
    write: Writer,
    expected: Expected,
) -> Response:
    base = expected.resolve(body.base_version)
    valid = not password_problems(body.password)
    new_hash = write.services.passwords.hash(body.password) if valid else None
    return write.run(
        lambda session: service.reset_password(
            session, write.actor, account_id, body, new_hash, base
        )
    )


@router.post("/{account_id}/deactivate", response_model=AccountEntry, summary="注销账号")
def deactivate_account(
    account_id: AccountId, actor: Manager, write: Writer, expected: Expected
) -> Response:
    base = expected.resolve(None)
    return write.run(lambda session: service.deactivate(session, write.actor, account_id, base))
