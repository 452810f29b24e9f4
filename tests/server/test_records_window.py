"""The declaration window (申报状态, manual 7.1) guards every record write endpoint: closed,
expired and missing statuses refuse create, modify, delete and review with 409
``declaration_closed``; maintenance admits only the province's 系统/管理 accounts; a status
applies to its own year and its policy scope limits new applications.

Creating or deleting a status ends every session (``server.auth.sessions``), so each test logs
in again after changing the window, as a desktop would.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from core.vocab import Decision, DeclarationState, Level, Permission, PolicyScope
from server.auth.passwords import Passwords
from server.clock import DEFAULT_START
from server.db import Database
from server.models import Applicant, DeclarationStatus
from server.versioning import insert_synced
from tests.server.helpers import PASSWORD, declaration_row, login
from tests.server.records_support import (
    CITY_DISTRICT,
    COUNTY,
    PROVINCE,
    TODAY,
    account,
    applicant_body,
    create,
    created,
    delete,
    modify,
    new_id,
    open_world,
    ready_for,
    review,
    scrapping_body,
    set_review_position,
    set_window,
    version_of,
)

LATER = DEFAULT_START + timedelta(minutes=5)


@dataclass
class World:
    """A county handler's applicant and an application waiting for county review."""

    auth: dict[str, str]
    applicant: dict
    application_id: str
    application_version: int


def _world(client: TestClient, database: Database, passwords: Passwords) -> World:
    open_world(database)
    auth = account(client, database, passwords, f"{COUNTY}-1")
    applicant = created(client, auth, "applicants", applicant_body())
    owner = created(client, auth, "applicants", applicant_body())
    ship = created(client, auth, "applications", scrapping_body(owner["id"]))
    version = set_review_position(
        database, "applications", ship["id"], results=ready_for(Level.COUNTY)
    )
    return World(auth, applicant, ship["id"], version)


Attempt = Callable[[TestClient, World], httpx.Response]
ATTEMPTS: dict[str, tuple[str, Attempt]] = {
    "create": ("建档", lambda c, w: create(c, w.auth, "applicants", applicant_body())),
    "modify": (
        "修改",
        lambda c, w: modify(
            c, w.auth, "applicants", w.applicant["id"], w.applicant["version"], {"note": "改"}
        ),
    ),
    "delete": (
        "删除",
        lambda c, w: delete(c, w.auth, "applicants", w.applicant["id"], w.applicant["version"]),
    ),
    "review": (
        "审核",
        lambda c, w: review(
            c, w.auth, "applications", w.application_id, w.application_version, Level.COUNTY
        ),
    ),
}
KIND_OF = {
    "create": "拆建申请人",
    "modify": "拆建申请人",
    "delete": "拆建申请人",
    "review": "拆建申请",
}


def _close(database: Database) -> None:
    set_window(database, DeclarationState.CLOSED, at=LATER)


def _expire(database: Database) -> None:
    set_window(database, DeclarationState.OPEN, at=LATER, deadline=TODAY - timedelta(days=1))


def _remove_all(database: Database) -> None:
    with database.write() as session:
        for status in session.scalars(select(DeclarationStatus)).all():
            session.delete(status)


WINDOWS = {
    "closed": (_close, "申报已关闭，不能{action}{kind}记录。请等待省级重新开放申报后再操作。"),
    "expired": (
        _expire,
        "拆建申报已于2024-11-10截止（过期），不能{action}{kind}记录。"
        "如需继续，请联系省级系统管理员延长截止日期。",
    ),
    "missing": (
        _remove_all,
        "尚未创建申报状态，不能{action}{kind}记录。请联系省级系统管理员新建申报状态。",
    ),
}


@pytest.mark.parametrize("window", list(WINDOWS))
@pytest.mark.parametrize("endpoint", list(ATTEMPTS))
def test_a_window_that_is_not_open_refuses_every_write(
    client: TestClient, database: Database, passwords: Passwords, endpoint: str, window: str
) -> None:
    world = _world(client, database, passwords)
    change_window, template = WINDOWS[window]
    change_window(database)
    world.auth = login(client, f"{COUNTY}-1")
    action, attempt = ATTEMPTS[endpoint]

    response = attempt(client, world)

    assert response.status_code == 409, response.text
    assert response.json()["code"] == "declaration_closed"
    assert response.json()["detail"] == template.format(action=action, kind=KIND_OF[endpoint])
    assert version_of(database, "applicants", world.applicant["id"]) == world.applicant["version"]
    assert version_of(database, "applications", world.application_id) == world.application_version
    with database.read() as session:
        assert len(session.scalars(select(Applicant)).all()) == 2


