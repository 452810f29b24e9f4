"""``POST /api/v1/auth/login`` and ``POST /api/v1/auth/logout``.

These two are the writes exempt from ``Idempotency-Key``: a login answer carries a secret that
must never be stored for replay, and a logout is idempotent by nature.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, Field

from server.auth.actor import CurrentActor
from server.auth.login import login, logout
from server.routes.account_view import AccountView, account_view
from server.services import Services, get_services

router = APIRouter(prefix="/auth", tags=["登录"])


class LoginRequest(BaseModel):
    account: str = Field(min_length=1, max_length=40, description="账号，如 430300-1")
    password: str = Field(min_length=1, max_length=128)


class LoginAnswer(BaseModel):
    token: str
    token_type: Literal["bearer"] = "bearer"
    expires_at: datetime
    account: AccountView


def client_address(request: Request) -> str:
    """The caller's address (uvicorn resolves X-Forwarded-For from trusted proxies)."""
    return request.client.host if request.client else "unknown"


@router.post("/login", response_model=LoginAnswer)
def post_login(
    body: LoginRequest,
    request: Request,
    services: Annotated[Services, Depends(get_services)],
) -> LoginAnswer:
    issued = login(services, body.account.strip(), body.password, client_address(request))
    return LoginAnswer(
        token=issued.token, expires_at=issued.expires_at, account=account_view(issued.account)
    )


@router.post("/logout", status_code=204, response_class=Response)
def post_logout(
    actor: CurrentActor, services: Annotated[Services, Depends(get_services)]
) -> Response:
    logout(services, actor.token_hash)
    return Response(status_code=204)
