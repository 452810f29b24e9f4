"""The §5.2 query dialog: conditions as SQL, problems beside their fields, saved queries."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.query import AnyOf, Contains, Range, SortRule
from core.vocab import Permission, RegionLevel
from desktop.context import AppContext
from desktop.demo_server import DemoAccount
from desktop.views.lists.list_page import RecordListPage
from desktop.views.query.controls import (
    DateRangeControl,
    MultiControl,
    NumberRangeControl,
    TextControl,
)
from desktop.views.query.parsing import InputProblem, parse_date, parse_number
from desktop.views.query.query_dialog import QueryDialog
from tests.ui.demo_fixtures import ContextFactory, find_account
from tests.ui.recording_opener import RecordingOpener


def open_page(qtbot: QtBot, context: AppContext) -> RecordListPage:
    page = RecordListPage(context, "applications", "拆建申请记录", RecordingOpener())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20_000)
    return page


@pytest.fixture
def province(app_context: ContextFactory, demo_accounts: list[DemoAccount]) -> AppContext:
    return app_context(find_account(demo_accounts, RegionLevel.PROVINCE, Permission.SYSTEM))


def typed(dialog: QueryDialog) -> None:
    """Three conditions, entered as a person would: two projects, a name part, a range."""
    project = dialog.control("project")
    assert isinstance(project, MultiControl)
    project.set_values(["拆解", "更新"])
    name = dialog.control("ship_name")
    assert isinstance(name, TextControl)
    name.set_text(" 机 ")
    tonnage = dialog.control("gross_tonnage")
    assert isinstance(tonnage, NumberRangeControl)
    tonnage.set_texts("100", "")


def test_three_conditions_return_what_sql_returns(qtbot: QtBot, province: AppContext) -> None:
    page = open_page(qtbot, province)
    dialog = page.query_dialog()
    typed(dialog)
    page.open_query_dialog()
    assert dialog.isVisible()
    with qtbot.waitSignal(page.model.loaded, timeout=20_000):
        dialog.run_button.click()
    assert not dialog.isVisible()
    assert page.model.query.conditions == (
        AnyOf("project", ("拆解", "更新")),
        Contains("ship_name", "机"),
        Range("gross_tonnage", 100, None),
    )
    with sqlite3.connect(province.db.path) as connection:
        expected = [
            row[0]
            for row in connection.execute(
                "SELECT id FROM applications WHERE project IN ('拆解', '更新')"
                " AND ship_name LIKE '%机%' AND gross_tonnage >= 100"
                " ORDER BY application_date IS NULL, application_date, id"
            )
        ]
    assert expected
    assert page.model.ids() == expected
    assert "申请项目：拆解、更新" in page.query_text()
    assert "船名含“机”" in page.query_text()


def test_every_bad_input_is_shown_beside_its_field_and_kept(
    qtbot: QtBot, province: AppContext
) -> None:
    page = open_page(qtbot, province)
    dialog = page.query_dialog()
    power = dialog.control("power_kw")
    assert isinstance(power, NumberRangeControl)
    power.set_texts("abc", "12.345")
    applied = dialog.control("application_date")
    assert isinstance(applied, DateRangeControl)
    applied.set_texts("2024-13-45", "")
    tonnage = dialog.control("gross_tonnage")
    assert isinstance(tonnage, NumberRangeControl)
    tonnage.set_texts("500", "100")
    name = dialog.control("ship_name")
    assert isinstance(name, TextControl)
    name.set_text("湘 机")
    before = page.model.ids()
    with qtbot.assertNotEmitted(dialog.query_chosen):
        assert dialog.current_query() is None
    problems = dialog.problem_texts()
    assert set(problems) == {"power_kw", "application_date", "gross_tonnage", "ship_name"}
    assert "不是数字" in problems["power_kw"] and "最多2位小数" in problems["power_kw"]
    assert "起值：没有“2024-13-45”这一天" in problems["application_date"]
    assert "起值500大于止值100" in problems["gross_tonnage"]
    assert "空格" in problems["ship_name"]
    assert "有 4 处输入需要修改" in dialog.summary_text()
    assert power.texts() == ("abc", "12.345")
    assert page.model.ids() == before
    dialog.close()
    page.open_query_dialog()
    assert power.texts() == ("abc", "12.345")
    dialog.close()
    with qtbot.waitSignal(page.model.loaded, timeout=20_000):
        page.model.sort(0, Qt.SortOrder.DescendingOrder)
    page.open_query_dialog()
    assert power.texts() == ("abc", "12.345")
    assert dialog.sort_rules()[0].descending


def test_saved_query_round_trip(qtbot: QtBot, province: AppContext) -> None:
    page = open_page(qtbot, province)
    dialog = page.query_dialog()
    typed(dialog)
    dialog.set_sort_rules((SortRule("gross_tonnage", descending=True), SortRule("ship_name")))
    assert dialog.save_current("大吨位拆解更新")
    expected = dialog.current_query()
    assert expected is not None

    other = open_page(qtbot, province)
    fresh = other.query_dialog()
    assert fresh is not dialog
    assert fresh.saved_names() == ["大吨位拆解更新"]
    assert fresh.load_saved("大吨位拆解更新")
    assert fresh.current_query() == expected
    with qtbot.waitSignal(other.model.loaded, timeout=20_000):
        other.run_query(expected)
    with qtbot.waitSignal(page.model.loaded, timeout=20_000):
        page.run_query(expected)
    assert other.model.ids() == page.model.ids()
    assert other.model.sort_rules() == expected.sort


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-5-21", date(2024, 5, 21)),
        ("2024/05/21", date(2024, 5, 21)),
        ("2024.5.1", date(2024, 5, 1)),
        ("20240521", date(2024, 5, 21)),
        ("2024年5月21日", date(2024, 5, 21)),
        ("", None),
    ],
)
def test_dates_are_read_as_people_type_them(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_numbers_keep_their_precision_and_reject_the_rest() -> None:
    assert parse_number("1,234", 0) == 1234
    assert parse_number("12.5", 2) == Decimal("12.5")
    for bad, decimals in (("12.5", 0), ("1.234", 2), ("abc", 2), ("nan", 2)):
        with pytest.raises(InputProblem):
            parse_number(bad, decimals)
    with pytest.raises(InputProblem):
        parse_date("2024-02-30")
