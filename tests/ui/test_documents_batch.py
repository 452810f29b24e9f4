"""批量打印已通过… on a record list: one PDF with a document per approved record, a preview
of it, cancel writing nothing, and clear words when nothing qualifies or the target is wrong.
Read-only on the shared demo server (the PDFs go to the test's temporary folder)."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from core.vocab import Level, Permission, RegionLevel
from desktop.context import AppContext
from desktop.demo_server import DemoAccount
from desktop.documents.printing import DocumentKind
from desktop.views.documents.batch_options import BatchOptions, BatchOptionsDialog, target_problem
from desktop.views.documents.batch_print import BatchPrint
from desktop.views.lists.list_page import RecordListPage
from tests.documents.conftest import pdf_text
from tests.ui.demo_fixtures import ContextFactory, find_account
from tests.ui.recording_opener import RecordingOpener
from tests.ui.test_workspace_fixtures import SCREEN_SIZE, WAIT_MS, cache_rows, screenshot


@pytest.fixture(name="province")
def province_fixture(app_context: ContextFactory, demo_accounts: list[DemoAccount]) -> AppContext:
    return app_context(find_account(demo_accounts, RegionLevel.PROVINCE, Permission.REVIEW))


def list_page(qtbot: QtBot, context: AppContext, kind: str = "applications") -> RecordListPage:
    page = RecordListPage(context, kind, "拆建申请记录", RecordingOpener())
    qtbot.addWidget(page)
    page.resize(*SCREEN_SIZE)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    return page


def approved_ships(context: AppContext, ids: list[str], level: str) -> list[str]:
    """Ship names of the list's records whose ``level`` result is 同意, in list order."""
    column = {"县级": "county_result", "市级": "city_result", "省级": "province_result"}[level]
    rows = dict(
        cache_rows(context, f"SELECT id, ship_name FROM applications WHERE {column} = '同意'")
    )
    return [str(rows[record_id]) for record_id in ids if record_id in rows]


def options_dialog(qtbot: QtBot, page: RecordListPage) -> tuple[BatchPrint, BatchOptionsDialog]:
    """Click 批量打印已通过… and return the batch and its options dialog."""
    button = next(b for b in page.findChildren(QPushButton) if b.text() == "批量打印已通过…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    batch = page.findChild(BatchPrint)
    dialog = page.findChild(BatchOptionsDialog)
    assert isinstance(batch, BatchPrint)
    assert isinstance(dialog, BatchOptionsDialog) and dialog.isVisible()
    return batch, dialog


def test_batch_prints_one_document_per_approved_record_then_previews_it(
    qtbot: QtBot, province: AppContext, tmp_path: Path
) -> None:
    page = list_page(qtbot, province)
    batch, dialog = options_dialog(qtbot, page)
    assert [dialog.level_box.itemData(i) for i in range(dialog.level_box.count())] == [
        Level.PROVINCE,
        Level.CITY,
        Level.COUNTY,
    ]
    dialog.level_box.setCurrentIndex(dialog.level_box.findData(Level.CITY))
    target = tmp_path / "已通过.pdf"
    dialog.path_edit.setText(str(tmp_path / "已通过"))
    with qtbot.waitSignal(batch.finished, timeout=120_000) as finished:
        dialog.accept()
    succeeded, message = finished.args
    assert succeeded, message
    ships = approved_ships(province, page.model.ids(), "市级")
    assert ships
    pdf = pymupdf.open(target)
    toc = pdf.get_toc()
    assert len(toc) == len(ships)
    assert [title.split("\u3000")[0] for _level, title, _page in toc] == ships
    assert f"已生成 {len(ships)} 份审核意见表" in message and str(target) in message
    text = pdf_text(target.read_bytes())
    assert text.count("湖南省水运奖补资金审核意见表") == len(ships)
    assert page.findChild(QLabel, "pageStatus").text() == message

    box = batch.message_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Open), Qt.MouseButton.LeftButton)
    preview = batch.preview
    assert preview is not None
    preview.resize(*SCREEN_SIZE)
    qtbot.waitUntil(lambda: preview.viewer.page_count() == pdf.page_count, timeout=WAIT_MS)
    qtbot.wait(400)
    screenshot(preview, "document_preview_batch.png")
    preview.close()


def test_cancel_leaves_no_file(qtbot: QtBot, province: AppContext, tmp_path: Path) -> None:
    page = list_page(qtbot, province)
    batch = BatchPrint(province, "applications", page.model.ids(), page)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "cancelled.pdf"
    with qtbot.waitSignal(batch.finished, timeout=120_000) as finished:
        batch.start(BatchOptions(DocumentKind.APPLICATION_FORM, Level.COUNTY, target))
        batch.cancel()
    assert finished.args == [False, "已取消批量打印，未生成文件。"]
    assert list(out.iterdir()) == []


def test_nothing_approved_is_said_in_words(
    qtbot: QtBot, province: AppContext, tmp_path: Path
) -> None:
    page = list_page(qtbot, province)
    rows = cache_rows(province, "SELECT id FROM applications WHERE province_result IS NULL LIMIT 3")
    assert rows
    batch = BatchPrint(province, "applications", [str(row[0]) for row in rows], page)
    out = tmp_path / "out"
    out.mkdir()
    with qtbot.waitSignal(batch.finished, timeout=WAIT_MS) as finished:
        batch.start(BatchOptions(DocumentKind.OPINION_SHEET, Level.PROVINCE, out / "x.pdf"))
    assert finished.args == [False, "列表中的3条记录都未通过省级审核，没有可打印的审核意见表。"]
    assert batch.message_box is not None and batch.message_box.isVisible()
    assert batch.message_box.text() == finished.args[1]
    batch.message_box.close()
    assert list(out.iterdir()) == []


def test_a_wrong_target_keeps_the_dialog_open_and_says_why(
    qtbot: QtBot, province: AppContext, tmp_path: Path
) -> None:
    page = list_page(qtbot, province)
    _batch, dialog = options_dialog(qtbot, page)
    assert Path(dialog.path_edit.text()).name.startswith("审核意见表_拆建申请记录_已通过_")
    dialog.document_box.setCurrentIndex(dialog.document_box.findData(DocumentKind.APPLICATION_FORM))
    assert Path(dialog.path_edit.text()).name.startswith("资金申请表_拆建申请记录_已通过_")
    dialog.path_edit.setText(str(tmp_path / "没有这个文件夹" / "a.pdf"))
    dialog.accept()
    assert dialog.isVisible()
    assert "没有这个文件夹" in dialog.problem.text() and "不存在" in dialog.problem.text()
    dialog.path_edit.setText("  ")
    dialog.accept()
    assert dialog.isVisible() and "请填写保存位置" in dialog.problem.text()
    dialog.reject()


def test_target_problems() -> None:
    assert target_problem("") == "请填写保存位置，或点“浏览…”选择文件。"
    assert target_problem(str(Path.cwd())).startswith(f"“{Path.cwd()}”是文件夹")
    assert target_problem(str(Path.cwd() / "a.pdf")) is None


def test_lists_without_documents_have_no_batch_button(qtbot: QtBot, province: AppContext) -> None:
    page = list_page(qtbot, province, "cargo_owners")
    assert all(b.text() != "批量打印已通过…" for b in page.findChildren(QPushButton))
