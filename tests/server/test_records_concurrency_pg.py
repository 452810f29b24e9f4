"""Record writes and reviews racing each other on PostgreSQL (several server processes share one
database in production, SPEC §2).

Each test lets two requests start together (a barrier), holds the row they need from a separate
connection until both are provably waiting on PostgreSQL locks (``pg_stat_activity``), then lets
them go: the outcome shows that the check and the write happen under the lock, not that the
threads happened to interleave.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select, text

from core.vocab import Decision, Level
from server.auth.passwords import Passwords
from server.db import Database
from server.models import Applicant, ReviewResult, ReviewSubmission
from tests.pg import PgCluster
from tests.server.records_support import (
    CITY,
    COUNTY,
    REVIEWER,
    account,
    applicant_body,
    cargo_owner_body,
    create,
    created,
    monthly_body,
    new_id,
    open_world,
    ready_for,
    review,
    scrapping_body,
    set_review_position,
)

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def db_url(pg_cluster: PgCluster) -> Iterator[str]:
    """This module runs on PostgreSQL only."""
    name = pg_cluster.create_database()
    try:
        yield pg_cluster.url(name)
    finally:
        pg_cluster.drop_database(name)


def _lock_waiters(engine: Engine) -> int:
    with engine.connect() as connection:
        statement = text(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return int(connection.execute(statement).scalar_one())


def _wait_for_lock_waiters(engine: Engine, count: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while _lock_waiters(engine) < count:
        if time.monotonic() > deadline:
            raise AssertionError(f"expected {count} requests waiting on locks")
        time.sleep(0.02)


def _race(
    database: Database,
    table: str,
    row_id: str,
    *calls: Callable[[], httpx.Response],
    key: str = "id",
) -> list[httpx.Response]:
    """Start ``calls`` together while ``table``'s row ``key = row_id`` is locked; the answers."""
    results: list[Any] = [None] * len(calls)
    barrier = threading.Barrier(len(calls))

    def run(index: int, call: Callable[[], httpx.Response]) -> None:
        barrier.wait(timeout=10)
        results[index] = call()

    threads = [threading.Thread(target=run, args=item) for item in enumerate(calls)]
    with database.engine.connect() as blocker:
        statement = text(f"SELECT 1 FROM {table} WHERE {key} = :value FOR UPDATE")
        blocker.execute(statement, {"value": row_id})
        for thread in threads:
            thread.start()
        _wait_for_lock_waiters(database.engine, len(calls))
        blocker.rollback()
    for thread in threads:
        thread.join(timeout=30)
        assert not thread.is_alive()
    return results


def _count(database: Database, model: type[Any]) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _application_ready_for_county(
    client: TestClient, database: Database, passwords: Passwords
) -> tuple[str, int]:
    open_world(database)
    handler = account(client, database, passwords, f"{COUNTY}-9")
    applicant = created(client, handler, "applicants", applicant_body())
    ship = created(client, handler, "applications", scrapping_body(applicant["id"]))
    version = set_review_position(
        database, "applications", ship["id"], results=ready_for(Level.COUNTY)
    )
    return ship["id"], version


def test_two_reviewers_approving_the_same_version_get_one_201_and_one_412(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    ship, version = _application_ready_for_county(client, database, passwords)
    first = account(client, database, passwords, f"{COUNTY}-1", REVIEWER)
    second = account(client, database, passwords, f"{COUNTY}-2", REVIEWER)

    def approve(auth: dict[str, str]) -> Callable[[], httpx.Response]:
        return lambda: review(client, auth, "applications", ship, version, Level.COUNTY)

    results = _race(database, "applications", ship, approve(first), approve(second))

    assert sorted(response.status_code for response in results) == [201, 412]
    winner = next(response for response in results if response.status_code == 201)
    loser = next(response for response in results if response.status_code == 412)
    assert loser.json()["code"] == "version_conflict"
    assert loser.json()["current"] == winner.json()["record"]
    assert _count(database, ReviewSubmission) == 1
    assert _count(database, ReviewResult) == 1


def test_one_decision_sent_twice_at_once_is_applied_once(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    ship, version = _application_ready_for_county(client, database, passwords)
    reviewer = account(client, database, passwords, f"{COUNTY}-1", REVIEWER)
    review_id = new_id()

    def send() -> httpx.Response:
        return review(
            client, reviewer, "applications", ship, version, Level.COUNTY, review_id=review_id
        )

    results = _race(database, "applications", ship, send, send)

    assert [response.status_code for response in results] == [201, 201]
    assert results[0].json() == results[1].json()
    assert _count(database, ReviewSubmission) == 1


def test_the_same_new_id_created_twice_at_once_gives_one_201_and_one_409(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    open_world(database)
    handler = account(client, database, passwords, f"{COUNTY}-1")
    applicant = created(client, handler, "applicants", applicant_body())
    body = scrapping_body(applicant["id"])

    def send() -> httpx.Response:
        return create(client, handler, "applications", body)

    results = _race(database, "applicants", applicant["id"], send, send)

    assert sorted(response.status_code for response in results) == [201, 409]
    loser = next(response for response in results if response.status_code == 409)
    assert loser.json()["code"] == "already_exists"


def test_a_new_id_inserted_twice_at_the_same_moment_is_one_201_and_one_409(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    """Both pass the "id unused" check, then queue for the version counter: the second insert
    hits the first one's committed row and is answered 409, not 500."""
    open_world(database)
    handler = account(client, database, passwords, f"{COUNTY}-1")
    body = applicant_body()

    def send() -> httpx.Response:
        return create(client, handler, "applicants", body)

    results = _race(database, "server_counters", "version", send, send, key="name")

    assert sorted(response.status_code for response in results) == [201, 409]
    loser = next(response for response in results if response.status_code == 409)
    assert loser.json()["code"] == "already_exists"
    assert loser.json()["detail"].startswith("与同时提交的另一条记录冲突")
    assert _count(database, Applicant) == 1


def test_two_reports_of_the_same_next_month_cannot_both_be_created(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    open_world(database)
    city = account(client, database, passwords, f"{CITY}-1")
    owner = created(client, city, "cargo_owners", cargo_owner_body())
    set_review_position(database, "cargo_owners", owner["id"], results={Level.CITY: Decision.PASS})

    def report() -> httpx.Response:
        return create(client, city, "monthly_reports", monthly_body(owner["id"], 1, 10, 10))

    results = _race(database, "cargo_owners", owner["id"], report, report)

    assert sorted(response.status_code for response in results) == [201, 422]
    loser = next(response for response in results if response.status_code == 422)
    assert loser.json()["errors"] == [
        {"field": "month", "message": "报告月：1月已填报，请修改该月的月报，不要重复填报"}
    ]
