"""Builders for the record and review API tests: the 2024 subsidy year, an open declaration
window, valid request bodies of every kind (the manual's own examples), accounts of the regions
the tests play in, and the HTTP calls with their write headers.

Review positions the API cannot produce by itself (a platform joint-review result, a material
upload) are set straight in the database, as the joint-review and upload features would.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

import httpx
from fastapi.testclient import TestClient

from core.material_list_2024 import MATERIAL_LIST_2024
from core.materials import specs_to_dicts
from core.standards_2024 import STANDARDS_2024
from core.vocab import Decision, DeclarationState, Level, Permission
from server.auth.passwords import Passwords
from server.clock import DEFAULT_START
from server.db import Database
from server.models import SubsidyYear
from server.records.context import local_date
from server.records.registry import HANDLERS
from server.records.state import level_columns
from tests.server.helpers import add_account, declaration_row, login, write_headers

RECORDS = "/api/v1/records"
TODAY = local_date(DEFAULT_START)
YEAR = 2024

COUNTY = "430121"  # 长沙县
SIBLING_COUNTY = "430102"  # 芙蓉区, same city
CITY_DISTRICT = "430101"  # 长沙市市辖区
CITY = "430100"  # 长沙市
OTHER_CITY_COUNTY = "430202"  # 株洲市荷塘区
OTHER_CITY = "430200"  # 株洲市
PROVINCE = "430000"

EDITOR = frozenset({Permission.EDIT, Permission.QUERY})
REVIEWER = frozenset({Permission.REVIEW, Permission.QUERY})
HANDLER_AND_REVIEWER = frozenset({Permission.EDIT, Permission.REVIEW, Permission.QUERY})


def new_id() -> str:
    return str(uuid.uuid4())


# --- the year and the window ---------------------------------------------------------------


def seed_year(database: Database, year: int = YEAR) -> None:
    """The 2024 subsidy year with the manual's standards table and material list."""
    with database.write() as session:
        session.add(
            SubsidyYear(
                id=str(year),
                region_code=PROVINCE,
                year=year,
                pdf_limit_mb=20,
                zip_limit_mb=60,
                standards=STANDARDS_2024.to_dicts(),
                materials=specs_to_dicts(MATERIAL_LIST_2024),
                note="2024年度部省政策船舶拆建与运输发展奖补",
                created_at=DEFAULT_START,
                created_by="430000-1",
            )
        )


def set_window(
    database: Database,
    state: DeclarationState = DeclarationState.OPEN,
    *,
    at: datetime = DEFAULT_START,
    deadline: date | None = None,
) -> None:
    """A declaration status created ``at`` (the newest one wins)."""
    with database.write() as session:
        session.add(declaration_row(state, at, deadline=deadline))


def open_world(database: Database) -> None:
    """The year and an open declaration window: what every write test starts from."""
    seed_year(database)
    set_window(database)


def account(
    client: TestClient,
    database: Database,
    passwords: Passwords,
    account_id: str,
    permissions: Iterable[Permission] = HANDLER_AND_REVIEWER,
) -> dict[str, str]:
    """Create an account and return the Authorization header of a fresh session."""
    add_account(database, passwords, account_id, permissions=permissions)
    return login(client, account_id)


# --- request bodies (column names, as the desktop stores them) ------------------------------


def applicant_body(**overrides: Any) -> dict[str, Any]:
    """衡阳畅达 of page 3-2."""
    body: dict[str, Any] = {
        "id": new_id(),
        "name": "衡阳畅达水路客运有限公司",
        "credit_code": "91430421MA4PDAW5XY",
        "address": "湖南省衡阳市衡阳县西渡镇米子路7号",
        "applicant_type": "企业",
        "contact": "朱清明",
        "phone": "13974868888",
        "bank_name": "中国农业银行",
        "bank_account": "2324324242424342",
        "note": "",
    }
    body.update(overrides)
    return body


def scrapping_body(applicant_id: str, policy: str = "省", **overrides: Any) -> dict[str, Any]:
    """The manual's scrapping example (ch. 2.1.1/2.1.2): an inter-provincial liquid dangerous
    goods ship of 345 gross tons, aged 18.532 years — 0.1*345*1.5*1.00 = 51.75 under the
    ministry policy, 0.1*345*0.72*1.5 = 37.26 under the province policy."""
    body: dict[str, Any] = {
        "id": new_id(),
        "applicant_id": applicant_id,
        "form_no": "长沙（2024）0001",
        "owners": "衡阳畅达水路客运有限公司",
        "operator": "衡阳畅达水路客运有限公司",
        "control_status": "自有",
        "licence_no": "湘长XKA0123",
        "policy": policy,
        "project": "拆解",
        "area": "省际",
        "power_form": "燃油",
        "ship_type": "液货危险品船",
        "ship_name": "湘长沙货1234",
        "ship_id_no": "CN20061234567",
        "port_of_registry": "长沙",
        "operation_cert_no": "湘长沙SJ〔2022〕0001",
        "gross_tonnage": 345,
        "capacity": 600,
        "power_kw": "220.00",
        "built_date": "2006-02-18",
        "deregistration_date": "2024-08-31",
        "dismantle_start": "2024-09-08",
        "application_date": "2024-08-30",
        "estimate_amount": "50.00",
        "note": "",
    }
    body.update(overrides)
    return body


