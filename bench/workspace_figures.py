"""Review-workspace figures (SPEC §10): approve to control returned ≤ 50 ms, and double-click
to the first page of a cached 50-page scanned PDF ≤ 300 ms — in the real workspace.

The cache is a real desktop cache file of N applications (``bench.ui_figures.build_cache``,
the list figures' builder) plus what a province reviewer's cache also holds after a sync: the
subsidy year (its material list), the declaration status in force, and material rows of the
queue's records pointing at one 50-page scan already in the material cache. The workspace
runs with the app's own wiring (``start_app_context``: sync thread, task runner, material
store); there is no server — the background push after each decision fails at once, as it does
offline, which is exactly when a reviewer most needs the desk to be quick.

* ``approve to control returned`` — from the Ctrl+Enter key press to the workspace showing
  the next record with its buttons enabled (``decision_committed``): the rule checks, the
  local commit (one fsync) on the writer lane, and the UI moving on; p50 and p99 over 200
  decisions, each made once the reviewer has the next record on screen. Baseline: committing
  one tiny row to a SQLite file with the cache's pragmas (WAL, ``synchronous=FULL``) — the
  durability floor no decision can go below.
* ``double-click to first PDF page`` — from ``open_workspace`` (what a list's double-click
  calls) to the first page of the record's cached 50-page scan painted in the viewer: window
  construction, the record read, the hash check of the cached file and the render; median of
  several opens. Baseline: PyMuPDF alone opening the file and rendering page 1 at the same
  scale, on the viewer's render thread (``bench.pdf_figures.PyMuPDFAlone``).

Run alone: ``python -m bench --only workspace_figures --records 100000``.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
from PySide6.QtCore import QEventLoop, Qt, QTimer, SignalInstance
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench.figures import BenchContext, Figure, benchmark
from bench.pdf_figures import LINES, PyMuPDFAlone
from bench.sync_figures import MemoryKeyring
from bench.ui_figures import build_cache
from core.material_list_2024 import MATERIAL_LIST_2024
from core.materials import specs_to_dicts
from core.standards_2024 import STANDARDS_2024
from core.vocab import Level, Permission, RegionLevel
from demo.pdfs import scanned_pdf
from desktop.context import AppContext, start_app_context
from desktop.models import CachedMaterial
from desktop.models.paths import cache_path, materials_dir
from desktop.models.queries import review_queue
from desktop.sync.account import AccountInfo
from desktop.sync.context import SyncContext
from desktop.sync.rows import RemoteRow, upsert_newer
from desktop.sync.state_store import bind_cache
from desktop.tasks import TaskRunner
from desktop.views.workspace import WorkspaceWindow, open_workspace
from desktop.views.workspace.runners import wait_all

DECISIONS = 200
OPENS = 7
APPROVE_TARGET_MS = 50.0
FIRST_PAGE_TARGET_MS = 300.0
TIMEOUT_MS = 30_000
SERVER_URL = "http://127.0.0.1:9"
"""Nothing listens there: the desk works offline, as a county office often must."""
FIRST_MATERIAL = "资金申请表（申请）.pdf"
ACCOUNT = AccountInfo(
    id="430000-2",
    name="韦清",
    region_code="430000",
    region_level=RegionLevel.PROVINCE,
    scope="430000",
    city_district=False,
    permissions=frozenset({Permission.REVIEW, Permission.QUERY}),
)


# ---- the cache ----------------------------------------------------------------------------


def _year_rows() -> list[RemoteRow]:
    """The 2024 subsidy year and an open declaration status, as the sync would bring them."""
    year = RemoteRow(
        "subsidy_years",
        "2024",
        1,
        {
            "region_code": "430000",
            "year": 2024,
            "pdf_limit_mb": 20,
            "zip_limit_mb": 60,
            "materials": specs_to_dicts(MATERIAL_LIST_2024),
            "standards": STANDARDS_2024.to_dicts(),
        },
    )
    status = RemoteRow(
        "declaration_statuses",
        "status-2024",
        2,
        {
            "region_code": "430000",
            "year": 2024,
            "state": "开放",
            "ship_deadline": "2099-12-31",
            "cargo_deadline": "2099-12-31",
            "policy_scope": "部省政策",
            "check_ownership": True,
            "check_inspection": True,
            "created_on": "2024-03-01",
            "created_at": "2024-03-01T01:00:00+00:00",
        },
    )
    return [year, status]


def _material_rows(record_ids: list[str], sha: str, size: int) -> list[RemoteRow]:
    return [
        RemoteRow(
            "material_files",
            f"M-{index:07d}",
            10 + index,
            {
                "region_code": "430000",
                "record_kind": "拆建申请",
                "record_id": record_id,
                "stage": "申请",
                "name": FIRST_MATERIAL,
                "sha256": sha,
                "size": size,
                "uploaded_at": "2024-06-20T01:00:00+00:00",
            },
        )
        for index, record_id in enumerate(record_ids)
    ]


def _cache_scan(data_dir: Path) -> tuple[str, int]:
    """The 50-page scan as the material store keeps a verified file (path by SHA-256)."""
    content = scanned_pdf("船舶拆解现场照片及说明", LINES, pages=50, seed=11)
    sha = hashlib.sha256(content).hexdigest()
    target = materials_dir(data_dir) / sha[:2] / sha
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    return sha, len(content)


def _fill(sync: SyncContext, data_dir: Path) -> list[str]:
    """Year, status, the scan and its material rows; returns the province queue's ids."""
    sha, size = _cache_scan(data_dir)
    with sync.db.write() as session:
        for row in _year_rows():
            upsert_newer(session, row.kind, [row])
        queue = [
            i for kind, i in review_queue(session, (Level.PROVINCE,)) if kind == "applications"
        ]
        upsert_newer(session, "material_files", _material_rows(queue, sha, size))
        session.add(CachedMaterial(sha256=sha, size=size, last_used=1))
    return queue


