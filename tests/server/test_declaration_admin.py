"""Declaration statuses through the API (manual 7.1, SPEC §4), on SQLite and PostgreSQL: the
list of page 7-1, who may create and delete, the rules of page 7-2, and what a status does —
every session ends, closed and expired windows refuse every record write (create, modify,
delete, review, upload), maintenance admits only the province's 系统/管理 accounts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import httpx
import pytest
from fastapi.testclient import TestClient

from core.vocab import Level, Permission
from server.auth.passwords import Passwords
from server.clock import DEFAULT_START, ManualClock
from server.db import Database
from tests.server.admin_support import (
    CHANGES,
    MANAGER,
    STATUSES,
    SYSTEM_ADMIN,
    delete,
    errors_of,
    me_status,
    post,
    problem,
    signed_in,
    status_body,
    try_login,
)
from tests.server.helpers import add_account, login
from tests.server.material_checks import upload, valid_zip
from tests.server.records_support import (
    COUNTY,
    TODAY,
    applicant_body,
    create,
    created,
    modify,
    ready_for,
    review,
    scrapping_body,
    seed_year,
    set_review_position,
)
from tests.server.records_support import (
    delete as delete_record,
)

SYSTEM = "430000-1"
COUNTY_HANDLER = f"{COUNTY}-1"
HANDLER = frozenset({Permission.EDIT, Permission.REVIEW, Permission.QUERY})


def _system(client: TestClient, database: Database, passwords: Passwords) -> dict[str, str]:
    """The 2024 year and the province system admin, logged in."""
    seed_year(database)
    return signed_in(client, database, passwords, SYSTEM, SYSTEM_ADMIN)


def _create(client: TestClient, auth: dict[str, str], **fields: object) -> dict:
    """Create a status and insist it worked; the page 7-1 row."""
    response = post(client, auth, STATUSES, status_body(**fields))
    assert response.status_code == 201, response.text
    return response.json()


# --- the list and the rules of page 7-2 -----------------------------------------------------


def test_the_list_is_newest_first_with_the_state_now(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    auth = _system(client, database, passwords)
    opened = _create(client, auth)
    clock.advance(timedelta(hours=1))
    auth = login(client, SYSTEM)
    closed = _create(client, auth, state="关闭", note="汇总期间暂停申报")
    auth = login(client, SYSTEM)

    today = client.get(STATUSES, headers=auth).json()
    clock.advance(timedelta(days=2))
    auth = login(client, SYSTEM)
    later = client.get(STATUSES, headers=auth).json()

    assert [row["id"] for row in today] == [closed["id"], opened["id"]]
    assert [(r["current"], r["ship_state"], r["cargo_state"]) for r in today] == [
        (True, "关闭", "关闭"),
        (False, "无效", "无效"),
    ]
    assert [row["deletable"] for row in today] == [True, True]
    assert [row["deletable"] for row in later] == [False, False]
    assert today[0]["created_by"] == SYSTEM and today[0]["created_on"] == "2024-11-11"


def test_deadlines_default_as_page_7_2_says(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _system(client, database, passwords)

    opened = _create(client, auth)
    closed = _create(client, login(client, SYSTEM), state="关闭")
    maintenance = _create(client, login(client, SYSTEM), state="运维")

    assert (opened["ship_deadline"], opened["cargo_deadline"]) == ("2024-12-11", "2024-12-11")
    for row in (closed, maintenance):
        assert (row["ship_deadline"], row["cargo_deadline"]) == ("2099-12-31", "2099-12-31")


def test_an_open_status_past_its_deadline_is_listed_as_expired(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    auth = _system(client, database, passwords)
    _create(client, auth, ship_deadline=TODAY, cargo_deadline=TODAY + timedelta(days=5))
    clock.advance(timedelta(days=1))

    row = client.get(STATUSES, headers=login(client, SYSTEM)).json()[0]

    assert (row["state"], row["ship_state"], row["cargo_state"]) == ("开放", "过期", "开放")


def test_every_problem_of_a_new_status_is_reported_at_once(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _system(client, database, passwords)
    yesterday = TODAY - timedelta(days=1)
    body = status_body(year=2030, note="短", ship_deadline=yesterday, cargo_deadline=yesterday)

    response = post(client, auth, STATUSES, body)
    expired = post(client, auth, STATUSES, status_body(state="过期"))

    assert errors_of(response) == [
        ("year", "奖补年份：2030年尚未创建，请先在【管理奖补年份】中新建该年份"),
        ("note", "备注须为5-100个字，当前1个字。"),
        ("ship_deadline", "拆建申报截止日期2024-11-10早于今天，开放状态会立即过期。"),
        ("cargo_deadline", "货主申报截止日期2024-11-10早于今天，开放状态会立即过期。"),
    ]
    assert [field for field, _ in errors_of(expired)] == ["state"]
    assert client.get(STATUSES, headers=auth).json() == []


def test_the_day_of_a_status_is_changshas(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    auth = _system(client, database, passwords)
    clock.set(DEFAULT_START.replace(hour=17))  # 01:00 on the 12th in Changsha
    auth = login(client, SYSTEM)

    row = _create(client, auth)

    assert row["created_on"] == "2024-11-12"
    assert row["ship_deadline"] == "2024-12-12"


@pytest.mark.parametrize(
    ("account_id", "permissions", "detail"),
    [
        pytest.param(
            "430000-3", MANAGER, "该操作需要【系统】权限，当前账号没有", id="province-manager"
        ),
        pytest.param(
            "430121-1", HANDLER, "该操作需要【系统】权限，当前账号没有", id="county-handler"
        ),
        pytest.param(
            "430100-9",
            {Permission.SYSTEM},
            "该操作只允许省级【系统】账号进行，当前账号不是省级账号",
            id="system-below-province",
        ),
    ],
)
def test_only_province_system_accounts_create_or_delete_statuses(
    client: TestClient,
    database: Database,
    passwords: Passwords,
    account_id: str,
    permissions: frozenset[Permission],
    detail: str,
) -> None:
    system = _system(client, database, passwords)
    status = _create(client, system)
    auth = signed_in(client, database, passwords, account_id, permissions)

    created_now = post(client, auth, STATUSES, status_body())
    deleted = delete(client, auth, f"{STATUSES}/{status['id']}", status["version"])
    listed = client.get(STATUSES, headers=auth)

    for response in (created_now, deleted):
        assert problem(response, 403, "permission_denied")["detail"] == detail
    assert [row["id"] for row in listed.json()] == [status["id"]]


# --- sessions -------------------------------------------------------------------------------


def test_creating_a_status_ends_every_session(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _system(client, database, passwords)
    others = [
        signed_in(client, database, passwords, "430121-1", HANDLER),
        signed_in(client, database, passwords, "430100-1", MANAGER),
    ]

    _create(client, auth)

    for session in (auth, *others):
        assert me_status(client, session) == (401, "session_ended")
    assert try_login(client, "430121-1").status_code == 200


def test_only_a_status_created_today_is_deleted_and_that_ends_every_session(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    auth = _system(client, database, passwords)
    older = _create(client, auth)
    clock.advance(timedelta(days=1))
    auth = login(client, SYSTEM)
    newer = _create(client, auth, state="关闭")
    auth = login(client, SYSTEM)
    county = signed_in(client, database, passwords, "430121-1", HANDLER)

    refused = delete(client, auth, f"{STATUSES}/{older['id']}", older["version"])
    stale = delete(client, auth, f"{STATUSES}/{newer['id']}", newer["version"] - 1)
    deleted = delete(client, auth, f"{STATUSES}/{newer['id']}", newer["version"])

    assert problem(refused, 409, "status_not_deletable")["detail"] == (
        "只能删除当天创建的申报状态，该状态创建于2024-11-11。"
    )
    problem(stale, 412, "version_conflict")
    assert deleted.status_code == 204, deleted.text
    assert me_status(client, county) == (401, "session_ended")
    remaining = client.get(STATUSES, headers=login(client, SYSTEM)).json()
    assert [(row["id"], row["current"]) for row in remaining] == [(older["id"], True)]


def test_statuses_sync_to_every_account(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _system(client, database, passwords)
    status = _create(client, auth)
    county = signed_in(client, database, passwords, "430121-1", HANDLER)

    changes = client.get(CHANGES, headers=county).json()["changes"]

    synced = [c for c in changes if c["kind"] == "declaration_statuses"]
    assert [(c["id"], c["version"]) for c in synced] == [(status["id"], status["version"])]
    assert synced[0]["data"]["state"] == "开放"


# --- what a status does to record writes ----------------------------------------------------


@dataclass
class RecordWorld:
    """A county handler's applicant and an application waiting for county review."""

    auth: dict[str, str]
    applicant: dict
    application_id: str
    application_version: int


