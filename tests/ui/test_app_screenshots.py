"""Screenshots of the shell with real demo data, for review (artifacts/screenshots/).

Each test also checks what the picture must show, so a screenshot of an empty or broken
window fails instead of being saved silently.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.query import AnyOf, Contains, Query, Range
from desktop.app import apply_style, install_translations
from desktop.demo_server import DemoAccount
from desktop.views.lists.list_page import RecordListPage
from desktop.views.login.login_window import LoginWindow
from desktop.views.main_window.main_window import MainWindow
from desktop.views.query.controls import NumberRangeControl
from tests.desktop.live_server import LiveServer
from tests.ui.demo_fixtures import ContextFactory
from tests.ui.recording_opener import RecordingOpener

SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
SIZE = (1280, 800)


@pytest.fixture(autouse=True)
def styled(qapp: QApplication) -> None:
    """The app's translations and style sheet, as ``reviewdesk`` starts with them."""
    install_translations(qapp)
    apply_style(qapp)


def save(widget: object, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    assert widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path


def queue_window(qtbot: QtBot, app_context: ContextFactory, account: DemoAccount) -> MainWindow:
    window = MainWindow(app_context(account), RecordingOpener())
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    page = window.current_page()
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(
        lambda: page.model.rowCount() > 0 and bool(page.model.data(page.model.index(0, 0))),
        timeout=20_000,
    )
    qtbot.waitUntil(
        lambda: (
            "【" in window.title_bar.declaration.text()
            and "尚未" not in window.title_bar.declaration.text()
        ),
        timeout=10_000,
    )
    qtbot.wait(300)
    return window


def test_main_window_with_the_county_queue(
    qtbot: QtBot, app_context: ContextFactory, county_reviewer: DemoAccount
) -> None:
    window = queue_window(qtbot, app_context, county_reviewer)
    page = window.current_page()
    assert isinstance(page, RecordListPage)
    page.table.select_row(0)
    qtbot.wait(200)
    assert save(window, "main_window.png").stat().st_size > 10_000


def test_query_dialog_with_conditions(
    qtbot: QtBot, app_context: ContextFactory, county_reviewer: DemoAccount
) -> None:
    window = queue_window(qtbot, app_context, county_reviewer)
    window.navigation.choose("query.ships")
    page = window.current_page().page(0)  # type: ignore[attr-defined]
    dialog = page.query_dialog()
    dialog.set_query(
        Query(
            (
                AnyOf("project", ("拆解", "更新")),
                Contains("ship_name", "机"),
                Range("gross_tonnage", 100, None),
            )
        )
    )
    power = dialog.control("power_kw")
    assert isinstance(power, NumberRangeControl)
    power.set_texts("abc", "")
    dialog.resize(*SIZE)
    dialog.show()
    qtbot.wait(100)
    assert dialog.current_query() is None
    assert "power_kw" in dialog.problem_texts()
    qtbot.wait(300)
    assert save(dialog, "query_dialog.png").stat().st_size > 10_000


def test_login_window_on_the_demo_server(
    qtbot: QtBot,
    demo_live: LiveServer,
    demo_accounts: list[DemoAccount],
    county_reviewer: DemoAccount,
) -> None:
    login = LoginWindow()
    qtbot.addWidget(login)
    login.set_server(demo_live.url, "本机演示服务器：可在“账号”中选择任一演示账号登录。")
    login.set_demo_accounts(demo_accounts)
    login.choose_account(county_reviewer.account_id)
    login.show()
    qtbot.wait(200)
    assert login.password.text() == county_reviewer.password
    assert save(login, "login.png").stat().st_size > 5_000