def test_the_deadline_day_itself_is_still_open(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    world = _world(client, database, passwords)
    set_window(database, DeclarationState.OPEN, at=LATER, deadline=TODAY)
    world.auth = login(client, f"{COUNTY}-1")

    assert ATTEMPTS["create"][1](client, world).status_code == 201


def _maintenance_committed_after_login(database: Database) -> None:
    """A maintenance status that commits between a request's login check and its write.

    The ORM path ends every session in the status's own transaction; this inserts the status the
    bulk way, without ending them, to stand for a request authenticated a moment earlier.
    """
    row = declaration_row(DeclarationState.MAINTENANCE, LATER)
    values = {column.key: getattr(row, column.key) for column in DeclarationStatus.__table__.c}
    values["id"] = new_id()
    with database.write() as session:
        insert_synced(session, DeclarationStatus, [values])


def test_maintenance_refuses_county_logins(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    _world(client, database, passwords)
    set_window(database, DeclarationState.MAINTENANCE, at=LATER)

    response = client.post(
        "/api/v1/auth/login", json={"account": f"{COUNTY}-1", "password": PASSWORD}
    )

    assert response.status_code == 503
    assert response.json()["code"] == "maintenance"


def test_maintenance_stops_a_county_request_authenticated_just_before(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    world = _world(client, database, passwords)
    _maintenance_committed_after_login(database)

    responses = [attempt(client, world) for _, attempt in ATTEMPTS.values()]

    for response in responses:
        assert response.status_code == 503
        assert response.json()["code"] == "maintenance"
        assert response.json()["detail"] == (
            "系统正在运维，暂时只允许省级【系统】或【管理】账号登录，请稍后再试。"
        )
    assert version_of(database, "applicants", world.applicant["id"]) == world.applicant["version"]


def test_maintenance_lets_the_province_administrators_review(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    world = _world(client, database, passwords)
    province = account(
        client,
        database,
        passwords,
        f"{PROVINCE}-1",
        {Permission.SYSTEM, Permission.MANAGE, Permission.REVIEW},
    )
    version = set_review_position(
        database, "applications", world.application_id, results=ready_for(Level.PROVINCE)
    )
    set_window(database, DeclarationState.MAINTENANCE, at=LATER)
    province = login(client, f"{PROVINCE}-1")

    response = review(
        client, province, "applications", world.application_id, version, Level.PROVINCE
    )

    assert response.status_code == 201, response.text
    assert response.json()["record"]["data"]["province_result"] == Decision.PASS


def test_a_status_applies_to_its_own_year_only(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    world = _world(client, database, passwords)
    with database.write() as session:
        row = session.get(Applicant, world.applicant["id"])
        assert row is not None
        row.year = 2023
        session.flush()
        version = row.version

    response = modify(
        client, world.auth, "applicants", world.applicant["id"], version, {"note": "改"}
    )

    assert response.status_code == 409
    assert (
        response.json()["detail"] == "当前申报状态只对2024年有效，不能修改2023年的拆建申请人记录。"
    )


def test_the_policy_scope_limits_new_applications(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    open_world(database)
    with database.write() as session:
        status = session.scalars(select(DeclarationStatus)).one()
        status.policy_scope = str(PolicyScope.PROVINCE)
    district = account(client, database, passwords, f"{CITY_DISTRICT}-1")
    applicant = created(client, district, "applicants", applicant_body())

    ministry = create(client, district, "applications", scrapping_body(applicant["id"], "部"))
    province = create(client, district, "applications", scrapping_body(applicant["id"], "省"))

    assert ministry.status_code == 409
    assert ministry.json()["code"] == "declaration_closed"
    assert ministry.json()["detail"] == "当前只开放省政策申报，不能建档部政策的拆建申请。"
    assert province.status_code == 201
