"""Who may do what (SPEC §3, §10: "No one sees or changes what their region and permissions do not
allow, through the UI or the API"): every record, review, sync and ``/me`` endpoint, for every
relation between the account's region and the record's, and every permission, answers with
exactly the status the rules give.

Permission is checked first (403 ``permission_denied``, which reveals nothing about any record);
then a stored record outside the account's region is 404 (no existence leak), a region named
outside it 403 ``out_of_scope``, and a record in sight that the account's level may not change
409 ``workflow_refused``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from core.vocab import Level, Permission
from server.auth.passwords import Passwords
from server.db import Database
from tests.server.helpers import add_account, login, write_headers
from tests.server.records_support import (
    CITY,
    COUNTY,
    EDITOR,
    OTHER_CITY_COUNTY,
    PROVINCE,
    RECORDS,
    SIBLING_COUNTY,
    applicant_body,
    cargo_owner_body,
    create,
    created,
    delete,
    modify,
    open_world,
    read,
    ready_for,
    review,
    scrapping_body,
    set_review_position,
    version_of,
)

E, R, X, Q, M = (
    Permission.EDIT,
    Permission.REVIEW,
    Permission.EXTERNAL_REVIEW,
    Permission.QUERY,
    Permission.MANAGE,
)
MIXES = {"编辑": {E}, "审核": {R}, "外审": {X}, "查询": {Q}, "管理": {M}, "无权限": set()}
GATES: dict[str, set[Permission]] = {
    "create": {E},
    "modify": {E},
    "delete": {E},
    "review": {R, X},
}


@dataclass(frozen=True)
class Relation:
    """Where the account sits relative to the records it is tried on, and what it may do."""

    actor_region: str
    kind: str
    review_level: Level
    create: str
    expected: dict[str, Any] = field(default_factory=dict)


VISIBLE = {"read": 200, "audit": 200, "sync": True, "versions": True}
HIDDEN = {
    "read": 404,
    "audit": 404,
    "modify": 404,
    "delete": 404,
    "review": 404,
    "create": 403,
    "sync": False,
    "versions": False,
}
ALWAYS = {"me": 200, "me_patch": 200}

RELATIONS = {
    # the county that keeps the application
    "own": Relation(
        COUNTY,
        "applications",
        Level.COUNTY,
        "own_applicant",
        {**VISIBLE, "modify": 200, "delete": 204, "review": 201, "create": 201},
    ),
    # its city: sees and reviews it, may not edit county records
    "parent": Relation(
        CITY,
        "applications",
        Level.CITY,
        "application_below",
        {**VISIBLE, "modify": 409, "delete": 409, "review": 201, "create": 409},
    ),
    # the province above both
    "province": Relation(
        PROVINCE,
        "applications",
        Level.PROVINCE,
        "own_applicant",
        {**VISIBLE, "modify": 409, "delete": 409, "review": 201, "create": 409},
    ),
    # a county below the city that keeps a cargo owner
    "child": Relation(COUNTY, "cargo_owners", Level.CITY, "owner_in_city", HIDDEN),
    # another county of the same city
    "sibling": Relation(
        SIBLING_COUNTY, "applications", Level.COUNTY, "applicant_in_county", HIDDEN
    ),
    # a county of another city
    "other_city": Relation(
        OTHER_CITY_COUNTY, "applications", Level.COUNTY, "applicant_in_county", HIDDEN
    ),
}


@dataclass
class Targets:
    """Separate records per endpoint, so one allowed write never changes another's answer."""

    kind: str
    read: str
    modify: str
    delete: str
    review: str
    applicant: str


def _targets(
    client: TestClient, database: Database, passwords: Passwords, relation: Relation
) -> Targets:
    """Records of the relation's kind, created by their keepers, the review one made ready."""
    add_account(database, passwords, f"{COUNTY}-9", permissions=EDITOR)
    add_account(database, passwords, f"{CITY}-9", permissions=EDITOR)
    county, city = login(client, f"{COUNTY}-9"), login(client, f"{CITY}-9")
    applicant = created(client, county, "applicants", applicant_body())
    if relation.kind == "cargo_owners":
        ids = [created(client, city, "cargo_owners", cargo_owner_body())["id"] for _ in range(4)]
    else:
        ids = [
            created(client, county, "applications", scrapping_body(applicant["id"]))["id"]
            for _ in range(4)
        ]
    ready = ready_for(relation.review_level)
    for record_id in ids:
        set_review_position(database, relation.kind, record_id, results=ready)
    return Targets(relation.kind, *ids, applicant=applicant["id"])


Call = Callable[[TestClient, dict[str, str], Database, Targets, Relation], Any]


def _create(
    client: TestClient, auth: dict[str, str], _db: Database, t: Targets, relation: Relation
) -> int:
    """The create each relation tries: a record of the kind it would keep, where it sits."""
    bodies: dict[str, tuple[str, dict[str, Any]]] = {
        "own_applicant": ("applicants", applicant_body()),
        "application_below": ("applications", scrapping_body(t.applicant)),
        "owner_in_city": ("cargo_owners", cargo_owner_body(region_code=CITY)),
        "applicant_in_county": ("applicants", applicant_body(region_code=COUNTY)),
    }
    kind, body = bodies[relation.create]
    return create(client, auth, kind, body).status_code


