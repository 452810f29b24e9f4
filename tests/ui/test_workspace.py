"""The review workspace over a synced demo cache: what it shows and what it refuses (read-only).

These tests decide nothing, so they share the session's demo server with the list tests;
deciding, going offline and syncing are in ``test_review_flow``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.formulas import AmountKind
from core.vocab import Permission, RegionLevel
from desktop.context import AppContext
from desktop.demo_server import DemoAccount
from desktop.views.workspace import WorkspaceWindow, open_workspace
from desktop.views.workspace.field_groups import PARENT
from desktop.views.workspace.snapshot import MaterialRowState, RecordSync
from tests.ui.demo_fixtures import ContextFactory, find_account
from tests.ui.test_workspace_fixtures import (  # noqa: F401 - fixtures
    SCREEN_SIZE,
    WAIT_MS,
    cache_rows,
    close_later_fixture,
    queue_ids,
    screenshot,
)

Opener = Callable[..., WorkspaceWindow]


@pytest.fixture(name="show")
def show_fixture(qtbot: QtBot, close_later: Callable[[QWidget], QWidget]) -> Opener:
    """Open the workspace on ``ids[index]`` at 1280×800 and wait for its record."""

    def show(
        context: AppContext, ids: list[str], index: int = 0, kind: str = "applications"
    ) -> WorkspaceWindow:
        window = open_workspace(context, kind, ids, index, None)
        assert isinstance(window, WorkspaceWindow)
        close_later(window)
        window.resize(*SCREEN_SIZE)
        qtbot.waitUntil(
            lambda: window.current is not None and window.current.record_id == ids[index],
            timeout=WAIT_MS,
        )
        return window

    return show


def outbox_size(context: AppContext) -> int:
    with sqlite3.connect(context.db.path) as connection:
        return int(connection.execute("SELECT COUNT(*) FROM outbox").fetchone()[0])


def province(app_context: ContextFactory, accounts: list[DemoAccount]) -> AppContext:
    return app_context(find_account(accounts, RegionLevel.PROVINCE, Permission.REVIEW))


def test_screenshot_of_a_queue_record_beside_its_chinese_pdf(
    qtbot: QtBot, show: Opener, app_context: ContextFactory, county_reviewer: DemoAccount
) -> None:
    context = app_context(county_reviewer)
    queue = queue_ids(context)
    window = show(context, queue)
    qtbot.waitUntil(lambda: window.viewer.page_count() > 0, timeout=WAIT_MS)
    qtbot.wait(600)
    snapshot = window.current
    assert snapshot is not None and snapshot.sync is RecordSync.SYNCED
    assert window.header.sync_badge.text() == "已同步"
    assert "资金申请表" in window.viewer.title()
    assert window.fields.value_text("ship_name") == snapshot.data["ship_name"]
    states = [state for _name, state in window.materials.names()]
    assert any("已上传" in state for state in states)
    assert window.decision_bar.approve_button.isEnabled()
    assert "Ctrl+Enter" in window.decision_bar.approve_button.toolTip()
    assert "Ctrl+R" in window.decision_bar.return_button.toolTip()
    assert "Alt+Right" in window.header.next_button.toolTip()
    screenshot(window, "review_workspace.png")
    window.close()


def test_differing_amounts_are_highlighted_and_spelled_out(
    qtbot: QtBot, show: Opener, app_context: ContextFactory, demo_accounts: list[DemoAccount]
) -> None:
    context = province(app_context, demo_accounts)
    differing = cache_rows(
        context,
        "SELECT id FROM applications WHERE machine_amount IS NOT NULL"
        " AND estimate_amount IS NOT NULL AND estimate_amount != machine_amount LIMIT 1",
    )
    equal = cache_rows(
        context,
        "SELECT id FROM applications WHERE machine_amount IS NOT NULL AND check_amount IS NULL"
        " AND estimate_amount = machine_amount LIMIT 1",
    )
    assert differing and equal
    window = show(context, [str(differing[0][0]), str(equal[0][0])])
    amounts = window.amounts
    assert amounts.differs("", AmountKind.ESTIMATE)
    assert amounts.differs("", AmountKind.MACHINE)
    assert any("测算" in line and "机算" in line and "不一致" in line for line in amounts.messages)
    assert amounts.isVisible()

    QTest.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.current.record_id == str(equal[0][0]), timeout=WAIT_MS)
    assert not window.amounts.differs("", AmountKind.ESTIMATE)
    assert window.amounts.messages == ()
    window.close()


def test_joint_review_problems_keep_their_judgment_date_marks(
    qtbot: QtBot, show: Opener, app_context: ContextFactory, demo_accounts: list[DemoAccount]
) -> None:
    context = province(app_context, demo_accounts)
    failed = cache_rows(
        context,
        "SELECT id, joint_review_problems FROM applications WHERE platform_result = '退回'"
        " AND joint_review_problems LIKE '%①%' LIMIT 1",
    )
    assert failed
    record_id, stored = failed[0]
    window = show(context, [str(record_id)])
    panel = window.joint_review
    lines = [panel.problems.item(i).text() for i in range(panel.problems.count())]
    assert len(lines) == len(str(stored).split("；"))
    assert any("①" in line and "政策出台日 2023-07-21" in line for line in lines)
    assert "联审未过" in panel.result_text()
    refusals = window.decision_bar.message.text()
    assert "不能审核此记录" in refusals
    window.close()


def test_audit_log_is_newest_first_with_reviewer_and_opinion(
    qtbot: QtBot, show: Opener, app_context: ContextFactory, demo_accounts: list[DemoAccount]
) -> None:
    context = province(app_context, demo_accounts)
    busy = cache_rows(
        context,
        "SELECT record_id FROM review_results GROUP BY record_id HAVING COUNT(*) >= 3 LIMIT 1",
    )
    assert busy
    window = show(context, [str(busy[0][0])])
    lines = window.audit.lines()
    assert len(lines) >= 3
    days = [line[0] for line in lines]
    assert days == sorted(days, reverse=True)
    assert all(line[3] and line[4] for line in lines)
    window.close()


def test_a_record_not_at_this_levels_turn_cannot_be_decided(
    qtbot: QtBot, show: Opener, app_context: ContextFactory, county_reviewer: DemoAccount
) -> None:
    context = app_context(county_reviewer)
    waiting_elsewhere = cache_rows(
        context,
        "SELECT id FROM applications WHERE county_result IS NULL"
        " AND (platform_result IS NULL OR platform_result = '退回') LIMIT 1",
    )
    assert waiting_elsewhere
    window = show(context, [str(waiting_elsewhere[0][0])])
    bar = window.decision_bar
    assert not bar.approve_button.isEnabled()
    assert not bar.return_button.isEnabled()
    assert "不能审核此记录" in bar.message.text()
    before = outbox_size(context)
    QTest.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(200)
    assert outbox_size(context) == before
    window.close()


def test_missing_materials_are_listed_as_missing(
    qtbot: QtBot, show: Opener, app_context: ContextFactory, county_reviewer: DemoAccount
) -> None:
    context = app_context(county_reviewer)
    window = show(context, queue_ids(context))
    snapshot = window.current
    assert snapshot is not None
    required = [line for line in snapshot.materials if line.required]
    assert required
    missing = [line.name for line in required if line.state is MaterialRowState.MISSING]
    summary = window.materials.summary.text()
    assert f"缺少 {len(missing)} 项" in summary
    for name, state in window.materials.names():
        if name in missing:
            assert state.startswith("缺少")
    window.close()


def test_splitter_positions_are_remembered_between_sessions(
    qtbot: QtBot, show: Opener, app_context: ContextFactory, county_reviewer: DemoAccount
) -> None:
    context = app_context(county_reviewer)
    queue = queue_ids(context)
    window = show(context, queue)
    window.splitter.setSizes([430, 850])
    remembered = window.splitter.sizes()
    window.close()
    again = show(context, queue)
    assert again.splitter.sizes() == remembered
    again.close()


def test_a_reward_shows_foreign_and_domestic_amounts(
    qtbot: QtBot, show: Opener, app_context: ContextFactory, demo_accounts: list[DemoAccount]
) -> None:
    context = province(app_context, demo_accounts)
    rewards = queue_ids(context, "rewards")
    assert rewards, "the province queue holds rewards in the demo world"
    window = show(context, rewards, kind="rewards")
    for trade in ("foreign", "domestic"):
        for kind in AmountKind:
            assert (trade, kind) in window.amounts.cells
    assert window.fields.value_text(PARENT)
    assert not window.joint_review.isVisible()
    assert window.decision_bar.approve_button.isEnabled(), window.decision_bar.message.text()
