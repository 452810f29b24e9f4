"""Pulling from the real server: complete, incremental, resumable, scoped, and recoverable
after a 410 or a server restored from a backup — with the outbox kept every time."""

from __future__ import annotations

import random
import shutil
from dataclasses import replace
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import select

from core.vocab import Decision
from desktop.models import Application
from desktop.sync.errors import CursorExpired
from server.models import CounterName, Tombstone
from server.versioning import set_counter_at_least
from tests.desktop import server_world
from tests.desktop.fault_proxy import Fault, FaultProxy
from tests.desktop.helpers import (
    FAST_OPTIONS,
    OPINION,
    cache_row_count,
    cache_rows,
    cursor_of,
    open_context,
)
from tests.desktop.live_server import LiveServer


def _since(line: str) -> int:
    """The ``since`` of a ``GET /api/v1/sync/changes?since=…`` request line."""
    target = line.split(" ")[1]
    return int(parse_qs(urlsplit(target).query)["since"][0])


def test_initial_pull_mirrors_exactly_what_the_account_may_see(
    live_server: LiveServer, data_dir: Path
) -> None:
    server_world.add_applications(live_server.db, server_world.COUNTY, 30)
    server_world.add_applications(live_server.db, server_world.OTHER_COUNTY, 10)
    context = open_context(data_dir, live_server.url)

    outcome = context.engine.sync()

    assert outcome.ok
    assert cache_rows(context) == server_world.visible_rows(live_server.db)
    with context.db.read() as session:
        regions = set(session.scalars(select(Application.region_code)))
    assert regions == {server_world.COUNTY}
    assert context.engine.status.online is True
    assert context.engine.status.last_success_at is not None


def test_incremental_pull_applies_changes_and_deletions(
    live_server: LiveServer, data_dir: Path
) -> None:
    _applicant, ids = server_world.add_applications(live_server.db, server_world.COUNTY, 6)
    context = open_context(data_dir, live_server.url)
    context.engine.sync()
    before = cursor_of(context)

    new_version = server_world.change_application(live_server.db, ids[0], "补充说明")
    server_world.delete_application(live_server.db, ids[1])
    outcome = context.engine.sync()

    assert outcome.ok and outcome.pulled is not None
    assert outcome.pulled.rows >= 1 and outcome.pulled.deletions >= 1
    assert cursor_of(context) > before
    with context.db.read() as session:
        changed = session.get(Application, ids[0])
        assert changed is not None and changed.version == new_version and changed.note == "补充说明"
        assert session.get(Application, ids[1]) is None
    assert cache_rows(context) == server_world.visible_rows(live_server.db)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_pull_cut_at_a_random_page_resumes_from_the_last_committed_cursor(
    live_server: LiveServer, data_dir: Path, seed: int
) -> None:
    server_world.add_applications(live_server.db, server_world.COUNTY, 240)
    proxy = FaultProxy(live_server.port, seed=seed)
    rng = random.Random(seed)
    cut_at = rng.randint(1, 4)
    fault = rng.choice([Fault.BEFORE, Fault.AFTER, Fault.MIDWAY])
    pages_seen = []

    def plan(_index: int, line: str) -> Fault | None:
        if "/sync/changes" not in line:
            return None
        pages_seen.append(line)
        if len(pages_seen) - 1 == cut_at:
            proxy.down = True
            return fault
        return None

    try:
        context = open_context(data_dir, proxy.url, options=replace(FAST_OPTIONS, page_size=40))
        proxy.plan = plan
        first = context.engine.sync()
        assert not first.ok and first.transient
        assert context.engine.status.online is False
        committed = cursor_of(context)
        assert committed == _since(pages_seen[cut_at])
        assert cache_rows(context) <= server_world.visible_rows(live_server.db)

        proxy.down = False
        proxy.plan = lambda _index, _line: None
        seen_before = len(proxy.requests_matching("/sync/changes"))
        second = context.engine.sync()

        assert second.ok
        resumed = proxy.requests_matching("/sync/changes")[seen_before]
        assert _since(resumed) == committed
        assert cache_rows(context) == server_world.visible_rows(live_server.db)
        assert cache_row_count(context) == len(cache_rows(context))
    finally:
        proxy.close()


def test_cursor_expired_compares_versions_and_keeps_the_outbox(
    live_server: LiveServer, data_dir: Path
) -> None:
    _applicant, ids = server_world.add_applications(live_server.db, server_world.COUNTY, 4)
    context = open_context(data_dir, live_server.url)
    context.engine.sync()
    queued = context.actions.decide("applications", ids[0], Decision.PASS, OPINION)

    server_world.delete_application(live_server.db, ids[1])
    server_world.change_application(live_server.db, ids[2], "服务器上修改")
    with live_server.db.write() as session:
        newest = session.scalar(select(Tombstone.version).order_by(Tombstone.version.desc()))
        assert newest is not None
        set_counter_at_least(session, CounterName.TOMBSTONES_PRUNED_THROUGH, newest)
        session.execute(Tombstone.__table__.delete())
    with pytest.raises(CursorExpired):
        context.client.changes(cursor_of(context), 10)

    outcome = context.engine.sync()

    assert outcome.ok and outcome.pulled is not None and outcome.pulled.resynced
    with context.db.read() as session:
        assert session.get(Application, ids[1]) is None
        changed = session.get(Application, ids[2])
        assert changed is not None and changed.note == "服务器上修改"
    assert server_world.submissions_of(live_server.db, [queued.review_id]) == {queued.review_id: 1}
    assert context.outbox.counts().total == 0
    assert cache_rows(context) == server_world.visible_rows(live_server.db)


def test_server_restored_from_backup_is_detected_and_resynced_once(
    own_server: LiveServer, data_dir: Path
) -> None:
    _applicant, ids = server_world.add_applications(own_server.db, server_world.COUNTY, 6)
    context = open_context(data_dir, own_server.url)
    context.engine.sync()
    own_server.stop()
    own_server.db.dispose()
    backup = own_server.data_dir / "backup.sqlite3"
    database = Path(own_server.settings.resolved_database_url.removeprefix("sqlite:///"))
    shutil.copyfile(database, backup)
    own_server.start()

    server_world.add_applications(own_server.db, server_world.COUNTY, 5)
    server_world.change_application(own_server.db, ids[0], "备份之后的修改")
    context.engine.sync()
    ahead = cursor_of(context)
    queued = context.actions.decide("applications", ids[1], Decision.PASS, OPINION)

    own_server.stop()
    own_server.db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, database)
    own_server.start()

    outcome = context.engine.sync()

    assert outcome.ok and outcome.pulled is not None and outcome.pulled.resynced
    assert cursor_of(context) < ahead
    with context.db.read() as session:
        restored = session.get(Application, ids[0])
        assert restored is not None and restored.note == ""
    assert server_world.submissions_of(own_server.db, [queued.review_id]) == {queued.review_id: 1}
    assert context.outbox.counts().total == 0
    assert cache_rows(context) == server_world.visible_rows(own_server.db)
    again = context.engine.sync()
    assert again.ok and again.pulled is not None and not again.pulled.resynced
