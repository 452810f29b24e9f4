"""Fixtures shared by every test package. Keep it small: package-specific fixtures live in
that package's own conftest."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.pg import PgCluster, find_pg_bin, start_cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """One throwaway PostgreSQL cluster for the whole run.

    Skipped when no PostgreSQL binaries are installed — except in CI (``CI=true``), where a
    missing PostgreSQL fails the run instead of silently testing less.
    """
    bin_dir = find_pg_bin()
    if bin_dir is None:
        message = "PostgreSQL binaries (initdb, pg_ctl) not found"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{message}; PostgreSQL tests are mandatory in CI")
        pytest.skip(message)
    cluster = start_cluster(bin_dir)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(autouse=True)
def ui_thread_gc(request: pytest.FixtureRequest) -> Iterator[None]:
    """In every test that runs Qt, garbage is collected on the UI thread only, as in the app
    (``desktop.ui_gc``): a collection on a worker thread can deadlock against the UI thread."""
    if "qapp" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("qapp")
    from desktop.ui_gc import UiThreadCollector

    collector = UiThreadCollector()
    try:
        yield
    finally:
        collector.stop()
        collector.deleteLater()
