"""Authorization helpers written once: ``require`` and the region scope of reads and writes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from core.vocab import DeclarationState, Permission, RegionLevel
from server.auth.actor import Actor, require
from server.clock import ManualClock
from server.db import Database
from server.models import Applicant, DeclarationStatus
from server.problems import ProblemError
from server.scope import ensure_in_scope, get_visible, scope_filter
from tests.server.helpers import applicant_row, declaration_row


def _actor(region_code: str, scope: str, level: RegionLevel, *permissions: Permission) -> Actor:
    return Actor(
        account_id=f"{region_code}-1",
        name="胡立辉",
        region_code=region_code,
        region_level=level,
        scope=scope,
        city_district=False,
        permissions=frozenset(permissions),
        token_hash="0" * 64,
        token_expires_at=datetime(2024, 11, 12, tzinfo=UTC),
    )


PROVINCE = _actor("430000", "43", RegionLevel.PROVINCE, Permission.QUERY)
CHANGSHA = _actor("430100", "4301", RegionLevel.CITY, Permission.EDIT)
CHANGSHA_COUNTY = _actor("430121", "430121", RegionLevel.COUNTY, Permission.REVIEW)


def test_require_admits_any_of_the_named_permissions() -> None:
    check = require(Permission.REVIEW, Permission.EXTERNAL_REVIEW)

    assert check(CHANGSHA_COUNTY) is CHANGSHA_COUNTY
    with pytest.raises(ProblemError) as refused:
        check(CHANGSHA)
    assert refused.value.kind.code == "permission_denied"
    assert refused.value.kind.status == 403
    assert refused.value.detail == "该操作需要【审核】或【外审】权限，当前账号没有"


def test_require_needs_a_permission() -> None:
    with pytest.raises(ValueError):
        require()


@pytest.mark.parametrize(
    ("actor", "allowed", "refused"),
    [
        (PROVINCE, ["430000", "430121", "433199"], ["999999"]),
        (CHANGSHA, ["430100", "430101", "430121"], ["430000", "430200", "430321"]),
        (CHANGSHA_COUNTY, ["430121"], ["430100", "430102", "430000"]),
    ],
)
def test_writes_naming_a_region_outside_the_scope_are_forbidden(
    actor: Actor, allowed: list[str], refused: list[str]
) -> None:
    for region in allowed:
        ensure_in_scope(actor, region)
    for region in refused:
        with pytest.raises(ProblemError) as raised:
            ensure_in_scope(actor, region)
        assert (raised.value.kind.status, raised.value.kind.code) == (403, "out_of_scope")


def test_scope_filter_selects_exactly_the_visible_rows(
    clean_database: Database, clock: ManualClock
) -> None:
    regions = ["430100", "430101", "430121", "430102", "430200", "430321", "431200"]
    with clean_database.write() as session:
        for region in regions:
            session.add(applicant_row(region, clock()))
        session.add(declaration_row(DeclarationState.OPEN, clock()))

    with clean_database.read() as session:
        for actor, expected in (
            (PROVINCE, set(regions)),
            (CHANGSHA, {"430100", "430101", "430121", "430102"}),
            (CHANGSHA_COUNTY, {"430121"}),
        ):
            statement = select(Applicant.region_code).where(scope_filter(Applicant, actor))
            assert set(session.scalars(statement)) == expected
            statuses = select(DeclarationStatus.id).where(scope_filter(DeclarationStatus, actor))
            assert len(session.scalars(statuses).all()) == 1


def test_an_invisible_row_is_reported_like_a_missing_one(
    clean_database: Database, clock: ManualClock
) -> None:
    with clean_database.write() as session:
        row = applicant_row("430321", clock())
        session.add(row)

    with clean_database.read() as session:
        assert get_visible(session, Applicant, row.id, PROVINCE).id == row.id
        with pytest.raises(ProblemError) as hidden:
            get_visible(session, Applicant, row.id, CHANGSHA)
        with pytest.raises(ProblemError) as missing:
            get_visible(session, Applicant, "no-such-id", CHANGSHA)

    assert hidden.value.kind.code == missing.value.kind.code == "not_found"
    assert hidden.value.detail == missing.value.detail
