"""Where the report pages are reached: the 汇总与导出报表 menu (manual 1.4 item 7, menu.py's
level rules) and 【汇总】 on the applicant list (manual 3.1.3, page 3-4)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from core.vocab import Permission, RegionLevel
from desktop.demo_server import DemoAccount
from desktop.models import metadata
from desktop.reports.catalog import build
from desktop.reports.model import display_text, materialize
from desktop.reports.tables import ReportTables
from desktop.views.lists.list_page import RecordListPage
from desktop.views.main_window.main_window import MainWindow
from desktop.views.reports.applicant_summary import ApplicantSummaryDialog
from desktop.views.reports.report_page import ReportPage
from tests.ui.demo_fixtures import ContextFactory, find_account
from tests.ui.recording_opener import RecordingOpener

EVERY_LEVEL = {"reports.joint_review", "reports.scrapping", "reports.building", "reports.annex7"}
CITY_UP = {"reports.cargo", "reports.annex8"}


def report_keys(window: MainWindow) -> set[str]:
    return {key for key in window.navigation.keys if key.startswith("reports.")}


def test_a_county_reviewer_sees_the_ship_reports_not_the_cargo_ones(
    qtbot: QtBot, app_context: ContextFactory, county_reviewer: DemoAccount
) -> None:
    assert Permission.QUERY in county_reviewer.permissions
    window = MainWindow(app_context(county_reviewer), RecordingOpener())
    qtbot.addWidget(window)
    assert report_keys(window) == EVERY_LEVEL
    assert "汇总与导出报表" in window.navigation.group_titles()
    page = window.show_page("reports.scrapping")
    assert isinstance(page, ReportPage)
    assert page.title == "资金测算与复核表（拆解）"
    assert page.entry.key == "scrapping_funds"


def test_a_city_account_sees_every_report(
    qtbot: QtBot, app_context: ContextFactory, demo_accounts: list[DemoAccount]
) -> None:
    account = find_account(demo_accounts, RegionLevel.CITY, Permission.QUERY)
    window = MainWindow(app_context(account), RecordingOpener())
    qtbot.addWidget(window)
    assert report_keys(window) == EVERY_LEVEL | CITY_UP
    page = window.show_page("reports.annex8")
    assert isinstance(page, ReportPage)
    assert page.entry.key == "annex8"


def test_the_applicant_list_summarizes_its_applicants(
    qtbot: QtBot, app_context: ContextFactory, county_reviewer: DemoAccount
) -> None:
    context = app_context(county_reviewer)
    page = RecordListPage(context, "applicants", "拆建申请人", RecordingOpener())
    qtbot.addWidget(page)
    button = next(b for b in page.findChildren(QPushButton) if b.text() == "汇总")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ApplicantSummaryDialog)
    assert dialog is not None
    summary = dialog.page
    qtbot.waitUntil(lambda: summary.shown_report is not None, timeout=20_000)
    report = build(
        "applicant_summary",
        context.db.engine,
        ReportTables.from_metadata(metadata),
        summary.filters.report_filter(),
    )
    first = materialize(report)[0]
    model = summary.model
    assert model.data(model.index(0, 0)) == "记录合计"
    assert [model.data(model.index(0, col)) for col in range(model.columnCount())] == [
        display_text(value, column)
        for value, column in zip(first.cells, report.columns, strict=True)
    ]
    assert first.cells[1] > 0  # the county has applicants: the total is not a zero row
    dialog.close()
