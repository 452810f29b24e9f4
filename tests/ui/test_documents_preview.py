"""Printing a record's documents from the review workspace: Ctrl+P / the 打印 menu open a
preview of the document made from the local cache, which prints through QPrinter and saves
as PDF. Read-only on the shared demo server (files go to the test's temporary folder)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from core.vocab import Permission, RegionLevel
from desktop.context import AppContext
from desktop.demo_server import DemoAccount
from desktop.documents.printing import DocumentKind
from desktop.views.documents.preview import DocumentPreview
from desktop.views.pdf.print_job import PrintOutcome
from desktop.views.workspace import WorkspaceWindow, open_workspace
from tests.documents.conftest import pdf_text
from tests.ui.demo_fixtures import ContextFactory, find_account
from tests.ui.test_workspace_fixtures import (  # noqa: F401 - fixtures
    SCREEN_SIZE,
    WAIT_MS,
    cache_rows,
    close_later_fixture,
    screenshot,
)

SHIP_SQL = (
    "SELECT r.id, r.ship_name, r.form_no, a.name, r.estimate_amount FROM {table} r"
    " JOIN applications p ON p.id = {application}"
    " JOIN applicants a ON a.id = p.applicant_id"
    " WHERE r.ship_name IS NOT NULL AND r.estimate_amount IS NOT NULL LIMIT 1"
)


@pytest.fixture(name="province")
def province_fixture(app_context: ContextFactory, demo_accounts: list[DemoAccount]) -> AppContext:
    return app_context(find_account(demo_accounts, RegionLevel.PROVINCE, Permission.REVIEW))


def ship_record(context: AppContext, kind: str = "applications") -> tuple[str, ...]:
    """(id, ship name, form number, applicant name, estimate in 万元 as printed) of a record."""
    application = "r.id" if kind == "applications" else "r.application_id"
    rows = cache_rows(context, SHIP_SQL.format(table=kind, application=application))
    assert rows, f"the demo cache has no {kind} record with a ship and an estimate"
    record_id, ship, form_no, applicant, estimate = rows[0]
    amount = Decimal(int(str(estimate))).scaleb(-2)  # the cache stores 万元 × 100 as an integer
    return str(record_id), str(ship), str(form_no), str(applicant), f"{amount:,.2f}"


def open_on(
    qtbot: QtBot,
    context: AppContext,
    close_later: Callable[[QWidget], QWidget],
    kind: str,
    ids: list[str],
) -> WorkspaceWindow:
    window = open_workspace(context, kind, ids, 0, None)
    assert isinstance(window, WorkspaceWindow)
    close_later(window)
    window.resize(*SCREEN_SIZE)
    qtbot.waitUntil(lambda: window.current is not None, timeout=WAIT_MS)
    return window


def shown_preview(qtbot: QtBot, window: QWidget) -> DocumentPreview:
    """The preview the workspace opened, once its document is on screen."""
    qtbot.waitUntil(lambda: window.findChild(DocumentPreview) is not None, timeout=WAIT_MS)
    preview = window.findChild(DocumentPreview)
    assert isinstance(preview, DocumentPreview)
    preview.resize(*SCREEN_SIZE)
    qtbot.waitUntil(lambda: preview.viewer.page_count() > 0, timeout=WAIT_MS)
    return preview


def test_ctrl_p_previews_the_opinion_sheet_and_saves_it_as_pdf(
    qtbot: QtBot, province: AppContext, close_later: Callable[[QWidget], QWidget], tmp_path: Path
) -> None:
    record_id, ship, form_no, applicant, estimate = ship_record(province)
    window = open_on(qtbot, province, close_later, "applications", [record_id])
    assert window.documents.button.isVisible() and window.documents.button.isEnabled()
    qtbot.wait(400)
    screenshot(window, "document_preview_workspace_button.png")

    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = shown_preview(qtbot, window)
    assert preview.viewer.page_count() == 1
    assert DocumentKind.OPINION_SHEET in preview.windowTitle() and ship in preview.windowTitle()
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()
    offered = [
        button.text()
        for button in preview.findChildren(QAbstractButton)
        if button.isVisible() and button.text().startswith(("打印", "另存为"))
    ]
    assert sorted(offered) == ["另存为PDF…", "打印…"]  # once each, not again in the toolbar
    qtbot.wait(400)
    screenshot(preview, "document_preview_opinion_sheet.png")

    target = tmp_path / "意见表.pdf"
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.findChild(QFileDialog) is not None, timeout=WAIT_MS)
    dialog = preview.findChild(QFileDialog)
    assert dialog.selectedFiles()[0].endswith(f"{preview.viewer.title()}.pdf")
    with qtbot.waitSignal(preview.viewer.copy_saved, timeout=WAIT_MS):
        dialog.fileSelected.emit(str(target))
    text = pdf_text(target.read_bytes())
    for expected in ("湖南省水运奖补资金审核意见表", ship, form_no, applicant, estimate):
        assert expected in text, expected
    assert str(target) in preview.note.text()
    preview.close()


def test_printing_the_preview_goes_through_qprinter(
    qtbot: QtBot, province: AppContext, close_later: Callable[[QWidget], QWidget], tmp_path: Path
) -> None:
    record_id, *_fields = ship_record(province)
    window = open_on(qtbot, province, close_later, "applications", [record_id])
    preview = window.documents.preview(DocumentKind.OPINION_SHEET)
    assert preview is not None
    shown_preview(qtbot, window)

    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.findChild(QPrintDialog) is not None, timeout=WAIT_MS)
    preview.findChild(QPrintDialog).reject()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    with qtbot.waitSignal(preview.viewer.print_finished, timeout=WAIT_MS) as finished:
        assert preview.viewer.print_to(printer) is not None
    assert finished.args == [PrintOutcome.DONE]
    printed = pymupdf.open(target)
    assert printed.page_count == 1
    assert printed[0].get_images(), "the printed page carries the rendered document"
    preview.close()


def test_the_menu_previews_the_fund_application_form_of_a_completion(
    qtbot: QtBot, province: AppContext, close_later: Callable[[QWidget], QWidget], tmp_path: Path
) -> None:
    record_id, ship, form_no, applicant, _estimate = ship_record(province, "completions")
    window = open_on(qtbot, province, close_later, "completions", [record_id])
    action = window.documents.actions[DocumentKind.APPLICATION_FORM]
    assert action.shortcut().toString() == "Ctrl+Shift+P"
    assert action in window.documents.button.menu().actions()
    action.trigger()
    preview = shown_preview(qtbot, window)
    assert DocumentKind.APPLICATION_FORM in preview.windowTitle()
    qtbot.wait(400)
    screenshot(preview, "document_preview_application_form.png")
    target = tmp_path / "申请表.pdf"
    with qtbot.waitSignal(preview.viewer.copy_saved, timeout=WAIT_MS):
        preview.viewer.save_copy(target)
    text = pdf_text(target.read_bytes())
    for expected in ("资金申请表", ship, form_no, applicant):
        assert expected in text, expected
    preview.close()


def test_records_without_documents_offer_no_printing(
    qtbot: QtBot, province: AppContext, close_later: Callable[[QWidget], QWidget]
) -> None:
    rows = cache_rows(province, "SELECT id FROM cargo_owners LIMIT 1")
    assert rows
    window = open_on(qtbot, province, close_later, "cargo_owners", [str(rows[0][0])])
    assert not window.documents.button.isVisible()
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(200)
    assert window.findChild(DocumentPreview) is None
    assert window.documents.preview(DocumentKind.OPINION_SHEET) is None


def test_a_record_missing_from_the_cache_is_explained(
    qtbot: QtBot, province: AppContext, close_later: Callable[[QWidget], QWidget]
) -> None:
    preview = DocumentPreview()
    close_later(preview)
    preview.show_record(province, "applications", "no-such-record", DocumentKind.OPINION_SHEET)
    preview.show()
    qtbot.waitUntil(lambda: "本地缓存中找不到" in preview.note.text(), timeout=WAIT_MS)
    assert "请同步后重试" in preview.note.text()
    assert not preview.print_button.isEnabled() and not preview.save_button.isEnabled()
    assert preview.viewer.page_count() == 0
