"""Starting the app: demo server → automatic demo login → the county queue; switching account,
logging out, a configured server, and working offline when the server is gone."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.vocab import Permission, RegionLevel
from desktop.app import build_session, parse_args
from desktop.demo_server import DemoAccount, DemoServer
from desktop.sync import credentials
from desktop.tasks import TaskRunner
from desktop.views.lists.list_page import RecordListPage
from desktop.views.login.session import DeskSession
from desktop.views.main_window.main_window import MainWindow
from tests.desktop.live_server import LiveServer
from tests.ui.demo_fixtures import copy_world, find_account
from tests.ui.recording_opener import RecordingOpener

LOGIN_TIMEOUT_MS = 60_000


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


def queue_page(window: MainWindow) -> RecordListPage:
    page = window.current_page()
    assert isinstance(page, RecordListPage)
    return page


def wait_rows(qtbot: QtBot, page: RecordListPage) -> None:
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20_000)


def log_in_as(qtbot: QtBot, session: DeskSession, account: DemoAccount) -> MainWindow:
    session.login.choose_account(account.account_id)
    session.login.password.setText(account.password)
    with qtbot.waitSignal(session.main_window_shown, timeout=LOGIN_TIMEOUT_MS) as shown:
        session.login.submit()
    window: MainWindow = shown.args[0]
    return window


def test_start_logs_in_to_the_demo_server_and_lists_the_county_queue(
    qtbot: QtBot,
    demo_template: Path,
    tmp_path: Path,
    tasks: TaskRunner,
    demo_accounts: list[DemoAccount],
) -> None:
    demo_dir = copy_world(demo_template, tmp_path / "demo-server")
    args = parse_args(["--data-dir", str(tmp_path / "client"), "--demo-dir", str(demo_dir)])
    session = build_session(args, tasks)
    try:
        with qtbot.waitSignal(session.main_window_shown, timeout=LOGIN_TIMEOUT_MS) as shown:
            session.start()
        window: MainWindow = shown.args[0]
        assert session.context is not None
        account = session.context.account
        assert account.region_level is RegionLevel.COUNTY
        assert Permission.REVIEW in account.permissions
        page = queue_page(window)
        assert page.title == "申请审核（县级）"
        wait_rows(qtbot, page)
        with sqlite3.connect(session.context.db.path) as connection:
            waiting = connection.execute(
                "SELECT COUNT(*) FROM applications WHERE platform_result = '同意'"
                " AND county_result IS NULL AND materials_uploaded_on IS NOT NULL"
            ).fetchone()[0]
        assert waiting > 0
        assert page.model.rowCount() >= waiting

        city = find_account(demo_accounts, RegionLevel.CITY, Permission.MANAGE, Permission.REVIEW)
        window.switch_account_requested.emit()
        qtbot.waitUntil(lambda: session.login.isVisible(), timeout=5_000)
        assert not window.isVisible()
        assert session.login.account.count() == len(demo_accounts)
        city_window = log_in_as(qtbot, session, city)
        assert session.context is not None and session.context.account.id == city.account_id
        assert "ships.city" in city_window.navigation.keys
        assert "ships.county" not in city_window.navigation.keys
        wait_rows(qtbot, queue_page(city_window))
    finally:
        session.quit()
    assert not DemoServer(demo_dir).running


@pytest.fixture
def own_live(demo_template: Path, tmp_path: Path) -> Iterator[LiveServer]:
    server = LiveServer(copy_world(demo_template, tmp_path / "own-server"))
    server.start()
    try:
        yield server
    finally:
        server.close()


def test_configured_server_login_remembers_only_what_was_ticked_and_works_offline(
    qtbot: QtBot,
    own_live: LiveServer,
    tmp_path: Path,
    tasks: TaskRunner,
    county_reviewer: DemoAccount,
) -> None:
    data_dir = tmp_path / "client"
    session = DeskSession(
        data_dir,
        tasks,
        server_url=own_live.url,
        opener_factory=lambda _context: RecordingOpener(),
    )
    try:
        session.start()
        assert session.login.server.text() == own_live.url
        assert session.context is None
        session.login.remember_password.setChecked(False)
        window = log_in_as(qtbot, session, county_reviewer)
        wait_rows(qtbot, queue_page(window))
        assert credentials.load_password(own_live.url, county_reviewer.account_id) is None
        assert credentials.load_token(own_live.url, county_reviewer.account_id) is not None

        window.switch_account_requested.emit()
        qtbot.waitUntil(lambda: session.login.isVisible(), timeout=5_000)
        assert session.login.account_id() == county_reviewer.account_id
        session.login.remember_password.setChecked(True)
        window = log_in_as(qtbot, session, county_reviewer)
        saved = credentials.load_password(own_live.url, county_reviewer.account_id)
        assert saved == county_reviewer.password

        window.switch_account_requested.emit()
        qtbot.waitUntil(lambda: session.login.isVisible(), timeout=5_000)
        own_live.stop()
        session.login.password.setText(county_reviewer.password)
        session.login.submit()
        qtbot.waitUntil(lambda: session.login.offline.isVisible(), timeout=LOGIN_TIMEOUT_MS)
        assert "无法连接服务器" in session.login.message.text()
        with qtbot.waitSignal(session.main_window_shown, timeout=LOGIN_TIMEOUT_MS) as shown:
            session.login.offline.click()
        offline_window: MainWindow = shown.args[0]
        wait_rows(qtbot, queue_page(offline_window))
    finally:
        session.quit()
