"""The main window's menu follows the account's level and permissions (manual §1.4, SPEC §8)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from core.vocab import Permission, RegionLevel
from desktop.demo_server import DemoAccount
from desktop.views.lists.list_page import RecordListPage
from desktop.views.main_window.main_window import MainWindow
from desktop.views.main_window.pages import SETTINGS_PAGES
from desktop.views.settings import SettingsDialog
from tests.ui.demo_fixtures import ContextFactory, find_account
from tests.ui.recording_opener import RecordingOpener


def open_window(qtbot: QtBot, app_context: ContextFactory, account: DemoAccount) -> MainWindow:
    window = MainWindow(app_context(account), RecordingOpener())
    qtbot.addWidget(window)
    window.show()
    return window


def test_county_reviewer_sees_the_county_queue_not_the_city_one(
    qtbot: QtBot, app_context: ContextFactory, county_reviewer: DemoAccount
) -> None:
    window = open_window(qtbot, app_context, county_reviewer)
    keys = window.navigation.keys
    assert "ships.county" in keys
    assert not {"ships.city", "ships.province", "cargo.city", "rewards.province"} & set(keys)
    assert not any(key.startswith("system.") for key in keys)
    assert "ships.records" in keys and "query.ships" in keys
    titles = [window.navigation.title_of(key) for key in keys]
    assert "申请审核（县级）" in titles and "申请审核（市级）" not in titles
    page = window.current_page()
    assert isinstance(page, RecordListPage)
    assert page.title == "申请审核（县级）"
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20_000)


def test_city_admin_sees_city_queues_and_cargo_but_no_county_review(
    qtbot: QtBot, app_context: ContextFactory, demo_accounts: list[DemoAccount]
) -> None:
    admin = find_account(demo_accounts, RegionLevel.CITY, Permission.MANAGE, Permission.EDIT)
    window = open_window(qtbot, app_context, admin)
    keys = set(window.navigation.keys)
    assert {"ships.city", "completions.city", "cargo.owners", "cargo.city", "rewards.city"} <= keys
    assert {"query.cargo", "query.monthly"} <= keys
    assert not {"ships.county", "ships.records", "ships.province", "rewards.province"} & keys
    assert "货主申请与审核" in window.navigation.group_titles()
    assert "系统管理" not in window.navigation.group_titles()
    assert window.current_page() is window.page("ships.city")


def test_province_system_admin_sees_province_queues_only(
    qtbot: QtBot, app_context: ContextFactory, demo_accounts: list[DemoAccount]
) -> None:
    admin = find_account(demo_accounts, RegionLevel.PROVINCE, Permission.SYSTEM)
    window = open_window(qtbot, app_context, admin)
    keys = set(window.navigation.keys)
    assert {"ships.province", "completions.province", "rewards.province"} <= keys
    assert not {"ships.county", "ships.city", "cargo.owners", "cargo.city"} & keys
    assert window.current_page() is window.page("ships.province")


def test_query_only_account_has_no_review_or_edit_entries(
    qtbot: QtBot, app_context: ContextFactory, demo_accounts: list[DemoAccount]
) -> None:
    viewer = next(
        a
        for a in demo_accounts
        if a.region_level is RegionLevel.PROVINCE and a.permissions == {Permission.QUERY}
    )
    window = open_window(qtbot, app_context, viewer)
    keys = window.navigation.keys
    assert all(key.startswith(("policy.", "query.", "reports.", "accounts.")) for key in keys)
    assert window.current_page() is window.page(keys[0])


def test_policy_pages_show_the_synced_year(
    qtbot: QtBot, app_context: ContextFactory, county_reviewer: DemoAccount
) -> None:
    window = open_window(qtbot, app_context, county_reviewer)
    window.navigation.choose("policy.standards")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.model.rowCount() > 50, timeout=10_000)  # type: ignore[attr-defined]
    window.navigation.choose("policy.materials")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.model.rowCount() > 10, timeout=10_000)  # type: ignore[attr-defined]


def test_system_and_account_entries_open_the_settings_dialog_on_their_page(
    qtbot: QtBot, app_context: ContextFactory, demo_accounts: list[DemoAccount]
) -> None:
    admin = find_account(demo_accounts, RegionLevel.PROVINCE, Permission.SYSTEM)
    window = open_window(qtbot, app_context, admin)
    queue = window.current_page()
    for key, page in SETTINGS_PAGES.items():
        window.navigation.choose(key)
        dialog = window.open_settings()
        assert isinstance(dialog, SettingsDialog)
        assert dialog.stack.currentWidget() is dialog.pages[page]
        assert window.current_page() is queue
    dialog.close()
