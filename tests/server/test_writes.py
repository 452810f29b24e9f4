"""The write infrastructure through a real synced resource, ``PATCH /api/v1/me``: expected
versions (If-Match / base_version → 412 with the current row, 428 without), idempotency keys
(replay returns the first response and changes nothing, a reused key is refused) and the
validation problem listing every field at once."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from server.auth.passwords import Passwords
from server.db import Database
from server.models import Account, CounterName, IdempotencyKey
from server.versioning import read_counter
from tests.server.helpers import add_account, login, write_headers

ME = "/api/v1/me"


def _me(client: TestClient, auth: dict[str, str]) -> dict:
    response = client.get(ME, headers=auth)
    assert response.status_code == 200
    return response.json()


def _setup(client: TestClient, database: Database, passwords: Passwords) -> tuple[dict, int]:
    add_account(database, passwords, "430300-1")
    auth = login(client, "430300-1")
    return auth, _me(client, auth)["version"]


def test_update_with_if_match_bumps_the_version(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth, version = _setup(client, database, passwords)

    response = client.patch(
        ME,
        json={"name": "罗湘龙", "unit": "湘潭市航务管理局"},
        headers=write_headers(auth, version=version),
    )

    assert response.status_code == 200
    body = response.json()
    assert (body["name"], body["unit"]) == ("罗湘龙", "湘潭市航务管理局")
    assert body["version"] > version
    assert response.headers["etag"] == f'"{body["version"]}"'
    assert _me(client, auth)["name"] == "罗湘龙"


def test_base_version_field_works_like_if_match(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth, version = _setup(client, database, passwords)

    response = client.patch(
        ME,
        json={"department": "水运管理科室", "base_version": version},
        headers=write_headers(auth),
    )

    assert response.status_code == 200
    assert response.json()["department"] == "水运管理科室"


def test_stale_version_gets_412_with_the_current_row(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth, version = _setup(client, database, passwords)
    first = client.patch(ME, json={"name": "罗湘龙"}, headers=write_headers(auth, version=version))
    assert first.status_code == 200

    stale = client.patch(ME, json={"name": "盛超禹"}, headers=write_headers(auth, version=version))

    assert stale.status_code == 412
    assert stale.headers["content-type"] == "application/problem+json"
    body = stale.json()
    assert body["code"] == "version_conflict"
    assert body["type"] == "urn:reviewdesk:problem:version_conflict"
    assert body["title"] == "版本冲突"
    assert body["status"] == 412
    assert body["instance"] == ME
    current = body["current"]
    assert current["kind"] == "accounts"
    assert current["id"] == "430300-1"
    assert current["version"] == first.json()["version"]
    assert current["data"]["name"] == "罗湘龙"
    assert "password_hash" not in current["data"]
    assert "failed_logins" not in current["data"]
    assert _me(client, auth)["name"] == "罗湘龙"


def test_update_without_any_expected_version_gets_428(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth, _ = _setup(client, database, passwords)

    response = client.patch(ME, json={"name": "罗湘龙"}, headers=write_headers(auth))

    assert response.status_code == 428
    assert response.json()["code"] == "version_required"


def test_disagreeing_if_match_and_base_version_get_400(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth, version = _setup(client, database, passwords)

    response = client.patch(
        ME,
        json={"name": "罗湘龙", "base_version": version + 1},
        headers=write_headers(auth, version=version),
    )

    assert response.status_code == 400
    assert response.json()["code"] == "bad_request"


def test_malformed_if_match_gets_400(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth, _ = _setup(client, database, passwords)
    headers = {**write_headers(auth), "If-Match": "yesterday"}

    response = client.patch(ME, json={"name": "罗湘龙"}, headers=headers)

    assert response.status_code == 400
    assert response.json()["code"] == "bad_request"


def test_every_invalid_field_is_reported_at_once(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth, version = _setup(client, database, passwords)

    response = client.patch(
        ME,
        json={"name": "A", "unit": "局", "department": "abc"},
        headers=write_headers(auth, version=version),
    )

    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "validation_failed"
    assert [error["field"] for error in body["errors"]] == [
        "name",
        "name",
        "unit",
        "department",
        "department",
    ]
    assert all(error["message"] for error in body["errors"])
    assert body["errors"][0]["message"].startswith("姓名：")
    assert body["errors"][2]["message"].startswith("所在单位与部门：")
    assert body["errors"][3]["message"].startswith("部门：")
    assert _me(client, auth)["version"] == version


def test_unknown_fields_and_wrong_types_are_validation_problems(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth, version = _setup(client, database, passwords)

    response = client.patch(
        ME,
        json={"nickname": "x", "base_version": "soon"},
        headers=write_headers(auth, version=version),
    )

    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"field": "base_version", "message": "必须是整数"},
        {"field": "nickname", "message": "不允许的字段"},
    ]


def test_replay_returns_the_first_response_and_changes_nothing(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth, version = _setup(client, database, passwords)
    headers = write_headers(auth, key="replay-key-1", version=version)
    first = client.patch(ME, json={"name": "罗湘龙"}, headers=headers)
    with database.read() as session:
        counter_after_first = read_counter(session, CounterName.VERSION)

    replay = client.patch(ME, json={"name": "罗湘龙"}, headers=headers)

    assert first.status_code == replay.status_code == 200
    assert replay.content == first.content
    assert replay.headers["etag"] == first.headers["etag"]
    assert replay.headers["idempotent-replayed"] == "true"
    assert "idempotent-replayed" not in first.headers
    with database.read() as session:
        assert read_counter(session, CounterName.VERSION) == counter_after_first
        assert session.scalar(select(func.count()).select_from(IdempotencyKey)) == 1


def test_replay_after_a_later_change_is_still_the_first_response_not_a_412(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth, version = _setup(client, database, passwords)
    headers = write_headers(auth, key="replay-key-2", version=version)
    first = client.patch(ME, json={"name": "罗湘龙"}, headers=headers)
    later = client.patch(
        ME, json={"name": "盛超禹"}, headers=write_headers(auth, version=first.json()["version"])
    )
    assert later.status_code == 200

    replay = client.patch(ME, json={"name": "罗湘龙"}, headers=headers)

    assert replay.status_code == 200
    assert replay.json() == first.json()
    assert _me(client, auth)["name"] == "盛超禹"


def test_a_stored_problem_is_replayed_too(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth, version = _setup(client, database, passwords)
    client.patch(ME, json={"name": "罗湘龙"}, headers=write_headers(auth, version=version))
    headers = write_headers(auth, key="stale-key", version=version)
    conflict = client.patch(ME, json={"name": "盛超禹"}, headers=headers)

    replay = client.patch(ME, json={"name": "盛超禹"}, headers=headers)

    assert conflict.status_code == replay.status_code == 412
    assert replay.headers["content-type"] == "application/problem+json"
    assert replay.json() == conflict.json()


def test_same_key_with_a_different_body_is_refused(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth, version = _setup(client, database, passwords)
    headers = write_headers(auth, key="reused-key", version=version)
    assert client.patch(ME, json={"name": "罗湘龙"}, headers=headers).status_code == 200

    reused = client.patch(ME, json={"name": "盛超禹"}, headers=headers)

    assert reused.status_code == 422
    assert reused.json()["code"] == "idempotency_key_reuse"
    assert _me(client, auth)["name"] == "罗湘龙"


def test_keys_belong_to_one_account(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth, version = _setup(client, database, passwords)
    add_account(database, passwords, "430000-1")
    other = login(client, "430000-1")
    other_version = _me(client, other)["version"]
    assert (
        client.patch(
            ME, json={"name": "罗湘龙"}, headers=write_headers(auth, key="shared", version=version)
        ).status_code
        == 200
    )

    response = client.patch(
        ME,
        json={"name": "盛超禹"},
        headers=write_headers(other, key="shared", version=other_version),
    )

    assert response.status_code == 200
    assert response.json()["id"] == "430000-1"
    assert response.json()["name"] == "盛超禹"


def test_writes_need_an_idempotency_key(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth, version = _setup(client, database, passwords)

    missing = client.patch(
        ME, json={"name": "罗湘龙"}, headers={**auth, "If-Match": f'"{version}"'}
    )
    invalid = client.patch(
        ME,
        json={"name": "罗湘龙"},
        headers={**write_headers(auth, version=version), "Idempotency-Key": "bad key"},
    )

    assert (missing.status_code, missing.json()["code"]) == (428, "idempotency_key_required")
    assert (invalid.status_code, invalid.json()["code"]) == (400, "idempotency_key_invalid")
    with database.read() as session:
        account = session.get(Account, "430300-1")
        assert account is not None and account.name == "胡立辉"


def test_an_update_with_nothing_to_change_is_a_validation_problem(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth, version = _setup(client, database, passwords)

    response = client.patch(ME, json={}, headers=write_headers(auth, version=version))

    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"field": "", "message": "没有要修改的字段（姓名、所在单位、部门）"}
    ]