def _record_world(client: TestClient, database: Database, passwords: Passwords) -> RecordWorld:
    """Opened through the API, records written through the API."""
    _create(client, _system(client, database, passwords))
    auth = signed_in(client, database, passwords, COUNTY_HANDLER, HANDLER)
    applicant = created(client, auth, "applicants", applicant_body())
    owner = created(client, auth, "applicants", applicant_body())
    ship = created(client, auth, "applications", scrapping_body(owner["id"]))
    version = set_review_position(
        database, "applications", ship["id"], results=ready_for(Level.COUNTY)
    )
    return RecordWorld(auth, applicant, ship["id"], version)


Attempt = Callable[[TestClient, RecordWorld], httpx.Response]
ATTEMPTS: dict[str, tuple[str, str, Attempt]] = {
    "create": (
        "建档",
        "拆建申请人",
        lambda c, w: create(c, w.auth, "applicants", applicant_body()),
    ),
    "modify": (
        "修改",
        "拆建申请人",
        lambda c, w: modify(
            c, w.auth, "applicants", w.applicant["id"], w.applicant["version"], {"note": "改"}
        ),
    ),
    "delete": (
        "删除",
        "拆建申请人",
        lambda c, w: delete_record(
            c, w.auth, "applicants", w.applicant["id"], w.applicant["version"]
        ),
    ),
    "review": (
        "审核",
        "拆建申请",
        lambda c, w: review(
            c, w.auth, "applications", w.application_id, w.application_version, Level.COUNTY
        ),
    ),
    "upload": (
        "上传材料",
        "拆建申请",
        lambda c, w: upload(
            c, w.auth, w.application_id, valid_zip(), version=w.application_version
        ),
    ),
}


