"""Subsidy years through the API (manual 7.2, SPEC §4), on SQLite and PostgreSQL: a new year
copies the previous year's standards table and material list and opens the declaration for a
month; limits, deletion, and the two tables edited whole with every problem at once."""

from __future__ import annotations

import copy
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from core.material_list_2024 import MATERIAL_LIST_2024
from core.materials import specs_to_dicts
from core.standards import StandardCategory
from core.standards_2024 import STANDARDS_2024
from core.vocab import Permission
from server.auth.passwords import Passwords
from server.clock import ManualClock
from server.db import Database
from tests.server.admin_support import (
    CHANGES,
    MANAGER,
    STATUSES,
    SYSTEM_ADMIN,
    YEARS,
    delete,
    errors_of,
    me_status,
    patch,
    post,
    problem,
    put,
    signed_in,
    year_body,
)
from tests.server.helpers import login, write_headers
from tests.server.records_support import COUNTY, applicant_body, created

SYSTEM = "430000-1"
HANDLER = frozenset({Permission.EDIT, Permission.REVIEW, Permission.QUERY})


def _system(client: TestClient, database: Database, passwords: Passwords) -> dict[str, str]:
    return signed_in(client, database, passwords, SYSTEM, SYSTEM_ADMIN)


def _new_year(client: TestClient, auth: dict[str, str], year: int) -> dict[str, Any]:
    """Create a year and insist it worked; the answer ({year, status})."""
    response = post(client, auth, YEARS, year_body(year))
    assert response.status_code == 201, response.text
    return response.json()


def _table(client: TestClient, auth: dict[str, str], year: int, name: str) -> dict[str, Any]:
    response = client.get(f"{YEARS}/{year}/{name}", headers=auth)
    assert response.status_code == 200, response.text
    assert response.headers["etag"] == f'"{response.json()["version"]}"'
    return response.json()


def _with_year(rows: list[dict[str, Any]], year: int) -> list[dict[str, Any]]:
    return [{**row, "year": year} for row in rows]


# --- creating a year ------------------------------------------------------------------------


