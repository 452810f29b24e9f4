"""Offline, the server-backed pages say so plainly and disable their actions — administration
is never queued — while 服务器与缓存 keeps working; when the server is back, 重试 reads again.
A form submitted while the server is gone stays open with everything typed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.views.settings.account_dialog import AccountDialog
from desktop.views.settings.accounts_page import AccountsPage
from desktop.views.settings.profile_page import ProfilePage
from desktop.views.settings.server_page import ServerCachePage
from tests.desktop.live_server import LiveServer
from tests.ui.settings_support import (  # noqa: F401  (fixtures, registered by name)
    CITY_ADMIN,
    WAIT_MS,
    DialogOpener,
    Sessions,
    open_dialog_fixture,
    own_admin_server_fixture,
    sessions_fixture,
    settings_keyring_fixture,
    wait_loaded,
)

OFFLINE = "账号管理需要连接服务器，当前处于离线状态"


def test_offline_pages_say_so_and_come_back(
    qtbot: QtBot, open_dialog: DialogOpener, sessions: Sessions, own_admin_server: LiveServer
) -> None:
    context = sessions.open(own_admin_server, CITY_ADMIN)
    own_admin_server.stop()
    dialog = open_dialog(context)

    accounts = dialog.show_page("accounts")
    assert isinstance(accounts, AccountsPage)
    qtbot.waitUntil(lambda: OFFLINE in accounts.banner.text, timeout=WAIT_MS)
    assert "无法连接服务器" in accounts.banner.text, "the client's reason is shown too"
    assert accounts.unreachable and not accounts.loaded
    for button in (accounts.new_button, accounts.modify_button, accounts.password_button):
        assert not button.isEnabled()
    assert accounts.banner.button.isVisible(), "重试"

    profile = dialog.show_page("profile")
    assert isinstance(profile, ProfilePage)
    qtbot.waitUntil(lambda: "需要连接服务器" in profile.banner.text, timeout=WAIT_MS)
    assert not profile.profile.submit_button.isEnabled()
    assert not profile.deactivation.submit_button.isEnabled()

    server = dialog.show_page("server")
    assert isinstance(server, ServerCachePage)
    qtbot.waitUntil(lambda: server.usage is not None, timeout=WAIT_MS)
    assert server.clear_button.isEnabled(), "clearing the local cache needs no server"

    own_admin_server.start()
    dialog.show_page("accounts")
    accounts.banner.button.click()
    wait_loaded(qtbot, accounts)
    assert accounts.new_button.isEnabled()
    assert not accounts.banner.text
    assert CITY_ADMIN in accounts.model.ids()


def test_a_form_sent_while_offline_keeps_what_was_typed(
    qtbot: QtBot, open_dialog: DialogOpener, sessions: Sessions, own_admin_server: LiveServer
) -> None:
    context = sessions.open(own_admin_server, CITY_ADMIN)
    dialog = open_dialog(context)
    accounts = dialog.show_page("accounts")
    assert isinstance(accounts, AccountsPage)
    wait_loaded(qtbot, accounts)
    accounts.new_button.click()
    form = accounts.active_dialog
    assert isinstance(form, AccountDialog)
    form.region.setCurrentIndex(form.region.findData("430181"))
    form.name.setText("吴海燕")
    form.unit.setText("浏阳市地方海事处")
    form.permissions.set_chosen(["审核", "查询"])
    form.password.setText("Mno963&*(")
    form.password_confirm.setText("Mno963&*(")

    own_admin_server.stop()
    form.submit_button.click()
    qtbot.waitUntil(lambda: "未提交" in form.message.text(), timeout=WAIT_MS)
    assert "不会离线排队" in form.message.text()
    assert form.isVisible() and form.name.text() == "吴海燕" and form.password.text()
    assert context.outbox.counts().total == 0, "nothing was queued"

    own_admin_server.start()
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS):
        form.submit_button.click()
    assert "430181-2" in accounts.model.ids()
