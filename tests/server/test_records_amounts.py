"""Machine amounts (机算), formula texts and ship ages computed by the server from the year's
standards equal the manual's worked examples (SPEC §4.1, manual ch. 2.1 and 3.2.1)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.auth.passwords import Passwords
from server.db import Database
from tests.server.records_support import (
    CITY_DISTRICT,
    COUNTY,
    account,
    applicant_body,
    created,
    modify,
    new_build_body,
    open_world,
    scrapping_body,
    set_window,
)

CHANGES = "/api/v1/sync/changes"
REFIT = {"refit_from_name": "长沙机0018号", "refit_from_tonnage": 1238}

EXAMPLES = [
    pytest.param(
        CITY_DISTRICT,
        {"policy": "部"},
        ("51.75", "0.1*345*1.5*1.00", "18.532"),
        id="ministry-scrapping-0.1*345*1.5*1.00",
    ),
    pytest.param(
        COUNTY,
        {"policy": "省"},
        ("37.26", "0.1*345*0.72*1.5", "18.532"),
        id="province-scrapping-0.1*345*0.72*1.5",
    ),
    pytest.param(
        COUNTY,
        {
            "project": "改建",
            "power_form": "液气",
            "ship_type": "干货船",
            "power_kw": "299.50",
            "deregistration_date": None,
            **REFIT,
        },
        ("63.00", "63*1", None),
        id="province-lng-refit-63*1",
    ),
    pytest.param(
        COUNTY,
        {
            "project": "改建",
            "power_form": "纯电",
            "ship_type": "普通客船",
            "power_kw": "100.50",
            "deregistration_date": None,
            **REFIT,
        },
        ("70.35", "0.7*100.5", None),
        id="province-electric-passenger-0.7*100.5",
    ),
    pytest.param(
        COUNTY,
        {"capacity": 2500, "_new_build": True},
        ("333.28", "300+0.166389*200", None),
        id="province-new-energy-cargo-2500t",
    ),
    pytest.param(
        COUNTY,
        {"capacity": 6200, "_new_build": True},
        ("619.94", "500+0.399800*300", None),
        id="province-new-energy-cargo-6200t",
    ),
    pytest.param(
        COUNTY,
        {
            "policy": "部",
            "project": "更新",
            "area": "省内",
            "ship_type": "旅游客船",
            "gross_tonnage": 30,
            "deregistration_date": None,
            **REFIT,
        },
        ("2.25", "0.05*30*1.5", None),
        id="ministry-renewal-page-3-7-0.05*30*1.5",
    ),
    pytest.param(
        COUNTY,
        {"built_date": "2024-05-01", "deregistration_date": "2024-10-31"},
        (None, "", "0.500"),
        id="age-same-year-183/366-no-coefficient-row",
    ),
    pytest.param(
        COUNTY,
        {"built_date": "2024-05-01", "deregistration_date": "2026-10-31"},
        (None, "", "2.500"),
        id="age-across-years-1+245/366+303/365",
    ),
]


def _body(applicant_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    fields = dict(fields)
    if fields.pop("_new_build", False):
        return new_build_body(applicant_id, **fields)
    return scrapping_body(applicant_id, **fields)


@pytest.mark.parametrize(("region", "fields", "expected"), EXAMPLES)
def test_machine_amount_formula_and_age_match_the_manual(
    client: TestClient,
    database: Database,
    passwords: Passwords,
    region: str,
    fields: dict[str, Any],
    expected: tuple[str | None, str, str | None],
) -> None:
    open_world(database)
    auth = account(client, database, passwords, f"{region}-1")
    applicant = created(client, auth, "applicants", applicant_body())

    row = created(client, auth, "applications", _body(applicant["id"], fields))

    data = row["data"]
    assert (data["machine_amount"], data["machine_formula"], data["ship_age"]) == expected
    synced = client.get(CHANGES, headers=auth).json()["changes"]
    assert row in synced, "a write answers with exactly the row the sync feed serves"


def test_the_typed_amounts_are_kept_beside_the_machine_amount(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    """Page 3-5, 湘安化机3159: 测算 28.68 and 复核 2.75 stay as typed next to 机算."""
    open_world(database)
    auth = account(client, database, passwords, f"{COUNTY}-1")
    applicant = created(client, auth, "applicants", applicant_body())
    body = scrapping_body(applicant["id"], estimate_amount="28.68", check_amount="2.75")

    data = created(client, auth, "applications", body)["data"]

    assert (data["estimate_amount"], data["check_amount"], data["machine_amount"]) == (
        "28.68",
        "2.75",
        "37.26",
    )


def test_a_year_without_standards_leaves_the_machine_amount_empty(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    set_window(database)
    auth = account(client, database, passwords, f"{COUNTY}-1")
    applicant = created(client, auth, "applicants", applicant_body())

    data = created(client, auth, "applications", scrapping_body(applicant["id"]))["data"]

    assert (data["machine_amount"], data["machine_formula"], data["ship_age"]) == (
        None,
        "",
        "18.532",
    )


def test_a_modification_recomputes_from_the_new_values(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    open_world(database)
    auth = account(client, database, passwords, f"{COUNTY}-1")
    applicant = created(client, auth, "applicants", applicant_body())
    row = created(client, auth, "applications", new_build_body(applicant["id"]))

    response = modify(client, auth, "applications", row["id"], row["version"], {"capacity": 6200})

    assert response.status_code == 200, response.text
    data = response.json()["data"]
    assert (data["machine_amount"], data["machine_formula"]) == ("619.94", "500+0.399800*300")
