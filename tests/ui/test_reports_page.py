"""The report pages of 汇总与导出报表 against a cache synced from the real demo server.

The table must show the report engine's rows for the chosen filter (same kinds, same figures
as ``display_text`` prints them), the filter panel must change what is built, the export
must write an .xlsx holding the report, and 取消 must leave no file behind.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from core.vocab import Level, Permission, RegionLevel
from desktop.context import AppContext
from desktop.demo_server import DemoAccount
from desktop.models import metadata
from desktop.reports.catalog import BY_KEY, Choice, build
from desktop.reports.filters import ReportFilter, SummaryRule
from desktop.reports.model import CellFormat, RowKind, display_text, materialize
from desktop.reports.tables import ReportTables
from desktop.tasks import TaskControl
from desktop.views.reports.report_page import ReportPage
from tests.ui.demo_fixtures import ContextFactory, find_account

BUILD_TIMEOUT_MS = 20_000


def engine_rows(context: AppContext, key: str, report_filter: ReportFilter) -> list[tuple]:
    """What the engine builds for ``report_filter``: (kind, texts) per row."""
    report = build(key, context.db.engine, ReportTables.from_metadata(metadata), report_filter)
    return [
        (row.kind, [display_text(v, c) for v, c in zip(row.cells, report.columns, strict=True)])
        for row in materialize(report)
    ]


def shown_rows(page: ReportPage) -> list[tuple]:
    """What the page's table shows: (kind, texts) per row, the indent removed."""
    model = page.model
    rows = []
    for row in range(model.rowCount()):
        texts = [
            str(model.data(model.index(row, col))).lstrip("　")
            for col in range(model.columnCount())
        ]
        rows.append((model.report_row(row).kind, texts))
    return rows


def open_page(qtbot: QtBot, context: AppContext, key: str) -> ReportPage:
    page = ReportPage(context, key, BY_KEY[key].name)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(page.summarize_button.isEnabled, timeout=BUILD_TIMEOUT_MS)
    return page


def summarize(qtbot: QtBot, page: ReportPage) -> None:
    with qtbot.waitSignal(page.shown, timeout=BUILD_TIMEOUT_MS):
        page.summarize()


@pytest.fixture
def city_context(app_context: ContextFactory, demo_accounts: list[DemoAccount]) -> AppContext:
    return app_context(find_account(demo_accounts, RegionLevel.CITY, Permission.QUERY))


@pytest.mark.parametrize("key", sorted(BY_KEY))
def test_the_table_shows_the_engines_rows(qtbot: QtBot, city_context: AppContext, key: str) -> None:
    page = open_page(qtbot, city_context, key)
    summarize(qtbot, page)
    expected = engine_rows(city_context, key, page.filters.report_filter())
    assert shown_rows(page) == expected
    assert expected[0][0] in (RowKind.PROVINCE_TOTAL, RowKind.CITY_TOTAL)
    report = page.shown_report
    assert report is not None
    leaf_labels = [column.label for column in report.report.columns]
    assert [page.header.cell_texts(i)[-1] for i in range(len(leaf_labels))] == leaf_labels
    assert page.header.sizeHint().height() >= report.report.header.depth * page.header.row_height()


@pytest.mark.parametrize("key", ["scrapping_funds", "building_funds", "cargo_funds", "annex7"])
def test_totals_add_up_their_details(qtbot: QtBot, city_context: AppContext, key: str) -> None:
    """Checked against the rows themselves, not the engine: the cache keeps money as whole
    cents, and a sum that took them for 万元 came out a hundred times too large."""
    page = open_page(qtbot, city_context, key)
    summarize(qtbot, page)
    shown = page.shown_report
    assert shown is not None
    total, details = shown.rows[0], [r for r in shown.rows if r.kind is RowKind.DETAIL]
    assert total.kind is RowKind.CITY_TOTAL and details
    money = [
        index
        for index, column in enumerate(shown.report.columns)
        if column.fmt is CellFormat.MONEY and total.cells[index] is not None
    ]
    assert money and any(total.cells[index] for index in money)
    for index in money:
        assert total.cells[index] == sum(row.cells[index] or 0 for row in details)


def test_choices_are_the_pages_and_change_the_result(
    qtbot: QtBot, city_context: AppContext
) -> None:
    page = open_page(qtbot, city_context, "scrapping_funds")
    assert page.filters.choices == BY_KEY["scrapping_funds"].choices
    region = page.filters.box(Choice.REGION)
    assert region.itemText(0).endswith("（含下辖区县）")
    assert region.count() > 2
    summarize(qtbot, page)
    everything = shown_rows(page)
    assert any(kind is RowKind.DETAIL for kind, _texts in everything)

    page.filters.select(Choice.SUMMARY_RULE, SummaryRule.SUMMARY_ONLY)
    assert "条件已更改" in page.status_text()
    page.filters.select(Choice.PASSED, Level.COUNTY)
    summarize(qtbot, page)
    summaries = shown_rows(page)
    assert summaries == engine_rows(city_context, "scrapping_funds", page.filters.report_filter())
    assert summaries and all(kind is not RowKind.DETAIL for kind, _texts in summaries)
    assert summaries != everything


