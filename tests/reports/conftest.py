"""Fixtures of the report tests: the hand-made world of ``tests.reports.world``."""

from __future__ import annotations

import pytest

from tests.reports.world import SCHEMAS, World, build_world


@pytest.fixture(scope="session", params=SCHEMAS)
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> World:
    """One database per schema for the whole run: the reports only read it."""
    return build_world(tmp_path_factory.mktemp(f"reports-world-{request.param}"), request.param)
