"""Screenshots of every report page with the demo world, for review (artifacts/screenshots/).

A province account sees the whole hierarchy (省总计, 市合计, 县小计 and details), so its pages
show every row style. Each test checks the picture holds a built, non-empty report before it
is saved, so a blank page fails instead of being filed as a screenshot.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from core.vocab import Permission, RegionLevel
from desktop.app import apply_style, install_translations
from desktop.demo_server import DemoAccount
from desktop.views.lists.list_page import RecordListPage
from desktop.views.main_window.main_window import MainWindow
from desktop.views.reports.applicant_summary import ApplicantSummaryDialog
from desktop.views.reports.report_page import ReportPage
from tests.ui.demo_fixtures import ContextFactory, find_account
from tests.ui.recording_opener import RecordingOpener
from tests.ui.test_app_screenshots import SIZE, save

TIMEOUT_MS = 20_000
MENU_KEYS = {
    "reports.joint_review": "joint_review_summary",
    "reports.scrapping": "scrapping_funds",
    "reports.building": "building_funds",
    "reports.annex7": "annex7",
    "reports.cargo": "cargo_funds",
    "reports.annex8": "annex8",
}


@pytest.fixture(autouse=True)
def styled(qapp: QApplication) -> None:
    install_translations(qapp)
    apply_style(qapp)


@pytest.fixture
def province(demo_accounts: list[DemoAccount]) -> DemoAccount:
    return find_account(demo_accounts, RegionLevel.PROVINCE, Permission.QUERY)


def shoot(qtbot: QtBot, window: QWidget, page: ReportPage, name: str) -> None:
    """Wait for the report, check it is shown with rows, then save the window."""
    qtbot.waitUntil(lambda: page.shown_report is not None, timeout=TIMEOUT_MS)
    assert page.shown_report is not None and not page.shown_report.empty, page.status_text()
    assert page.body.currentWidget() is page.table
    qtbot.wait(200)
    assert save(window, name).stat().st_size > 10_000


@pytest.mark.parametrize("menu_key", sorted(MENU_KEYS))
def test_report_page(
    qtbot: QtBot, app_context: ContextFactory, province: DemoAccount, menu_key: str
) -> None:
    window = MainWindow(app_context(province), RecordingOpener())
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    window.navigation.choose(menu_key)
    page = window.current_page()
    assert isinstance(page, ReportPage)
    qtbot.waitUntil(page.summarize_button.isEnabled, timeout=TIMEOUT_MS)
    page.summarize()
    shoot(qtbot, window, page, f"report_{MENU_KEYS[menu_key]}.png")


def test_applicant_summary(
    qtbot: QtBot, app_context: ContextFactory, province: DemoAccount
) -> None:
    context = app_context(province)
    page = RecordListPage(context, "applicants", "拆建申请人", RecordingOpener())
    qtbot.addWidget(page)
    page.open_applicant_summary()
    dialog = page.findChild(ApplicantSummaryDialog)
    assert dialog is not None
    dialog.resize(*SIZE)
    shoot(qtbot, dialog, dialog.page, "report_applicant_summary.png")
    dialog.close()


def test_empty_result(qtbot: QtBot, app_context: ContextFactory, province: DemoAccount) -> None:
    window = MainWindow(app_context(province), RecordingOpener())
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    window.navigation.choose("reports.cargo")
    page = window.current_page()
    assert isinstance(page, ReportPage)
    qtbot.waitUntil(page.summarize_button.isEnabled, timeout=TIMEOUT_MS)
    page.filters.set_years([2001])
    page.summarize()
    qtbot.waitUntil(lambda: page.shown_report is not None, timeout=TIMEOUT_MS)
    assert page.body.currentWidget() is page.notice
    assert save(window, "report_empty.png").stat().st_size > 10_000
