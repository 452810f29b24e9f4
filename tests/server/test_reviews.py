"""Review decisions through the API (manual 3.3–3.6, 4.2, 4.5): the chain from the platform to
the province, returns and re-modification, one result per level per day, the immutable audit
log, and replays that change nothing."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from core.vocab import Decision, Level, Permission
from server.auth.passwords import Passwords
from server.clock import ManualClock
from server.db import Database
from server.models import ReviewResult, ReviewSubmission
from server.reviews.service import PLATFORM_REFUSAL
from tests.server.helpers import login, write_headers
from tests.server.records_support import (
    CITY,
    COUNTY,
    PROVINCE,
    RECORDS,
    REVIEWER,
    TODAY,
    account,
    applicant_body,
    cargo_owner_body,
    created,
    modify,
    new_id,
    open_world,
    ready_for,
    review,
    reward_body,
    scrapping_body,
    set_review_position,
    version_of,
)

RETURN_OPINION = "材料不全，请补正后重新上传。"


class Desk:
    """The accounts of one chain: the county handler-reviewer, the city and the province."""

    def __init__(self, client: TestClient, database: Database, passwords: Passwords) -> None:
        open_world(database)
        self.client, self.database = client, database
        self.county = account(client, database, passwords, f"{COUNTY}-1")
        self.city = account(client, database, passwords, f"{CITY}-1", REVIEWER)
        self.province = account(client, database, passwords, f"{PROVINCE}-1", REVIEWER)

    def application(self, *, ready: Level = Level.COUNTY) -> str:
        """A province-policy scrapping whose earlier levels passed and materials are in."""
        applicant = created(self.client, self.county, "applicants", applicant_body())
        ship = created(self.client, self.county, "applications", scrapping_body(applicant["id"]))
        set_review_position(self.database, "applications", ship["id"], results=ready_for(ready))
        return str(ship["id"])

    def advance(self, clock: ManualClock, delta: timedelta) -> None:
        """Move time on; sessions last 12 hours, so everyone logs in again."""
        clock.advance(delta)
        self.county = login(self.client, f"{COUNTY}-1")
        self.city = login(self.client, f"{CITY}-1")
        self.province = login(self.client, f"{PROVINCE}-1")

    def version(self, record_id: str, kind: str = "applications") -> int:
        return version_of(self.database, kind, record_id)

    def decide(
        self, auth: dict[str, str], record_id: str, level: Level, decision: Decision, **more: Any
    ) -> Any:
        if decision is Decision.RETURN:
            more.setdefault("opinion", RETURN_OPINION)
        return review(
            self.client,
            auth,
            "applications",
            record_id,
            self.version(record_id),
            level,
            decision,
            **more,
        )

    def audit(self, auth: dict[str, str], record_id: str, kind: str = "applications") -> Any:
        response = self.client.get(f"{RECORDS}/{kind}/{record_id}/audit", headers=auth)
        assert response.status_code == 200, response.text
        return response.json()["entries"]


def _submissions(database: Database) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(ReviewSubmission)) or 0)


def _results(database: Database, record_id: str) -> list[ReviewResult]:
    with database.read() as session:
        statement = select(ReviewResult).where(ReviewResult.record_id == record_id)
        return list(session.scalars(statement).all())


def test_the_chain_from_the_platform_to_the_province(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    desk = Desk(client, database, passwords)
    ship = desk.application()
    before = desk.version(ship)
    review_id = new_id()

    county = desk.decide(desk.county, ship, Level.COUNTY, Decision.PASS, review_id=review_id)

    assert county.status_code == 201, county.text
    record, result = county.json()["record"], county.json()["result"]
    assert record["version"] > before
    assert county.headers["etag"] == f'"{record["version"]}"'
    assert (record["data"]["county_result"], record["data"]["county_on"]) == (
        "同意",
        TODAY.isoformat(),
    )
    assert result["kind"] == "review_results"
    assert result["data"] == result["data"] | {
        "record_kind": "拆建申请",
        "record_id": ship,
        "level": "县级",
        "decision": "同意",
        "opinion": "材料齐全、符合条件、同意上报。",
        "reviewer": f"{COUNTY}-1",
        "review_date": TODAY.isoformat(),
        "submission_id": review_id,
        "region_code": COUNTY,
    }

    assert desk.decide(desk.city, ship, Level.CITY, Decision.PASS).status_code == 201
    final = desk.decide(desk.province, ship, Level.PROVINCE, Decision.PASS)

    assert final.status_code == 201, final.text
    assert final.json()["record"]["data"]["province_result"] == "同意"
    entries = desk.audit(desk.county, ship)
    assert [(e["level"], e["decision"], e["mark"]) for e in entries] == [
        ("省级", "同意", "√"),
        ("市级", "同意", "√"),
        ("县级", "同意", "√"),
    ]
    assert [e["reviewer"] for e in entries] == [f"{PROVINCE}-1", f"{CITY}-1", f"{COUNTY}-1"]
    assert all(e["reviewer_name"] == "胡立辉" for e in entries)
    synced = client.get("/api/v1/sync/changes", headers=desk.county).json()["changes"]
    assert {c["id"] for c in synced if c["kind"] == "review_results"} == {e["id"] for e in entries}


def test_a_level_waits_for_the_previous_one_and_the_upload(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    desk = Desk(client, database, passwords)
    unreviewed = desk.application(ready=Level.PLATFORM)
    failed = desk.application()
    set_review_position(database, "applications", failed, results={Level.PLATFORM: Decision.RETURN})
    no_upload = desk.application()
    set_review_position(database, "applications", no_upload, uploaded=None)

    first = desk.decide(desk.county, unreviewed, Level.COUNTY, Decision.PASS)
    second = desk.decide(desk.county, failed, Level.COUNTY, Decision.PASS)
    third = desk.decide(desk.county, no_upload, Level.COUNTY, Decision.PASS)

    assert first.json()["reasons"] == ["尚未通过平台审核，不能进行县级审核。"]
    assert second.json()["reasons"] == [
        "平台联审未通过，不能进行县级审核；请修改记录或重传材料后重新联审。"
    ]
    assert third.json()["reasons"] == [
        "尚未上传材料压缩包（修改记录后需重传），请先上传材料再审核。"
    ]
    assert {r.json()["code"] for r in (first, second, third)} == {"workflow_refused"}


def test_a_return_goes_back_to_the_handler_and_a_modification_starts_again(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    desk = Desk(client, database, passwords)
    ship = desk.application()
    returned = desk.decide(desk.county, ship, Level.COUNTY, Decision.RETURN)
    assert returned.json()["record"]["data"]["county_result"] == "退回"

    onward = desk.decide(desk.city, ship, Level.CITY, Decision.PASS)
    assert (
        onward.json()["reasons"][0] == "已被县级审核退回，需修改记录或重传材料后才能进行市级审核。"
    )

    changed = modify(
        client, desk.county, "applications", ship, desk.version(ship), {"note": "已补正"}
    )
    assert changed.status_code == 200
    assert changed.json()["data"]["county_result"] is None
    assert changed.json()["data"]["materials_uploaded_on"] is None
    again = desk.decide(desk.county, ship, Level.COUNTY, Decision.PASS)
    assert again.json()["code"] == "workflow_refused"

    desk.advance(clock, timedelta(days=1))
    tomorrow = TODAY + timedelta(days=1)
    set_review_position(database, "applications", ship, uploaded=tomorrow)
    passed = desk.decide(desk.county, ship, Level.COUNTY, Decision.PASS, review_date=tomorrow)

    assert passed.status_code == 201, passed.text
    assert [(e["review_date"], e["decision"]) for e in desk.audit(desk.county, ship)] == [
        (tomorrow.isoformat(), "同意"),
        (TODAY.isoformat(), "退回"),
    ]


def test_one_result_per_level_per_day_and_earlier_days_are_never_edited(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    desk = Desk(client, database, passwords)
    ship = desk.application()
    assert desk.decide(desk.county, ship, Level.COUNTY, Decision.RETURN).status_code == 201
    first_day = desk.audit(desk.county, ship)

    desk.advance(clock, timedelta(days=1))
    tomorrow = TODAY + timedelta(days=1)
    morning = desk.decide(desk.county, ship, Level.COUNTY, Decision.PASS, review_date=tomorrow)
    desk.advance(clock, timedelta(hours=3))
    later_id = new_id()
    afternoon = desk.decide(
        desk.county, ship, Level.COUNTY, Decision.RETURN, review_date=tomorrow, review_id=later_id
    )

    assert afternoon.status_code == 201, afternoon.text
    assert afternoon.json()["result"]["id"] == morning.json()["result"]["id"]
    assert afternoon.json()["result"]["version"] > morning.json()["result"]["version"]
    assert afternoon.json()["result"]["data"]["submission_id"] == later_id
    assert afternoon.json()["record"]["data"]["county_result"] == "退回"
    entries = desk.audit(desk.county, ship)
    assert [(e["review_date"], e["decision"]) for e in entries] == [
        (tomorrow.isoformat(), "退回"),
        (TODAY.isoformat(), "退回"),
    ]
    assert entries[1] == first_day[0]
    assert len(_results(database, ship)) == 2
    assert _submissions(database) == 3


def test_a_replay_with_the_same_key_answers_the_same_and_changes_nothing(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    desk = Desk(client, database, passwords)
    ship = desk.application()
    version = desk.version(ship)
    arguments = dict(review_id=new_id(), key="decision-1")

    first = review(client, desk.county, "applications", ship, version, Level.COUNTY, **arguments)
    second = review(client, desk.county, "applications", ship, version, Level.COUNTY, **arguments)

    assert (first.status_code, second.status_code) == (201, 201)
    assert first.json() == second.json()
    assert second.headers["idempotent-replayed"] == "true"
    assert desk.version(ship) == first.json()["record"]["version"]
    assert _submissions(database) == 1


def test_a_decision_resent_under_a_new_key_is_recognised_by_its_id(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    desk = Desk(client, database, passwords)
    ship = desk.application()
    version = desk.version(ship)
    review_id = new_id()

    first = review(
        client, desk.county, "applications", ship, version, Level.COUNTY, review_id=review_id
    )
    resent = review(
        client, desk.county, "applications", ship, version, Level.COUNTY, review_id=review_id
    )

    assert (first.status_code, resent.status_code) == (201, 201)
    assert resent.json() == first.json()
    assert desk.version(ship) == first.json()["record"]["version"]
    assert _submissions(database) == 1


def test_a_review_id_cannot_carry_another_decision(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    desk = Desk(client, database, passwords)
    ship = desk.application()
    review_id = new_id()
    first = desk.decide(desk.county, ship, Level.COUNTY, Decision.PASS, review_id=review_id)

    other = desk.decide(desk.county, ship, Level.COUNTY, Decision.RETURN, review_id=review_id)

    assert first.status_code == 201
    assert other.status_code == 422
    assert other.json()["code"] == "idempotency_key_reuse"
    assert _submissions(database) == 1


def test_each_level_belongs_to_accounts_of_that_region_level(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    desk = Desk(client, database, passwords)
    ship = desk.application(ready=Level.CITY)

    county_as_city = desk.decide(desk.county, ship, Level.CITY, Decision.PASS)
    city_as_county = desk.decide(desk.city, ship, Level.COUNTY, Decision.RETURN)

    assert county_as_city.status_code == 409
    assert county_as_city.json()["reasons"] == [
        "市级审核只能由市级账号提交，当前登录的是县级账号。"
    ]
    assert city_as_county.json()["reasons"] == [
        "县级审核只能由县级账号提交，当前登录的是市级账号。"
    ]


def test_platform_results_come_from_the_joint_review_only(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    desk = Desk(client, database, passwords)
    ship = desk.application(ready=Level.PLATFORM)

    response = desk.decide(desk.county, ship, Level.PLATFORM, Decision.PASS)

    assert response.status_code == 409
    assert response.json()["detail"] == PLATFORM_REFUSAL


def test_external_reviewers_may_review_and_query_accounts_may_not(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    desk = Desk(client, database, passwords)
    ship = desk.application(ready=Level.CITY)
    external = account(client, database, passwords, f"{CITY}-2", {Permission.EXTERNAL_REVIEW})
    reader = account(client, database, passwords, f"{CITY}-3", {Permission.QUERY})

    refused = desk.decide(reader, ship, Level.CITY, Decision.PASS)
    allowed = desk.decide(external, ship, Level.CITY, Decision.PASS)

    assert refused.status_code == 403
    assert refused.json()["code"] == "permission_denied"
    assert refused.json()["detail"] == "该操作需要【审核】或【外审】权限，当前账号没有"
    assert allowed.status_code == 201, allowed.text


def test_the_opinion_and_the_date_are_checked_together(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    desk = Desk(client, database, passwords)
    ship = desk.application()

    empty = desk.decide(
        desk.county,
        ship,
        Level.COUNTY,
        Decision.RETURN,
        opinion=" ",
        review_date=TODAY + timedelta(days=1),
    )
    too_early = desk.decide(
        desk.county, ship, Level.COUNTY, Decision.PASS, review_date=TODAY - timedelta(days=1)
    )

    assert empty.status_code == 422
    assert empty.json()["errors"] == [
        {
            "field": "opinion",
            "message": "审核意见：请选择预设意见或填写审核说明（退回的原因和补正要求）。",
        },
        {"field": "review_date", "message": "审核日期：不能晚于今天（2024-11-11）"},
    ]
    assert too_early.json()["errors"] == [
        {"field": "review_date", "message": "审核日期：不能早于记录的建档日期（2024-11-11）"}
    ]


def test_a_stale_version_gets_412_with_the_current_record(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    desk = Desk(client, database, passwords)
    ship = desk.application()
    version = desk.version(ship)
    changed = modify(client, desk.county, "applications", ship, version, {"note": "补充"})
    set_review_position(database, "applications", ship)

    response = review(client, desk.county, "applications", ship, version, Level.COUNTY)

    assert response.status_code == 412
    assert response.json()["code"] == "version_conflict"
    assert response.json()["current"]["version"] > changed.json()["version"]
    assert _submissions(database) == 0


def test_a_level_cannot_change_its_result_once_the_next_level_passed(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    desk = Desk(client, database, passwords)
    ship = desk.application(ready=Level.PROVINCE)

    response = desk.decide(desk.county, ship, Level.COUNTY, Decision.RETURN)

    assert response.json()["reasons"] == ["市级已审核同意，县级不能再更改审核结果。"]


def test_a_late_older_decision_is_logged_without_undoing_a_newer_one(
    client: TestClient, database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    desk = Desk(client, database, passwords)
    ship = desk.application()
    desk.advance(clock, timedelta(days=2))
    newer = TODAY + timedelta(days=2)
    assert (
        desk.decide(desk.county, ship, Level.COUNTY, Decision.PASS, review_date=newer).status_code
        == 201
    )

    late = desk.decide(
        desk.county, ship, Level.COUNTY, Decision.RETURN, review_date=TODAY + timedelta(days=1)
    )

    assert late.status_code == 201, late.text
    assert late.json()["record"]["data"]["county_result"] == "同意"
    assert late.json()["record"]["data"]["county_on"] == newer.isoformat()
    assert [e["decision"] for e in desk.audit(desk.county, ship)] == ["同意", "退回"]


def test_cargo_owner_and_reward_chains(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    open_world(database)
    city = account(client, database, passwords, f"{CITY}-1")
    province = account(client, database, passwords, f"{PROVINCE}-1", REVIEWER)
    owner = created(client, city, "cargo_owners", cargo_owner_body())
    version = set_review_position(database, "cargo_owners", owner["id"])

    owner_passed = review(client, city, "cargo_owners", owner["id"], version, Level.CITY)
    assert owner_passed.status_code == 201, owner_passed.text
    reward = created(client, city, "rewards", reward_body(owner["id"]))
    version = set_review_position(database, "rewards", reward["id"])
    city_passed = review(client, city, "rewards", reward["id"], version, Level.CITY)
    province_passed = review(
        client,
        province,
        "rewards",
        reward["id"],
        city_passed.json()["record"]["version"],
        Level.PROVINCE,
    )

    assert province_passed.status_code == 201, province_passed.text
    data = province_passed.json()["record"]["data"]
    assert (data["city_result"], data["province_result"]) == ("同意", "同意")


def test_records_without_a_chain_and_unknown_kinds(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    desk = Desk(client, database, passwords)
    applicant = created(client, desk.county, "applicants", applicant_body())

    no_chain = review(
        client, desk.county, "applicants", applicant["id"], applicant["version"], Level.COUNTY
    )
    unknown = client.post(
        f"{RECORDS}/ships/{applicant['id']}/reviews",
        json={
            "id": new_id(),
            "level": "县级",
            "decision": "同意",
            "opinion": "同意。",
            "review_date": TODAY.isoformat(),
        },
        headers=write_headers(desk.county, version=1),
    )

    assert no_chain.json()["reasons"] == ["拆建申请人没有县级审核环节，无需在此审核。"]
    assert unknown.status_code == 404
    assert unknown.json()["code"] == "not_found"
