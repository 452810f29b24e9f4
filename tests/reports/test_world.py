"""The two worlds really differ where the 100× bug hid: how an amount lies in the file.

If both were built on one schema, every report test would pass twice and prove nothing about
the cache the app reports on.
"""

from __future__ import annotations

from tests.reports.world import World

STORED = {"server": ("real", 51.75), "cache": ("integer", 5175)}
"""A1's 资金复核 51.75 万元 as SQLite keeps it: NUMERIC as REAL, ``Scaled(2)`` as cents."""


def test_amounts_are_stored_as_each_schema_keeps_them(world: World) -> None:
    with world.engine.connect() as conn:
        stored = conn.exec_driver_sql(
            "SELECT typeof(check_amount), check_amount FROM applications WHERE id = 'A1'"
        ).one()
    assert tuple(stored) == STORED[world.schema]