def test_an_open_status_admits_the_same_writes(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    """The baseline of the refusals below: the window, not the attempts, refuses them (the
    upload reaches the zip check, which runs after the window's)."""
    world = _record_world(client, database, passwords)

    order = ("create", "upload", "review", "modify")
    statuses = {name: ATTEMPTS[name][2](client, world).status_code for name in order}
    world.applicant = created(client, world.auth, "applicants", applicant_body())
    statuses["delete"] = ATTEMPTS["delete"][2](client, world).status_code

    assert statuses == {"create": 201, "upload": 422, "review": 201, "modify": 200, "delete": 204}


def _assert_every_write_refused(client: TestClient, world: RecordWorld, reason: str) -> None:
    for action, kind, attempt in ATTEMPTS.values():
        body = problem(attempt(client, world), 409, "declaration_closed")
        assert body["detail"] == reason.format(action=action, kind=kind)


def test_a_closed_status_refuses_every_record_write(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    world = _record_world(client, database, passwords)
    _create(client, login(client, SYSTEM), state="关闭", note="汇总期间暂停申报")
    world.auth = login(client, COUNTY_HANDLER)

    _assert_every_write_refused(
        client, world, "申报已关闭，不能{action}{kind}记录。请等待省级重新开放申报后再操作。"
    )


def test_an_expired_status_refuses_every_record_write_until_reopened(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    world = _record_world(client, database, passwords)
    _create(client, login(client, SYSTEM), ship_deadline=TODAY, cargo_deadline=TODAY)
    clock.advance(timedelta(days=1))
    world.auth = login(client, COUNTY_HANDLER)

    _assert_every_write_refused(
        client,
        world,
        "拆建申报已于2024-11-11截止（过期），不能{action}{kind}记录。"
        "如需继续，请联系省级系统管理员延长截止日期。",
    )
    _create(client, login(client, SYSTEM), ship_deadline=date(2024, 12, 31))
    world.auth = login(client, COUNTY_HANDLER)
    assert ATTEMPTS["create"][2](client, world).status_code == 201


@pytest.mark.parametrize(
    ("account_id", "permissions", "admitted"),
    [
        pytest.param("430000-1", SYSTEM_ADMIN, True, id="province-system"),
        pytest.param("430000-3", MANAGER, True, id="province-manager"),
        pytest.param("430000-7", HANDLER, False, id="province-handler"),
        pytest.param("430100-1", MANAGER, False, id="city-manager"),
        pytest.param("430121-1", HANDLER, False, id="county-handler"),
    ],
)
def test_maintenance_admits_only_province_system_and_manage_accounts(
    client: TestClient,
    database: Database,
    passwords: Passwords,
    account_id: str,
    permissions: frozenset[Permission],
    admitted: bool,
) -> None:
    auth = _system(client, database, passwords)
    if account_id != SYSTEM:
        add_account(database, passwords, account_id, permissions=permissions)
    _create(client, auth, state="运维", note="系统升级运维")

    response = try_login(client, account_id)

    if admitted:
        assert response.status_code == 200, response.text
    else:
        assert problem(response, 503, "maintenance")["detail"] == (
            "系统正在运维，暂时只允许省级【系统】或【管理】账号登录，请稍后再试。"
        )
