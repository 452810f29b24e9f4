"""账号管理 in the settings dialog against the real server: a city administrator creates a
county account, resets its password (a weak one is refused beside the field with the core's
rule), and the new account logs in through the API client."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from core.validators import check_password
from desktop.sync.api_client import ApiClient
from desktop.sync.errors import ProblemResponse
from desktop.views.settings.account_dialog import AccountDialog
from desktop.views.settings.accounts_page import AccountsPage
from desktop.views.settings.dialog import SettingsDialog
from desktop.views.settings.password_dialog import PasswordDialog
from tests.desktop.live_server import LiveServer
from tests.ui.settings_support import (  # noqa: F401  (fixtures, registered by name)
    CITY_ADMIN,
    WAIT_MS,
    DialogOpener,
    Sessions,
    answer_yes,
    open_dialog_fixture,
    sessions_fixture,
    settings_keyring_fixture,
    shared_admin_server_fixture,
    wait_loaded,
)

NEW_ID = "430121-3"
FIRST_PASSWORD = "Xyz741!@#"
WEAK_PASSWORD = "xyz852$%^"
NEW_PASSWORD = "Tuv258$%^"


def open_accounts(
    qtbot: QtBot, open_dialog: DialogOpener, sessions: Sessions, server: LiveServer
) -> tuple[SettingsDialog, AccountsPage]:
    context = sessions.open(server, CITY_ADMIN)
    dialog = open_dialog(context)
    page = dialog.show_page("accounts")
    assert isinstance(page, AccountsPage)
    wait_loaded(qtbot, page)
    return dialog, page


def fill_new_account(dialog: AccountDialog, number: str) -> None:
    dialog.region.setCurrentIndex(dialog.region.findData("430121"))
    dialog.number.setText(number)
    dialog.name.setText("周建华")
    dialog.unit.setText("长沙县交通运输局")
    dialog.department.setText("")
    dialog.permissions.set_chosen(["编辑", "审核", "查询"])
    dialog.password.setText(FIRST_PASSWORD)
    dialog.password_confirm.setText(FIRST_PASSWORD)


def test_lists_own_and_lower_regions_with_login_records(
    qtbot: QtBot,
    open_dialog: DialogOpener,
    sessions: Sessions,
    shared_admin_server: LiveServer,
) -> None:
    _dialog, page = open_accounts(qtbot, open_dialog, sessions, shared_admin_server)
    ids = set(page.model.ids())
    assert {CITY_ADMIN, "430100-2", "430121-1", "430112-1", "430101-1"} <= ids
    assert not {"430000-1", "430200-1", "430211-1"} & ids, "other cities and the province hidden"
    row = page.model.row(page.model.number_of("430100-2") or 0)
    assert row["login_count"] == 12 and row["last_login_at"]

    page.region_filter.setCurrentIndex(page.region_filter.findData("430121"))
    shown = {page.proxy.index(n, 0).data() for n in range(page.proxy.rowCount())}
    assert shown == {"430121-1", "430121-2"}

    page.region_filter.setCurrentIndex(0)
    page.select(CITY_ADMIN)
    assert page.selected_row() is not None
    assert not page.modify_button.isEnabled()
    assert "个人资料" in page.reason.text()


def test_abandoning_a_filled_form_asks_first(
    qtbot: QtBot,
    open_dialog: DialogOpener,
    sessions: Sessions,
    shared_admin_server: LiveServer,
) -> None:
    _dialog, page = open_accounts(qtbot, open_dialog, sessions, shared_admin_server)
    page.select("430100-2")
    page.modify_button.click()
    form = page.active_dialog
    assert isinstance(form, AccountDialog)
    assert form.name.text() == "陈晓红" and form.permissions.chosen() == ["编辑", "审核", "查询"]
    form.unit.setText("长沙市港航事务中心")
    form.cancel_button.click()
    assert "尚未提交" in answer_yes(qtbot)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT_MS)


def test_city_admin_creates_a_county_account_and_resets_its_password(
    qtbot: QtBot,
    open_dialog: DialogOpener,
    sessions: Sessions,
    shared_admin_server: LiveServer,
) -> None:
    _dialog, page = open_accounts(qtbot, open_dialog, sessions, shared_admin_server)
    page.new_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, AccountDialog)
    assert dialog.region.findData("430200") == -1, "only own and lower regions are offered"
    assert not dialog.permissions.boxes["管理"].isEnabled(), "管理 not at the own level"
    dialog.region.setCurrentIndex(dialog.region.findData("430121"))
    assert dialog.permissions.boxes["管理"].isEnabled()

    # An id the server already holds: the server's answer lands beside the id field.
    fill_new_account(dialog, "1")
    dialog.submit_button.click()
    qtbot.waitUntil(lambda: bool(dialog.fields.error_text("account_id")), timeout=WAIT_MS)
    assert "430121-1 已存在" in dialog.fields.error_text("account_id")
    assert dialog.isVisible() and dialog.name.text() == "周建华", "nothing typed is lost"

    dialog.number.setText(NEW_ID.split("-")[1])
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.submit_button.click()
    qtbot.waitUntil(lambda: page.model.number_of(NEW_ID) is not None, timeout=WAIT_MS)
    assert NEW_ID in page.banner.text

    page.select(NEW_ID)
    assert page.password_button.isEnabled()
    page.password_button.click()
    reset = page.active_dialog
    assert isinstance(reset, PasswordDialog)
    reset.password.setText(WEAK_PASSWORD)
    reset.password_confirm.setText(WEAK_PASSWORD)
    reset.submit_button.click()
    rule = check_password(WEAK_PASSWORD)[0].message
    assert reset.fields.error_text("password") == rule
    assert reset.isVisible()

    reset.password.setText(NEW_PASSWORD)
    reset.password_confirm.setText(NEW_PASSWORD)
    with qtbot.waitSignal(reset.password_set, timeout=WAIT_MS):
        reset.submit_button.click()
    assert "设置新密码" in page.banner.text

    client = ApiClient(shared_admin_server.url)
    try:
        with pytest.raises(ProblemResponse) as refused:
            client.login(NEW_ID, FIRST_PASSWORD)
        assert refused.value.code == "invalid_credentials"
        answer = client.login(NEW_ID, NEW_PASSWORD)
        assert answer["account"]["id"] == NEW_ID
        assert answer["account"]["region_code"] == "430121"
        assert set(answer["account"]["permissions"]) == {"编辑", "审核", "查询"}
    finally:
        client.close()


def test_deactivating_an_account_asks_first_and_ends_its_login(
    qtbot: QtBot,
    open_dialog: DialogOpener,
    sessions: Sessions,
    shared_admin_server: LiveServer,
) -> None:
    _dialog, page = open_accounts(qtbot, open_dialog, sessions, shared_admin_server)
    page.select("430112-1")
    page.deactivate_button.click()
    question = answer_yes(qtbot)
    assert "430112-1" in question and "不能撤销" in question
    qtbot.waitUntil(lambda: "已注销账号 430112-1" in page.banner.text, timeout=WAIT_MS)
    row = page.model.row(page.model.number_of("430112-1") or 0)
    assert row["active"] is False
    assert not page.modify_button.isEnabled()

    client = ApiClient(shared_admin_server.url)
    try:
        with pytest.raises(ProblemResponse) as refused:
            client.login("430112-1", "Sha369@!#")
        assert refused.value.code == "account_inactive"
    finally:
        client.close()
