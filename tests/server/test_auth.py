"""Login, logout, tokens, throttling, lockout and session epochs (SPEC §7, manual 1.1, 7.1)."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient

from core.vocab import DeclarationState, Permission
from server.auth.passwords import Passwords
from server.auth.sessions import end_account_sessions, end_all_sessions
from server.auth.tokens import token_digest
from server.clock import ManualClock
from server.db import Database
from server.models import Account, AuthToken, DeclarationStatus
from server.settings import Settings
from tests.server.helpers import PASSWORD, add_account, declaration_row, login

LOGIN = "/api/v1/auth/login"
ME = "/api/v1/me"


def _attempt(client: TestClient, account: str, password: str) -> tuple[int, dict]:
    response = client.post(LOGIN, json={"account": account, "password": password})
    return response.status_code, response.json()


def test_login_returns_token_expiry_and_account(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    add_account(database, passwords, "430300-1", permissions={Permission.MANAGE, Permission.QUERY})

    status, body = _attempt(client, "430300-1", PASSWORD)

    assert status == 200
    assert len(body["token"]) >= 43
    assert body["token_type"] == "bearer"
    assert body["expires_at"] == (clock() + timedelta(hours=12)).isoformat().replace("+00:00", "Z")
    assert body["account"]["id"] == "430300-1"
    assert body["account"]["region_name"] == "湖南省湘潭市"
    assert body["account"]["region_level"] == "市级"
    assert body["account"]["scope"] == "4303"
    assert body["account"]["permissions"] == ["管理", "查询"]
    with database.read() as session:
        stored = session.get(AuthToken, token_digest(body["token"]))
        assert stored is not None and stored.account_id == "430300-1"
        assert session.get(AuthToken, body["token"]) is None
        account = session.get(Account, "430300-1")
        assert account is not None
        assert account.login_count == 1 and account.last_login_at == clock()


def test_bearer_token_identifies_the_caller(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    add_account(database, passwords, "430121-1")

    response = client.get(ME, headers=login(client, "430121-1"))

    assert response.status_code == 200
    assert response.json()["id"] == "430121-1"
    assert response.json()["scope"] == "430121"
    assert response.headers["etag"] == f'"{response.json()["version"]}"'


def test_wrong_password_and_unknown_account_get_the_same_answer(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    add_account(database, passwords, "430300-1")

    wrong = _attempt(client, "430300-1", "Wrong369@!#")
    unknown = _attempt(client, "430300-9", PASSWORD)

    assert wrong[0] == unknown[0] == 401
    assert wrong[1]["code"] == unknown[1]["code"] == "invalid_credentials"
    assert wrong[1]["detail"] == unknown[1]["detail"] == "账号或密码错误，请检查后重新输入"


def test_consecutive_failures_lock_the_account_until_the_unlock_time(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    add_account(database, passwords, "430300-1")

    assert _attempt(client, "430300-1", "bad")[0] == 401
    assert _attempt(client, "430300-1", "bad")[0] == 401
    status, body = _attempt(client, "430300-1", "bad")

    assert status == 423
    assert body["code"] == "account_locked"
    assert "2024-11-11 09:15（北京时间）" in body["detail"]
    assert body["unlock_at"] == "2024-11-11T01:15:00+00:00"
    locked = client.post(LOGIN, json={"account": "430300-1", "password": PASSWORD})
    assert locked.status_code == 423
    assert locked.json()["code"] == "account_locked"
    assert locked.headers["retry-after"] == "900"

    clock.advance(timedelta(minutes=15, seconds=1))
    assert _attempt(client, "430300-1", PASSWORD)[0] == 200


def test_a_success_resets_the_consecutive_failures(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    add_account(database, passwords, "430300-1")

    for _ in range(2):
        assert _attempt(client, "430300-1", "bad")[0] == 401
    assert _attempt(client, "430300-1", PASSWORD)[0] == 200
    for _ in range(2):
        assert _attempt(client, "430300-1", "bad")[0] == 401
    assert _attempt(client, "430300-1", PASSWORD)[0] == 200


def test_failures_per_typed_account_are_rate_limited_in_a_sliding_window(
    client: TestClient, clock: ManualClock
) -> None:
    for _ in range(5):
        assert _attempt(client, "430300-9", "bad")[0] == 401
        clock.advance(timedelta(seconds=60))

    response = client.post(LOGIN, json={"account": "430300-9", "password": "bad"})

    assert response.status_code == 429
    assert response.json()["code"] == "too_many_attempts"
    assert response.json()["detail"] == "该账号登录失败次数过多，请在 5 分钟 后再试"
    assert response.headers["retry-after"] == "300"
    assert response.json()["retry_after"] == 300
    clock.advance(timedelta(seconds=301))
    assert _attempt(client, "430300-9", "bad")[0] == 401


def test_failures_per_client_address_are_rate_limited(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    add_account(database, passwords, "430300-1")
    for index in range(8):
        assert _attempt(client, f"430300-{index + 10}", "bad")[0] == 401

    status, body = _attempt(client, "430300-1", PASSWORD)

    assert status == 429
    assert body["code"] == "too_many_attempts"
    assert body["detail"].startswith("本机地址登录失败次数过多")


def test_deactivated_account_is_refused_only_with_the_right_password(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    add_account(database, passwords, "430300-1", active=False)

    wrong_status, wrong_body = _attempt(client, "430300-1", "bad")
    assert (wrong_status, wrong_body["code"]) == (401, "invalid_credentials")
    status, body = _attempt(client, "430300-1", PASSWORD)

    assert status == 403
    assert body["code"] == "account_inactive"
    assert body["detail"] == "该账号已注销，不能登录。如需恢复请联系上级管理员"


def test_maintenance_admits_only_province_system_or_manage_accounts(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    add_account(database, passwords, "430000-1", permissions={Permission.SYSTEM})
    add_account(database, passwords, "430000-2", permissions={Permission.QUERY})
    add_account(database, passwords, "430100-1", permissions={Permission.MANAGE})
    with database.write() as session:
        session.add(declaration_row(DeclarationState.MAINTENANCE, clock()))

    assert _attempt(client, "430000-1", PASSWORD)[0] == 200
    for refused in ("430000-2", "430100-1"):
        status, body = _attempt(client, refused, PASSWORD)
        assert status == 503
        assert body["code"] == "maintenance"
        assert (
            body["detail"] == "系统正在运维，暂时只允许省级【系统】或【管理】账号登录，请稍后再试。"
        )


def test_token_expires_after_its_lifetime(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    add_account(database, passwords, "430300-1")
    auth = login(client, "430300-1")

    clock.advance(timedelta(hours=12) - timedelta(seconds=1))
    assert client.get(ME, headers=auth).status_code == 200
    clock.advance(timedelta(seconds=1))
    response = client.get(ME, headers=auth)

    assert response.status_code == 401
    assert response.json()["code"] == "token_expired"
    assert response.headers["www-authenticate"] == "Bearer"


def test_missing_and_unknown_tokens_are_refused(client: TestClient) -> None:
    missing = client.get(ME)
    unknown = client.get(ME, headers={"Authorization": "Bearer not-a-token"})
    wrong_scheme = client.get(ME, headers={"Authorization": "Basic abc"})

    assert (missing.status_code, missing.json()["code"]) == (401, "not_authenticated")
    assert (unknown.status_code, unknown.json()["code"]) == (401, "invalid_token")
    assert (wrong_scheme.status_code, wrong_scheme.json()["code"]) == (401, "not_authenticated")


def test_logout_ends_the_session(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    add_account(database, passwords, "430300-1")
    auth = login(client, "430300-1")

    response = client.post("/api/v1/auth/logout", headers=auth)

    assert response.status_code == 204
    assert response.content == b""
    assert client.get(ME, headers=auth).json()["code"] == "invalid_token"


def test_a_new_global_epoch_ends_every_session(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    add_account(database, passwords, "430300-1")
    add_account(database, passwords, "430000-1")
    sessions = [login(client, "430300-1"), login(client, "430000-1")]

    with database.write() as session:
        end_all_sessions(session)

    for auth in sessions:
        response = client.get(ME, headers=auth)
        assert response.status_code == 401
        assert response.json()["code"] == "session_ended"
    assert client.get(ME, headers=login(client, "430300-1")).status_code == 200


def test_creating_or_deleting_a_declaration_status_ends_every_session(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    add_account(database, passwords, "430000-1", permissions={Permission.SYSTEM})
    before_create = login(client, "430000-1")
    with database.write() as session:
        status = declaration_row(DeclarationState.OPEN, clock())
        session.add(status)
    after_create = login(client, "430000-1")
    assert client.get(ME, headers=after_create).status_code == 200

    with database.write() as session:
        session.delete(session.get(DeclarationStatus, status.id))

    for auth in (before_create, after_create):
        response = client.get(ME, headers=auth)
        assert (response.status_code, response.json()["code"]) == (401, "session_ended")


def test_an_account_epoch_ends_only_that_accounts_sessions(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    add_account(database, passwords, "430300-1")
    add_account(database, passwords, "430000-1")
    ended, kept = login(client, "430300-1"), login(client, "430000-1")

    with database.write() as session:
        account = session.get(Account, "430300-1")
        assert account is not None
        end_account_sessions(account)

    assert client.get(ME, headers=ended).json()["code"] == "session_ended"
    assert client.get(ME, headers=kept).status_code == 200


def test_login_upgrades_a_hash_made_with_older_costs(
    client: TestClient, database: Database, settings: Settings
) -> None:
    old = Passwords(settings.with_overrides(argon2_time_cost=2))
    add_account(database, old, "430300-1")

    assert _attempt(client, "430300-1", PASSWORD)[0] == 200

    with database.read() as session:
        account = session.get(Account, "430300-1")
        assert account is not None
        assert "t=1," in account.password_hash
    assert _attempt(client, "430300-1", PASSWORD)[0] == 200


def test_login_body_is_validated_with_chinese_messages(client: TestClient) -> None:
    response = client.post(LOGIN, json={"account": ""})

    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == "validation_failed"
    assert body["errors"] == [
        {"field": "account", "message": "至少 1 个字符"},
        {"field": "password", "message": "必填"},
    ]
