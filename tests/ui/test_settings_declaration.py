"""申报状态 in the settings dialog against the real server: a province 系统 administrator
closes the declaration window (every session ends, their own included, and the dialog says
so with ``session_ended``); a county handler's edit is then refused by the server with its
Chinese reason, and goes through once the administrator deletes today's status again."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.context import AppContext
from desktop.models import Applicant, ItemState
from desktop.sync.api_client import ApiClient
from desktop.sync.errors import AuthenticationRequired
from desktop.sync.local_rules import ActionRefused
from desktop.views.settings.dialog import SettingsDialog
from desktop.views.settings.remote import AdminApi
from desktop.views.settings.status_dialog import StatusDialog
from desktop.views.settings.statuses_page import StatusesPage
from tests.desktop.live_server import LiveServer
from tests.ui.settings_support import (  # noqa: F401  (fixtures, registered by name)
    COUNTY_HANDLER,
    PASSWORD,
    PROVINCE_ADMIN,
    WAIT_MS,
    DialogOpener,
    Sessions,
    answer_yes,
    open_dialog_fixture,
    own_admin_server_fixture,
    sessions_fixture,
    settings_keyring_fixture,
    wait_loaded,
)

CLOSING_NOTE = "本年度申报结束，关闭申报窗口"


def open_statuses(
    qtbot: QtBot, open_dialog: DialogOpener, context: AppContext
) -> tuple[SettingsDialog, StatusesPage]:
    dialog = open_dialog(context)
    page = dialog.show_page("statuses")
    assert isinstance(page, StatusesPage)
    wait_loaded(qtbot, page)
    return dialog, page


def current_statuses(server: LiveServer) -> list[dict]:
    client = ApiClient(server.url)
    try:
        client.token = client.login(PROVINCE_ADMIN, PASSWORD)["token"]
        return AdminApi(client).statuses()
    finally:
        client.close()


def an_applicant(context: AppContext) -> str:
    with context.db.read() as session:
        found = session.scalars(select(Applicant.id).where(Applicant.region_code == "430121"))
        applicant_id = found.first()
    assert applicant_id is not None
    return applicant_id


def close_window(qtbot: QtBot, dialog: SettingsDialog, page: StatusesPage) -> str:
    page.new_button.click()
    form = page.active_dialog
    assert isinstance(form, StatusDialog)
    form.state.setCurrentIndex(form.state.findData("关闭"))
    assert form.ship_deadline.day == date(2099, 12, 31), "closed: the manual's far deadline"
    form.note.setText("关闭")
    form.submit_button.click()
    assert "备注" in form.fields.error_text("note"), "the core's 5-100 rule, before sending"
    form.note.setText(CLOSING_NOTE)
    form.submit_button.click()
    with qtbot.waitSignal(dialog.session_ended, timeout=WAIT_MS) as ended:
        question = answer_yes(qtbot)
    assert "包括您自己" in question
    return str(ended.args[0])


def test_closing_the_window_ends_sessions_and_refuses_a_county_edit(
    qtbot: QtBot,
    open_dialog: DialogOpener,
    sessions: Sessions,
    own_admin_server: LiveServer,
) -> None:
    handler = sessions.open(own_admin_server, COUNTY_HANDLER, remember=True)
    applicant_id = an_applicant(handler)
    admin = sessions.open(own_admin_server, PROVINCE_ADMIN)
    dialog, page = open_statuses(qtbot, open_dialog, admin)
    page.select_first()
    assert not page.delete_button.isEnabled(), "a status of an earlier day stays"
    assert "只能删除当天创建的申报状态" in page.reason.text()

    message = close_window(qtbot, dialog, page)
    assert "关闭" in message and "重新登录" in message
    assert not dialog.isVisible()
    newest = current_statuses(own_admin_server)[0]
    assert (newest["state"], newest["ship_state"], newest["note"]) == ("关闭", "关闭", CLOSING_NOTE)
    with pytest.raises(AuthenticationRequired):
        admin.client.me()  # the administrator's own session ended too

    # The handler's cache still says "open": the edit is queued, and the server refuses it.
    seq = handler.actions.modify("applicants", applicant_id, {"note": "补充开户许可证"})
    assert handler.engine.sync().ok
    failed = {entry.seq: entry for entry in handler.outbox.problems()}
    assert failed[seq].state is ItemState.FAILED
    assert "申报已关闭" in failed[seq].error and "不能修改" in failed[seq].error
    with pytest.raises(ActionRefused) as refused:  # now the cache knows: refused at once
        handler.actions.modify("applicants", applicant_id, {"note": "再次补充"})
    assert "申报已关闭" in str(refused.value)

    # Deleting today's status reopens the window; the refused edit then goes through.
    admin_again = sessions.open(own_admin_server, PROVINCE_ADMIN)
    dialog, page = open_statuses(qtbot, open_dialog, admin_again)
    page.select_first()
    assert page.delete_button.isEnabled()
    with qtbot.waitSignal(dialog.session_ended, timeout=WAIT_MS):
        page.delete_button.click()
        answer_yes(qtbot)
    assert current_statuses(own_admin_server)[0]["ship_state"] == "开放"
    handler.outbox.retry(seq)
    assert handler.engine.sync().ok
    assert handler.outbox.counts().total == 0
