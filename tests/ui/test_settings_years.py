"""奖补年份 in the settings dialog against the real server: the standards table is edited as a
sheet and the server's problems land on their cells; the material list's rules are checked
before sending and land on their rows; a new year copies the previous year's tables and opens
the declaration for a month, ending every session."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from core import declaration
from desktop.context import AppContext
from desktop.sync.api_client import ApiClient
from desktop.views.settings import year_tables
from desktop.views.settings.dialog import SettingsDialog
from desktop.views.settings.remote import AdminApi
from desktop.views.settings.table_editor import TableEditor
from desktop.views.settings.year_dialog import YearDialog
from desktop.views.settings.years_page import YearsPage
from tests.desktop import server_world
from tests.desktop.live_server import LiveServer
from tests.ui.settings_support import (  # noqa: F401  (fixtures, registered by name)
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
    shared_admin_server_fixture,
    wait_loaded,
)


def open_years(
    qtbot: QtBot, open_dialog: DialogOpener, context: AppContext
) -> tuple[SettingsDialog, YearsPage]:
    dialog = open_dialog(context)
    page = dialog.show_page("years")
    assert isinstance(page, YearsPage)
    wait_loaded(qtbot, page)
    return dialog, page


def open_editor(qtbot: QtBot, page: YearsPage, table: str) -> TableEditor:
    page.buttons[table].click()
    editor = page.active_dialog
    assert isinstance(editor, TableEditor)
    qtbot.waitUntil(lambda: editor.version is not None, timeout=WAIT_MS)
    return editor


def server_table(server: LiveServer, year: int, table: str) -> dict:
    client = ApiClient(server.url)
    try:
        client.token = client.login(PROVINCE_ADMIN, PASSWORD)["token"]
        return AdminApi(client).table(year, table)
    finally:
        client.close()


def test_standards_problems_from_the_server_land_on_their_cells(
    qtbot: QtBot, open_dialog: DialogOpener, sessions: Sessions, shared_admin_server: LiveServer
) -> None:
    context = sessions.open(shared_admin_server, PROVINCE_ADMIN)
    _dialog, page = open_years(qtbot, open_dialog, context)
    year = server_world.china_today().year
    assert page.selected_row() is not None and page.selected_row()["year"] == year
    editor = open_editor(qtbot, page, year_tables.STANDARDS)
    model = editor.model
    before = server_table(shared_admin_server, year, "standards")
    assert model.rowCount() == len(before["rows"]) > 10

    coefficient = model.index(2, model.column_of("coefficient") or 0)
    param_range = model.index(4, model.column_of("param_range") or 0)
    original = (coefficient.data(), param_range.data())
    model.setData(coefficient, "abc")
    model.setData(param_range, "15-10")
    editor.buttons["save"].click()
    qtbot.waitUntil(lambda: bool(model.problems.cells), timeout=WAIT_MS)
    assert set(model.problems.cells) == {(2, "coefficient"), (4, "param_range")}
    assert "奖补标准第 3 行" in "".join(model.problems.cells[(2, "coefficient")])
    assert coefficient.data(0x3) == "\n".join(model.problems.cells[(2, "coefficient")])  # tooltip
    assert editor.problem_list.count() == 2 and "2 个问题" in editor.banner.text
    assert editor.dirty, "the refused edits are still in the sheet"
    assert server_table(shared_admin_server, year, "standards")["version"] == before["version"]

    model.setData(coefficient, original[0])
    model.setData(param_range, original[1])
    model.setData(model.index(0, model.column_of("description") or 0), "部政策->补贴标准（已核对）")
    editor.buttons["save"].click()
    qtbot.waitUntil(lambda: "已保存" in editor.banner.text, timeout=WAIT_MS)
    after = server_table(shared_admin_server, year, "standards")
    assert after["version"] > before["version"] and not editor.dirty
    assert after["rows"][0]["description"] == "部政策->补贴标准（已核对）"
    editor.close()


def test_material_list_rules_are_checked_before_sending(
    qtbot: QtBot, open_dialog: DialogOpener, sessions: Sessions, shared_admin_server: LiveServer
) -> None:
    context = sessions.open(shared_admin_server, PROVINCE_ADMIN)
    _dialog, page = open_years(qtbot, open_dialog, context)
    year = server_world.china_today().year
    before = server_table(shared_admin_server, year, "materials")
    editor = open_editor(qtbot, page, year_tables.MATERIALS)
    model = editor.model
    name = model.index(1, model.column_of("name") or 0)
    model.setData(name, "营业执照(副本).pdf")
    editor.buttons["save"].click()
    assert 1 in model.problems.rows, "placed on the row the core's message names"
    assert "中文圆括号" in "".join(model.problems.rows[1])
    assert model.headerData(1, 0x2, 0).endswith("⚠")  # Qt.Vertical, DisplayRole
    assert not editor.busy, "nothing was sent"
    assert server_table(shared_admin_server, year, "materials")["version"] == before["version"]

    editor.add_row()
    added = editor.table.currentIndex().row()
    assert model.row(added)["code"] == "" and not model.problems.rows
    editor.remove_row()
    model.setData(name, before["rows"][1]["name"])
    editor.buttons["save"].click()
    qtbot.waitUntil(lambda: "已保存" in editor.banner.text, timeout=WAIT_MS)

    model.setData(name, "营业执照（副本）.pdf")
    editor.close()
    assert editor.isVisible(), "unsaved edits: the editor asks first"
    assert "尚未保存" in answer_yes(qtbot)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)
    assert (
        server_table(shared_admin_server, year, "materials")["rows"][1]["name"]
        == (before["rows"][1]["name"])
    )


def test_a_new_year_copies_the_tables_and_opens_for_a_month(
    qtbot: QtBot, open_dialog: DialogOpener, sessions: Sessions, own_admin_server: LiveServer
) -> None:
    context = sessions.open(own_admin_server, PROVINCE_ADMIN)
    dialog, page = open_years(qtbot, open_dialog, context)
    latest = page.model.row(0)
    page.buttons["delete"].click()  # records use this year: the server keeps it
    assert "一并删除" in answer_yes(qtbot)
    qtbot.waitUntil(lambda: "不能删除" in page.banner.text, timeout=WAIT_MS)
    assert dialog.isVisible() and page.model.rowCount() == 2

    page.buttons["new"].click()
    form = page.active_dialog
    assert isinstance(form, YearDialog)
    next_year = latest["year"] + 1
    assert form.year_number == next_year
    notice = form.creation_notice()
    until = declaration.add_months(server_world.china_today(), 1).isoformat()
    assert f"{latest['year']} 年的奖补标准（{latest['standards_count']} 行）" in notice
    assert until in notice

    form.pdf.setValue(15)
    form.note.setText(f"{next_year}年度水运奖补资金申报")
    with qtbot.waitSignal(dialog.session_ended, timeout=WAIT_MS) as ended:
        form.submit_button.click()
        answer_yes(qtbot)
    assert str(next_year) in ended.args[0] and until in ended.args[0]

    standards = server_table(own_admin_server, next_year, "standards")
    assert len(standards["rows"]) == latest["standards_count"]
    assert {row["year"] for row in standards["rows"]} == {next_year}