@contextmanager
def _workspace_context(workdir: Path, records: int) -> Iterator[tuple[AppContext, list[str]]]:
    """A province reviewer's running app context over a cache of ``records`` applications."""
    data_dir = workdir / "workspace-client"
    db = build_cache(cache_path(data_dir, SERVER_URL, ACCOUNT.id), records)
    bind_cache(db, SERVER_URL, ACCOUNT)
    db.dispose()
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    sync = SyncContext(data_dir, SERVER_URL, ACCOUNT.id)
    tasks = TaskRunner()
    try:
        queue = _fill(sync, data_dir)
        context = start_app_context(sync, ACCOUNT, data_dir, tasks, interval_ms=3_600_000)
        try:
            yield context, queue
        finally:
            wait_all()
            context.close()
    finally:
        keyring.set_keyring(previous)


# ---- waiting ------------------------------------------------------------------------------


def _wait_for(condition: Callable[[], bool]) -> None:
    """Run the event loop until ``condition`` holds (raises after the timeout)."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    loop = QEventLoop()
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the workspace did not answer in time")
        QTimer.singleShot(1, loop.quit)
        loop.exec()


def _signal_after(signal: SignalInstance, action: Callable[[], object]) -> float:
    """Milliseconds from ``action`` to ``signal``'s first emission."""
    fired: list[float] = []

    def on_signal(*_args: object) -> None:
        if not fired:
            fired.append(time.perf_counter())

    signal.connect(on_signal)
    start = time.perf_counter()
    action()
    try:
        _wait_for(lambda: bool(fired))
    finally:
        signal.disconnect(on_signal)
    return (fired[0] - start) * 1000


# ---- measurements -------------------------------------------------------------------------


def _ready(window: WorkspaceWindow, ids: list[str], index: int) -> bool:
    """The reviewer has record ``index`` on screen, read (its PDF drawn), and the one after it
    is read ahead — as after the seconds a reviewer spends on a record."""
    current = window.current
    if current is None or current.record_id != ids[index]:
        return False
    following = ids[index + 1] if index + 1 < len(ids) else None
    enabled = window.decision_bar.approve_button.isEnabled()
    read_ahead = following is None or window.has_snapshot(following)
    return enabled and read_ahead and _viewer_idle(window)


