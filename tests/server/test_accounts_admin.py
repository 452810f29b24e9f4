"""Managing the accounts of one's own and lower regions (manual §8.1, SPEC §3), every rule
allowed and refused with its code, on SQLite and PostgreSQL.

The regions: 湖南省 430000 → 长沙市 430100 → 长沙县 430121 and 芙蓉区 430102 (siblings); 株洲市
430200 → 荷塘区 430202 (another city).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from core.vocab import Permission
from server.auth.passwords import Passwords
from server.clock import ManualClock
from server.db import Database
from server.models import Account
from server.settings import Settings
from tests.server.admin_support import (
    ACCOUNTS,
    CHANGES,
    MANAGER,
    NEW_PASSWORD,
    PASSWORD_RULE_MESSAGES,
    SYSTEM_ADMIN,
    account_body,
    delete,
    errors_of,
    me_status,
    patch,
    post,
    post_at,
    problem,
    signed_in,
    try_login,
)
from tests.server.helpers import PASSWORD, add_account, login, write_headers

CITY_ADMIN = "430100-1"
COUNTY_ADMIN = "430121-5"
PROVINCE_ADMIN = "430000-3"
HANDLER = frozenset({Permission.EDIT, Permission.REVIEW, Permission.QUERY})
SECRETS = {"password_hash", "failed_logins", "locked_until", "session_epoch"}


def _count(database: Database) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(Account)) or 0)


def _stored(database: Database, account_id: str) -> Account:
    with database.read() as session:
        account = session.get(Account, account_id)
        assert account is not None
        return account


def _city_admin(client: TestClient, database: Database, passwords: Passwords) -> dict[str, str]:
    return signed_in(client, database, passwords, CITY_ADMIN)


# --- creating (8.1.1) ------------------------------------------------------------------------


def test_a_city_admin_creates_a_county_account_that_can_log_in(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city_admin(client, database, passwords)
    body = account_body("430121-2", permissions=["管理", "编辑", "审核", "查询"])

    response = post(client, auth, ACCOUNTS, body)

    assert response.status_code == 201, response.text
    created = response.json()
    assert created["id"] == "430121-2"
    assert created["region_code"] == "430121"
    assert created["region_name"] == "湖南省长沙市长沙县"
    assert created["permissions"] == ["管理", "编辑", "审核", "查询"]
    assert (created["login_count"], created["last_login_at"], created["active"]) == (0, None, True)
    assert not SECRETS & set(created)
    assert response.headers["etag"] == f'"{created["version"]}"'
    assert response.headers["location"] == "/api/v1/accounts/430121-2"
    assert try_login(client, "430121-2").status_code == 200


def test_a_city_admin_creates_an_own_level_account_without_manage(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city_admin(client, database, passwords)

    response = post(client, auth, ACCOUNTS, account_body("430100-2", unit="长沙市航务管理局"))

    assert response.status_code == 201, response.text
    assert response.json()["permissions"] == ["编辑", "审核", "查询"]


def test_an_own_level_account_with_manage_is_refused(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city_admin(client, database, passwords)
    body = account_body("430100-2", unit="长沙市航务管理局", permissions=["管理", "查询"])

    response = post(client, auth, ACCOUNTS, body)

    assert errors_of(response) == [
        (
            "permissions",
            "操作权限组合：只能创建和修改本级区划无【管理】权限的账号，"
            "本级的管理账号须由上级区划创建，请取消勾选【管理】",
        )
    ]
    assert _count(database) == 1


def test_system_is_never_granted_through_account_management(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    province = signed_in(client, database, passwords, PROVINCE_ADMIN)
    city = _city_admin(client, database, passwords)

    at_province = post(
        client,
        province,
        ACCOUNTS,
        account_body("430000-4", unit="湖南省水运事务中心", permissions=["系统"]),
    )
    below = post(client, city, ACCOUNTS, account_body("430121-2", permissions=["系统", "查询"]))

    assert errors_of(at_province) == [
        (
            "permissions",
            "操作权限组合：【系统】权限不能在账号管理中授予，"
            "系统账号由服务器管理员用 create-admin 命令创建，请取消勾选",
        )
    ]
    assert errors_of(below) == [
        ("permissions", "操作权限组合：“系统”权限只能授予省级（430000）账号，请取消勾选")
    ]


def test_a_province_admin_creates_a_city_admin(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    province = signed_in(client, database, passwords, PROVINCE_ADMIN)
    body = account_body("430300-1", name="湘潭市", unit="湘潭市航务管理局", permissions=["管理"])

    response = post(client, province, ACCOUNTS, body)

    assert response.status_code == 201, response.text
    assert response.json()["region_level"] == "市级"


@pytest.mark.parametrize(
    ("admin", "target"),
    [
        pytest.param(COUNTY_ADMIN, "430100-2", id="county-creates-city"),
        pytest.param(COUNTY_ADMIN, "430102-1", id="county-creates-sibling-county"),
        pytest.param(CITY_ADMIN, "430202-1", id="city-creates-other-citys-county"),
        pytest.param(CITY_ADMIN, "430000-4", id="city-creates-province"),
    ],
)
def test_a_region_outside_the_admins_is_out_of_scope(
    client: TestClient, database: Database, passwords: Passwords, admin: str, target: str
) -> None:
    auth = signed_in(client, database, passwords, admin)

    response = post(client, auth, ACCOUNTS, account_body(target, unit="湖南省水运事务中心"))

    body = problem(response, 403, "out_of_scope")
    assert body["detail"].startswith(f"区划“{target[:6]}”不在本账号的管辖范围内")
    assert _count(database) == 1


def test_the_account_id_must_start_with_its_region_code(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city_admin(client, database, passwords)

    wrong_prefix = post(client, auth, ACCOUNTS, account_body("430102-2", region_code="430121"))
    wrong_shape = post(client, auth, ACCOUNTS, account_body("430121-123", region_code="430121"))

    assert errors_of(wrong_prefix) == [
        ("account_id", "账号：前6位必须是所在区划代码430121，如 430121-1")
    ]
    assert errors_of(wrong_shape) == [
        ("account_id", "账号：格式应为“6位区划代码-1到2位数字”，如 430300-1，现为“430121-123”")
    ]


def test_every_invalid_field_is_reported_at_once(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city_admin(client, database, passwords)
    body = account_body(
        name="Luo",
        unit="海事处",
        department="部",
        permissions=["编辑", "超级"],
        password="sha369",
    )

    response = post(client, auth, ACCOUNTS, body)

    errors = errors_of(response)
    assert [field for field, _ in errors] == [
        "name",
        "unit",
        "permissions",
        "department",
        "password",
        "password",
    ]
    assert errors[0] == ("name", "姓名：只能包含汉字，不能含“L”、“u”、“o”")
    assert errors[1] == ("unit", "所在单位与部门：应为5-20个汉字（现为3个）")
    assert errors[2][1].startswith("操作权限组合：“超级”不是操作权限")
    assert errors[3] == ("department", "部门：应为5-20个汉字（现为1个）")
    assert ("password", "密码：缺少大写字母，如 Sha369@!#") in errors
    assert _count(database) == 1


@pytest.mark.parametrize("weak", list(PASSWORD_RULE_MESSAGES))
def test_each_weak_initial_password_is_refused_with_the_rules_message(
    client: TestClient, database: Database, passwords: Passwords, weak: str
) -> None:
    auth = _city_admin(client, database, passwords)

    response = post(client, auth, ACCOUNTS, account_body(password=weak))

    assert errors_of(response) == [("password", f"密码：{PASSWORD_RULE_MESSAGES[weak]}")]


def test_an_id_in_use_even_by_a_deactivated_account_is_refused(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city_admin(client, database, passwords)
    add_account(database, passwords, "430121-2", active=False)

    response = post(client, auth, ACCOUNTS, account_body("430121-2"))

    assert errors_of(response) == [("account_id", "账号：430121-2 已存在")]


def test_a_replayed_create_answers_the_first_response_and_creates_once(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city_admin(client, database, passwords)
    headers = write_headers(auth, key="create-430121-2")

    first = client.post(ACCOUNTS, json=account_body(), headers=headers)
    again = client.post(ACCOUNTS, json=account_body(), headers=headers)

    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    assert _count(database) == 2


def test_account_management_needs_the_manage_permission(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = signed_in(client, database, passwords, CITY_ADMIN, HANDLER)
    add_account(database, passwords, "430121-1")

    responses = [
        client.get(ACCOUNTS, headers=auth),
        client.get(f"{ACCOUNTS}/430121-1", headers=auth),
        post(client, auth, ACCOUNTS, account_body()),
        patch(client, auth, f"{ACCOUNTS}/430121-1", 1, {"name": "李鹤儒"}),
        post_at(client, auth, f"{ACCOUNTS}/430121-1/password", 1, {"password": NEW_PASSWORD}),
        post_at(client, auth, f"{ACCOUNTS}/430121-1/deactivate", 1),
    ]

    for response in responses:
        assert problem(response, 403, "permission_denied")["detail"] == (
            "该操作需要【管理】权限，当前账号没有"
        )


# --- listing (page 8-1) and visibility ------------------------------------------------------


def _seed_regions(database: Database, passwords: Passwords) -> None:
    for account_id in ("430000-1", "430100-2", "430100-10", "430121-1", "430102-1", "430202-1"):
        add_account(database, passwords, account_id, permissions=HANDLER)


def test_the_list_holds_own_and_lower_regions_with_their_login_record(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    _seed_regions(database, passwords)
    auth = _city_admin(client, database, passwords)
    clock.advance(timedelta(hours=1))
    login(client, "430121-1")
    login(client, "430121-1")

    response = client.get(ACCOUNTS, headers=auth)

    assert response.status_code == 200
    rows = {row["id"]: row for row in response.json()}
    assert list(rows) == ["430100-1", "430100-2", "430100-10", "430102-1", "430121-1"]
    assert rows["430121-1"]["login_count"] == 2
    assert rows["430121-1"]["last_login_at"] == clock().isoformat().replace("+00:00", "Z")
    assert rows["430100-2"]["login_count"] == 0
    assert rows["430100-2"]["last_login_at"] is None
    assert all(not SECRETS & set(row) for row in rows.values())


def test_a_county_admin_sees_only_its_county(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    _seed_regions(database, passwords)
    auth = signed_in(client, database, passwords, COUNTY_ADMIN)

    ids = [row["id"] for row in client.get(ACCOUNTS, headers=auth).json()]

    assert ids == ["430121-1", COUNTY_ADMIN]


@pytest.mark.parametrize(
    ("admin", "target"),
    [
        pytest.param(COUNTY_ADMIN, "430102-1", id="sibling-county"),
        pytest.param(COUNTY_ADMIN, "430100-2", id="own-city"),
        pytest.param(CITY_ADMIN, "430202-1", id="other-citys-county"),
        pytest.param(CITY_ADMIN, "430000-1", id="province"),
    ],
)
def test_accounts_outside_the_region_look_exactly_like_missing_ones(
    client: TestClient, database: Database, passwords: Passwords, admin: str, target: str
) -> None:
    _seed_regions(database, passwords)
    auth = signed_in(client, database, passwords, admin)
    version = _stored(database, target).version

    for account_id in (target, "430121-99"):
        answers = [
            client.get(f"{ACCOUNTS}/{account_id}", headers=auth),
            patch(client, auth, f"{ACCOUNTS}/{account_id}", version, {"name": "李鹤儒"}),
            post_at(
                client,
                auth,
                f"{ACCOUNTS}/{account_id}/password",
                version,
                {"password": NEW_PASSWORD},
            ),
            post_at(client, auth, f"{ACCOUNTS}/{account_id}/deactivate", version),
        ]
        for response in answers:
            assert problem(response, 404, "not_found")["detail"] == (
                "记录不存在，或不在本账号的管辖范围内"
            )
    assert _stored(database, target).active
    assert try_login(client, target).status_code == 200


def test_reading_one_account_sends_its_version_as_etag(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    _seed_regions(database, passwords)
    auth = _city_admin(client, database, passwords)

    response = client.get(f"{ACCOUNTS}/430121-1", headers=auth)

    assert response.status_code == 200
    assert response.headers["etag"] == f'"{response.json()["version"]}"'


# --- modifying (8.1.1) ----------------------------------------------------------------------


def test_a_city_admin_modifies_a_county_account(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    _seed_regions(database, passwords)
    auth = _city_admin(client, database, passwords)
    version = _stored(database, "430121-1").version
    changes = {"name": "李鹤儒", "unit": "长沙县交通运输局", "permissions": ["管理", "查询"]}

    response = patch(client, auth, f"{ACCOUNTS}/430121-1", version, changes)

    assert response.status_code == 200, response.text
    row = response.json()
    assert (row["name"], row["unit"], row["permissions"]) == (
        "李鹤儒",
        "长沙县交通运输局",
        ["管理", "查询"],
    )
    assert row["version"] > version
    assert response.headers["etag"] == f'"{row["version"]}"'
    county = login(client, "430121-1")
    assert client.get(ACCOUNTS, headers=county).status_code == 200


def test_a_modification_needs_the_current_version(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    _seed_regions(database, passwords)
    auth = _city_admin(client, database, passwords)
    version = _stored(database, "430121-1").version
    url = f"{ACCOUNTS}/430121-1"
    assert patch(client, auth, url, version, {"name": "李鹤儒"}).status_code == 200

    stale = patch(client, auth, url, version, {"name": "潘素芳"})
    missing = client.patch(url, json={"name": "潘素芳"}, headers=write_headers(auth))

    assert problem(stale, 412, "version_conflict")["current"]["data"]["name"] == "李鹤儒"
    problem(missing, 428, "version_required")


def test_own_level_accounts_are_modified_only_without_manage(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    _seed_regions(database, passwords)
    auth = _city_admin(client, database, passwords)
    version = _stored(database, "430100-2").version
    url = f"{ACCOUNTS}/430100-2"

    granted = patch(client, auth, url, version, {"permissions": ["管理", "编辑"]})
    allowed = patch(client, auth, url, version, {"permissions": ["外审"]})

    assert errors_of(granted)[0][1].startswith(
        "操作权限组合：只能创建和修改本级区划无【管理】权限的账号"
    )
    assert allowed.status_code == 200, allowed.text
    assert allowed.json()["permissions"] == ["外审"]


@pytest.mark.parametrize(
    ("admin", "target", "permissions", "detail"),
    [
        pytest.param(
            CITY_ADMIN,
            "430100-3",
            MANAGER,
            "账号 430100-3 是本级区划的【管理】账号，只能由上级区划的管理账号管理",
            id="own-level-manager",
        ),
        pytest.param(
            PROVINCE_ADMIN,
            "430000-1",
            SYSTEM_ADMIN - {Permission.MANAGE},
            "账号 430000-1 拥有【系统】权限，不能在账号管理中修改，请联系服务器管理员",
            id="system-account",
        ),
    ],
)
def test_accounts_out_of_an_admins_reach_are_refused_everywhere(
    client: TestClient,
    database: Database,
    passwords: Passwords,
    admin: str,
    target: str,
    permissions: frozenset[Permission],
    detail: str,
) -> None:
    auth = signed_in(client, database, passwords, admin)
    add_account(database, passwords, target, permissions=permissions)
    session = login(client, target)
    url = f"{ACCOUNTS}/{target}"

    answers = [
        patch(client, auth, url, 1, {"name": "李鹤儒"}),
        post_at(client, auth, f"{url}/password", 1, {"password": NEW_PASSWORD}),
        post_at(client, auth, f"{url}/deactivate", 1),
    ]

    for response in answers:
        assert problem(response, 403, "account_not_manageable")["detail"] == detail
    assert me_status(client, session) == (200, None)


def test_an_admin_may_not_manage_itself_here(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city_admin(client, database, passwords)
    version = _stored(database, CITY_ADMIN).version
    url = f"{ACCOUNTS}/{CITY_ADMIN}"

    answers = [
        patch(client, auth, url, version, {"name": "李鹤儒"}),
        post_at(client, auth, f"{url}/password", version, {"password": NEW_PASSWORD}),
        post_at(client, auth, f"{url}/deactivate", version),
    ]

    for response in answers:
        assert problem(response, 403, "account_not_manageable")["detail"] == (
            "不能在账号管理中修改、重建密码或注销自己的账号，"
            "请使用【修改(自己)登录者信息】或【注销(自己)登录者】"
        )


def test_region_and_id_never_change(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    _seed_regions(database, passwords)
    auth = _city_admin(client, database, passwords)
    version = _stored(database, "430121-1").version
    url = f"{ACCOUNTS}/430121-1"

    moved = patch(client, auth, url, version, {"region_code": "430102"})
    empty = patch(client, auth, url, version, {})
    invalid = patch(client, auth, url, version, {"name": "", "permissions": []})

    assert errors_of(moved) == [("region_code", "不允许的字段")]
    assert errors_of(empty) == [
        ("", "没有要修改的字段（姓名、所在单位与部门、部门、操作权限组合）")
    ]
    assert [field for field, _ in errors_of(invalid)] == ["name", "permissions"]
    assert _stored(database, "430121-1").version == version


# --- passwords (8.1.2) ----------------------------------------------------------------------


def test_a_reset_password_logs_in_and_ends_the_old_sessions(
    client: TestClient, database: Database, passwords: Passwords, settings: Settings
) -> None:
    _seed_regions(database, passwords)
    auth = _city_admin(client, database, passwords)
    old_session = login(client, "430121-1")
    for _ in range(settings.lockout_threshold):
        try_login(client, "430121-1", "Wrong369@!#")
    assert problem(try_login(client, "430121-1"), 423, "account_locked")
    version = _stored(database, "430121-1").version

    response = post_at(
        client, auth, f"{ACCOUNTS}/430121-1/password", version, {"password": NEW_PASSWORD}
    )

    assert response.status_code == 204, response.text
    assert response.headers["etag"] == f'"{version}"'
    assert me_status(client, old_session) == (401, "session_ended")
    problem(try_login(client, "430121-1", PASSWORD), 401, "invalid_credentials")
    assert try_login(client, "430121-1", NEW_PASSWORD).status_code == 200
    assert me_status(client, auth) == (200, None)


@pytest.mark.parametrize("weak", list(PASSWORD_RULE_MESSAGES))
def test_each_weak_reset_password_is_refused_with_the_rules_message(
    client: TestClient, database: Database, passwords: Passwords, weak: str
) -> None:
    _seed_regions(database, passwords)
    auth = _city_admin(client, database, passwords)
    session = login(client, "430121-1")
    version = _stored(database, "430121-1").version

    response = post_at(client, auth, f"{ACCOUNTS}/430121-1/password", version, {"password": weak})

    assert errors_of(response) == [("password", f"密码：{PASSWORD_RULE_MESSAGES[weak]}")]
    assert me_status(client, session) == (200, None)
    assert try_login(client, "430121-1").status_code == 200


# --- deactivating (8.1.3) -------------------------------------------------------------------


def test_a_deactivated_account_loses_its_sessions_and_can_never_log_in(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    _seed_regions(database, passwords)
    auth = _city_admin(client, database, passwords)
    session = login(client, "430121-1")
    version = _stored(database, "430121-1").version
    url = f"{ACCOUNTS}/430121-1"

    response = post_at(client, auth, f"{url}/deactivate", version)

    assert response.status_code == 200, response.text
    row = response.json()
    assert row["active"] is False and row["version"] > version
    assert me_status(client, session) == (401, "session_ended")
    refused = problem(try_login(client, "430121-1"), 403, "account_inactive")
    assert refused["detail"].startswith("该账号已注销，不能登录")
    listed = {row["id"]: row for row in client.get(ACCOUNTS, headers=auth).json()}
    assert listed["430121-1"]["active"] is False
    for again in (
        patch(client, auth, url, row["version"], {"name": "李鹤儒"}),
        post_at(client, auth, f"{url}/password", row["version"], {"password": NEW_PASSWORD}),
        post_at(client, auth, f"{url}/deactivate", row["version"]),
    ):
        assert problem(again, 409, "account_deactivated")["detail"] == (
            "账号 430121-1 已注销，不能再修改、重建密码或注销；如需使用请新建账号"
        )


def test_a_deactivation_needs_the_current_version(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    _seed_regions(database, passwords)
    auth = _city_admin(client, database, passwords)
    version = _stored(database, "430121-1").version

    response = post_at(client, auth, f"{ACCOUNTS}/430121-1/deactivate", version - 1)

    problem(response, 412, "version_conflict")
    assert _stored(database, "430121-1").active


# --- sync -----------------------------------------------------------------------------------


def test_created_and_changed_accounts_sync_without_their_secrets(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city_admin(client, database, passwords)
    created = post(client, auth, ACCOUNTS, account_body()).json()
    county = login(client, "430121-2")

    changes = client.get(CHANGES, headers=county).json()["changes"]

    synced = [change for change in changes if change["kind"] == "accounts"]
    assert [change["id"] for change in synced] == ["430121-2"]
    assert synced[0]["version"] == created["version"]
    assert not (SECRETS | {"login_count", "last_login_at"}) & set(synced[0]["data"])


def test_deleting_an_account_is_not_offered(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    _seed_regions(database, passwords)
    auth = _city_admin(client, database, passwords)

    response = delete(client, auth, f"{ACCOUNTS}/430121-1", 1)

    problem(response, 405, "method_not_allowed")
