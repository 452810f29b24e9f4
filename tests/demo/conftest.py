"""Demo-world fixtures: one small world loaded into a migrated SQLite server database.

Loading is the expensive part (the PDF pool, the registries, the inserts), so the session
builds one world of ``RECORDS`` applications and every test reads it; tests that need the
pure generator make their own, smaller worlds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from server.auth.passwords import Passwords
from server.db import Database, open_database
from server.demo_load import load_demo
from server.migrate import upgrade
from server.models import Base
from server.settings import Settings

RECORDS = 300
TODAY = date(2026, 11, 23)


def cheap_passwords() -> Passwords:
    """argon2 with the smallest costs: the tests verify hashes, they do not time them."""
    return Passwords(Settings(argon2_time_cost=1, argon2_memory_kib=8, argon2_parallelism=1))


@dataclass
class LoadedWorld:
    """A demo world in a server database, with its data directory and load counts."""

    db: Database
    data_dir: Path
    counts: Counter[str]
    passwords: Passwords

    def rows(self, table: str) -> list[dict[str, Any]]:
        """Every row of ``table`` as a dict, values as the server reads them back."""
        mapped = Base.metadata.tables[table]
        with self.db.read() as session:
            return [dict(row) for row in session.execute(select(mapped)).mappings()]


@pytest.fixture(scope="session")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LoadedWorld]:
    data_dir = tmp_path_factory.mktemp("demo-world")
    db = open_database(Settings(data_dir=data_dir).resolved_database_url)
    upgrade(db.engine)
    passwords = cheap_passwords()
    counts = load_demo(db.write_sessions, data_dir, RECORDS, passwords=passwords, today=TODAY)
    try:
        yield LoadedWorld(db, data_dir, counts, passwords)
    finally:
        db.dispose()
