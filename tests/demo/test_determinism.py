"""The same seed gives the same world, row for row and byte for byte; another seed does not."""

from __future__ import annotations

from typing import Any

from demo.config import WorldConfig
from demo.world import generate
from tests.demo.conftest import TODAY


def _world(seed: int) -> tuple[dict[str, list[dict[str, Any]]], set[str], dict[str, bytes]]:
    rows: dict[str, list[dict[str, Any]]] = {}
    blobs: set[str] = set()
    files: dict[str, bytes] = {}
    config = WorldConfig(records=60, seed=seed, today=TODAY, viewer_pages=2, batch_records=25)
    for batch in generate(config):
        for table, table_rows in batch.tables():
            rows.setdefault(table, []).extend(table_rows)
        blobs.update(batch.blobs)
        files.update(batch.files)
    return rows, blobs, files


def test_same_seed_same_world() -> None:
    first, second = _world(7), _world(7)
    assert first[0].keys() == second[0].keys()
    for table in first[0]:
        assert first[0][table] == second[0][table], table
    assert first[1] == second[1]
    assert first[2] == second[2]


def test_other_seed_other_world() -> None:
    one, other = _world(7)[0], _world(8)[0]
    assert len(one["applications"]) == len(other["applications"]) == 60
    assert [r["ship_name"] for r in one["applications"]] != [
        r["ship_name"] for r in other["applications"]
    ]
    assert [r["id"] for r in one["applications"]] != [r["id"] for r in other["applications"]]
    assert [r["name"] for r in one["applicants"]] != [r["name"] for r in other["applicants"]]
