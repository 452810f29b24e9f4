"""Server test fixtures: the same API tests run on SQLite and on a throwaway PostgreSQL.

Each test module gets one database per backend (schema created once), one app and one
TestClient; every test starts from empty tables, reset counters and the clock at its start.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from server.app import create_app
from server.auth.passwords import Passwords
from server.clock import DEFAULT_START, ManualClock
from server.db import Database, open_database
from server.models import metadata
from server.settings import Settings
from tests.server.helpers import reset_database

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


def make_settings(data_dir: Path, database_url: str = "") -> Settings:
    """Cheap argon2, no background maintenance, small throttle numbers the tests can reach."""
    return Settings(
        data_dir=data_dir,
        database_url=database_url,
        argon2_time_cost=1,
        argon2_memory_kib=8,
        argon2_parallelism=1,
        maintenance_interval_minutes=0,
        lockout_threshold=3,
        lockout_minutes=15,
        login_window_seconds=600,
        login_max_failures_per_account=5,
        login_max_failures_per_ip=8,
        token_hours=12,
        sync_default_limit=100,
        sync_max_limit=500,
    )


@pytest.fixture(scope="module", params=BACKENDS)
def db_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A fresh, empty database of each backend for the module."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('sqlite') / 'server.sqlite3'}"
        return
    cluster = request.getfixturevalue("pg_cluster")
    name = cluster.create_database()
    try:
        yield cluster.url(name)
    finally:
        cluster.drop_database(name)


@pytest.fixture(scope="module")
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture(scope="module")
def settings(db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return make_settings(tmp_path_factory.mktemp("data"), db_url)


@pytest.fixture(scope="module")
def database(settings: Settings, clock: ManualClock) -> Iterator[Database]:
    db = open_database(settings.resolved_database_url, clock=clock)
    metadata.create_all(db.engine)
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture(scope="module")
def passwords(settings: Settings) -> Passwords:
    return Passwords(settings)


@pytest.fixture(scope="module")
def app(settings: Settings, clock: ManualClock, database: Database) -> FastAPI:
    return create_app(settings, clock=clock, database=database)


@pytest.fixture(scope="module")
def module_client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as client:
        yield client


@pytest.fixture
def clean_database(database: Database, clock: ManualClock) -> Database:
    """The module's database with emptied tables, and the clock back at its start."""
    reset_database(database)
    clock.set(DEFAULT_START)
    return database


@pytest.fixture
def client(module_client: TestClient, clean_database: Database) -> TestClient:
    """The module's client over a clean database."""
    return module_client