def new_build_body(applicant_id: str, **overrides: Any) -> dict[str, Any]:
    """A province-policy electric dry-cargo new build of 2500 t: 300+0.166389*200 = 333.28."""
    body = scrapping_body(
        applicant_id,
        project="新建",
        power_form="纯电",
        ship_type="干货船",
        gross_tonnage=1800,
        capacity=2500,
        built_date="2024-09-08",
        deregistration_date=None,
        dismantle_start=None,
        estimate_amount="333.00",
    )
    body.update(overrides)
    return body


def cargo_owner_body(**overrides: Any) -> dict[str, Any]:
    """岳阳市恒源船务 of pages 4-1/4-2 with last year's 22 foreign and 33 domestic TEU."""
    body: dict[str, Any] = {
        "id": new_id(),
        "name": "长沙恒源船务有限公司",
        "address": "长沙市开福区湘江北路1号",
        "credit_code": "91430600329348993X",
        "contact": "邹辉",
        "phone": "13307304188",
        "bank_name": "中国银行",
        "bank_account": "253324523432432423",
        "last_year_foreign_teu": 22,
        "last_year_domestic_teu": 33,
        "note": "",
    }
    body.update(overrides)
    return body


def monthly_body(owner_id: str, month: int, foreign: int, domestic: int) -> dict[str, Any]:
    return {
        "id": new_id(),
        "cargo_owner_id": owner_id,
        "month": month,
        "foreign_teu": foreign,
        "domestic_teu": domestic,
    }


def reward_body(owner_id: str, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": new_id(),
        "cargo_owner_id": owner_id,
        "form_no": "长沙（2024）001",
        "estimate_foreign": "12.00",
        "estimate_domestic": "5.00",
    }
    body.update(overrides)
    return body


# --- HTTP ----------------------------------------------------------------------------------


def create(
    client: TestClient, auth: dict[str, str], kind: str, body: Mapping[str, Any]
) -> httpx.Response:
    return client.post(f"{RECORDS}/{kind}", json=dict(body), headers=write_headers(auth))


def created(
    client: TestClient, auth: dict[str, str], kind: str, body: Mapping[str, Any]
) -> dict[str, Any]:
    """Create and insist it worked; the stored row."""
    response = create(client, auth, kind, body)
    assert response.status_code == 201, response.text
    return response.json()


def read(client: TestClient, auth: dict[str, str], kind: str, record_id: str) -> httpx.Response:
    return client.get(f"{RECORDS}/{kind}/{record_id}", headers=auth)


def modify(
    client: TestClient,
    auth: dict[str, str],
    kind: str,
    record_id: str,
    version: int,
    changes: Mapping[str, Any],
) -> httpx.Response:
    return client.patch(
        f"{RECORDS}/{kind}/{record_id}",
        json=dict(changes),
        headers=write_headers(auth, version=version),
    )


def delete(
    client: TestClient, auth: dict[str, str], kind: str, record_id: str, version: int
) -> httpx.Response:
    return client.delete(
        f"{RECORDS}/{kind}/{record_id}", headers=write_headers(auth, version=version)
    )


def review(
    client: TestClient,
    auth: dict[str, str],
    kind: str,
    record_id: str,
    version: int,
    level: Level,
    decision: Decision = Decision.PASS,
    *,
    opinion: str = "材料齐全、符合条件、同意上报。",
    review_date: date = TODAY,
    review_id: str | None = None,
    key: str | None = None,
) -> httpx.Response:
    body = {
        "id": review_id or new_id(),
        "level": str(level),
        "decision": str(decision),
        "opinion": opinion,
        "review_date": review_date.isoformat(),
    }
    return client.post(
        f"{RECORDS}/{kind}/{record_id}/reviews",
        json=body,
        headers=write_headers(auth, key=key, version=version),
    )


# --- database ------------------------------------------------------------------------------


def version_of(database: Database, kind: str, record_id: str) -> int:
    with database.read() as session:
        row = session.get(HANDLERS[kind].model, record_id)
        assert row is not None
        return int(row.version)


def stored(database: Database, kind: str, record_id: str) -> Any:
    """The stored row (detached, read-only use)."""
    with database.read() as session:
        return session.get(HANDLERS[kind].model, record_id)


def set_review_position(
    database: Database,
    kind: str,
    record_id: str,
    *,
    results: Mapping[Level, Decision] | None = None,
    uploaded: date | None = TODAY,
    on: date = TODAY,
) -> int:
    """Put a record where the joint review and an upload would: returns its new version."""
    with database.write() as session:
        row = session.get(HANDLERS[kind].model, record_id)
        assert row is not None
        for level, decision in (results or {}).items():
            result_column, date_column = level_columns(level)
            setattr(row, result_column, str(decision))
            setattr(row, date_column, on)
        if hasattr(row, "materials_uploaded_on"):
            row.materials_uploaded_on = uploaded
        session.flush()
        return int(row.version)


def ready_for(level: Level) -> dict[Level, Decision]:
    """The results of every level before ``level`` in the ship chain, all passed."""
    chain = [Level.PLATFORM, Level.COUNTY, Level.CITY, Level.PROVINCE]
    return {earlier: Decision.PASS for earlier in chain[: chain.index(level)]}
