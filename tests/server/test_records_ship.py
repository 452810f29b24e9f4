"""Ship-project records through the API (manual ch. 3): applicants, applications, completions —
create, modify, delete, and the refusals the manual's 【提示】 boxes describe."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from core.vocab import Decision, Level, Permission
from server.auth.passwords import Passwords
from server.db import Database
from server.models import Application, ReviewResult, ReviewSubmission, Tombstone
from tests.server.helpers import write_headers
from tests.server.records_support import (
    CITY,
    CITY_DISTRICT,
    COUNTY,
    EDITOR,
    RECORDS,
    SIBLING_COUNTY,
    TODAY,
    account,
    applicant_body,
    create,
    created,
    delete,
    modify,
    new_build_body,
    new_id,
    open_world,
    read,
    ready_for,
    review,
    scrapping_body,
    set_review_position,
    version_of,
)

CHANGES = "/api/v1/sync/changes"


def _county(client: TestClient, database: Database, passwords: Passwords) -> dict[str, str]:
    open_world(database)
    return account(client, database, passwords, f"{COUNTY}-1")


def _applicant_with_ship(
    client: TestClient, auth: dict[str, str], **ship: Any
) -> tuple[dict[str, Any], dict[str, Any]]:
    applicant = created(client, auth, "applicants", applicant_body())
    application = created(client, auth, "applications", scrapping_body(applicant["id"], **ship))
    return applicant, application


def _codes(response: Any) -> tuple[int, str]:
    return response.status_code, response.json().get("code", "")


# --- applicants ---------------------------------------------------------------------------


def test_create_applicant_returns_the_synced_row(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _county(client, database, passwords)
    body = applicant_body(credit_code="91430421ma4pdaw5xy")

    response = create(client, auth, "applicants", body)

    assert response.status_code == 201, response.text
    row = response.json()
    assert (row["kind"], row["id"]) == ("applicants", body["id"])
    assert row["data"]["region_code"] == COUNTY
    assert row["data"]["credit_code"] == "91430421MA4PDAW5XY"
    assert row["data"]["year"] == 2024
    assert row["data"]["created_by"] == f"{COUNTY}-1"
    assert row["data"]["created_on"] == TODAY.isoformat()
    assert response.headers["etag"] == f'"{row["version"]}"'
    assert response.headers["location"] == f"{RECORDS}/applicants/{body['id']}"
    fetched = read(client, auth, "applicants", body["id"])
    assert fetched.status_code == 200 and fetched.json() == row
    changes = client.get(CHANGES, headers=auth).json()["changes"]
    assert row in changes


def test_invalid_applicant_reports_every_problem_under_the_sent_field_names(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _county(client, database, passwords)
    body = applicant_body(
        name="A",
        credit_code="123",
        address="长沙",
        applicant_type="公司",
        phone="abc",
        bank_name="",
        bank_account="12",
    )

    response = create(client, auth, "applicants", body)

    assert _codes(response) == (422, "validation_failed")
    errors = response.json()["errors"]
    assert [error["field"] for error in errors] == [
        "name",
        "name",
        "credit_code",
        "address",
        "applicant_type",
        "phone",
        "bank_name",
        "bank_account",
    ]
    assert errors[0]["message"] == "申请人：只能包含汉字和中文圆括号（），不能含“A”"
    assert errors[-1]["message"] == "银行账号：应为9-30位数字（现为2位）"
    assert read(client, auth, "applicants", body["id"]).status_code == 404


def test_unknown_fields_and_bad_ids_are_refused_before_anything_is_written(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _county(client, database, passwords)

    extra = create(client, auth, "applicants", applicant_body(machine_amount="99.00"))
    bad_id = create(client, auth, "applicants", applicant_body(id="not-a-uuid"))

    assert _codes(extra) == (422, "validation_failed")
    assert extra.json()["errors"] == [{"field": "machine_amount", "message": "不允许的字段"}]
    assert _codes(bad_id) == (422, "validation_failed")
    assert bad_id.json()["errors"][0]["field"] == "id"


def test_modify_applicant_bumps_the_version_and_a_stale_version_gets_412(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _county(client, database, passwords)
    row = created(client, auth, "applicants", applicant_body())

    changed = modify(
        client, auth, "applicants", row["id"], row["version"], {"phone": "073188770055"}
    )
    stale = modify(client, auth, "applicants", row["id"], row["version"], {"note": "补充说明"})

    assert changed.status_code == 200, changed.text
    assert changed.json()["data"]["phone"] == "073188770055"
    assert changed.json()["version"] > row["version"]
    assert changed.headers["etag"] == f'"{changed.json()["version"]}"'
    assert _codes(stale) == (412, "version_conflict")
    assert stale.json()["current"] == changed.json()


def test_modify_and_delete_need_a_version(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _county(client, database, passwords)
    row = created(client, auth, "applicants", applicant_body())
    url = f"{RECORDS}/applicants/{row['id']}"

    patched = client.patch(url, json={"note": "补充"}, headers=write_headers(auth))
    deleted = client.delete(url, headers=write_headers(auth))
    by_body = client.patch(
        url, json={"note": "补充", "base_version": row["version"]}, headers=write_headers(auth)
    )

    assert _codes(patched) == (428, "version_required")
    assert _codes(deleted) == (428, "version_required")
    assert by_body.status_code == 200


def test_applicant_is_locked_once_a_ship_passed_county_until_county_returns_it(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _county(client, database, passwords)
    applicant, ship = _applicant_with_ship(client, auth)
    set_review_position(database, "applications", ship["id"], results=ready_for(Level.CITY))
    version = version_of(database, "applicants", applicant["id"])

    locked = modify(client, auth, "applicants", applicant["id"], version, {"note": "改名"})

    assert _codes(locked) == (409, "workflow_refused")
    assert locked.json()["detail"] == (
        "该申请人已有船舶通过县级审核，不能修改；如需修改，请县级先退回该船舶。"
    )
    set_review_position(
        database,
        "applications",
        ship["id"],
        results={Level.PLATFORM: Decision.PASS, Level.COUNTY: Decision.RETURN},
    )
    unlocked = modify(client, auth, "applicants", applicant["id"], version, {"note": "改名"})
    assert unlocked.status_code == 200, unlocked.text


def test_applicant_with_ships_cannot_be_deleted_and_goes_with_a_tombstone_after(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _county(client, database, passwords)
    applicant, ship = _applicant_with_ship(client, auth)
    version = version_of(database, "applicants", applicant["id"])

    refused = delete(client, auth, "applicants", applicant["id"], version)
    assert _codes(refused) == (409, "workflow_refused")
    assert refused.json()["reasons"] == [
        "该申请人名下还有船舶记录，请先删除其全部船舶记录再删除申请人。"
    ]

    assert delete(client, auth, "applications", ship["id"], ship["version"]).status_code == 204
    removed = delete(client, auth, "applicants", applicant["id"], version)
    assert removed.status_code == 204 and removed.content == b""
    assert read(client, auth, "applicants", applicant["id"]).status_code == 404
    deletions = client.get(CHANGES, headers=auth).json()["deletions"]
    assert {(d["kind"], d["id"]) for d in deletions} == {
        ("applicants", applicant["id"]),
        ("applications", ship["id"]),
    }


def test_applicants_are_kept_by_county_level_accounts(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    open_world(database)
    city = account(client, database, passwords, f"{CITY}-1")
    district = account(client, database, passwords, f"{CITY_DISTRICT}-1")

    refused = create(client, city, "applicants", applicant_body())
    accepted = create(client, district, "applicants", applicant_body())

    assert _codes(refused) == (409, "workflow_refused")
    assert refused.json()["detail"] == (
        "拆建申请人由县级（或市州辖区）账号建档和维护，市级账号不能操作。"
    )
    assert accepted.status_code == 201
    assert accepted.json()["data"]["region_code"] == CITY_DISTRICT


def test_a_named_region_must_be_the_records_own(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _county(client, database, passwords)

    outside = create(client, auth, "applicants", applicant_body(region_code=SIBLING_COUNTY))
    same = create(client, auth, "applicants", applicant_body(region_code=COUNTY))

    assert _codes(outside) == (403, "out_of_scope")
    assert same.status_code == 201


def test_a_client_id_is_used_once_even_after_deletion(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _county(client, database, passwords)
    body = applicant_body()
    row = created(client, auth, "applicants", body)

    again = create(client, auth, "applicants", body)
    assert _codes(again) == (409, "already_exists")
    assert delete(client, auth, "applicants", row["id"], row["version"]).status_code == 204
    after_delete = create(client, auth, "applicants", body)
    assert _codes(after_delete) == (409, "already_exists")


def test_a_replayed_create_returns_the_first_answer_and_creates_once(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _county(client, database, passwords)
    body = applicant_body()
    headers = write_headers(auth, key="create-once")

    first = client.post(f"{RECORDS}/applicants", json=body, headers=headers)
    second = client.post(f"{RECORDS}/applicants", json=body, headers=headers)

    assert (first.status_code, second.status_code) == (201, 201)
    assert first.json() == second.json()
    assert second.headers["idempotent-replayed"] == "true"
    assert version_of(database, "applicants", body["id"]) == first.json()["version"]


# --- applications -------------------------------------------------------------------------


def test_invalid_application_reports_every_problem_under_column_names(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _county(client, database, passwords)
    applicant = created(client, auth, "applicants", applicant_body())
    body = scrapping_body(
        applicant["id"],
        operator=None,
        ship_id_no="CN2006",
        operation_cert_no="",
        gross_tonnage="abc",
        power_kw="220.123",
        deregistration_date=None,
    )

    response = create(client, auth, "applications", body)

    assert _codes(response) == (422, "validation_failed")
    assert response.json()["errors"] == [
        {"field": "operator", "message": "船舶经营人：必须填写（只有部政策的渡船可以不填经营人）"},
        {
            "field": "ship_id_no",
            "message": "船舶识别号：格式应为CN加11位数字（前4位是年份），如 CN20241234566，"
            "现为“CN2006”",
        },
        {"field": "operation_cert_no", "message": "营运证号：必须填写（只有渡船可以不填营运证号）"},
        {"field": "gross_tonnage", "message": "船舶总吨：应为1-100000之间的整数，现为“abc”"},
        {"field": "power_kw", "message": "主机功率（千瓦）：最多保留2位小数（现为220.123）"},
        {
            "field": "deregistration_date",
            "message": "实际/拟注销日期：拆解项目必须填写实际或拟注销日期（用于计算船龄）",
        },
    ]


def test_application_needs_a_visible_applicant(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _county(client, database, passwords)
    sibling = account(client, database, passwords, f"{SIBLING_COUNTY}-1")
    foreign = created(client, sibling, "applicants", applicant_body())

    missing = create(client, auth, "applications", scrapping_body(new_id()))
    elsewhere = create(client, auth, "applications", scrapping_body(foreign["id"]))

    message = "申请人：所选记录不存在或不在本账号的管辖范围内，请重新选取"
    for response in (missing, elsewhere):
        assert _codes(response) == (422, "validation_failed")
        assert response.json()["errors"] == [{"field": "applicant_id", "message": message}]


def test_province_policy_needs_a_hunan_applicant(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _county(client, database, passwords)
    outsider = created(
        client, auth, "applicants", applicant_body(address="武汉市汉口区大人民路1号")
    )

    response = create(client, auth, "applications", scrapping_body(outsider["id"]))
    ministry = create(client, auth, "applications", new_build_body(outsider["id"], policy="部"))

    assert _codes(response) == (422, "validation_failed")
    assert response.json()["errors"][0]["field"] == "applicant_id"
    assert "不是湖南省地址" in response.json()["errors"][0]["message"]
    assert ministry.status_code == 201, ministry.text


def test_ministry_scrapping_belongs_to_the_city_district_account(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _county(client, database, passwords)
    district = account(client, database, passwords, f"{CITY_DISTRICT}-1")
    county_applicant = created(client, auth, "applicants", applicant_body())
    district_applicant = created(client, district, "applicants", applicant_body())

    refused = create(client, auth, "applications", scrapping_body(county_applicant["id"], "部"))
    accepted = create(
        client, district, "applications", scrapping_body(district_applicant["id"], "部")
    )

    assert _codes(refused) == (409, "workflow_refused")
    assert refused.json()["detail"] == (
        "部政策拆解船的申请与完结须由市州辖区账号（如430101-1）建档、修改或删除。"
    )
    assert accepted.status_code == 201
    assert accepted.json()["data"]["region_code"] == CITY_DISTRICT


def test_a_county_cannot_turn_its_record_into_ministry_scrapping(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _county(client, database, passwords)
    _, ship = _applicant_with_ship(client, auth)

    response = modify(client, auth, "applications", ship["id"], ship["version"], {"policy": "部"})

    assert _codes(response) == (409, "workflow_refused")
    assert "市州辖区账号" in response.json()["detail"]


def test_modify_clears_flags_and_the_upload_and_recomputes_the_machine_amount(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _county(client, database, passwords)
    _, ship = _applicant_with_ship(client, auth)
    set_review_position(
        database, "applications", ship["id"], results={Level.PLATFORM: Decision.RETURN}
    )
    with database.write() as session:
        row = session.get(Application, ship["id"])
        assert row is not None
        row.joint_review_problems = "营运证无效①"
        session.flush()
        version = row.version

    response = modify(client, auth, "applications", ship["id"], version, {"gross_tonnage": 400})

    assert response.status_code == 200, response.text
    data = response.json()["data"]
    assert data["platform_result"] is None and data["platform_on"] is None
    assert data["joint_review_problems"] == ""
    assert data["materials_uploaded_on"] is None
    assert (data["machine_amount"], data["machine_formula"]) == ("43.20", "0.1*400*0.72*1.5")
    assert data["estimate_amount"] == "50.00"


def test_passed_county_locks_modify_and_delete_until_county_returns(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _county(client, database, passwords)
    _, ship = _applicant_with_ship(client, auth)
    version = set_review_position(
        database, "applications", ship["id"], results=ready_for(Level.CITY)
    )

    modified = modify(client, auth, "applications", ship["id"], version, {"note": "改"})
    deleted = delete(client, auth, "applications", ship["id"], version)

    assert _codes(modified) == (409, "workflow_refused")
    assert modified.json()["detail"] == "已通过县级审核，不能修改；如需修改，请县级先退回该记录。"
    assert deleted.json()["detail"] == "已通过县级审核，不能删除；如需删除，请县级先退回该记录。"

    version = set_review_position(
        database,
        "applications",
        ship["id"],
        results={Level.PLATFORM: Decision.PASS, Level.COUNTY: Decision.RETURN},
    )
    again = modify(client, auth, "applications", ship["id"], version, {"note": "改"})
    assert again.status_code == 200, again.text
    assert again.json()["data"]["county_result"] is None
    assert again.json()["data"]["platform_result"] == "同意"


def test_application_modify_can_rechoose_an_applicant_of_its_region_only(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _county(client, database, passwords)
    _, ship = _applicant_with_ship(client, auth)
    other = created(client, auth, "applicants", applicant_body(name="湖南晶泰运输有限公司"))

    response = modify(
        client, auth, "applications", ship["id"], ship["version"], {"applicant_id": other["id"]}
    )

    assert response.status_code == 200
    assert response.json()["data"]["applicant_id"] == other["id"]


def test_deleting_an_application_takes_its_results_and_keeps_the_submissions(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _county(client, database, passwords)
    _, ship = _applicant_with_ship(client, auth)
    version = set_review_position(
        database, "applications", ship["id"], results=ready_for(Level.COUNTY)
    )
    returned = review(
        client,
        auth,
        "applications",
        ship["id"],
        version,
        Level.COUNTY,
        Decision.RETURN,
        opinion="材料不全，请补正后重新上传。",
    )
    assert returned.status_code == 201, returned.text
    result_id = returned.json()["result"]["id"]

    response = delete(
        client, auth, "applications", ship["id"], returned.json()["record"]["version"]
    )

    assert response.status_code == 204
    with database.read() as session:
        assert session.get(ReviewResult, result_id) is None
        assert session.get(Tombstone, ("review_results", result_id)) is not None
        count = select(func.count()).select_from(ReviewSubmission)
        assert session.scalar(count) == 1


# --- completions --------------------------------------------------------------------------


def _ministry_scrap_passed_province(
    client: TestClient, database: Database, passwords: Passwords
) -> tuple[dict[str, str], dict[str, Any]]:
    open_world(database)
    district = account(client, database, passwords, f"{CITY_DISTRICT}-1")
    applicant = created(client, district, "applicants", applicant_body())
    ship = created(client, district, "applications", scrapping_body(applicant["id"], "部"))
    results = {level: Decision.PASS for level in Level}
    set_review_position(database, "applications", ship["id"], results=results)
    return district, ship


def _completion_body(application_id: str, **overrides: Any) -> dict[str, Any]:
    body = {
        "id": new_id(),
        "application_id": application_id,
        "finish_date": "2024-09-17",
        "archive_date": "2024-09-18",
        "check_amount": "51.00",
    }
    body.update(overrides)
    return body


def test_completion_copies_its_application_and_recomputes_with_the_deregistration_day(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    district, ship = _ministry_scrap_passed_province(client, database, passwords)

    response = create(client, district, "completions", _completion_body(ship["id"]))

    assert response.status_code == 201, response.text
    data = response.json()["data"]
    for column in ("ship_name", "owners", "policy", "project", "gross_tonnage", "form_no"):
        assert data[column] == ship["data"][column]
    assert data["region_code"] == CITY_DISTRICT
    assert (data["finish_date"], data["archive_date"]) == ("2024-09-17", "2024-09-18")
    assert data["ship_age"] == "18.579"  # 17 + 317/365 + 260/366
    assert (data["machine_amount"], data["machine_formula"]) == ("51.75", "0.1*345*1.5*1.00")
    assert data["check_amount"] == "51.00"
    assert data["platform_result"] is None and data["materials_uploaded_on"] is None


def test_completion_waits_for_province_and_exists_once(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    district, ship = _ministry_scrap_passed_province(client, database, passwords)
    set_review_position(
        database, "applications", ship["id"], results={Level.PROVINCE: Decision.RETURN}
    )
    early = create(client, district, "completions", _completion_body(ship["id"]))
    assert _codes(early) == (409, "workflow_refused")
    assert early.json()["detail"] == "拆建申请尚未通过省级审核，不能建档完结记录。"

    set_review_position(
        database, "applications", ship["id"], results={Level.PROVINCE: Decision.PASS}
    )
    assert create(client, district, "completions", _completion_body(ship["id"])).status_code == 201
    twice = create(client, district, "completions", _completion_body(ship["id"]))
    assert _codes(twice) == (422, "validation_failed")
    assert twice.json()["errors"] == [
        {"field": "application_id", "message": "拆建申请：该申请已有完结记录，请修改原完结记录"}
    ]


def test_only_ministry_scrapping_has_completions(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    open_world(database)
    district = account(client, database, passwords, f"{CITY_DISTRICT}-1")
    applicant = created(client, district, "applicants", applicant_body())
    ship = created(client, district, "applications", new_build_body(applicant["id"]))
    set_review_position(
        database, "applications", ship["id"], results={level: Decision.PASS for level in Level}
    )

    response = create(client, district, "completions", _completion_body(ship["id"]))

    assert _codes(response) == (409, "workflow_refused")
    assert response.json()["reasons"] == [
        "只有部政策拆解船需要建档完结记录，其他项目的材料随申请一并上传。"
    ]


def test_completion_dates_are_checked_together(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    district, ship = _ministry_scrap_passed_province(client, database, passwords)
    body = _completion_body(
        ship["id"], finish_date="2005-01-01", archive_date="2004-12-31", check_amount="1.234"
    )

    response = create(client, district, "completions", body)

    assert _codes(response) == (422, "validation_failed")
    assert response.json()["errors"] == [
        {
            "field": "finish_date",
            "message": "船舶注销/建成完工日期：不能早于建成日期2006-02-18（用于计算船龄）",
        },
        {
            "field": "archive_date",
            "message": "完结归档日：不能早于船舶注销日期2005-01-01（归档日应能查到注销记录）",
        },
        {"field": "check_amount", "message": "资金复核（万元）：最多保留2位小数（现为1.234）"},
    ]


def test_completion_modify_accepts_only_what_the_completion_adds(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    district, ship = _ministry_scrap_passed_province(client, database, passwords)
    completion = created(client, district, "completions", _completion_body(ship["id"]))

    copied = modify(
        client,
        district,
        "completions",
        completion["id"],
        completion["version"],
        {"ship_name": "改名1号"},
    )
    changed = modify(
        client,
        district,
        "completions",
        completion["id"],
        completion["version"],
        {"archive_date": "2024-10-08"},
    )

    assert _codes(copied) == (422, "validation_failed")
    assert copied.json()["errors"] == [{"field": "ship_name", "message": "不允许的字段"}]
    assert changed.status_code == 200, changed.text
    assert changed.json()["data"]["archive_date"] == "2024-10-08"


def test_an_application_with_a_completion_cannot_be_deleted(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    district, ship = _ministry_scrap_passed_province(client, database, passwords)
    created(client, district, "completions", _completion_body(ship["id"]))
    version = set_review_position(
        database,
        "applications",
        ship["id"],
        results={Level.PLATFORM: Decision.PASS, Level.COUNTY: Decision.RETURN},
    )

    response = delete(client, district, "applications", ship["id"], version)

    assert response.json()["reasons"] == ["该申请已有完结记录，请先删除完结记录再删除申请。"]


def test_editing_needs_the_edit_permission(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    open_world(database)
    reviewer = account(
        client, database, passwords, f"{COUNTY}-1", {Permission.REVIEW, Permission.QUERY}
    )
    editor = account(client, database, passwords, f"{COUNTY}-2", EDITOR)

    refused = create(client, reviewer, "applicants", applicant_body())
    allowed = create(client, editor, "applicants", applicant_body())

    assert _codes(refused) == (403, "permission_denied")
    assert refused.json()["detail"] == "该操作需要【编辑】权限，当前账号没有"
    assert allowed.status_code == 201


def test_the_openapi_document_has_each_kinds_own_request_schema(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()

    for kind in ("applicants", "applications", "completions", "cargo_owners", "monthly_reports"):
        assert {"post"} <= set(spec["paths"][f"{RECORDS}/{kind}"])
        assert {"get", "patch", "delete"} <= set(spec["paths"][f"{RECORDS}/{kind}/{{record_id}}"])
    schemas = spec["components"]["schemas"]
    assert "machine_amount" not in schemas["ApplicationCreate"]["properties"]
    assert {"id", "applicant_id", "ship_id_no"} <= set(schemas["ApplicationCreate"]["properties"])
    assert f"{RECORDS}/{{kind}}/{{record_id}}/reviews" in spec["paths"]


def test_every_record_write_needs_an_idempotency_key(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _county(client, database, passwords)
    row = created(client, auth, "applicants", applicant_body())
    url = f"{RECORDS}/applicants/{row['id']}"
    versioned = {**auth, "If-Match": f'"{row["version"]}"'}

    answers = [
        client.post(f"{RECORDS}/applicants", json=applicant_body(), headers=auth),
        client.patch(url, json={"note": "补充"}, headers=versioned),
        client.delete(url, headers=versioned),
    ]

    assert {_codes(answer) for answer in answers} == {(428, "idempotency_key_required")}
    assert version_of(database, "applicants", row["id"]) == row["version"]
