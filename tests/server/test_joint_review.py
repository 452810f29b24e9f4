"""Platform joint review through the API (SPEC §5, manual §0.3, §3.3): a hand-made registry, one
ship per kind of mismatch with the manual's problem texts and ①–④ marks, preview versus save,
county-decided records skipped, permissions, the declaration status's registry switches and
idempotent replay — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from core.vocab import DeclarationState, Permission
from server.auth.passwords import Passwords
from server.clock import DEFAULT_START, ManualClock
from server.db import Database
from server.models import (
    Application,
    Completion,
    CounterName,
    DeclarationStatus,
    ReviewResult,
    ReviewSubmission,
)
from server.versioning import read_counter
from tests.server.helpers import add_account, declaration_row, login, write_headers
from tests.server.joint_world import (
    SHIPS,
    SKIP_REASONS,
    add_completion,
    add_ships,
    completion_ship,
    load,
)
from tests.server.ship_world import COUNTY, OTHER_COUNTY, subsidy_year

URL = "/api/v1/joint-review"
REVIEWER = f"{COUNTY}-2"
REVIEW_PERMISSIONS = {Permission.REVIEW, Permission.QUERY}


def _world(database: Database, folder: Path, *, ownership: bool = True) -> dict[str, str]:
    with database.write() as session:
        session.add(subsidy_year())
        status = declaration_row(DeclarationState.OPEN, DEFAULT_START)
        status.check_ownership = ownership
        session.add(status)
    load(database, folder)
    return add_ships(database)


def _reviewer(client: TestClient, database: Database, passwords: Passwords) -> dict[str, str]:
    add_account(database, passwords, REVIEWER, permissions=REVIEW_PERMISSIONS)
    return login(client, REVIEWER)


def _review(
    client: TestClient,
    auth: dict[str, str],
    *,
    save: bool,
    region: str = COUNTY,
    kind: str = "applications",
    key: str | None = None,
) -> Any:
    body = {"kind": kind, "region_code": region, "save": save}
    return client.post(URL, json=body, headers=write_headers(auth, key=key))


def _state(database: Database) -> tuple[int, int, int, list[tuple[str, int]]]:
    """The version counter, result and submission counts, and every application's version."""
    with database.read() as session:
        versions = session.execute(select(Application.ship_name, Application.version)).all()
        return (
            read_counter(session, CounterName.VERSION),
            int(session.scalar(select(func.count()).select_from(ReviewResult))),
            int(session.scalar(select(func.count()).select_from(ReviewSubmission))),
            sorted((name, version) for name, version in versions),
        )


def test_a_preview_judges_every_undecided_record_and_writes_nothing(
    client: TestClient, database: Database, passwords: Passwords, tmp_path: Path
) -> None:
    ids = _world(database, tmp_path)
    auth = _reviewer(client, database, passwords)
    before = _state(database)

    response = _review(client, auth, save=False)

    assert response.status_code == 200, response.text
    body = response.json()
    judged = {r["ship_name"]: r for r in body["results"]}
    expected = {s.name: s.expected for s in SHIPS if s.expected is not None}
    assert {name: r["problems"] for name, r in judged.items()} == expected
    assert {name: r["passed"] for name, r in judged.items()} == {
        name: not problems for name, problems in expected.items()
    }
    assert all(judged[name]["record_id"] == ids[name] for name in judged)
    assert {s["ship_name"]: s["reason"] for s in body["skipped"]} == SKIP_REASONS
    assert body["summary"] == {"total": 11, "checked": 8, "passed": 2, "failed": 6, "skipped": 3}
    assert (body["saved"], body["review_date"]) == (False, "2024-11-11")
    assert (body["check_ownership"], body["check_inspection"]) == (True, True)
    assert [r["name"] for r in body["registries"]] == [
        "水路运政库-经营许可",
        "水路运政库-营运证",
        "船检登记库-检验",
        "船舶登记库-所有权登记",
    ]
    assert "湘浏阳货2001" not in judged
    assert _state(database) == before


