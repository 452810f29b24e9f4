"""Concurrency on PostgreSQL, where several server processes share one database (SPEC §2).

Each test holds a lock from a separate connection until the competing requests are provably
waiting on PostgreSQL locks (``pg_stat_activity``), then lets them go: the outcome shows
whether the check and the write happen under the lock, not whether the threads happened to
interleave.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text

from server.auth.passwords import Passwords
from server.db import Database
from server.models import CounterName
from server.versioning import read_counter
from tests.pg import PgCluster
from tests.server.helpers import add_account, applicant_row, login, write_headers

pytestmark = pytest.mark.postgres
ME = "/api/v1/me"
CHANGES = "/api/v1/sync/changes"


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
        return int(
            connection.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            ).scalar_one()
        )


def _wait_for_lock_waiters(engine: Engine, count: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while _lock_waiters(engine) < count:
        if time.monotonic() > deadline:
            raise AssertionError(f"expected {count} requests waiting on locks")
        time.sleep(0.02)


def _in_threads(
    *calls: Callable[[], httpx.Response],
) -> tuple[list[httpx.Response], list[threading.Thread]]:
    results: list[Any] = [None] * len(calls)

    def run(index: int, call: Callable[[], httpx.Response]) -> None:
        results[index] = call()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    return results, threads


def _finish(threads: list[threading.Thread]) -> None:
    for thread in threads:
        thread.join(timeout=30)
        assert not thread.is_alive()


def test_two_updates_at_the_same_version_give_one_200_and_one_412(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    add_account(database, passwords, "430300-1")
    auth = login(client, "430300-1")
    version = client.get(ME, headers=auth).json()["version"]

    def patch(name: str) -> Callable[[], httpx.Response]:
        return lambda: client.patch(
            ME, json={"name": name}, headers=write_headers(auth, version=version)
        )

    with database.engine.connect() as blocker:
        blocker.execute(text("SELECT 1 FROM accounts WHERE id = '430300-1' FOR UPDATE"))
        results, threads = _in_threads(patch("罗湘龙"), patch("盛超禹"))
        _wait_for_lock_waiters(database.engine, 2)
        blocker.rollback()
    _finish(threads)

    statuses = sorted(response.status_code for response in results)
    assert statuses == [200, 412]
    winner = next(response for response in results if response.status_code == 200)
    loser = next(response for response in results if response.status_code == 412)
    assert loser.json()["code"] == "version_conflict"
    assert loser.json()["current"]["version"] == winner.json()["version"]
    assert loser.json()["current"]["data"]["name"] == winner.json()["name"]
    assert client.get(ME, headers=auth).json()["name"] == winner.json()["name"]


def test_the_same_key_sent_twice_at_once_runs_the_work_once(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    add_account(database, passwords, "430300-1")
    auth = login(client, "430300-1")
    version = client.get(ME, headers=auth).json()["version"]
    headers = write_headers(auth, key="same-key-twice", version=version)
    with database.read() as session:
        before = read_counter(session, CounterName.VERSION)

    def patch() -> httpx.Response:
        return client.patch(ME, json={"name": "罗湘龙"}, headers=headers)

    with database.engine.connect() as blocker:
        blocker.execute(text("SELECT 1 FROM accounts WHERE id = '430300-1' FOR UPDATE"))
        results, threads = _in_threads(patch, patch)
        _wait_for_lock_waiters(database.engine, 2)
        blocker.rollback()
    _finish(threads)

    assert [response.status_code for response in results] == [200, 200]
    assert results[0].json() == results[1].json()
    assert sorted(response.headers.get("idempotent-replayed", "") for response in results) == [
        "",
        "true",
    ]
    with database.read() as session:
        assert read_counter(session, CounterName.VERSION) == before + 1


def test_versions_become_visible_in_commit_order(
    client: TestClient, database: Database, passwords: Passwords, clock: Any
) -> None:
    add_account(database, passwords, "430000-1")
    auth = login(client, "430000-1")
    start = client.get(CHANGES, headers=auth).json()["server_version"]
    first_session = database.write_sessions()
    first_session.begin()
    first = applicant_row("430121", clock())
    first_session.add(first)
    first_session.flush()

    def second_writer() -> None:
        with database.write() as session:
            session.add(applicant_row("430121", clock()))

    writer = threading.Thread(target=second_writer)
    writer.start()
    _wait_for_lock_waiters(database.engine, 1)
    invisible = client.get(CHANGES, params={"since": start}, headers=auth).json()
    first_session.commit()
    writer.join(timeout=30)
    assert not writer.is_alive()
    first_session.close()

    assert invisible["changes"] == [] and invisible["server_version"] == start
    after = client.get(CHANGES, params={"since": start}, headers=auth).json()
    versions = [change["version"] for change in after["changes"]]
    assert versions == [first.version, first.version + 1]
    assert after["next_cursor"] == after["server_version"] == first.version + 1


def test_a_reader_never_misses_a_row_committed_after_its_page(
    client: TestClient, database: Database, passwords: Passwords, clock: Any
) -> None:
    add_account(database, passwords, "430000-1")
    auth = login(client, "430000-1")
    open_writer = database.write_sessions()
    open_writer.begin()
    pending = applicant_row("430121", clock())
    open_writer.add(pending)
    open_writer.flush()

    page = client.get(CHANGES, headers=auth).json()
    open_writer.commit()
    open_writer.close()
    following = client.get(CHANGES, params={"since": page["next_cursor"]}, headers=auth).json()

    assert pending.id not in {change["id"] for change in page["changes"]}
    assert page["next_cursor"] < pending.version
    assert [change["id"] for change in following["changes"]] == [pending.id]
