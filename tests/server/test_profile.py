"""Self service (manual 8.2, 8.3, SPEC §3): one's own name and unit, one's own password, and
deactivating oneself — each asking for what the manual asks, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from core.vocab import Permission
from server.auth.passwords import Passwords
from server.db import Database
from tests.server.admin_support import (
    NEW_PASSWORD,
    PASSWORD_RULE_MESSAGES,
    errors_of,
    me_status,
    patch,
    post,
    problem,
    signed_in,
    try_login,
)
from tests.server.helpers import PASSWORD, login, write_headers

ME = "/api/v1/me"
ACCOUNT = "430121-1"
HANDLER = frozenset({Permission.EDIT, Permission.REVIEW, Permission.QUERY})


def _me(client: TestClient, database: Database, passwords: Passwords) -> dict[str, str]:
    return signed_in(client, database, passwords, ACCOUNT, HANDLER)


def _change(old: str = PASSWORD, new: str = NEW_PASSWORD) -> dict[str, str]:
    return {"old_password": old, "new_password": new}


# --- name and unit (8.2) --------------------------------------------------------------------


def test_the_person_changes_their_own_name_and_unit(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _me(client, database, passwords)
    version = client.get(ME, headers=auth).json()["version"]

    response = patch(client, auth, ME, version, {"name": "潘素芳", "unit": "长沙县交通运输局"})

    assert response.status_code == 200, response.text
    assert (response.json()["name"], response.json()["unit"]) == ("潘素芳", "长沙县交通运输局")
    assert response.json()["permissions"] == ["编辑", "审核", "查询"]


def test_invalid_own_name_and_unit_are_reported_at_once(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _me(client, database, passwords)
    version = client.get(ME, headers=auth).json()["version"]

    response = patch(client, auth, ME, version, {"name": "潘", "unit": "Hunan"})

    assert [field for field, _ in errors_of(response)] == ["name", "unit"]


def test_permissions_cannot_be_changed_through_the_profile(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _me(client, database, passwords)
    version = client.get(ME, headers=auth).json()["version"]

    response = patch(client, auth, ME, version, {"permissions": ["管理"]})

    assert errors_of(response) == [("permissions", "不允许的字段")]


# --- own password ---------------------------------------------------------------------------


def test_a_new_own_password_keeps_this_session_and_ends_the_others(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _me(client, database, passwords)
    other = login(client, ACCOUNT)

    response = post(client, auth, f"{ME}/password", _change())

    assert response.status_code == 204, response.text
    assert me_status(client, auth) == (200, None)
    assert me_status(client, other) == (401, "session_ended")
    problem(try_login(client, ACCOUNT, PASSWORD), 401, "invalid_credentials")
    assert try_login(client, ACCOUNT, NEW_PASSWORD).status_code == 200


def test_a_wrong_old_password_and_a_weak_new_one_are_reported_at_once(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _me(client, database, passwords)

    response = post(client, auth, f"{ME}/password", _change("Wrong369@!#", "sha369@!#"))

    assert errors_of(response) == [
        ("old_password", "原密码：不正确，请输入当前的登录密码"),
        ("new_password", "新密码：缺少大写字母，如 Sha369@!#"),
    ]
    assert try_login(client, ACCOUNT, PASSWORD).status_code == 200


@pytest.mark.parametrize("weak", list(PASSWORD_RULE_MESSAGES))
def test_each_weak_new_password_is_refused_with_the_rules_message(
    client: TestClient, database: Database, passwords: Passwords, weak: str
) -> None:
    auth = _me(client, database, passwords)

    response = post(client, auth, f"{ME}/password", _change(new=weak))

    assert errors_of(response) == [("new_password", f"新密码：{PASSWORD_RULE_MESSAGES[weak]}")]


def test_the_new_password_must_differ_from_the_old_one(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _me(client, database, passwords)

    response = post(client, auth, f"{ME}/password", _change(PASSWORD, PASSWORD))

    assert errors_of(response) == [("new_password", "新密码：不能与原密码相同，请换一个新密码")]


def test_a_replayed_password_change_answers_its_first_success(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _me(client, database, passwords)
    headers = write_headers(auth, key="own-password-1")

    first = client.post(f"{ME}/password", json=_change(), headers=headers)
    again = client.post(f"{ME}/password", json=_change(), headers=headers)

    assert (first.status_code, again.status_code) == (204, 204)
    assert again.headers["idempotent-replayed"] == "true"
    assert try_login(client, ACCOUNT, NEW_PASSWORD).status_code == 200


def test_a_password_change_needs_an_idempotency_key(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _me(client, database, passwords)

    response = client.post(f"{ME}/password", json=_change(), headers=auth)

    problem(response, 428, "idempotency_key_required")


# --- deactivating oneself (8.3) -------------------------------------------------------------


def test_a_wrong_password_does_not_deactivate(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _me(client, database, passwords)

    response = post(client, auth, f"{ME}/deactivate", {"password": "Wrong369@!#"})

    assert errors_of(response) == [("password", "登录密码：不正确，请输入当前的登录密码")]
    assert me_status(client, auth) == (200, None)


def test_deactivating_oneself_ends_every_session_and_every_login(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _me(client, database, passwords)
    other = login(client, ACCOUNT)

    response = post(client, auth, f"{ME}/deactivate", {"password": PASSWORD})

    assert response.status_code == 204, response.text
    assert me_status(client, auth) == (401, "session_ended")
    assert me_status(client, other) == (401, "session_ended")
    problem(try_login(client, ACCOUNT), 403, "account_inactive")


def test_an_admin_deactivates_itself_through_the_profile(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = signed_in(client, database, passwords, "430100-1")

    response = post(client, auth, f"{ME}/deactivate", {"password": PASSWORD})

    assert response.status_code == 204, response.text
    problem(try_login(client, "430100-1"), 403, "account_inactive")