def test_the_first_year_starts_from_the_manuals_2024_tables(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _system(client, database, passwords)

    created_year = _new_year(client, auth, 2024)
    auth = login(client, SYSTEM)

    year = created_year["year"]
    assert (year["year"], year["pdf_limit_mb"], year["zip_limit_mb"]) == (2024, 20, 60)
    assert (year["standards_count"], year["materials_count"]) == (103, 24)
    assert year["created_by"] == SYSTEM
    assert _table(client, auth, 2024, "standards")["rows"] == STANDARDS_2024.to_dicts()
    assert _table(client, auth, 2024, "materials")["rows"] == specs_to_dicts(MATERIAL_LIST_2024)


def test_a_new_year_copies_the_previous_tables_and_opens_for_a_month(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _system(client, database, passwords)
    _new_year(client, auth, 2024)
    auth = login(client, SYSTEM)
    standards = _table(client, auth, 2024, "standards")
    edited = copy.deepcopy(standards["rows"])
    edited[0]["coefficient"] = "0.12"
    materials = _table(client, auth, 2024, "materials")
    shorter = materials["rows"][:-1]
    standards_url, materials_url = f"{YEARS}/2024/standards", f"{YEARS}/2024/materials"
    assert put(client, auth, standards_url, standards["version"], {"rows": edited}).is_success
    version = client.get(f"{YEARS}/2024", headers=auth).json()["version"]
    assert put(client, auth, materials_url, version, {"rows": shorter}).is_success

    answer = _new_year(client, auth, 2025)

    assert me_status(client, auth) == (401, "session_ended")
    auth = login(client, SYSTEM)
    assert _table(client, auth, 2025, "standards")["rows"] == _with_year(edited, 2025)
    assert _table(client, auth, 2025, "materials")["rows"] == _with_year(shorter, 2025)
    status = answer["status"]
    assert (status["year"], status["state"], status["current"]) == (2025, "开放", True)
    assert (status["ship_deadline"], status["cargo_deadline"]) == ("2024-12-11", "2024-12-11")
    assert status["note"] == "新建2025年奖补年份，默认开放申报一个月。"
    listed = client.get(STATUSES, headers=auth).json()
    assert [(row["year"], row["current"]) for row in listed] == [(2025, True), (2024, False)]
    years = [row["year"] for row in client.get(YEARS, headers=auth).json()]
    assert years == [2025, 2024]


def test_a_year_follows_the_previous_one(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _system(client, database, passwords)
    _new_year(client, auth, 2024)
    auth = login(client, SYSTEM)

    skipped = post(client, auth, YEARS, year_body(2026))
    again = post(client, auth, YEARS, year_body(2024))

    for response in (skipped, again):
        assert errors_of(response)[0][0] == "year"
    assert errors_of(skipped) == [("year", "奖补年份：应为上个奖补年份+1，即 2025，现为 2026")]


def test_limits_and_note_of_a_new_year_are_checked_at_once(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _system(client, database, passwords)

    response = post(
        client, auth, YEARS, year_body(2024, pdf_limit_mb=0, zip_limit_mb=61, note="短")
    )

    assert errors_of(response) == [
        ("pdf_limit_mb", "Pdf文件大小上限：应为1-20之间的整数（M），现为 0"),
        ("zip_limit_mb", "Zip压缩包文件大小上限：应为2-60之间的整数（M），现为 61"),
        ("note", "备注：须为5-100个字，当前1个字"),
    ]
    assert client.get(YEARS, headers=auth).json() == []


def test_a_replayed_year_creation_answers_its_first_response_after_logging_in_again(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _system(client, database, passwords)
    body = year_body(2024)
    first = client.post(YEARS, json=body, headers=write_headers(auth, key="year-2024"))
    auth = login(client, SYSTEM)

    again = client.post(YEARS, json=body, headers=write_headers(auth, key="year-2024"))

    assert (first.status_code, again.status_code) == (201, 201)
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json() == first.json()
    assert len(client.get(STATUSES, headers=auth).json()) == 1


# --- limits ---------------------------------------------------------------------------------


def test_the_limits_of_a_year_are_changed_at_its_version(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _system(client, database, passwords)
    version = _new_year(client, auth, 2024)["year"]["version"]
    auth = login(client, SYSTEM)
    url = f"{YEARS}/2024"

    changed = patch(client, auth, url, version, {"pdf_limit_mb": 10, "zip_limit_mb": 30})
    stale = patch(client, auth, url, version, {"pdf_limit_mb": 5})
    current = changed.json()["version"]
    invalid = patch(client, auth, url, current, {"pdf_limit_mb": 21, "zip_limit_mb": 1})
    empty = patch(client, auth, url, current, {})
    moved = patch(client, auth, url, current, {"year": 2030})

    assert changed.status_code == 200, changed.text
    assert (changed.json()["pdf_limit_mb"], changed.json()["zip_limit_mb"]) == (10, 30)
    assert changed.headers["etag"] == f'"{current}"'
    assert problem(stale, 412, "version_conflict")["current"]["data"]["pdf_limit_mb"] == 10
    assert [field for field, _ in errors_of(invalid)] == ["pdf_limit_mb", "zip_limit_mb"]
    assert errors_of(empty)[0][0] == ""
    assert errors_of(moved) == [("year", "不允许的字段")]


# --- deleting a year ------------------------------------------------------------------------


def test_an_unused_year_of_today_is_deleted_with_its_status(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _system(client, database, passwords)
    _new_year(client, auth, 2024)
    auth = login(client, SYSTEM)
    answer = _new_year(client, auth, 2025)
    auth = login(client, SYSTEM)
    county = signed_in(client, database, passwords, f"{COUNTY}-1", HANDLER)
    since = client.get(CHANGES, headers=county).json()["next_cursor"]

    response = delete(client, auth, f"{YEARS}/2025", answer["year"]["version"])

    assert response.status_code == 204, response.text
    assert me_status(client, county) == (401, "session_ended")
    auth = login(client, SYSTEM)
    assert [row["year"] for row in client.get(YEARS, headers=auth).json()] == [2024]
    assert [row["year"] for row in client.get(STATUSES, headers=auth).json()] == [2024]
    deletions = client.get(CHANGES, params={"since": since}, headers=auth).json()["deletions"]
    assert {(d["kind"], d["id"]) for d in deletions} == {
        ("subsidy_years", "2025"),
        ("declaration_statuses", answer["status"]["id"]),
    }
    assert _new_year(client, auth, 2025)["year"]["year"] == 2025


def test_a_year_used_by_records_is_not_deleted(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _system(client, database, passwords)
    version = _new_year(client, auth, 2024)["year"]["version"]
    county = signed_in(client, database, passwords, f"{COUNTY}-1", HANDLER)
    created(client, county, "applicants", applicant_body())
    auth = login(client, SYSTEM)

    response = delete(client, auth, f"{YEARS}/2024", version)

    assert problem(response, 409, "year_in_use")["detail"] == (
        "2024年已有记录（拆建申请人 1 条），不能删除该奖补年份"
    )


def test_a_year_whose_declaration_opened_on_an_earlier_day_is_not_deleted(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    auth = _system(client, database, passwords)
    version = _new_year(client, auth, 2024)["year"]["version"]
    clock.advance(timedelta(days=1))
    auth = login(client, SYSTEM)

    response = delete(client, auth, f"{YEARS}/2024", version)

    assert problem(response, 409, "year_in_use")["detail"] == (
        "2024年的申报状态已于2024-11-11创建并生效过，该奖补年份已投入使用，不能删除"
    )
    assert [row["year"] for row in client.get(YEARS, headers=auth).json()] == [2024]


# --- the standards table --------------------------------------------------------------------


def test_a_standards_table_is_replaced_whole_in_canonical_form(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _system(client, database, passwords)
    _new_year(client, auth, 2024)
    auth = login(client, SYSTEM)
    table = _table(client, auth, 2024, "standards")
    rows = copy.deepcopy(table["rows"])
    rows[0]["coefficient"] = 1
    del rows[1]["year"], rows[1]["placeholder"], rows[1]["ship_type"]

    response = put(client, auth, f"{YEARS}/2024/standards", table["version"], {"rows": rows})
    stale = put(client, auth, f"{YEARS}/2024/standards", table["version"], {"rows": rows})

    assert response.status_code == 200, response.text
    stored = response.json()
    assert stored["version"] > table["version"]
    assert response.headers["etag"] == f'"{stored["version"]}"'
    assert stored["rows"][0]["coefficient"] == "1"
    assert stored["rows"][1] == table["rows"][1]
    assert stored["rows"][2:] == table["rows"][2:]
    problem(stale, 412, "version_conflict")


def test_every_problem_of_a_standards_table_is_reported_at_once(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _system(client, database, passwords)
    _new_year(client, auth, 2024)
    auth = login(client, SYSTEM)
    table = _table(client, auth, 2024, "standards")
    rows = copy.deepcopy(table["rows"])
    rows[0]["coefficient"] = "abc"
    rows[1]["category"] = "奖励"
    rows[2]["year"] = 2023
    rows[3]["code"] = "001"
    rows[4]["coefficient"] = 0.5
    rows[5]["colour"] = "红"
    rows[7]["param_range"] = "14-20"  # overlaps 007's 10.001-15 (ministry age, inland passenger)
    rows[8]["param_range"] = "25-20"

    response = put(client, auth, f"{YEARS}/2024/standards", table["version"], {"rows": rows})

    assert errors_of(response) == [
        ("rows.0.coefficient", "奖补标准第 1 行：系数“abc”不是有效数值"),
        ("rows.1.category", "奖补标准第 2 行：类别“奖励”无效，应为" + _categories() + "之一"),
        ("rows.2.year", "奖补标准第 3 行：年份应为2024（与奖补年份一致），现为 2023"),
        ("rows.4.coefficient", '奖补标准第 5 行：系数请以文字提交，如 "0.72"，现为 0.5'),
        ("rows.5.colour", "奖补标准第 6 行：不认识的字段“colour”"),
        ("rows.8.param_range", "奖补标准第 9 行：参数范围“25-20”的上限小于下限"),
        ("rows.3.code", "奖补标准第 4 行：编码“001”与第 1 行重复，每行的编码必须不同"),
        (
            "rows.7.param_range",
            "奖补标准第 8 行：参数范围“14-20”与第 7 行（编码 007）的“10.001-15”重叠，"
            "同一条件下只能有一行适用",
        ),
    ]
    assert _table(client, auth, 2024, "standards") == table


def _categories() -> str:
    return "、".join(member.value for member in StandardCategory)


def test_an_empty_table_is_refused(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _system(client, database, passwords)
    version = _new_year(client, auth, 2024)["year"]["version"]
    auth = login(client, SYSTEM)

    standards = put(client, auth, f"{YEARS}/2024/standards", version, {"rows": []})
    materials = put(client, auth, f"{YEARS}/2024/materials", version, {"rows": []})

    assert errors_of(standards) == [("rows", "奖补标准不能为空，至少需要一行")]
    assert errors_of(materials) == [("rows", "材料清单不能为空，至少需要一行")]


# --- the material list ----------------------------------------------------------------------


def test_every_problem_of_a_material_list_is_reported_at_once(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _system(client, database, passwords)
    _new_year(client, auth, 2024)
    auth = login(client, SYSTEM)
    table = _table(client, auth, 2024, "materials")
    rows = copy.deepcopy(table["rows"])
    rows[0]["name"] = "营业执照(申请).pdf"
    rows[1]["max_mb"] = "30"
    rows[2]["code"] = rows[3]["code"]
    rows[4]["year"] = 2025

    response = put(client, auth, f"{YEARS}/2024/materials", table["version"], {"rows": rows})

    errors = errors_of(response)
    assert errors[0] == (
        "rows.4.year",
        "材料清单第 5 行：年份应为2024（与奖补年份一致），现为 2025",
    )
    messages = [message for field, message in errors[1:] if field == "rows"]
    assert len(messages) == 3
    assert "使用了英文括号" in messages[0]
    assert "大小上限 30 MB 无效" in messages[1]
    assert f"编码“{rows[3]['code']}”重复了 2 次" in messages[2]
    assert _table(client, auth, 2024, "materials") == table


def test_a_material_list_is_replaced_whole(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _system(client, database, passwords)
    _new_year(client, auth, 2024)
    auth = login(client, SYSTEM)
    table = _table(client, auth, 2024, "materials")
    rows = copy.deepcopy(table["rows"])
    rows[-1]["max_mb"] = "5"
    del rows[-1]["year"]

    response = put(client, auth, f"{YEARS}/2024/materials", table["version"], {"rows": rows})

    assert response.status_code == 200, response.text
    assert response.json()["rows"][-1] == {**table["rows"][-1], "max_mb": "5"}


# --- who may ---------------------------------------------------------------------------------


def test_only_province_system_accounts_write_while_everyone_reads(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _system(client, database, passwords)
    version = _new_year(client, auth, 2024)["year"]["version"]
    manager = signed_in(client, database, passwords, "430000-3", MANAGER)
    county = signed_in(client, database, passwords, f"{COUNTY}-1", HANDLER)

    writes = [
        post(client, manager, YEARS, year_body(2025)),
        patch(client, manager, f"{YEARS}/2024", version, {"pdf_limit_mb": 10}),
        delete(client, manager, f"{YEARS}/2024", version),
        put(client, manager, f"{YEARS}/2024/standards", version, {"rows": []}),
        put(client, manager, f"{YEARS}/2024/materials", version, {"rows": []}),
    ]
    reads = [
        client.get(YEARS, headers=county),
        client.get(f"{YEARS}/2024", headers=county),
        client.get(f"{YEARS}/2024/standards", headers=county),
        client.get(f"{YEARS}/2024/materials", headers=county),
    ]

    for response in writes:
        assert problem(response, 403, "permission_denied")["detail"] == (
            "该操作需要【系统】权限，当前账号没有"
        )
    assert [response.status_code for response in reads] == [200, 200, 200, 200]


@pytest.mark.parametrize("suffix", ["", "/standards", "/materials"])
def test_an_unknown_year_is_not_found(
    client: TestClient, database: Database, passwords: Passwords, suffix: str
) -> None:
    auth = _system(client, database, passwords)

    read = client.get(f"{YEARS}/2031{suffix}", headers=auth)

    assert problem(read, 404, "not_found")["detail"] == "2031年的奖补年份不存在"


def test_years_sync_to_every_account(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _system(client, database, passwords)
    answer = _new_year(client, auth, 2024)
    county = signed_in(client, database, passwords, f"{COUNTY}-1", HANDLER)

    changes = client.get(CHANGES, headers=county).json()["changes"]

    kinds = {(c["kind"], c["id"]): c for c in changes}
    year = kinds[("subsidy_years", "2024")]
    assert year["version"] == answer["year"]["version"]
    assert year["data"]["standards"] == STANDARDS_2024.to_dicts()
    assert ("declaration_statuses", answer["status"]["id"]) in kinds