def test_saving_writes_a_platform_result_per_record_and_bumps_versions(
    client: TestClient, database: Database, passwords: Passwords, tmp_path: Path
) -> None:
    ids = _world(database, tmp_path)
    auth = _reviewer(client, database, passwords)
    before = dict(_state(database)[3])

    response = _review(client, auth, save=True)

    assert response.status_code == 200, response.text
    results = {r["ship_name"]: r for r in response.json()["results"]}
    assert response.json()["saved"] is True
    with database.read() as session:
        for ship in SHIPS:
            row = session.get(Application, ids[ship.name])
            assert row is not None
            if ship.expected is None:
                assert (row.platform_result, row.version) == (None, before[ship.name])
                continue
            decision = "同意" if not ship.expected else "退回"
            assert (row.platform_result, row.platform_on) == (decision, date(2024, 11, 11))
            assert row.joint_review_problems == "；".join(ship.expected)
            assert row.version > before[ship.name]
            assert results[ship.name]["version"] == row.version
            (result,) = session.scalars(
                select(ReviewResult).where(ReviewResult.record_id == row.id)
            ).all()
            assert (result.level, result.decision, result.reviewer) == ("平台", decision, REVIEWER)
            expected_opinion = "；".join(ship.expected) or "平台联审通过：证书在各判断日均有效。"
            assert result.opinion == expected_opinion
        assert session.scalar(select(func.count()).select_from(ReviewSubmission)) == 8


def test_the_saved_result_shows_in_the_audit_log_and_the_changes_feed(
    client: TestClient, database: Database, passwords: Passwords, tmp_path: Path
) -> None:
    ids = _world(database, tmp_path)
    auth = _reviewer(client, database, passwords)
    since = client.get("/api/v1/sync/changes", headers=auth).json()["next_cursor"]

    assert _review(client, auth, save=True).status_code == 200

    audit = client.get(f"/api/v1/records/applications/{ids['湘长沙货1002']}/audit", headers=auth)
    assert audit.status_code == 200, audit.text
    (entry,) = audit.json()["entries"]
    assert (entry["level"], entry["decision"], entry["mark"]) == ("平台", "退回", "×")
    assert entry["opinion"] == "许可证号或经营人名错②"
    changes = client.get(f"/api/v1/sync/changes?since={since}&limit=500", headers=auth).json()
    kinds = [c["kind"] for c in changes["changes"]]
    assert kinds.count("applications") == 8 and kinds.count("review_results") == 8


def test_a_second_save_the_same_day_replaces_the_days_result(
    client: TestClient, database: Database, passwords: Passwords, tmp_path: Path
) -> None:
    ids = _world(database, tmp_path)
    auth = _reviewer(client, database, passwords)
    assert _review(client, auth, save=True).status_code == 200
    with database.write() as session:
        row = session.get(Application, ids["湘长沙货1002"])
        assert row is not None
        row.licence_no = "湘长XKA0001"

    again = _review(client, auth, save=True)

    assert again.status_code == 200
    fixed = next(r for r in again.json()["results"] if r["ship_name"] == "湘长沙货1002")
    assert (fixed["passed"], fixed["problems"]) == (True, [])
    with database.read() as session:
        results = session.scalars(
            select(ReviewResult).where(ReviewResult.record_id == ids["湘长沙货1002"])
        ).all()
        assert [(r.decision, r.review_date) for r in results] == [("同意", date(2024, 11, 11))]
        row = session.get(Application, ids["湘长沙货1002"])
        assert row is not None
        assert (row.platform_result, row.joint_review_problems) == ("同意", "")
        assert session.scalar(select(func.count()).select_from(ReviewSubmission)) == 16


