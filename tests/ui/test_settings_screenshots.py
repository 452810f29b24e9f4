"""Screenshots of every settings page and form with real data from the server, for people to
look at: artifacts/screenshots/settings_*.png. The assertions only guard against a blank or
half-painted capture; whether Chinese renders and nothing is cut off is judged by looking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.vocab import Decision
from desktop.context import AppContext
from desktop.views.settings import year_tables
from desktop.views.settings.dialog import SettingsDialog
from desktop.views.settings.remote_page import RemotePage
from desktop.views.settings.server_page import ServerCachePage
from desktop.views.settings.table_editor import TableEditor
from tests.desktop import server_world
from tests.desktop.helpers import OPINION
from tests.desktop.live_server import LiveServer
from tests.ui.settings_support import (  # noqa: F401  (fixtures, registered by name)
    COUNTY_HANDLER,
    PROVINCE_ADMIN,
    WAIT_MS,
    DialogOpener,
    Sessions,
    open_dialog_fixture,
    own_admin_server_fixture,
    save_screenshot,
    sessions_fixture,
    settings_keyring_fixture,
    shared_admin_server_fixture,
    wait_loaded,
)


def colours(path: Path) -> int:
    image = QImage(str(path))
    assert not image.isNull()
    step = 7
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def shoot(qtbot: QtBot, widget: QWidget, name: str) -> None:
    widget.show()
    widget.raise_()
    qtbot.wait(150)
    assert colours(save_screenshot(widget, name)) > 8


def page_of(qtbot: QtBot, dialog: SettingsDialog, key: str) -> QWidget:
    page = dialog.show_page(key)
    if isinstance(page, RemotePage):
        wait_loaded(qtbot, page)
    return page


def admin_dialog(
    open_dialog: DialogOpener, sessions: Sessions, server: LiveServer
) -> tuple[AppContext, SettingsDialog]:
    context = sessions.open(server, PROVINCE_ADMIN)
    return context, open_dialog(context)


def test_screenshot_server_and_cache(
    qtbot: QtBot, open_dialog: DialogOpener, sessions: Sessions, own_admin_server: LiveServer
) -> None:
    _applicant, ids = server_world.add_applications(own_admin_server.db, server_world.COUNTY, 3)
    shas = [
        server_world.add_material(
            own_admin_server.db,
            own_admin_server.settings,
            record,
            name,
            b"%PDF-1.4 " + name.encode() * 4000,
        )
        for record, name in ((ids[0], "资金申请表.pdf"), (ids[1], "船舶营运证.pdf"))
    ]
    context = sessions.open(own_admin_server, COUNTY_HANDLER)
    for sha in shas:
        context.materials.path(sha)
    context.sync_thread.shutdown()
    context.actions.decide("applications", ids[0], Decision.PASS, OPINION)
    dialog = open_dialog(context)
    page = dialog.show_page("server")
    assert isinstance(page, ServerCachePage)
    page.url.setText("https://jbsh.hnsy.gov.cn")
    qtbot.waitUntil(lambda: page.usage is not None, timeout=WAIT_MS)
    shoot(qtbot, dialog, "server")


def test_screenshot_accounts_and_forms(
    qtbot: QtBot, open_dialog: DialogOpener, sessions: Sessions, shared_admin_server: LiveServer
) -> None:
    _context, dialog = admin_dialog(open_dialog, sessions, shared_admin_server)
    page = page_of(qtbot, dialog, "accounts")
    page.select("430100-2")  # type: ignore[attr-defined]
    shoot(qtbot, dialog, "accounts")

    page.new_button.click()  # type: ignore[attr-defined]
    form = page.active_dialog  # type: ignore[attr-defined]
    form.region.setCurrentIndex(form.region.findData("430100"))
    form.name.setText("李")
    form.unit.setText("长沙市交通运输局")
    form.permissions.set_chosen(["编辑", "审核", "查询"])
    form.password.setText("sha369@!")
    form.password.eye.setChecked(True)
    form.submit_button.click()
    shoot(qtbot, form, "account_dialog")
    form.done(0)

    page.select("430100-2")  # type: ignore[attr-defined]
    page.password_button.click()  # type: ignore[attr-defined]
    reset = page.active_dialog  # type: ignore[attr-defined]
    reset.password.setText("Sha36@!")
    reset.password_confirm.setText("Sha36@!")
    reset.submit_button.click()
    shoot(qtbot, reset, "password_dialog")
    reset.done(0)


def test_screenshot_profile(
    qtbot: QtBot, open_dialog: DialogOpener, sessions: Sessions, shared_admin_server: LiveServer
) -> None:
    _context, dialog = admin_dialog(open_dialog, sessions, shared_admin_server)
    page = page_of(qtbot, dialog, "profile")
    page.password.old.setText("Sha369@!#")  # type: ignore[attr-defined]
    shoot(qtbot, dialog, "profile")


def test_screenshot_statuses(
    qtbot: QtBot, open_dialog: DialogOpener, sessions: Sessions, shared_admin_server: LiveServer
) -> None:
    _context, dialog = admin_dialog(open_dialog, sessions, shared_admin_server)
    page = page_of(qtbot, dialog, "statuses")
    page.select_first()  # type: ignore[attr-defined]
    shoot(qtbot, dialog, "statuses")
    page.new_button.click()  # type: ignore[attr-defined]
    form = page.active_dialog  # type: ignore[attr-defined]
    form.state.setCurrentIndex(form.state.findData("关闭"))
    form.note.setText("年度申报结束，关闭申报窗口")
    shoot(qtbot, form, "status_dialog")
    form.done(0)


def test_screenshot_years_and_tables(
    qtbot: QtBot, open_dialog: DialogOpener, sessions: Sessions, shared_admin_server: LiveServer
) -> None:
    _context, dialog = admin_dialog(open_dialog, sessions, shared_admin_server)
    page = page_of(qtbot, dialog, "years")
    shoot(qtbot, dialog, "years")

    page.buttons["new"].click()  # type: ignore[attr-defined]
    form = page.active_dialog  # type: ignore[attr-defined]
    form.note.setText("下一年度水运奖补资金申报")
    shoot(qtbot, form, "year_dialog")
    form.done(0)

    for table in (year_tables.STANDARDS, year_tables.MATERIALS):
        qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)  # type: ignore[attr-defined]
        page.buttons[table].click()  # type: ignore[attr-defined]
        editor = page.active_dialog  # type: ignore[attr-defined]
        assert isinstance(editor, TableEditor)
        qtbot.waitUntil(lambda editor=editor: editor.version is not None, timeout=WAIT_MS)
        if table == year_tables.STANDARDS:
            model = editor.model
            model.setData(model.index(3, model.column_of("coefficient") or 0), "0.7O")
            editor.buttons["save"].click()
            qtbot.waitUntil(
                lambda editor=editor: bool(editor.model.problems.cells), timeout=WAIT_MS
            )
        shoot(qtbot, editor, table)
        editor.dirty = False
        editor.close()


def test_screenshot_offline(
    qtbot: QtBot, open_dialog: DialogOpener, sessions: Sessions, own_admin_server: LiveServer
) -> None:
    context = sessions.open(own_admin_server, "430100-1")
    own_admin_server.stop()
    dialog = open_dialog(context)
    page = dialog.show_page("accounts")
    qtbot.waitUntil(lambda: "离线" in page.banner.text, timeout=WAIT_MS)  # type: ignore[attr-defined]
    shoot(qtbot, dialog, "offline")