def _version(db: Database, t: Targets, record_id: str) -> int:
    return version_of(db, t.kind, record_id)


CALLS: dict[str, Call] = {
    "read": lambda c, a, db, t, r: read(c, a, t.kind, t.read).status_code,
    "audit": lambda c, a, db, t, r: (
        c.get(f"{RECORDS}/{t.kind}/{t.read}/audit", headers=a).status_code
    ),
    "sync": lambda c, a, db, t, r: (
        t.read
        in {change["id"] for change in c.get("/api/v1/sync/changes", headers=a).json()["changes"]}
    ),
    "versions": lambda c, a, db, t, r: (
        t.read
        in c.get("/api/v1/sync/versions", params={"kind": t.kind}, headers=a).json()["versions"]
    ),
    "me": lambda c, a, db, t, r: c.get("/api/v1/me", headers=a).status_code,
    "me_patch": lambda c, a, db, t, r: (
        c.patch(
            "/api/v1/me",
            json={"department": "水运管理科室"},
            headers=write_headers(a, version=c.get("/api/v1/me", headers=a).json()["version"]),
        ).status_code
    ),
    "review": lambda c, a, db, t, r: (
        review(c, a, t.kind, t.review, _version(db, t, t.review), r.review_level).status_code
    ),
    "modify": lambda c, a, db, t, r: (
        modify(
            c, a, t.kind, t.modify, _version(db, t, t.modify), {"note": "矩阵测试修改"}
        ).status_code
    ),
    "delete": lambda c, a, db, t, r: (
        delete(c, a, t.kind, t.delete, _version(db, t, t.delete)).status_code
    ),
    "create": _create,
}


def _expected(endpoint: str, relation: Relation, permissions: set[Permission]) -> Any:
    gate = GATES.get(endpoint)
    if gate is not None and not permissions & gate:
        return 403
    return ALWAYS.get(endpoint, relation.expected.get(endpoint))


@pytest.mark.parametrize("mix", list(MIXES))
@pytest.mark.parametrize("relation_name", list(RELATIONS))
def test_every_endpoint_answers_as_region_and_permissions_allow(
    client: TestClient,
    database: Database,
    passwords: Passwords,
    relation_name: str,
    mix: str,
) -> None:
    open_world(database)
    relation = RELATIONS[relation_name]
    targets = _targets(client, database, passwords, relation)
    permissions = MIXES[mix]
    add_account(database, passwords, f"{relation.actor_region}-1", permissions=permissions)
    auth = login(client, f"{relation.actor_region}-1")

    outcomes = {
        name: call(client, auth, database, targets, relation) for name, call in CALLS.items()
    }

    expected = {name: _expected(name, relation, permissions) for name in CALLS}
    assert outcomes == expected


def test_permission_refusals_name_the_permission_and_leak_nothing(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    open_world(database)
    targets = _targets(client, database, passwords, RELATIONS["other_city"])
    add_account(database, passwords, f"{OTHER_CITY_COUNTY}-1", permissions={Q})
    auth = login(client, f"{OTHER_CITY_COUNTY}-1")

    hidden: httpx.Response = modify(client, auth, "applications", targets.modify, 1, {"note": "x"})
    missing = modify(client, auth, "applications", "no-such-record", 1, {"note": "x"})

    assert hidden.status_code == missing.status_code == 403
    assert (
        hidden.json()["detail"]
        == missing.json()["detail"]
        == "该操作需要【编辑】权限，当前账号没有"
    )


def test_records_outside_the_region_look_exactly_like_missing_ones(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    open_world(database)
    targets = _targets(client, database, passwords, RELATIONS["sibling"])
    add_account(database, passwords, f"{SIBLING_COUNTY}-1", permissions={E, R})
    auth = login(client, f"{SIBLING_COUNTY}-1")

    hidden = read(client, auth, "applications", targets.read)
    missing = read(client, auth, "applications", "00000000-0000-4000-8000-000000000000")

    assert hidden.status_code == missing.status_code == 404
    assert {k: v for k, v in hidden.json().items() if k != "instance"} == {
        k: v for k, v in missing.json().items() if k != "instance"
    }


def test_unauthenticated_requests_are_refused_everywhere(client: TestClient) -> None:
    some_id = "00000000-0000-4000-8000-000000000000"
    requests = [
        ("POST", f"{RECORDS}/applicants"),
        ("GET", f"{RECORDS}/applicants/{some_id}"),
        ("PATCH", f"{RECORDS}/applicants/{some_id}"),
        ("DELETE", f"{RECORDS}/applicants/{some_id}"),
        ("POST", f"{RECORDS}/applications/{some_id}/reviews"),
        ("GET", f"{RECORDS}/applications/{some_id}/audit"),
        ("GET", "/api/v1/sync/changes"),
        ("GET", "/api/v1/me"),
    ]

    statuses = {
        (method, url): client.request(method, url, json={}).status_code for method, url in requests
    }

    assert set(statuses.values()) == {401}
