"""Who is calling: the ``Actor`` built from the bearer token, and the permission dependency.

Authorization is written once, here and in ``server.scope``: every route declares
``actor: Annotated[Actor, Depends(current_actor)]`` or ``Depends(require(Permission.EDIT))``
and never parses headers or permission strings itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from core import regions
from core import workflow as review_rules
from core.vocab import Permission, RegionLevel
from server.auth.permissions import decode_permissions
from server.auth.sessions import current_epoch
from server.auth.tokens import token_digest
from server.models import Account, AuthToken
from server.problems import (
    ACCOUNT_INACTIVE,
    INVALID_TOKEN,
    NOT_AUTHENTICATED,
    PERMISSION_DENIED,
    SESSION_ENDED,
    TOKEN_EXPIRED,
    ProblemError,
)
from server.services import Services, get_services

BEARER_CHALLENGE = {"WWW-Authenticate": "Bearer"}


@dataclass(frozen=True)
class Actor:
    """The authenticated account as authorization needs it.

    ``scope`` is the region prefix the account sees (SPEC §3: "43", "4301" or a county code);
    ``city_district`` marks a city's 市辖区 pseudo-county account (manual §3.2.2).
    """

    account_id: str
    name: str
    region_code: str
    region_level: RegionLevel
    scope: str
    city_district: bool
    permissions: frozenset[Permission]
    token_hash: str
    token_expires_at: datetime

    def has_any(self, *permissions: Permission) -> bool:
        return bool(self.permissions.intersection(permissions))

    def as_review_actor(self) -> review_rules.Actor:
        """The view ``core.workflow``'s rules take."""
        return review_rules.Actor(self.region_level, self.permissions, self.city_district)


def actor_for(account: Account, token_hash: str, expires_at: datetime) -> Actor:
    """Build the actor of ``account`` (also used by login to describe the new session)."""
    region = regions.get(account.region_code)
    return Actor(
        account_id=account.id,
        name=account.name,
        region_code=account.region_code,
        region_level=region.level,
        scope=regions.scope_prefix(account.region_code),
        city_district=region.is_city_pseudo,
        permissions=decode_permissions(account.permissions),
        token_hash=token_hash,
        token_expires_at=expires_at,
    )


def bearer_token(request: Request) -> str:
    """The token of ``Authorization: Bearer …``; 401 ``not_authenticated`` without one."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ProblemError(NOT_AUTHENTICATED, "请先登录（缺少登录令牌）", headers=BEARER_CHALLENGE)
    return token.strip()


def _load_token(session: Session, digest: str) -> tuple[AuthToken, Account] | None:
    statement = (
        select(AuthToken, Account)
        .join(Account, Account.id == AuthToken.account_id)
        .where(AuthToken.token_hash == digest)
    )
    row = session.execute(statement).first()
    return None if row is None else (row[0], row[1])


def authenticate(services: Services, token: str) -> Actor:
    """The actor of a bearer token, or the problem that says why the token is refused."""
    digest = token_digest(token)
    with services.db.read() as session:
        found = _load_token(session, digest)
        if found is None:
            raise ProblemError(INVALID_TOKEN, "登录令牌无效，请重新登录", headers=BEARER_CHALLENGE)
        token_row, account = found
        if token_row.expires_at <= services.clock():
            raise ProblemError(TOKEN_EXPIRED, "登录已过期，请重新登录", headers=BEARER_CHALLENGE)
        if token_row.epoch != current_epoch(session) or (
            token_row.account_epoch != account.session_epoch
        ):
            raise ProblemError(
                SESSION_ENDED,
                "会话已结束（申报状态或账号已变更），请重新登录",
                headers=BEARER_CHALLENGE,
            )
        if not account.active:
            raise ProblemError(ACCOUNT_INACTIVE, "该账号已注销，不能继续使用")
        return actor_for(account, digest, token_row.expires_at)


def current_actor(request: Request, services: Annotated[Services, Depends(get_services)]) -> Actor:
    """FastAPI dependency: the authenticated actor of this request."""
    return authenticate(services, bearer_token(request))


def require(*permissions: Permission) -> Callable[[Actor], Actor]:
    """Dependency factory: the actor, who must hold at least one of ``permissions``."""
    if not permissions:
        raise ValueError("require() needs at least one permission")
    names = "或".join(f"【{permission}】" for permission in permissions)

    def dependency(actor: Annotated[Actor, Depends(current_actor)]) -> Actor:
        if not actor.has_any(*permissions):
            raise ProblemError(PERMISSION_DENIED, f"该操作需要{names}权限，当前账号没有")
        return actor

    return dependency


CurrentActor = Annotated[Actor, Depends(current_actor)]
