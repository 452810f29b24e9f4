"""The Alembic migrations build exactly the schema the models declare, on both databases."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from server.db import create_db_engine
from server.migrate import alembic_config, current_revision, head_revision, pending, upgrade
from server.models import metadata


def _downgrade_to_base(engine: Engine) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """The module's database at the newest revision (migrated from empty every test)."""
    engine = create_db_engine(db_url)
    _downgrade_to_base(engine)
    upgrade(engine)
    try:
        yield engine
    finally:
        engine.dispose()


def test_migrated_schema_equals_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []


def test_migration_records_the_head_and_seeds_the_counters(engine: Engine) -> None:
    assert current_revision(engine) == head_revision()
    assert not pending(engine)
    with engine.connect() as connection:
        counters = dict(connection.execute(text("SELECT name, value FROM server_counters")).all())
    assert counters == {"version": 0, "session_epoch": 1, "tombstones_pruned_through": 0}


def test_upgrading_again_changes_nothing(engine: Engine) -> None:
    upgrade(engine)

    assert current_revision(engine) == head_revision()
    assert set(inspect(engine).get_table_names()) == set(metadata.tables) | {"alembic_version"}


def test_downgrade_removes_every_table(engine: Engine) -> None:
    _downgrade_to_base(engine)

    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    assert pending(engine)
