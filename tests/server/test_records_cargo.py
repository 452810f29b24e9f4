"""Transport-development records through the API (manual ch. 4): cargo owners, monthly container
reports and reward applications, with the reward computed from the reports (page 4-8)."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from core.vocab import Decision, Level
from server.auth.passwords import Passwords
from server.db import Database
from tests.server.records_support import (
    CITY,
    COUNTY,
    account,
    cargo_owner_body,
    create,
    created,
    delete,
    modify,
    monthly_body,
    open_world,
    read,
    reward_body,
    set_review_position,
    version_of,
)

# Page 4-3: the months of 岳阳市辉煌船务, foreign and domestic TEU (1365 each in the year).
PAGE_4_3 = (
    (1, 111, 111),
    (2, 22, 22),
    (3, 0, 0),
    (4, 444, 444),
    (5, 0, 0),
    (6, 666, 666),
    (7, 0, 0),
    (8, 0, 0),
    (9, 0, 0),
    (10, 0, 0),
    (11, 0, 0),
    (12, 122, 122),
)


def _city(client: TestClient, database: Database, passwords: Passwords) -> dict[str, str]:
    open_world(database)
    return account(client, database, passwords, f"{CITY}-1")


def _passed_owner(client: TestClient, auth: dict[str, str], database: Database) -> dict[str, Any]:
    owner = created(client, auth, "cargo_owners", cargo_owner_body())
    set_review_position(database, "cargo_owners", owner["id"], results={Level.CITY: Decision.PASS})
    return owner


def _report_months(
    client: TestClient, auth: dict[str, str], owner_id: str, months: Any
) -> list[dict[str, Any]]:
    return [
        created(client, auth, "monthly_reports", monthly_body(owner_id, *month)) for month in months
    ]


def _codes(response: Any) -> tuple[int, str]:
    return response.status_code, response.json().get("code", "")


# --- cargo owners -------------------------------------------------------------------------


def test_city_creates_cargo_owners_in_its_own_region(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city(client, database, passwords)
    county = account(client, database, passwords, f"{COUNTY}-1")

    response = create(client, auth, "cargo_owners", cargo_owner_body())
    refused = create(client, county, "cargo_owners", cargo_owner_body())
    misplaced = create(client, auth, "cargo_owners", cargo_owner_body(region_code=COUNTY))

    assert response.status_code == 201, response.text
    data = response.json()["data"]
    assert data["region_code"] == CITY
    assert (data["last_year_foreign_teu"], data["last_year_domestic_teu"]) == (22, 33)
    assert _codes(refused) == (409, "workflow_refused")
    assert refused.json()["detail"] == "货主由市级账号建档和维护，县级账号不能操作。"
    assert _codes(misplaced) == (422, "validation_failed")
    assert misplaced.json()["errors"] == [
        {
            "field": "region_code",
            "message": "所在区划：新记录属于430100（湖南省长沙市），与提交的430121不一致",
        }
    ]


def test_invalid_cargo_owner_reports_every_problem(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city(client, database, passwords)
    body = cargo_owner_body(
        address="武汉市汉口区大人民路1号",
        contact="",
        last_year_foreign_teu=-1,
        last_year_domestic_teu="十",
    )

    response = create(client, auth, "cargo_owners", body)

    assert _codes(response) == (422, "validation_failed")
    fields = [error["field"] for error in response.json()["errors"]]
    assert fields == ["address", "contact", "last_year_foreign_teu", "last_year_domestic_teu"]
    assert response.json()["errors"][0]["message"].startswith(
        "营业执照/身份证地址：货主须为本省申请人"
    )


def test_owner_with_reports_cannot_be_deleted(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city(client, database, passwords)
    owner = _passed_owner(client, auth, database)
    _report_months(client, auth, owner["id"], PAGE_4_3[:1])
    version = set_review_position(
        database, "cargo_owners", owner["id"], results={Level.CITY: Decision.RETURN}
    )

    response = delete(client, auth, "cargo_owners", owner["id"], version)

    assert response.json()["reasons"] == [
        "该货主已有集装箱月报或奖励申请，请先删除它们再删除货主。"
    ]


# --- monthly reports ----------------------------------------------------------------------


def test_monthly_reports_wait_for_the_owners_city_review(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city(client, database, passwords)
    owner = created(client, auth, "cargo_owners", cargo_owner_body())

    response = create(client, auth, "monthly_reports", monthly_body(owner["id"], 1, 10, 10))

    assert _codes(response) == (409, "workflow_refused")
    assert response.json()["detail"] == "货主尚未通过市级审核，不能填报集装箱月报。"


def test_months_are_reported_one_after_another_zero_months_included(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city(client, database, passwords)
    owner = _passed_owner(client, auth, database)
    first = created(client, auth, "monthly_reports", monthly_body(owner["id"], 1, 111, 111))

    gap = create(client, auth, "monthly_reports", monthly_body(owner["id"], 3, 0, 0))
    twice = create(client, auth, "monthly_reports", monthly_body(owner["id"], 1, 5, 5))
    zero = create(client, auth, "monthly_reports", monthly_body(owner["id"], 2, 0, 0))
    too_many = create(client, auth, "monthly_reports", monthly_body(owner["id"], 3, 500001, 0))

    assert first["data"]["month"] == 1 and first["data"]["region_code"] == CITY
    assert gap.json()["errors"] == [
        {"field": "month", "message": "报告月：月报须逐月连续填报，下一个应填报2月（现为3月）"}
    ]
    assert twice.json()["errors"] == [
        {"field": "month", "message": "报告月：1月已填报，请修改该月的月报，不要重复填报"}
    ]
    assert zero.status_code == 201
    assert too_many.json()["errors"] == [
        {"field": "foreign_teu", "message": "本月外贸完成量：应在0-500000之间（现为500001）"}
    ]


def test_only_the_latest_month_may_be_deleted(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city(client, database, passwords)
    owner = _passed_owner(client, auth, database)
    january, february = _report_months(client, auth, owner["id"], PAGE_4_3[:2])

    middle = delete(client, auth, "monthly_reports", january["id"], january["version"])
    last = delete(client, auth, "monthly_reports", february["id"], february["version"])

    assert _codes(middle) == (409, "workflow_refused")
    assert middle.json()["detail"] == (
        "月报须逐月连续，只能删除最后一个月（2月）的月报；1月的月报请直接修改。"
    )
    assert last.status_code == 204


def test_a_month_can_be_corrected_but_not_moved_out_of_sequence(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city(client, database, passwords)
    owner = _passed_owner(client, auth, database)
    january, _ = _report_months(client, auth, owner["id"], PAGE_4_3[:2])

    corrected = modify(
        client, auth, "monthly_reports", january["id"], january["version"], {"foreign_teu": 112}
    )
    moved = modify(
        client,
        auth,
        "monthly_reports",
        january["id"],
        corrected.json()["version"],
        {"month": 3},
    )

    assert corrected.status_code == 200 and corrected.json()["data"]["foreign_teu"] == 112
    assert moved.json()["errors"] == [
        {"field": "month", "message": "报告月：月报须逐月连续填报，下一个应填报1月（现为3月）"}
    ]


# --- rewards ------------------------------------------------------------------------------


def test_reward_is_computed_from_the_monthly_reports_as_on_page_4_8(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city(client, database, passwords)
    owner = _passed_owner(client, auth, database)
    _report_months(client, auth, owner["id"], PAGE_4_3)

    response = create(
        client,
        auth,
        "rewards",
        reward_body(owner["id"], estimate_foreign="12.00", estimate_domestic="5.00"),
    )

    assert response.status_code == 201, response.text
    data = response.json()["data"]
    assert (data["last_year_foreign_teu"], data["last_year_domestic_teu"]) == (22, 33)
    assert (data["this_year_foreign_teu"], data["this_year_domestic_teu"]) == (1365, 1365)
    assert (data["machine_foreign"], data["machine_domestic"]) == ("11.23", "4.10")
    assert (data["foreign_standard"], data["domestic_standard"]) == ("83.62", "30.00")
    assert data["machine_formula"] == "外贸300*60+500*80+543*100；内贸1365*30"
    assert (data["estimate_foreign"], data["estimate_domestic"]) == ("12.00", "5.00")
    assert data["region_code"] == CITY


def test_a_changed_month_recomputes_the_owners_rewards(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city(client, database, passwords)
    owner = _passed_owner(client, auth, database)
    reports = _report_months(client, auth, owner["id"], PAGE_4_3)
    reward = created(client, auth, "rewards", reward_body(owner["id"]))
    december = reports[-1]

    changed = modify(
        client, auth, "monthly_reports", december["id"], december["version"], {"foreign_teu": 0}
    )

    assert changed.status_code == 200
    after = read(client, auth, "rewards", reward["id"]).json()
    assert after["version"] > reward["version"]
    assert after["data"]["this_year_foreign_teu"] == 1243
    assert after["data"]["machine_foreign"] == "10.01"  # 300*60+500*80+421*100 = 100100


def test_rewards_wait_for_the_owners_city_review_and_then_lock_it(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city(client, database, passwords)
    owner = created(client, auth, "cargo_owners", cargo_owner_body())
    early = create(client, auth, "rewards", reward_body(owner["id"]))
    assert early.json()["detail"] == "货主尚未通过市级审核，不能建档奖励申请。"

    set_review_position(database, "cargo_owners", owner["id"], results={Level.CITY: Decision.PASS})
    (january,) = _report_months(client, auth, owner["id"], PAGE_4_3[:1])
    reward = created(client, auth, "rewards", reward_body(owner["id"]))
    set_review_position(database, "rewards", reward["id"], results={Level.CITY: Decision.PASS})
    owner_version = set_review_position(
        database, "cargo_owners", owner["id"], results={Level.CITY: Decision.RETURN}
    )

    owner_edit = modify(client, auth, "cargo_owners", owner["id"], owner_version, {"note": "改"})
    month_edit = modify(
        client, auth, "monthly_reports", january["id"], january["version"], {"foreign_teu": 1}
    )

    message = "该货主的奖励申请已通过市级审核，{}不能再修改；请市级先退回奖励申请。"
    assert owner_edit.json()["detail"] == message.format("货主")
    assert month_edit.json()["detail"] == message.format("集装箱月报")


def test_invalid_reward_reports_every_problem(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city(client, database, passwords)
    owner = _passed_owner(client, auth, database)
    body = reward_body(
        owner["id"], form_no="北京（2024）001", estimate_foreign=None, check_domestic="1.005"
    )

    response = create(client, auth, "rewards", body)

    assert _codes(response) == (422, "validation_failed")
    assert [error["field"] for error in response.json()["errors"]] == [
        "form_no",
        "estimate_foreign",
        "check_domestic",
    ]


def test_modifying_the_owner_updates_last_years_volume_on_its_rewards(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    auth = _city(client, database, passwords)
    owner = _passed_owner(client, auth, database)
    _report_months(client, auth, owner["id"], PAGE_4_3)
    reward = created(client, auth, "rewards", reward_body(owner["id"]))
    version = set_review_position(
        database, "cargo_owners", owner["id"], results={Level.CITY: Decision.RETURN}
    )

    response = modify(
        client, auth, "cargo_owners", owner["id"], version, {"last_year_foreign_teu": 1365}
    )

    assert response.status_code == 200, response.text
    after = read(client, auth, "rewards", reward["id"]).json()["data"]
    assert after["last_year_foreign_teu"] == 1365
    assert (after["machine_foreign"], after["foreign_standard"]) == ("0.00", "0.00")
    assert version_of(database, "rewards", reward["id"]) > reward["version"]
