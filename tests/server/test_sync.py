"""The sync read API (SPEC §7): changes since a cursor, paged in version order across kinds,
scoped by region, with tombstones, 410 on an unusable cursor, and the versions listing."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient

from core.vocab import DeclarationState, Permission
from server.auth.passwords import Passwords
from server.clock import ManualClock
from server.db import Database
from server.maintenance import run_maintenance
from server.models import Applicant, Application, DeclarationStatus
from server.settings import Settings
from tests.server.helpers import add_account, applicant_row, declaration_row, login

CHANGES = "/api/v1/sync/changes"
VERSIONS = "/api/v1/sync/versions"

ACCOUNTS = {
    "province": "430000-1",
    "changsha": "430100-1",
    "changsha_county": "430121-1",
    "furong": "430102-1",
    "xiangtan": "430300-1",
}
GLOBAL = "*"
APPLICANT_REGIONS = ["430121", "430121", "430102", "430101", "430100", "430300", "430321"]


def _seed(database: Database, passwords: Passwords, clock: ManualClock) -> dict[str, str]:
    """Accounts, applicants in several regions and one declaration status.

    Returns id → region code (``GLOBAL`` for the status, which every account sees).
    """
    for account_id in ACCOUNTS.values():
        add_account(database, passwords, account_id, permissions={Permission.QUERY})
    regions: dict[str, str] = {}
    with database.write() as session:
        for region in APPLICANT_REGIONS:
            row = applicant_row(region, clock())
            session.add(row)
            session.flush()
            regions[row.id] = region
        status = declaration_row(DeclarationState.OPEN, clock())
        session.add(status)
        session.flush()
        regions[status.id] = GLOBAL
    for account_id in ACCOUNTS.values():
        regions[account_id] = account_id[:6]
    return regions


def _pull(client: TestClient, auth: dict[str, str], since: int = 0, limit: int = 100) -> list[dict]:
    """Every page from ``since`` on; checks the paging invariants on the way."""
    pages = []
    while True:
        response = client.get(CHANGES, params={"since": since, "limit": limit}, headers=auth)
        assert response.status_code == 200, response.text
        page = response.json()
        assert len(page["changes"]) + len(page["deletions"]) <= limit
        assert page["next_cursor"] >= since
        pages.append(page)
        since = page["next_cursor"]
        if not page["more"]:
            assert page["next_cursor"] == page["server_version"]
            return pages


def _ids(pages: list[dict]) -> list[str]:
    return [change["id"] for page in pages for change in page["changes"]]


def _expected(regions: dict[str, str], prefix: str) -> set[str]:
    return {
        row_id
        for row_id, region in regions.items()
        if region == GLOBAL or region.startswith(prefix)
    }


@pytest.mark.parametrize(
    ("who", "prefix"),
    [("province", "43"), ("changsha", "4301"), ("changsha_county", "430121"), ("xiangtan", "4303")],
)
def test_each_account_sees_exactly_its_regions_rows(
    client: TestClient,
    database: Database,
    passwords: Passwords,
    clock: ManualClock,
    who: str,
    prefix: str,
) -> None:
    regions = _seed(database, passwords, clock)
    auth = login(client, ACCOUNTS[who])

    ids = _ids(_pull(client, auth))

    assert len(ids) == len(set(ids))
    assert set(ids) == _expected(regions, prefix)


def test_pages_are_in_strictly_increasing_version_order_across_kinds(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    regions = _seed(database, passwords, clock)
    auth = login(client, ACCOUNTS["province"])

    for limit in (1, 2, 3, 5, 100):
        pages = _pull(client, auth, limit=limit)
        versions = [change["version"] for page in pages for change in page["changes"]]
        assert versions == sorted(set(versions))
        assert set(_ids(pages)) == set(regions)
        for page in pages:
            if page["changes"] and page["more"]:
                assert page["next_cursor"] == page["changes"][-1]["version"]
        kinds = {change["kind"] for page in pages for change in page["changes"]}
        assert kinds == {"accounts", "applicants", "declaration_statuses"}


def test_a_change_carries_every_synced_column_in_json_form(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    add_account(database, passwords, "430000-1", permissions={Permission.QUERY})
    with database.write() as session:
        applicant = applicant_row("430121", clock())
        session.add(applicant)
        session.flush()
        session.add(
            Application(
                region_code="430121",
                year=2024,
                created_on=date(2024, 8, 30),
                created_at=clock(),
                created_by="430121-1",
                updated_at=clock(),
                applicant_id=applicant.id,
                owners="湖南晶泰运输有限公司",
                control_status="自有",
                policy="部",
                project="拆解",
                area="省际",
                power_form="燃油",
                ship_type="液货危险品船",
                ship_name="湘益阳机0258",
                gross_tonnage=345,
                power_kw=Decimal("280.5"),
                built_date=date(2006, 2, 1),
                machine_amount=Decimal("51.75"),
                machine_formula="0.1*345*1.5*1.00",
                ship_age=Decimal("18.532"),
            )
        )
    auth = login(client, "430000-1")

    changes = _pull(client, auth)[0]["changes"]

    application = next(change for change in changes if change["kind"] == "applications")
    data = application["data"]
    assert data["machine_amount"] == "51.75"
    assert data["power_kw"] == "280.50"
    assert data["ship_age"] == "18.532"
    assert data["estimate_amount"] is None
    assert data["built_date"] == "2006-02-01"
    assert data["created_at"] == "2024-11-11T01:00:00+00:00"
    assert data["region_code"] == "430121"
    assert "id" not in data and "version" not in data
    account = next(change for change in changes if change["kind"] == "accounts")
    assert {"password_hash", "failed_logins", "locked_until", "session_epoch"}.isdisjoint(
        account["data"]
    )
    assert account["data"]["permissions"] == "查询"


def test_deletions_are_tombstones_scoped_like_the_rows(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    regions = _seed(database, passwords, clock)
    furong_id = next(row_id for row_id, region in regions.items() if region == "430102")
    cursors = {}
    for who in ("province", "changsha", "changsha_county", "furong"):
        cursors[who] = _pull(client, login(client, ACCOUNTS[who]))[-1]["next_cursor"]
    with database.write() as session:
        session.delete(session.get(Applicant, furong_id))
        status = session.query(DeclarationStatus).one()
        session.delete(status)

    seen = {}
    for who, cursor in cursors.items():
        auth = login(client, ACCOUNTS[who])  # deleting a status ended every session
        pages = _pull(client, auth, since=cursor)
        seen[who] = [(d["kind"], d["id"]) for page in pages for d in page["deletions"]]
        assert _ids(pages) == []

    both = [("applicants", furong_id), ("declaration_statuses", status.id)]
    assert seen["province"] == both
    assert seen["changsha"] == both
    assert seen["furong"] == both
    assert seen["changsha_county"] == [("declaration_statuses", status.id)]


def test_a_deleted_then_recreated_row_is_a_change_not_a_deletion(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    add_account(database, passwords, "430000-1", permissions={Permission.QUERY})
    with database.write() as session:
        row = applicant_row("430121", clock())
        session.add(row)
    with database.write() as session:
        session.delete(session.get(Applicant, row.id))
    with database.write() as session:
        session.add(applicant_row("430121", clock(), id=row.id, name="湖南晶泰运输有限公司"))
    auth = login(client, "430000-1")

    pages = _pull(client, auth)

    assert [d for page in pages for d in page["deletions"]] == []
    recreated = [c for page in pages for c in page["changes"] if c["id"] == row.id]
    assert [c["data"]["name"] for c in recreated] == ["湖南晶泰运输有限公司"]


def test_a_cursor_older_than_the_pruned_tombstones_gets_410(
    client: TestClient,
    database: Database,
    passwords: Passwords,
    clock: ManualClock,
    settings: Settings,
) -> None:
    regions = _seed(database, passwords, clock)
    auth = login(client, ACCOUNTS["province"])
    old_cursor = _pull(client, auth)[-1]["next_cursor"]
    with database.write() as session:
        session.delete(session.get(Applicant, next(iter(regions))))
    clock.advance(timedelta(days=settings.tombstone_retention_days, seconds=1))
    run_maintenance(database, settings, clock())
    auth = login(client, ACCOUNTS["province"])

    expired = client.get(CHANGES, params={"since": old_cursor}, headers=auth)
    full = client.get(CHANGES, params={"since": 0}, headers=auth)

    assert expired.status_code == 410
    assert expired.headers["content-type"] == "application/problem+json"
    assert expired.json()["code"] == "cursor_expired"
    assert (
        expired.json()["detail"] == "距上次同步时间过长，服务器已清理部分删除记录，需要重新完整同步"
    )
    assert full.status_code == 200
    assert full.json()["deletions"] == []
    current = full.json()["server_version"]
    assert client.get(CHANGES, params={"since": current}, headers=auth).status_code == 200


def test_a_cursor_ahead_of_the_server_gets_410(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    _seed(database, passwords, clock)
    auth = login(client, ACCOUNTS["province"])
    server_version = client.get(CHANGES, headers=auth).json()["server_version"]

    response = client.get(CHANGES, params={"since": server_version + 5}, headers=auth)

    assert response.status_code == 410
    assert response.json()["code"] == "cursor_expired"
    assert response.json()["server_version"] == server_version


def test_a_client_storing_each_cursor_sees_every_change_once(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    add_account(database, passwords, "430100-1", permissions={Permission.QUERY})
    auth = login(client, "430100-1")
    generator = random.Random(20241111)
    regions = ["430121", "430102", "430101", "430300", "430321"]
    local: dict[str, int] = {}
    live: dict[str, str] = {}
    cursor = 0
    for _round in range(6):
        with database.write() as session:
            for _ in range(generator.randint(1, 6)):
                row = applicant_row(generator.choice(regions), clock())
                session.add(row)
                session.flush()
                live[row.id] = row.region_code
            for row_id in generator.sample(sorted(live), k=min(2, len(live))):
                session.delete(session.get(Applicant, row_id))
                del live[row_id]
        for page in _pull(client, auth, since=cursor, limit=generator.randint(1, 4)):
            for change in page["changes"]:
                local[change["id"]] = change["version"]
            for deletion in page["deletions"]:
                local.pop(deletion["id"], None)
            cursor = page["next_cursor"]

    expected = {row_id for row_id, region in live.items() if region.startswith("4301")}
    assert set(local) == expected | {"430100-1"}


def test_versions_lists_every_visible_row_of_a_kind(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    regions = _seed(database, passwords, clock)
    auth = login(client, ACCOUNTS["changsha_county"])

    response = client.get(VERSIONS, params={"kind": "applicants"}, headers=auth)

    assert response.status_code == 200
    body = response.json()
    assert body["kind"] == "applicants"
    applicants = {
        i for i, region in regions.items() if region == "430121" and i not in ACCOUNTS.values()
    }
    assert set(body["versions"]) == applicants
    assert all(isinstance(version, int) for version in body["versions"].values())
    assert body["server_version"] >= max(body["versions"].values())
    newest = max(body["versions"].values())
    later = client.get(VERSIONS, params={"kind": "applicants", "since": newest}, headers=auth)
    assert later.json()["versions"] == {}


def test_versions_of_an_unknown_kind_is_a_validation_problem(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    add_account(database, passwords, "430000-1")
    auth = login(client, "430000-1")

    response = client.get(VERSIONS, params={"kind": "ships"}, headers=auth)

    assert response.status_code == 422
    assert response.json()["code"] == "validation_failed"
    assert response.json()["errors"][0]["field"] == "kind"
    assert "applicants" in response.json()["errors"][0]["message"]


def test_page_size_is_validated_and_capped(
    client: TestClient,
    database: Database,
    passwords: Passwords,
    clock: ManualClock,
    settings: Settings,
) -> None:
    add_account(database, passwords, "430000-1")
    with database.write() as session:
        for _ in range(settings.sync_max_limit + 5):
            session.add(applicant_row("430121", clock()))
    auth = login(client, "430000-1")

    zero = client.get(CHANGES, params={"limit": 0}, headers=auth)
    huge = client.get(CHANGES, params={"limit": 100000}, headers=auth)
    default = client.get(CHANGES, headers=auth)

    assert zero.status_code == 422
    assert zero.json()["errors"] == [{"field": "limit", "message": "不能小于 1"}]
    assert len(huge.json()["changes"]) == settings.sync_max_limit
    assert huge.json()["more"] is True
    assert len(default.json()["changes"]) == settings.sync_default_limit


def test_sync_needs_a_session(client: TestClient) -> None:
    for path in (CHANGES, f"{VERSIONS}?kind=applicants"):
        response = client.get(path)
        assert response.status_code == 401
        assert response.json()["code"] == "not_authenticated"