def _viewer_idle(window: WorkspaceWindow) -> bool:
    """The record's PDF is on screen and its thumbnails are drawn (the reviewer has read it)."""
    viewer = window.viewer
    return (
        viewer.page_count() > 0
        and viewer.render_thread.pending() == 0
        and viewer.page_view.pending_renders() == 0
        and viewer.thumbnails.pending_renders() == 0
    )


def _approvals(context: AppContext, queue: list[str]) -> list[float]:
    ids = queue[: DECISIONS + 1]
    if len(ids) <= DECISIONS:
        raise RuntimeError(f"the province queue holds only {len(ids)} records; use more records")
    window = open_workspace(context, "applications", ids, 0, None)
    assert isinstance(window, WorkspaceWindow)
    window.resize(1280, 800)
    timings = []
    try:
        for index in range(DECISIONS):
            _wait_for(lambda index=index: _ready(window, ids, index))
            timings.append(
                _signal_after(
                    window.decision_committed,
                    lambda: QTest.keyClick(
                        window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
                    ),
                )
            )
    finally:
        window.close()
    return timings


def _commit_floor_ms(folder: Path, samples: int) -> list[float]:
    """One tiny row committed with the cache's pragmas, ``samples`` times."""
    connection = sqlite3.connect(folder / "commit-floor.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE IF NOT EXISTS decisions (id INTEGER PRIMARY KEY, v TEXT)")
    timings = []
    for index in range(samples):
        start = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO decisions (v) VALUES (?)", (f"同意{index}",))
        connection.execute("COMMIT")
        timings.append((time.perf_counter() - start) * 1000)
    connection.close()
    return timings


def _open_until_first_page(context: AppContext, record_id: str) -> tuple[float, WorkspaceWindow]:
    """What a list's double-click does, timed until the record's first PDF page is painted."""
    fired: list[float] = []
    start = time.perf_counter()
    window = open_workspace(context, "applications", [record_id], 0, None)
    assert isinstance(window, WorkspaceWindow)
    window.resize(1280, 800)
    window.viewer.first_page_shown.connect(lambda _ms: fired.append(time.perf_counter()))
    _wait_for(lambda: bool(fired))
    return (fired[0] - start) * 1000, window


def _first_pages(
    context: AppContext, record_id: str, path: Path
) -> tuple[list[float], list[float]]:
    """Open the workspace on the record ``OPENS`` times: (to first page, PyMuPDF alone)."""
    opened, alone = [], []
    for _ in range(OPENS):
        elapsed, window = _open_until_first_page(context, record_id)
        opened.append(elapsed)
        scale = window.viewer.page_view.key_for(0).scale
        baseline = PyMuPDFAlone(path, 0, scale, with_open=True).measure_on(window.viewer)
        alone.append(baseline.render_ms)
        window.close()
    return opened, alone


def _qt_application() -> QApplication:
    """The running QApplication, or a new (offscreen) one: benchmarks have no screen."""
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication([])


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


@benchmark("workspace_figures")
def workspace_figures(context: BenchContext) -> Iterator[Figure]:
    """Approve to control returned, and double-click to the first PDF page (SPEC §10)."""
    _qt_application()
    workdir = Path(context.workdir)
    with _workspace_context(workdir, context.records) as (app, queue):
        approvals = _approvals(app, queue)
        floor = _commit_floor_ms(workdir, DECISIONS)
        name = f"approve to control returned ({context.records} records)"
        yield Figure(
            f"{name} p50",
            statistics.median(approvals),
            "ms",
            APPROVE_TARGET_MS,
            statistics.median(floor),
        )
        yield Figure(
            f"{name} p99",
            _percentile(approvals, 0.99),
            "ms",
            APPROVE_TARGET_MS,
            _percentile(floor, 0.99),
        )
        scan = next(materials_dir(app.data_dir).glob("*/*"))
        opened, alone = _first_pages(app, queue[-1], scan)
        yield Figure(
            "double-click to first PDF page (50-page scan)",
            statistics.median(opened),
            "ms",
            FIRST_PAGE_TARGET_MS,
            statistics.median(alone),
        )
