"""Builders for the administration API tests (issue #7): accounts of the regions the tests play
in, valid request bodies of pages 7-2, 7-4 and 8-2, and the HTTP calls with write headers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import httpx
from fastapi.testclient import TestClient

from core.vocab import Permission
from server.auth.passwords import Passwords
from server.db import Database
from tests.server.helpers import PASSWORD, add_account, login, write_headers

ACCOUNTS = "/api/v1/accounts"
STATUSES = "/api/v1/declaration-statuses"
YEARS = "/api/v1/subsidy-years"
CHANGES = "/api/v1/sync/changes"

MANAGER = frozenset({Permission.MANAGE, Permission.QUERY})
SYSTEM_ADMIN = frozenset(
    {Permission.SYSTEM, Permission.MANAGE, Permission.EDIT, Permission.REVIEW, Permission.QUERY}
)
NEW_PASSWORD = "Xyz258%^&"

PASSWORD_RULE_MESSAGES = {
    "SHA369@!#": "缺少小写字母，如 Sha369@!#",
    "sha369@!#": "缺少大写字母，如 Sha369@!#",
    "Sh369@!#": "至少需要3个不同的字母（现有2个），如 Sha369@!#",
    "Sha36@!#": "至少需要3个不同的数字（现有2个），如 Sha369@!#",
    "Sha369@!": "至少需要3个不同的半角标点符号（现有2个），如 Sha369@!#",
    "Shh369@!#": "至少需要3个不同的字母（现有2个），如 Sha369@!#",
    "Sha112@!#": "至少需要3个不同的数字（现有2个），如 Sha369@!#",
    "Sha369@@#": "至少需要3个不同的半角标点符号（现有2个），如 Sha369@!#",
}
"""SPEC §3's invalid examples of the 9字密码, each with the reason the core gives."""


def signed_in(
    client: TestClient,
    database: Database,
    passwords: Passwords,
    account_id: str,
    permissions: Iterable[Permission] = MANAGER,
) -> dict[str, str]:
    """Create an account straight in the database and return a fresh session's header."""
    add_account(database, passwords, account_id, permissions=permissions)
    return login(client, account_id)


def account_body(account_id: str = "430121-2", **overrides: Any) -> dict[str, Any]:
    """Page 8-2 filled in for a county handler of 长沙县."""
    body: dict[str, Any] = {
        "region_code": account_id.partition("-")[0],
        "account_id": account_id,
        "name": "罗湘龙",
        "unit": "长沙县地方海事处",
        "permissions": ["编辑", "审核", "查询"],
        "password": PASSWORD,
    }
    body.update(overrides)
    return body


def status_body(**overrides: Any) -> dict[str, Any]:
    """Page 7-2: open the 2024 declaration under both policies."""
    body: dict[str, Any] = {
        "year": 2024,
        "state": "开放",
        "policy_scope": "部省政策",
        "check_ownership": True,
        "check_inspection": True,
        "note": "申报2024年度部省政策奖补",
    }
    body.update(overrides)
    return {
        key: value.isoformat() if isinstance(value, date) else value for key, value in body.items()
    }


def year_body(year: int, **overrides: Any) -> dict[str, Any]:
    """Page 7-4 with the manual's limits."""
    body: dict[str, Any] = {
        "year": year,
        "pdf_limit_mb": 20,
        "zip_limit_mb": 60,
        "note": f"{year}年度部省政策奖补",
    }
    body.update(overrides)
    return body


def post(
    client: TestClient, auth: dict[str, str], url: str, body: Mapping[str, Any] | None = None
) -> httpx.Response:
    return client.post(url, json=None if body is None else dict(body), headers=write_headers(auth))


def post_at(
    client: TestClient,
    auth: dict[str, str],
    url: str,
    version: int,
    body: Mapping[str, Any] | None = None,
) -> httpx.Response:
    """POST to an existing row with its version as If-Match."""
    headers = write_headers(auth, version=version)
    return client.post(url, json=None if body is None else dict(body), headers=headers)


def patch(
    client: TestClient, auth: dict[str, str], url: str, version: int, body: Mapping[str, Any]
) -> httpx.Response:
    return client.patch(url, json=dict(body), headers=write_headers(auth, version=version))


def put(
    client: TestClient, auth: dict[str, str], url: str, version: int, body: Mapping[str, Any]
) -> httpx.Response:
    return client.put(url, json=dict(body), headers=write_headers(auth, version=version))


def delete(client: TestClient, auth: dict[str, str], url: str, version: int) -> httpx.Response:
    return client.delete(url, headers=write_headers(auth, version=version))


def try_login(client: TestClient, account_id: str, password: str = PASSWORD) -> httpx.Response:
    return client.post("/api/v1/auth/login", json={"account": account_id, "password": password})


def problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """The problem document of ``response``, which must have this status and code."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["code"] == code, body
    return body


def errors_of(response: httpx.Response) -> list[tuple[str, str]]:
    """The (field, message) pairs of a 422 ``validation_failed``."""
    body = problem(response, 422, "validation_failed")
    return [(error["field"], error["message"]) for error in body["errors"]]


def me_status(client: TestClient, auth: dict[str, str]) -> tuple[int, str | None]:
    """What ``GET /me`` answers for a session: status and problem code (None when 200)."""
    response = client.get("/api/v1/me", headers=auth)
    code = None if response.status_code == 200 else response.json()["code"]
    return response.status_code, code
