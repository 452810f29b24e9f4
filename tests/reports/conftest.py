"""Fixtures of the report tests: the hand-made world of ``tests.reports.world``."""

from __future__ import annotations

import pytest

from tests.reports.world import World, build_world


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    """One database for the whole run: the reports only read it."""
    return build_world(tmp_path_factory.mktemp("reports-world"))