def test_a_later_day_keeps_the_earlier_days_result_in_the_audit_log(
    client: TestClient,
    database: Database,
    passwords: Passwords,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    ids = _world(database, tmp_path)
    auth = _reviewer(client, database, passwords)
    assert _review(client, auth, save=True).status_code == 200
    clock.set(DEFAULT_START.replace(day=12))
    auth = login(client, REVIEWER)

    assert _review(client, auth, save=True).status_code == 200

    with database.read() as session:
        days = session.scalars(
            select(ReviewResult.review_date)
            .where(ReviewResult.record_id == ids["湘长沙货1001"])
            .order_by(ReviewResult.review_date)
        ).all()
        assert days == [date(2024, 11, 11), date(2024, 11, 12)]


def test_replaying_a_save_returns_the_first_answer_and_changes_nothing(
    client: TestClient, database: Database, passwords: Passwords, tmp_path: Path
) -> None:
    _world(database, tmp_path)
    auth = _reviewer(client, database, passwords)
    first = _review(client, auth, save=True, key="joint-1")
    after = _state(database)

    replay = _review(client, auth, save=True, key="joint-1")

    assert replay.status_code == 200
    assert replay.headers["idempotent-replayed"] == "true"
    assert replay.json() == first.json()
    assert _state(database) == after
    reused = _review(client, auth, save=False, key="joint-1")
    assert (reused.status_code, reused.json()["code"]) == (422, "idempotency_key_reuse")


def test_without_the_ownership_check_its_problems_disappear(
    client: TestClient, database: Database, passwords: Passwords, tmp_path: Path
) -> None:
    _world(database, tmp_path, ownership=False)
    auth = _reviewer(client, database, passwords)

    body = _review(client, auth, save=False).json()

    judged = {r["ship_name"]: r["problems"] for r in body["results"]}
    assert judged["湘长沙货1004"] == []
    assert judged["湘长沙货1005"] == ["无注销记录②"]  # the certificate was never cancelled
    assert body["check_ownership"] is False


@pytest.mark.parametrize(
    ("account", "permissions", "fragment"),
    [
        ("430121-3", {Permission.EDIT, Permission.QUERY}, "平台联审需要【审核】权限"),
        ("430121-4", {Permission.EXTERNAL_REVIEW}, "平台联审需要【审核】权限"),
        ("430100-3", {Permission.REVIEW}, "市级账号不能启动"),
        ("430000-3", {Permission.REVIEW}, "省级账号不能启动"),
    ],
)
def test_only_county_level_reviewers_may_run_it(
    client: TestClient,
    database: Database,
    passwords: Passwords,
    tmp_path: Path,
    account: str,
    permissions: set[Permission],
    fragment: str,
) -> None:
    _world(database, tmp_path)
    add_account(database, passwords, account, permissions=permissions)
    before = _state(database)

    response = _review(client, login(client, account), save=True)

    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"
    assert fragment in response.json()["detail"]
    assert _state(database) == before


def test_a_region_outside_the_account_or_unknown_is_refused(
    client: TestClient, database: Database, passwords: Passwords, tmp_path: Path
) -> None:
    _world(database, tmp_path)
    auth = _reviewer(client, database, passwords)

    other = _review(client, auth, save=False, region=OTHER_COUNTY)
    unknown = _review(client, auth, save=False, region="439999")
    malformed = client.post(
        URL,
        json={"kind": "applicants", "region_code": "43", "save": False},
        headers=write_headers(auth),
    )

    assert (other.status_code, other.json()["code"]) == (403, "out_of_scope")
    assert other.json()["detail"] == "“浏阳市”不在本账号的管辖范围内，不能对其记录进行平台联审"
    assert (unknown.status_code, unknown.json()["code"]) == (422, "validation_failed")
    assert unknown.json()["errors"][0]["field"] == "region_code"
    assert malformed.status_code == 422
    assert {e["field"] for e in malformed.json()["errors"]} == {"kind", "region_code"}


def test_a_closed_window_refuses_saving_but_not_previewing(
    client: TestClient, database: Database, passwords: Passwords, tmp_path: Path
) -> None:
    _world(database, tmp_path)
    with database.write() as session:
        closed = declaration_row(DeclarationState.CLOSED, DEFAULT_START.replace(minute=5))
        session.add(closed)
    auth = _reviewer(client, database, passwords)
    before = _state(database)

    saving = _review(client, auth, save=True)
    preview = _review(client, auth, save=False)

    assert (saving.status_code, saving.json()["code"]) == (409, "declaration_closed")
    assert preview.status_code == 200
    assert _state(database) == before
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(DeclarationStatus)) == 2


def test_a_city_district_judges_a_completion_at_its_archive_date(
    client: TestClient, database: Database, passwords: Passwords, tmp_path: Path
) -> None:
    with database.write() as session:
        session.add(subsidy_year())
        session.add(declaration_row(DeclarationState.OPEN, DEFAULT_START))
    completion_id = add_completion(database)
    load(database, tmp_path, (completion_ship("2024-10-19"),))
    add_account(database, passwords, "430101-2", permissions=REVIEW_PERMISSIONS)
    auth = login(client, "430101-2")

    late = _review(client, auth, save=True, region="430101", kind="completions")
    load(database, tmp_path, (completion_ship("2024-10-18"),))
    on_time = _review(client, auth, save=False, region="430101", kind="completions")

    assert late.status_code == 200, late.text
    (result,) = late.json()["results"]
    assert (result["record_id"], result["problems"]) == (completion_id, ["无注销记录④"])
    with database.read() as session:
        row = session.get(Completion, completion_id)
        assert row is not None
        assert (row.platform_result, row.joint_review_problems) == ("退回", "无注销记录④")
    (again,) = on_time.json()["results"]
    assert (again["passed"], again["problems"]) == (True, [])
