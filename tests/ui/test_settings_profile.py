"""个人资料 against the real server: own name and unit round trip, own password change (the
server's "原密码不正确" beside its field, the new one works, this session stays), and
注销(自己)登录者 (asks for the password and a confirmation, then ends the session)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.sync import credentials
from desktop.sync.api_client import ApiClient
from desktop.sync.errors import ProblemResponse
from desktop.views.settings.dialog import SettingsDialog
from desktop.views.settings.profile_page import ProfilePage
from tests.desktop.live_server import LiveServer
from tests.ui.settings_support import (  # noqa: F401  (fixtures, registered by name)
    PASSWORD,
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

CITY_HANDLER = "430100-2"
EXTERNAL_REVIEWER = "430182-1"
NEW_PASSWORD = "Pqr147<>?"


def open_profile(
    qtbot: QtBot, open_dialog: DialogOpener, context: AppContext
) -> tuple[SettingsDialog, ProfilePage]:
    dialog = open_dialog(context)
    page = dialog.show_page("profile")
    assert isinstance(page, ProfilePage)
    wait_loaded(qtbot, page)
    return dialog, page


def server_me(server: LiveServer, account_id: str, password: str) -> dict:
    client = ApiClient(server.url)
    try:
        client.token = client.login(account_id, password)["token"]
        return client.me()
    finally:
        client.close()


def test_profile_change_round_trip(
    qtbot: QtBot, open_dialog: DialogOpener, sessions: Sessions, shared_admin_server: LiveServer
) -> None:
    context = sessions.open(shared_admin_server, CITY_HANDLER)
    dialog, page = open_profile(qtbot, open_dialog, context)
    assert list(dialog.pages) == ["server", "profile"], "no 管理, no 系统: two pages"
    form = page.profile
    assert form.edits["name"].text() == "陈晓红"
    assert form.account.text() == CITY_HANDLER and "长沙市" in form.region.text()

    form.edits["name"].setText("Chen")
    form.edits["unit"].setText("长沙")
    form.submit_button.click()
    assert "姓名" in form.fields.error_text("name"), "the core's rule, before sending"
    assert "所在单位与部门" in form.fields.error_text("unit")

    form.edits["name"].setText("陈晓虹")
    form.edits["unit"].setText("长沙市水运事务中心")
    form.edits["department"].setText("船舶检验科室")
    with qtbot.waitSignal(dialog.profile_changed, timeout=WAIT_MS) as changed:
        form.submit_button.click()
    assert changed.args[0]["name"] == "陈晓虹"
    assert "个人资料已保存" in page.banner.text
    me = server_me(shared_admin_server, CITY_HANDLER, PASSWORD)
    assert (me["name"], me["unit"], me["department"]) == (
        "陈晓虹",
        "长沙市水运事务中心",
        "船舶检验科室",
    )

    dialog.close()
    _again, page = open_profile(qtbot, open_dialog, context)
    assert page.profile.edits["name"].text() == "陈晓虹"
    assert page.profile.edits["unit"].text() == "长沙市水运事务中心"


def test_own_password_change(
    qtbot: QtBot, open_dialog: DialogOpener, sessions: Sessions, shared_admin_server: LiveServer
) -> None:
    context = sessions.open(shared_admin_server, "430000-7", remember=True)
    _dialog, page = open_profile(qtbot, open_dialog, context)
    form = page.password
    form.old.setText("Wrong123!@#")
    form.new.setText("abc123!@#")
    form.confirm.setText("abc123!@#")
    form.submit_button.click()
    assert "缺少大写字母" in form.fields.error_text("new_password"), "checked before sending"

    form.new.setText(NEW_PASSWORD)
    form.confirm.setText(NEW_PASSWORD)
    form.submit_button.click()
    qtbot.waitUntil(lambda: bool(form.fields.error_text("old_password")), timeout=WAIT_MS)
    assert form.fields.error_text("old_password") == "原密码：不正确，请输入当前的登录密码"

    form.old.setText(PASSWORD)
    with qtbot.waitSignal(form.changed, timeout=WAIT_MS):
        form.submit_button.click()
    assert not form.new.text(), "passwords are not left in the fields"
    assert "登录密码已修改" in page.banner.text
    assert context.client.me()["id"] == "430000-7", "this session stays"
    assert credentials.load_password(context.server_url, "430000-7") == NEW_PASSWORD
    assert server_me(shared_admin_server, "430000-7", NEW_PASSWORD)["id"] == "430000-7"
    with pytest.raises(ProblemResponse):
        server_me(shared_admin_server, "430000-7", PASSWORD)


def test_deactivating_oneself_asks_then_ends_the_session(
    qtbot: QtBot, open_dialog: DialogOpener, sessions: Sessions, shared_admin_server: LiveServer
) -> None:
    context = sessions.open(shared_admin_server, EXTERNAL_REVIEWER, remember=True)
    dialog, page = open_profile(qtbot, open_dialog, context)
    form = page.deactivation
    form.submit_button.click()
    assert "必须填写" in form.fields.error_text("password")

    form.password.setText("Wrong123!@#")
    form.submit_button.click()
    answer_yes(qtbot)
    qtbot.waitUntil(lambda: bool(form.fields.error_text("password")), timeout=WAIT_MS)
    assert "不正确" in form.fields.error_text("password")

    form.password.setText(PASSWORD)
    form.submit_button.click()
    with qtbot.waitSignal(dialog.session_ended, timeout=WAIT_MS) as ended:
        question = answer_yes(qtbot)
    assert EXTERNAL_REVIEWER in question and "不能撤销" in question
    assert "已注销" in ended.args[0]
    assert credentials.load_token(context.server_url, EXTERNAL_REVIEWER) is None
    assert credentials.load_password(context.server_url, EXTERNAL_REVIEWER) is None
    with pytest.raises(ProblemResponse) as refused:
        server_me(shared_admin_server, EXTERNAL_REVIEWER, PASSWORD)
    assert refused.value.code == "account_inactive"
