"""The Qt sync worker: cycles run on their own thread, status reaches the UI thread as a
signal, the outbox drains by itself once the server is reachable again, shutdown is clean."""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Slot
from pytestqt.qtbot import QtBot

from core.vocab import Decision, Level
from desktop.sync.retry import RetrySchedule
from desktop.sync.status import SyncStatus
from desktop.workers import SyncThread, SyncWorker
from tests.desktop import server_world
from tests.desktop.fault_proxy import FaultProxy
from tests.desktop.helpers import OPINION, open_context
from tests.desktop.live_server import LiveServer


class StatusRecorder(QObject):
    """A UI-thread receiver: records each status and the thread it was delivered on."""

    def __init__(self) -> None:
        super().__init__()
        self.statuses: list[SyncStatus] = []
        self.threads: set[QThread] = set()

    @Slot(object)
    def record(self, status: SyncStatus) -> None:
        self.statuses.append(status)
        self.threads.add(QThread.currentThread())


def test_worker_syncs_off_the_ui_thread_and_drains_the_outbox(
    qtbot: QtBot, live_server: LiveServer, data_dir: Path
) -> None:
    _applicant, ids = server_world.add_applications(live_server.db, server_world.COUNTY, 3)
    context = open_context(data_dir, live_server.url)
    worker = SyncWorker(
        context.engine, materials=context.materials, prefetch_levels=(Level.COUNTY,)
    )
    thread = SyncThread(worker, context.engine)
    recorder = StatusRecorder()
    thread.status_changed.connect(recorder.record)
    cycle_threads: set[QThread] = set()

    def forward(status: SyncStatus) -> None:
        if status.syncing:
            cycle_threads.add(QThread.currentThread())
        worker.status_changed.emit(status)

    context.engine.set_listener(forward)

    def synced(status: SyncStatus) -> bool:
        return (
            status.last_success_at is not None and not status.syncing and status.outbox_count == 0
        )

    try:
        with qtbot.waitSignal(thread.status_changed, timeout=20_000, check_params_cb=synced):
            thread.start()
        queued = context.actions.decide("applications", ids[0], Decision.PASS, OPINION)
        context.engine.refresh()
        with qtbot.waitSignal(thread.status_changed, timeout=20_000, check_params_cb=synced):
            thread.request_sync()
    finally:
        assert thread.shutdown()

    assert server_world.submissions_of(live_server.db, [queued.review_id]) == {queued.review_id: 1}
    assert recorder.threads == {QThread.currentThread()}
    assert cycle_threads and QThread.currentThread() not in cycle_threads
    assert any(status.syncing for status in recorder.statuses)


def test_worker_retries_with_backoff_until_the_server_is_back(
    qtbot: QtBot, own_server: LiveServer, data_dir: Path
) -> None:
    _applicant, ids = server_world.add_applications(own_server.db, server_world.COUNTY, 2)
    context = open_context(data_dir, own_server.url)
    assert context.engine.sync().ok
    own_server.stop()
    queued = context.actions.decide("applications", ids[0], Decision.PASS, OPINION)
    worker = SyncWorker(context.engine, first_retry_ms=100, max_retry_ms=400)
    thread = SyncThread(worker, context.engine)

    try:
        with qtbot.waitSignal(
            thread.status_changed, timeout=20_000, check_params_cb=lambda s: s.online is False
        ) as offline:
            thread.start()
        assert "连接被拒绝" in offline.args[0].message
        assert offline.args[0].outbox_pending == 1

        with qtbot.waitSignal(
            thread.status_changed,
            timeout=20_000,
            check_params_cb=lambda s: s.online is True and s.outbox_count == 0 and not s.syncing,
        ):
            own_server.start()
    finally:
        assert thread.shutdown()

    assert server_world.submissions_of(own_server.db, [queued.review_id]) == {queued.review_id: 1}


def test_retry_delays_grow_with_jitter_and_honour_retry_after() -> None:
    schedule = RetrySchedule(interval=60, first=1, longest=8, rng=random.Random(3))
    delays = [schedule.next_delay(ok=False, transient=True) for _ in range(6)]

    assert 0.5 <= delays[0] <= 1 and 1 <= delays[1] <= 2 and 2 <= delays[2] <= 4
    assert all(4 <= delay <= 8 for delay in delays[3:])
    assert schedule.next_delay(ok=False, transient=True, retry_after=30) == 30
    assert schedule.next_delay(ok=False, transient=False) == 60
    assert schedule.next_delay(ok=True, transient=False) == 60
    assert 0.5 <= schedule.next_delay(ok=False, transient=True) <= 1


SLOW_DOWNLOAD_S = 0.4
PREFETCH_FILES = 12


def test_shutdown_stops_a_long_material_prefetch_at_the_next_file(
    qtbot: QtBot, own_server: LiveServer, data_dir: Path
) -> None:
    """Logging out or closing must not wait for the whole queue's materials to download."""
    _applicant, ids = server_world.add_applications(own_server.db, server_world.COUNTY, 12)
    for record_id in ids[:PREFETCH_FILES]:
        server_world.add_material(
            own_server.db, own_server.settings, record_id, "申请表.pdf", os.urandom(8192)
        )
    proxy = FaultProxy(own_server.port)
    downloads: list[float] = []

    def slow_material(line: str, answer: bytes) -> bytes:
        if "/materials/" in line:
            downloads.append(time.monotonic())
            time.sleep(SLOW_DOWNLOAD_S)
        return answer

    proxy.tamper = slow_material
    context = open_context(data_dir, proxy.url)
    worker = SyncWorker(
        context.engine, materials=context.materials, prefetch_levels=(Level.COUNTY,)
    )
    thread = SyncThread(worker, context.engine)
    try:
        thread.start()
        qtbot.waitUntil(lambda: len(downloads) >= 2, timeout=20_000)
        started = time.monotonic()
        assert thread.shutdown(10_000)
        waited = time.monotonic() - started
    finally:
        proxy.close()

    assert waited < 3 * SLOW_DOWNLOAD_S
    assert len(downloads) < PREFETCH_FILES