def test_cargo_review_levels_are_the_city_and_the_province(
    qtbot: QtBot, city_context: AppContext
) -> None:
    page = open_page(qtbot, city_context, "cargo_funds")
    box = page.filters.box(Choice.PASSED)
    assert [box.itemText(i) for i in range(box.count())] == [
        "全部记录",
        "通过市级审核",
        "通过省级审核",
    ]
    assert page.filters.box(Choice.FUND_KIND).currentText() == "资金复核"
    summarize(qtbot, page)
    assert page.header.cell_texts(4) == ["上年完成量（标箱）", "合计"]
    assert page.header.cell_texts(1) == ["市州"]


def test_a_year_without_records_says_so(qtbot: QtBot, city_context: AppContext) -> None:
    page = open_page(qtbot, city_context, "joint_review_summary")
    page.filters.set_years([2001])
    summarize(qtbot, page)
    assert page.body.currentWidget() is page.notice
    assert "没有符合条件的记录" in page.notice.text()
    assert "2001" in page.notice.text()


def test_a_bad_year_gets_a_chinese_message_and_builds_nothing(
    qtbot: QtBot, city_context: AppContext
) -> None:
    page = open_page(qtbot, city_context, "annex7")
    page.filters.set_years([1999])
    page.summarize()
    assert "奖补年份1999无效" in page.status_text()
    assert page.shown_report is None


def test_export_writes_the_report_as_xlsx(
    qtbot: QtBot, city_context: AppContext, tmp_path: Path
) -> None:
    page = open_page(qtbot, city_context, "building_funds")
    summarize(qtbot, page)
    target = tmp_path / "新改.xlsx"
    with qtbot.waitSignal(page.exporter.finished, timeout=BUILD_TIMEOUT_MS) as done:
        page.export_to(target)
    assert done.args[0] is True
    assert str(target) in page.status_text()
    sheet = load_workbook(target, read_only=True).active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row if cell]
    shown = page.shown_report
    assert shown is not None
    assert shown.report.title in values
    assert shown.rows[0].cells[1] in values  # the total row's label


def test_cancel_leaves_no_file(qtbot: QtBot, city_context: AppContext, tmp_path: Path) -> None:
    """The export waits behind a job on the single slow thread, is cancelled, then released."""
    page = open_page(qtbot, city_context, "scrapping_funds")
    release = threading.Event()

    def hold(_control: TaskControl) -> None:
        release.wait(BUILD_TIMEOUT_MS / 1000)

    city_context.tasks.run_cancellable(hold)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "拆解.xlsx"
    page.export_to(target)
    qtbot.waitUntil(lambda: page.exporter.running, timeout=BUILD_TIMEOUT_MS)
    with qtbot.waitSignal(page.exporter.finished, timeout=BUILD_TIMEOUT_MS) as done:
        page.exporter.cancel()
        release.set()
    assert done.args == [False, "已取消导出，未生成文件。"]
    assert list(folder.iterdir()) == []


def _estimate_column(page: ReportPage) -> int:
    shown = page.shown_report
    assert shown is not None
    return next(i for i, c in enumerate(shown.report.columns) if c.key == "estimate")


def _raise_every_estimate(context: AppContext) -> None:
    """What a pull that changed every application would leave: +1.00 万元, newer versions."""
    with context.db.write() as session:
        session.connection().exec_driver_sql(
            "UPDATE applications SET estimate_amount = estimate_amount + 100,"
            " version = version + 1000000"
        )


def test_a_sync_that_changed_the_cache_summarizes_again(
    qtbot: QtBot, city_context: AppContext
) -> None:
    page = open_page(qtbot, city_context, "scrapping_funds")
    summarize(qtbot, page)
    before = page.shown_report
    assert before is not None
    column = _estimate_column(page)
    details = [r for r in before.rows if r.kind is RowKind.DETAIL and r.cells[column] is not None]
    assert details
    page.table.verticalScrollBar().setValue(page.table.verticalScrollBar().maximum() // 2)
    scrolled = page.table.verticalScrollBar().value()

    with qtbot.assertNotEmitted(page.shown, wait=1500):
        city_context.changes.synced.emit()  # nothing changed: nothing is summarized again

    _raise_every_estimate(city_context)
    with qtbot.waitSignal(page.shown, timeout=BUILD_TIMEOUT_MS):
        city_context.changes.synced.emit()
    after = page.shown_report
    assert after is not None and after.report_filter == before.report_filter
    assert after.rows[0].cells[column] == before.rows[0].cells[column] + len(details)
    assert "本地数据已更新，已按原条件重新汇总" in page.status_text()
    assert page.table.verticalScrollBar().value() == scrolled


def test_a_hidden_page_summarizes_again_when_shown(qtbot: QtBot, city_context: AppContext) -> None:
    """Also after a local decision (records_changed), and with the choices kept as shown."""
    page = open_page(qtbot, city_context, "scrapping_funds")
    summarize(qtbot, page)
    before = page.shown_report
    assert before is not None
    page.filters.select(Choice.SUMMARY_RULE, SummaryRule.SUMMARY_ONLY)
    page.hide()
    _raise_every_estimate(city_context)
    with qtbot.assertNotEmitted(page.shown, wait=1500):
        city_context.changes.notify("applications", ["some-id"])
    with qtbot.waitSignal(page.shown, timeout=BUILD_TIMEOUT_MS):
        page.show()
    after = page.shown_report
    assert after is not None and after.report_filter == before.report_filter
    assert after.rows != before.rows
    assert "条件已更改" in page.status_text()
