"""A record list page over a real synced cache: header sort, open on double-click, Excel."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from core.query import AnyOf, Query
from core.vocab import Permission, RegionLevel
from desktop.context import AppContext
from desktop.demo_server import DemoAccount
from desktop.models.list_columns import list_spec
from desktop.views.lists.list_page import RecordListPage
from tests.ui.demo_fixtures import ContextFactory, find_account
from tests.ui.recording_opener import RecordingOpener


def open_page(
    qtbot: QtBot, context: AppContext, kind: str = "applications"
) -> tuple[RecordListPage, RecordingOpener]:
    opener = RecordingOpener()
    page = RecordListPage(context, kind, "拆建申请记录", opener, editable=True)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20_000)
    return page, opener


def province(app_context: ContextFactory, accounts: list[DemoAccount]) -> AppContext:
    return app_context(find_account(accounts, RegionLevel.PROVINCE, Permission.SYSTEM))


def header_click(qtbot: QtBot, page: RecordListPage, section: int) -> None:
    header = page.table.horizontalHeader()
    page.table.scrollTo(page.model.index(0, section))
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    with qtbot.waitSignal(page.model.loaded, timeout=20_000):
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
        )


def test_clicking_a_header_sorts_by_that_column_both_ways(
    qtbot: QtBot, app_context: ContextFactory, demo_accounts: list[DemoAccount]
) -> None:
    context = province(app_context, demo_accounts)
    page, _opener = open_page(qtbot, context)
    section = list_spec("applications").index_of("ship_name")
    header_click(qtbot, page, section)
    with sqlite3.connect(context.db.path) as connection:
        ascending = [
            row[0]
            for row in connection.execute(
                "SELECT id FROM applications ORDER BY ship_name IS NULL, ship_name, id"
            )
        ]
    assert page.model.ids() == ascending
    header_click(qtbot, page, section)
    with sqlite3.connect(context.db.path) as connection:
        descending = [
            row[0]
            for row in connection.execute(
                "SELECT id FROM applications ORDER BY ship_name IS NULL, ship_name DESC, id"
            )
        ]
    assert page.model.ids() == descending
    assert "船名↓" in page.query_text()


def test_double_click_opens_the_workspace_with_the_whole_result(
    qtbot: QtBot, app_context: ContextFactory, county_reviewer: DemoAccount
) -> None:
    context = app_context(county_reviewer)
    page, opener = open_page(qtbot, context)
    row = min(2, page.model.rowCount() - 1)
    rect = page.table.visualRect(page.model.index(row, 0))
    viewport = page.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opener.opened == [("applications", page.model.ids(), row)]
    page.table.select_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opener.opened[-1] == ("applications", page.model.ids(), 0)


def test_export_writes_the_result_with_its_row_count(
    qtbot: QtBot, app_context: ContextFactory, demo_accounts: list[DemoAccount], tmp_path: Path
) -> None:
    context = province(app_context, demo_accounts)
    page, _opener = open_page(qtbot, context)
    with qtbot.waitSignal(page.model.loaded, timeout=20_000):
        page.run_query(Query((AnyOf("project", ("拆解",)),)))
    expected = page.model.ids()
    assert 0 < len(expected) < 600
    target = tmp_path / "拆解船舶.xlsx"
    with qtbot.waitSignal(page.exporter.finished, timeout=30_000) as done:
        page.export_to(target)
    assert done.args[0] is True
    assert str(target) in done.args[1]
    sheet = load_workbook(target, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == len(expected) + 1
    assert rows[0][0] == "船名"
    assert {row[2] for row in rows[1:]} == {"拆解"}


def test_cancelled_export_leaves_no_file(
    qtbot: QtBot, app_context: ContextFactory, demo_accounts: list[DemoAccount], tmp_path: Path
) -> None:
    context = province(app_context, demo_accounts)
    page, _opener = open_page(qtbot, context)
    target = tmp_path / "全部.xlsx"
    with qtbot.waitSignal(page.exporter.finished, timeout=30_000) as done:
        page.export_to(target)
        page.exporter.cancel()
    assert done.args == [False, "已取消导出，未生成文件。"]
    assert not target.exists()


def test_handler_buttons_open_the_forms_and_upload(
    qtbot: QtBot, app_context: ContextFactory, county_reviewer: DemoAccount
) -> None:
    context = app_context(county_reviewer)
    page, opener = open_page(qtbot, context)
    buttons = {button.text(): button for button in page.findChildren(QPushButton)}
    buttons["建档"].click()
    assert opener.forms == [("applications", None)]
    buttons["修改"].click()
    assert len(opener.forms) == 1
    page.table.select_row(1)
    buttons["修改"].click()
    buttons["上传材料"].click()
    assert opener.forms[-1] == ("applications", page.model.id_at(1))
    assert opener.uploads == [("applications", page.model.id_at(1))]
