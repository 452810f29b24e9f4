"""Every error is application/problem+json with a stable code and a Chinese detail (SPEC §7),
FastAPI's and Starlette's own errors included; the OpenAPI document is served."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi.testclient import TestClient

from server.app import create_app
from server.auth.passwords import Passwords
from server.clock import ManualClock
from server.db import Database
from server.settings import Settings
from tests.server.helpers import add_account, login

PROBLEM_KEYS = {"type", "title", "status", "detail", "code"}


def _assert_problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert set(body) >= PROBLEM_KEYS
    assert body["status"] == status
    assert body["code"] == code
    assert body["type"] == f"urn:reviewdesk:problem:{code}"
    assert any("\u4e00" <= ch <= "\u9fff" for ch in body["detail"])
    return body


def test_unknown_path_is_a_404_problem(client: TestClient) -> None:
    body = _assert_problem(client.get("/api/v1/no-such-thing"), 404, "not_found")
    assert body["instance"] == "/api/v1/no-such-thing"


def test_wrong_method_is_a_405_problem(client: TestClient) -> None:
    _assert_problem(client.delete("/api/v1/health"), 405, "method_not_allowed")


def test_query_validation_is_a_422_problem_with_field_errors(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    add_account(database, passwords, "430000-1")
    auth = login(client, "430000-1")

    response = client.get(
        "/api/v1/sync/changes", params={"since": -1, "limit": "many"}, headers=auth
    )

    body = _assert_problem(response, 422, "validation_failed")
    assert body["errors"] == [
        {"field": "since", "message": "不能小于 0"},
        {"field": "limit", "message": "必须是整数"},
    ]
    assert body["detail"] == "提交的数据有 2 处错误，请修改后再提交"


def test_malformed_json_is_a_422_problem(client: TestClient) -> None:
    response = client.post(
        "/api/v1/auth/login", content=b"{not json", headers={"content-type": "application/json"}
    )

    body = _assert_problem(response, 422, "validation_failed")
    assert body["errors"][0]["message"] == "不是有效的 JSON"


def test_unexpected_errors_are_a_500_problem_without_internals(
    clock: ManualClock, database: Database, settings: Settings
) -> None:
    app = create_app(settings, clock=clock, database=database)

    def explode() -> None:
        raise RuntimeError("secret internal state")

    app.add_api_route("/api/v1/explode", explode)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/api/v1/explode")

    body = _assert_problem(response, 500, "internal_error")
    assert "secret" not in response.text
    assert body["detail"] == "服务器内部错误，请稍后重试或联系系统管理员"


def test_openapi_document_is_served_under_the_api_prefix(client: TestClient) -> None:
    response = client.get("/api/v1/openapi.json")

    assert response.status_code == 200
    document = response.json()
    assert {
        "/api/v1/auth/login",
        "/api/v1/me",
        "/api/v1/sync/changes",
        "/api/v1/sync/versions",
    } <= set(document["paths"])
    responses = document["paths"]["/api/v1/me"]["patch"]["responses"]
    assert "application/problem+json" in responses["4XX"]["content"]


def test_health_answers_without_a_session(client: TestClient) -> None:
    response = client.get("/api/v1/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "api_version": "v1"}
