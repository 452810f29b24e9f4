"""The title line and the status bar: declaration window, online/offline, outbox, conflicts,
last sync, F5."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.vocab import DeclarationState
from desktop.demo_server import DemoAccount
from desktop.models.header_facts import DeclarationHeader
from desktop.sync.status import Phase, SyncStatus
from desktop.views.main_window.main_window import MainWindow
from desktop.views.main_window.title_bar import declaration_text
from desktop.views.status.sync_status_bar import SyncStatusBar, local_time_text
from tests.ui.demo_fixtures import ContextFactory
from tests.ui.recording_opener import RecordingOpener


def header(ship: DeclarationState, cargo: DeclarationState) -> DeclarationHeader:
    return DeclarationHeader(2024, ship, cargo, "部省政策", date(2025, 1, 10), date(2025, 1, 10))


def test_declaration_line_reads_like_the_web_header() -> None:
    opened = header(DeclarationState.OPEN, DeclarationState.OPEN)
    assert (
        declaration_text(opened) == "【2024年，部省政策拆建申报至2025-01-10，货主申报至2025-01-10】"
    )
    expired = header(DeclarationState.EXPIRED, DeclarationState.OPEN)
    assert (
        declaration_text(expired) == "【2024年，拆建申报已于2025-01-10截止，货主申报至2025-01-10】"
    )
    closed = header(DeclarationState.CLOSED, DeclarationState.CLOSED)
    assert declaration_text(closed) == "【2024年，拆建申报已关闭，货主申报已关闭】"
    upkeep = header(DeclarationState.MAINTENANCE, DeclarationState.MAINTENANCE)
    assert declaration_text(upkeep) == "【2024年，系统运维中】"
    assert declaration_text(None) == "【尚未同步申报状态】"


def test_status_bar_shows_every_part_of_a_status(qtbot: QtBot) -> None:
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    bar.show()
    now = datetime(2024, 11, 11, 10, 0, tzinfo=UTC)
    bar.update_status(
        SyncStatus(
            online=False,
            phase=Phase.PULLING,
            progress_done=3,
            progress_total=10,
            outbox_pending=3,
            conflicts=2,
            failed=1,
            last_success_at=datetime(2024, 11, 11, 9, 30, tzinfo=UTC),
            message="无法连接服务器",
            needs_login=True,
        ),
        now=now,
    )
    assert bar.online.text() == "● 离线"
    assert bar.phase.text() == "正在下载" and bar.progress.value() == 3
    assert not bar.cancel_button.isHidden()
    assert bar.outbox.text() == "待上传 3（失败 1）"
    assert bar.conflicts.text() == "冲突 2"
    assert (
        bar.last_sync.text()
        == f"上次同步 {local_time_text(datetime(2024, 11, 11, 9, 30, tzinfo=UTC), now)}"
    )
    assert bar.message.text() == "无法连接服务器"
    assert not bar.login_button.isHidden()
    bar.update_status(SyncStatus(online=True))
    assert bar.online.text() == "● 在线"
    assert bar.progress.isHidden() and bar.login_button.isHidden()
    assert bar.last_sync.text() == "尚未同步"
    with qtbot.waitSignal(bar.conflicts_requested):
        qtbot.mouseClick(bar.conflicts, Qt.MouseButton.LeftButton)


def test_window_shows_the_synced_declaration_and_syncs_on_f5(
    qtbot: QtBot, app_context: ContextFactory, county_reviewer: DemoAccount
) -> None:
    context = app_context(county_reviewer)
    window = MainWindow(context, RecordingOpener())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "申报至" in window.title_bar.declaration.text(), timeout=10_000)
    assert re.fullmatch(
        r"【\d{4}年，部省政策拆建申报至\d{4}-\d{2}-\d{2}，货主申报至\d{4}-\d{2}-\d{2}】",
        window.title_bar.declaration.text(),
    )
    assert county_reviewer.account_id in window.title_bar.account.text()
    qtbot.waitUntil(lambda: context.engine.status.last_success_at is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not context.engine.status.syncing, timeout=20_000)
    before = context.engine.status.last_success_at
    announced: list[datetime | None] = []
    context.changes.synced.connect(lambda: announced.append(context.engine.status.last_success_at))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: any(moment != before for moment in announced), timeout=30_000)
    assert window.status.online.text() == "● 在线"
    assert window.status.last_sync.text().startswith("上次同步 ")


def test_conflicts_count_opens_the_conflicts_view(
    qtbot: QtBot, app_context: ContextFactory, county_reviewer: DemoAccount
) -> None:
    window = MainWindow(app_context(county_reviewer), RecordingOpener())
    qtbot.addWidget(window)
    window.show()
    window.status.conflicts.click()
    views = [w for w in window.findChildren(QWidget) if w.objectName() == "conflictsView"]
    assert len(views) == 1 and views[0].isVisible()
    window.status.conflicts.click()
    assert len([w for w in window.findChildren(QWidget) if w.objectName() == "conflictsView"]) == 1
