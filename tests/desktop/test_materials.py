"""Material files from the real server: verified by SHA-256 before use, fetched again when
damaged (in transit or on disk), resumed with Range, evicted least-recently-used but never
from an open or queued record, and prefetched for the reviewer's queue."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from core.vocab import Decision, Level
from desktop.sync.context import SyncContext
from desktop.sync.materials import file_sha256
from desktop.workers import MaterialFetch
from tests.desktop import server_world
from tests.desktop.fault_proxy import Fault, FaultProxy
from tests.desktop.helpers import FAST_OPTIONS, OPINION, open_context
from tests.desktop.live_server import LiveServer

KB = 1024


def _records_with_files(
    live_server: LiveServer, count: int, size: int
) -> list[tuple[str, str, bytes]]:
    """``count`` applications waiting for county review, each with one material file."""
    _applicant, ids = server_world.add_applications(live_server.db, server_world.COUNTY, count)
    made = []
    for record_id in ids:
        content = os.urandom(size)
        sha = server_world.add_material(
            live_server.db, live_server.settings, record_id, "申请表.pdf", content
        )
        made.append((record_id, sha, content))
    return made


@pytest.fixture
def proxy(live_server: LiveServer) -> FaultProxy:
    proxied = FaultProxy(live_server.port)
    yield proxied  # type: ignore[misc]
    proxied.close()


def _synced(data_dir: Path, url: str, capacity: int = 10 * 1024 * KB) -> SyncContext:
    context = open_context(
        data_dir, url, options=replace(FAST_OPTIONS, material_cache_bytes=capacity)
    )
    assert context.engine.sync().ok
    return context


def _flip_last_byte(line: str, answer: bytes) -> bytes:
    if "/materials/" not in line:
        return answer
    return answer[:-1] + bytes([answer[-1] ^ 0xFF])


def test_bytes_damaged_in_transit_are_detected_and_fetched_again(
    live_server: LiveServer, data_dir: Path, proxy: FaultProxy
) -> None:
    [(_record, sha, content)] = _records_with_files(live_server, 1, 300 * KB)
    context = _synced(data_dir, proxy.url)
    damaged_once = []

    def damage_first(line: str, answer: bytes) -> bytes:
        if "/materials/" in line and not damaged_once:
            damaged_once.append(line)
            return _flip_last_byte(line, answer)
        return answer

    proxy.tamper = damage_first
    path = context.materials.path(sha)

    assert path.read_bytes() == content
    assert len(proxy.requests_matching(f"/materials/{sha}")) == 2


def test_a_damaged_cached_file_is_detected_before_use_and_fetched_again(
    live_server: LiveServer, data_dir: Path, proxy: FaultProxy
) -> None:
    [(_record, sha, content)] = _records_with_files(live_server, 1, 64 * KB)
    context = _synced(data_dir, proxy.url)
    path = context.materials.path(sha)
    damaged = bytearray(path.read_bytes())
    damaged[100] ^= 0x01
    path.write_bytes(bytes(damaged))

    again = context.materials.path(sha)

    assert again.read_bytes() == content and file_sha256(again) == sha
    assert len(proxy.requests_matching(f"/materials/{sha}")) == 2


def test_an_interrupted_download_resumes_with_range(
    live_server: LiveServer, data_dir: Path, proxy: FaultProxy
) -> None:
    [(_record, sha, content)] = _records_with_files(live_server, 1, 512 * KB)
    context = _synced(data_dir, proxy.url)
    cut = []

    def cut_first_download(_index: int, line: str) -> Fault | None:
        if "/materials/" in line and not cut:
            cut.append(line)
            return Fault.MIDWAY
        return None

    proxy.plan = cut_first_download
    path = context.materials.path(sha)

    assert path.read_bytes() == content
    heads = proxy.heads_matching(f"/materials/{sha}")
    assert len(heads) >= 2
    ranges = [
        line
        for head in heads[1:]
        for line in head.split("\r\n")
        if line.lower().startswith("range:")
    ]
    assert ranges, "the second request resumes with Range"


def test_a_resumed_part_holding_damaged_bytes_is_thrown_away(
    live_server: LiveServer, data_dir: Path, proxy: FaultProxy
) -> None:
    [(_record, sha, content)] = _records_with_files(live_server, 1, 128 * KB)
    context = _synced(data_dir, proxy.url)
    part = data_dir / "materials" / sha[:2] / f"{sha}.part"
    part.parent.mkdir(parents=True, exist_ok=True)
    part.write_bytes(b"\x00" * (40 * KB))

    path = context.materials.path(sha)

    assert path.read_bytes() == content and not part.exists()
    heads = proxy.heads_matching(f"/materials/{sha}")
    assert "range: bytes=40960-" in heads[0].lower()
    assert "range:" not in heads[1].lower()


def test_eviction_is_least_recently_used_but_spares_open_and_queued_records(
    live_server: LiveServer, data_dir: Path
) -> None:
    files = _records_with_files(live_server, 5, 100 * KB)
    context = _synced(data_dir, live_server.url, capacity=320 * KB)
    (open_id, open_sha, _), (queued_id, queued_sha, _) = files[0], files[1]
    context.materials.open_record(open_id)
    context.actions.decide("applications", queued_id, Decision.PASS, OPINION)

    for _record, sha, _content in files:
        context.materials.path(sha)

    cached = {sha for _record, sha, _content in files if context.materials.is_cached(sha)}
    assert {open_sha, queued_sha, files[4][1]} <= cached
    assert context.materials.used_bytes() <= 320 * KB
    assert not context.materials.is_cached(files[2][1])

    context.materials.close_record(open_id)
    context.materials.path(files[2][1])
    assert not context.materials.is_cached(open_sha)
    assert context.materials.is_cached(queued_sha)


def test_prefetch_fetches_the_queue_in_order_within_the_cap(
    own_server: LiveServer, data_dir: Path
) -> None:
    files = _records_with_files(own_server, 4, 100 * KB)
    context = _synced(data_dir, own_server.url, capacity=250 * KB)
    queue_order = [sha for _record, sha, _content in files]

    report = context.materials.prefetch((Level.COUNTY,))

    assert report.fetched == 2 and report.skipped_for_space == 1
    assert [context.materials.is_cached(sha) for sha in queue_order] == [True, True, False, False]
    assert context.materials.used_bytes() <= 250 * KB
    again = context.materials.prefetch((Level.COUNTY,))
    assert again.fetched == 0 and again.already_cached == 2


def test_material_fetch_runs_on_the_pool_and_hands_over_verified_files(
    qtbot: QtBot, live_server: LiveServer, data_dir: Path
) -> None:
    [(_record, sha, content)] = _records_with_files(live_server, 1, 32 * KB)
    context = _synced(data_dir, live_server.url)
    pool = QThreadPool()

    fetch = MaterialFetch(context.materials, sha)
    with qtbot.waitSignal(fetch.signals.ready, timeout=20_000) as ready:
        pool.start(fetch)
    assert ready.args[0] == sha and Path(ready.args[1]).read_bytes() == content

    missing = MaterialFetch(context.materials, "0" * 64)
    with qtbot.waitSignal(missing.signals.failed, timeout=20_000) as failed:
        pool.start(missing)
    assert failed.args[1] == "材料文件不存在，或不在本账号的管辖范围内"
    assert pool.waitForDone(10_000)
