"""Fixtures and helpers of the workspace, form and conflict tests (no tests of its own).

The fixtures (``own_server``, ``open_app``, ``close_later``) are registered for every UI test
by ``tests/ui/conftest.py``; import only the helpers.

Tests that write (decide, create, upload, resolve conflicts) or stop the server get a private
copy of the session's demo world (``own_server``), so the shared ``demo_live`` server of the
list tests never sees their changes. ``open_app`` logs a demo account in to any server,
syncs its cache once and returns its running ``AppContext`` — the same wiring the app uses
(``desktop.context.start_app_context``). Screenshots go to ``artifacts/screenshots``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.context import AppContext, start_app_context
from desktop.demo_server import DemoAccount
from desktop.models.queries import review_queue
from desktop.sync.context import SyncContext
from desktop.tasks import TaskRunner
from desktop.views.workspace.runners import wait_all
from tests.desktop.helpers import FAST_OPTIONS
from tests.desktop.live_server import LiveServer
from tests.ui.demo_fixtures import QUIET_INTERVAL_MS, copy_world

SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
WAIT_MS = 30_000
SCREEN_SIZE = (1280, 800)

AppFactory = Callable[[LiveServer, DemoAccount], AppContext]


@pytest.fixture(name="own_server")
def own_server_fixture(demo_template: Path, tmp_path: Path) -> Iterator[LiveServer]:
    """A private copy of the demo world, served until the test ends (it may stop it)."""
    server = LiveServer(copy_world(demo_template, tmp_path / "own-server"))
    server.start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(name="open_app")
def open_app_fixture(qtbot: QtBot, tmp_path: Path) -> Iterator[AppFactory]:
    """Log an account in to a server, sync once, and give its running ``AppContext``.

    Returns once the sync thread's own first cycle has ended too, so a test that changes the
    server next knows the desk will see the change only when the test asks for a sync.
    """
    opened: list[AppContext] = []
    tasks = TaskRunner()

    def open_for(server: LiveServer, account: DemoAccount) -> AppContext:
        data_dir = tmp_path / f"client-{account.account_id}-{len(opened)}"
        sync = SyncContext(data_dir, server.url, account.account_id, options=FAST_OPTIONS)
        info = sync.log_in(account.password)
        outcome = sync.engine.sync()
        assert outcome.ok, sync.engine.status.message
        synced_at = sync.engine.status.last_success_at
        context = start_app_context(sync, info, data_dir, tasks, interval_ms=QUIET_INTERVAL_MS)
        opened.append(context)
        qtbot.waitUntil(
            lambda: context.engine.status.last_success_at != synced_at
            and not context.engine.status.syncing,
            timeout=WAIT_MS,
        )
        return context

    try:
        yield open_for
    finally:
        wait_all()
        for context in opened:
            context.close()
        tasks.wait()


@pytest.fixture(name="close_later")
def close_later_fixture(qapp: object) -> Iterator[Callable[[QWidget], QWidget]]:
    """Register windows to close at the end of the test unless the test closed them.

    The workspace deletes itself when closed, so pytest-qt's ``addWidget`` (which closes
    every widget again at teardown) cannot be used for it.
    """
    widgets: list[QWidget] = []

    def register(widget: QWidget) -> QWidget:
        widgets.append(widget)
        return widget

    yield register
    for widget in widgets:
        if shiboken6.isValid(widget):
            widget.close()
    wait_all()


def account(accounts: list[DemoAccount], account_id: str) -> DemoAccount:
    """The demo account ``account_id``."""
    return next(found for found in accounts if found.account_id == account_id)


def queue_ids(context: AppContext, kind: str = "applications") -> list[str]:
    """The account's review queue of ``kind``, in queue order, from its cache."""
    with context.db.read() as session:
        queue = review_queue(session, (context.account.review_level,))
    return [record_id for queue_kind, record_id in queue if queue_kind == kind]


def cache_scalar(context: AppContext, sql: str, *params: object) -> object:
    """One value read from the account's cache file (a test's look behind the UI)."""
    with context.db.read() as session:
        return session.connection().exec_driver_sql(sql, params).scalar()


def cache_rows(context: AppContext, sql: str, *params: object) -> list[tuple[object, ...]]:
    with context.db.read() as session:
        return [tuple(row) for row in session.connection().exec_driver_sql(sql, params)]


def wait_synced(qtbot: QtBot, context: AppContext) -> None:
    """Ask for a sync and wait until the outbox is empty and the server answered."""
    context.sync_thread.request_sync()
    qtbot.waitUntil(
        lambda: (
            context.engine.status.outbox_count == 0
            and context.engine.status.online is True
            and not context.engine.status.syncing
        ),
        timeout=WAIT_MS,
    )


def server_get(server: LiveServer, user: DemoAccount, path: str) -> dict[str, object]:
    """``GET /api/v1{path}`` on the server as ``user`` (what the server holds, not the cache)."""
    with requests.Session() as http:
        login = http.post(
            f"{server.url}/api/v1/auth/login",
            json={"account": user.account_id, "password": user.password},
            timeout=10,
        )
        login.raise_for_status()
        token = login.json()["token"]
        answer = http.get(
            f"{server.url}/api/v1{path}", headers={"Authorization": f"Bearer {token}"}, timeout=10
        )
        answer.raise_for_status()
        return dict(answer.json())


def screenshot(widget: QWidget, name: str) -> Path:
    """Save ``widget`` as ``artifacts/screenshots/<name>`` and return the path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    assert widget.grab().save(str(path)), path
    return path
