"""Maintenance: idempotency keys kept for the retention period and then pruned, expired and
ended tokens removed, old login failures dropped, tombstones pruned with the cursor floor."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from server.app import create_app
from server.auth.passwords import Passwords
from server.auth.sessions import end_all_sessions
from server.clock import ManualClock
from server.db import Database
from server.maintenance import run_maintenance
from server.models import (
    Applicant,
    AuthToken,
    CounterName,
    IdempotencyKey,
    LoginFailure,
    Tombstone,
)
from server.settings import Settings
from server.versioning import read_counter
from tests.server.helpers import add_account, applicant_row, login, write_headers


def _count(database: Database, model: type) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_idempotency_keys_live_for_the_retention_period(
    client: TestClient,
    database: Database,
    passwords: Passwords,
    clock: ManualClock,
    settings: Settings,
) -> None:
    add_account(database, passwords, "430300-1")
    auth = login(client, "430300-1")
    version = client.get("/api/v1/me", headers=auth).json()["version"]
    headers = write_headers(auth, key="kept-key", version=version)
    first = client.patch("/api/v1/me", json={"name": "罗湘龙"}, headers=headers)
    start = clock()

    clock.set(start + timedelta(days=settings.idempotency_retention_days) - timedelta(minutes=1))
    run_maintenance(database, settings, clock())
    assert _count(database, IdempotencyKey) == 1
    clock.set(start + timedelta(days=settings.idempotency_retention_days, minutes=1))
    report = run_maintenance(database, settings, clock())

    assert report.idempotency_keys == 1
    assert _count(database, IdempotencyKey) == 0
    assert first.status_code == 200


def test_retention_below_thirty_days_is_refused(settings: Settings) -> None:
    with pytest.raises(ValueError, match="幂等键保留天数不能小于 30"):
        settings.with_overrides(idempotency_retention_days=29)


def test_expired_and_ended_tokens_are_removed(
    client: TestClient,
    database: Database,
    passwords: Passwords,
    clock: ManualClock,
    settings: Settings,
) -> None:
    add_account(database, passwords, "430300-1")
    login(client, "430300-1")
    clock.advance(timedelta(hours=13))
    login(client, "430300-1")
    with database.write() as session:
        end_all_sessions(session)
    login(client, "430300-1")

    report = run_maintenance(database, settings, clock())

    assert report.tokens == 2
    assert _count(database, AuthToken) == 1


def test_login_failures_outside_the_window_are_dropped(
    client: TestClient, database: Database, clock: ManualClock, settings: Settings
) -> None:
    client.post("/api/v1/auth/login", json={"account": "430300-9", "password": "bad"})
    assert _count(database, LoginFailure) == 1

    clock.advance(timedelta(seconds=settings.login_window_seconds + 1))
    report = run_maintenance(database, settings, clock())

    assert report.login_failures == 1
    assert _count(database, LoginFailure) == 0


def test_pruning_tombstones_raises_the_cursor_floor(
    clean_database: Database, clock: ManualClock, settings: Settings
) -> None:
    database = clean_database
    with database.write() as session:
        rows = [applicant_row("430121", clock()) for _ in range(3)]
        session.add_all(rows)
    with database.write() as session:
        session.delete(session.get(Applicant, rows[0].id))
    clock.advance(timedelta(days=settings.tombstone_retention_days + 1))
    with database.write() as session:
        session.delete(session.get(Applicant, rows[1].id))

    report = run_maintenance(database, settings, clock())

    assert report.tombstones == 1
    with database.read() as session:
        assert read_counter(session, CounterName.TOMBSTONES_PRUNED_THROUGH) == 4
        remaining = session.scalars(select(Tombstone.id)).all()
        assert remaining == [rows[1].id]


def test_the_app_runs_maintenance_when_it_starts(
    clean_database: Database, passwords: Passwords, clock: ManualClock, settings: Settings
) -> None:
    add_account(clean_database, passwords, "430300-1")
    with clean_database.write() as session:
        session.add(
            AuthToken(
                token_hash="0" * 64,
                account_id="430300-1",
                issued_at=clock() - timedelta(days=2),
                expires_at=clock() - timedelta(days=1),
                epoch=1,
                account_epoch=1,
            )
        )
    app = create_app(
        settings.with_overrides(maintenance_interval_minutes=60),
        clock=clock,
        database=clean_database,
    )

    with TestClient(app):
        deadline = time.monotonic() + 10
        while _count(clean_database, AuthToken) and time.monotonic() < deadline:
            time.sleep(0.02)

    assert _count(clean_database, AuthToken) == 0
