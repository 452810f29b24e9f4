"""The cache's data mark for report pages: it changes with every change a report could show
(pulled rows, deletions, local decisions and their settling) and with nothing else."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path

from desktop.models.database import CacheDatabase, open_cache
from desktop.models.outbox import ItemState, OutboxItem
from desktop.models.report_tables import cache_tables, report_data_mark


def _mark(db: CacheDatabase) -> tuple[int, ...]:
    return report_data_mark(db.engine, cache_tables())


def _sql(db: CacheDatabase, sql: str) -> None:
    with db.write() as session:
        session.connection().exec_driver_sql(sql)


def _queue(db: CacheDatabase, key: str) -> int:
    with db.write() as session:
        item = OutboxItem(
            idempotency_key=key,
            action="review",
            method="POST",
            path="/applications/a1/reviews",
            body="{}",
            expected_version=1,
            record_kind="applications",
            record_id="a1",
            label="同意",
            created_at=datetime(2024, 11, 11, tzinfo=UTC),
        )
        session.add(item)
        session.flush()
        return item.seq


def test_the_mark_follows_every_change_a_report_could_show(tmp_path: Path) -> None:
    db = open_cache(tmp_path / "cache.sqlite3")
    marks = [_mark(db)]
    assert _mark(db) == marks[0]  # reading changes nothing

    steps = [
        "INSERT INTO applicants (id, version, data) VALUES ('p1', 5, '{}')",  # pulled insert
        "UPDATE applicants SET version = 9 WHERE id = 'p1'",  # pulled update
        "INSERT INTO review_results (id, version, data) VALUES ('r1', 10, '{}')",
        "DELETE FROM review_results WHERE id = 'r1'",  # pulled deletion
    ]
    for sql in steps:
        _sql(db, sql)
        marks.append(_mark(db))
    seq = _queue(db, "k1")  # a local decision
    marks.append(_mark(db))
    _sql(db, f"UPDATE outbox SET state = '{ItemState.CONFLICT}' WHERE seq = {seq}")
    marks.append(_mark(db))
    _sql(db, f"DELETE FROM outbox WHERE seq = {seq}")  # settled
    marks.append(_mark(db))
    changed = [after != before for before, after in pairwise(marks)]
    assert all(changed), marks
    # Taking back a pulled insert gives the earlier mark again, and the earlier rows too.
    assert marks[4] == marks[2]
    db.dispose()
