"""The reviewer's day, end to end against the real server (SPEC §1, §8, §10).

Log in, open the queue's first record in the workspace, approve it with the keyboard, see the
next one open; lose the server, return a record with an opinion (committed locally at once),
get the server back, sync, and find both decisions in the server's audit log.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.vocab import Decision
from desktop.demo_server import DemoAccount
from desktop.views.workspace import WorkspaceWindow, open_workspace
from desktop.views.workspace.snapshot import MaterialRowState, RecordSync
from tests.desktop.live_server import LiveServer
from tests.desktop.server_world import results_of
from tests.ui.test_workspace_fixtures import (  # noqa: F401 - fixtures
    WAIT_MS,
    AppFactory,
    cache_rows,
    cache_scalar,
    close_later_fixture,
    open_app_fixture,
    own_server_fixture,
    queue_ids,
    server_get,
    wait_synced,
)

RETURN_NOTE = "请补充船检证书的清晰扫描件。"


def shown(qtbot: QtBot, window: WorkspaceWindow, record_id: str) -> None:
    """Wait until the workspace shows ``record_id`` with its snapshot on screen."""
    qtbot.waitUntil(
        lambda: window.current is not None and window.current.record_id == record_id,
        timeout=WAIT_MS,
    )


def county_results(server: LiveServer, user: DemoAccount, record_id: str) -> list[dict]:
    audit = server_get(server, user, f"/records/applications/{record_id}/audit")
    return [entry for entry in audit["entries"] if entry.get("level") == "县级"]  # type: ignore[union-attr]


def test_approve_online_return_offline_then_both_reach_the_server(
    qtbot: QtBot,
    close_later: Callable[[QWidget], QWidget],
    own_server: LiveServer,
    open_app: AppFactory,
    county_reviewer: DemoAccount,
) -> None:
    context = open_app(own_server, county_reviewer)
    queue = queue_ids(context)
    assert len(queue) >= 2, "the demo county queue needs two records"
    window = open_workspace(context, "applications", queue, 0, None)
    close_later(window)
    shown(qtbot, window, queue[0])

    with qtbot.waitSignal(window.decision_committed, timeout=WAIT_MS) as approved:
        QTest.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert approved.args[1:3] == [queue[0], Decision.PASS.value]
    shown(qtbot, window, queue[1])
    wait_synced(qtbot, context)

    own_server.stop()
    bar = window.decision_bar
    bar.return_box.setCurrentIndex(bar.return_box.findData("材料扫描件不清晰，请重新扫描后上传。"))
    bar.note.setText(RETURN_NOTE)
    with qtbot.waitSignal(window.decision_committed, timeout=WAIT_MS) as returned:
        QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert returned.args[1:3] == [queue[1], Decision.RETURN.value]
    assert returned.args[3] < 1000, "control came back only after a network round trip"
    pending = cache_scalar(
        context, "SELECT COUNT(*) FROM outbox WHERE record_id = ? AND state = 'pending'", queue[1]
    )
    assert pending == 1
    if window.index != 1:
        window.show_previous()
    shown(qtbot, window, queue[1])
    qtbot.waitUntil(lambda: window.current.sync is RecordSync.PENDING, timeout=WAIT_MS)
    assert "待同步" in window.header.sync_badge.text()
    assert [r.decision for r in results_of(own_server.db, [queue[1]]) if r.level == "县级"] == []

    own_server.start()
    wait_synced(qtbot, context)
    approved_log = county_results(own_server, county_reviewer, queue[0])
    returned_log = county_results(own_server, county_reviewer, queue[1])
    assert [entry["decision"] for entry in approved_log] == [Decision.PASS.value]
    assert [entry["decision"] for entry in returned_log] == [Decision.RETURN.value]
    assert RETURN_NOTE in str(returned_log[0]["opinion"])
    qtbot.waitUntil(lambda: window.current.sync is RecordSync.SYNCED, timeout=WAIT_MS)
    window.close()


def test_the_workspace_shows_a_chinese_pdf(
    qtbot: QtBot,
    close_later: Callable[[QWidget], QWidget],
    own_server: LiveServer,
    open_app: AppFactory,
    county_reviewer: DemoAccount,
) -> None:
    context = open_app(own_server, county_reviewer)
    queue = queue_ids(context)
    window = open_workspace(context, "applications", queue, 0, None)
    close_later(window)
    with qtbot.waitSignal(window.viewer.first_page_shown, timeout=WAIT_MS):
        shown(qtbot, window, queue[0])
    snapshot = window.current
    assert snapshot is not None
    first = snapshot.first_openable()
    assert first is not None and window.viewer.title() == first.name
    assert "资金申请表" in window.viewer.title()
    assert window.viewer.page_count() >= 1
    assert window.viewer.message_text() == ""
    assert MaterialRowState.PRESENT in {line.state for line in snapshot.materials}
    window.close()


def test_a_material_not_yet_downloaded_says_why_offline_and_opens_once_online(
    qtbot: QtBot,
    close_later: Callable[[QWidget], QWidget],
    own_server: LiveServer,
    open_app: AppFactory,
    county_reviewer: DemoAccount,
) -> None:
    context = open_app(own_server, county_reviewer)
    queue = set(queue_ids(context))
    decided = [
        row[0]
        for row in cache_rows(
            context,
            "SELECT DISTINCT record_id FROM material_files WHERE record_kind = '拆建申请'"
            " AND record_id NOT IN (SELECT record_id FROM material_files m JOIN material_cache c"
            " ON m.sha256 = c.sha256)",
        )
        if row[0] not in queue
    ]
    assert decided, "the county needs a record whose files were never fetched"
    own_server.stop()
    window = open_workspace(context, "applications", decided[:1], 0, None)
    close_later(window)
    qtbot.waitUntil(window.material_message.isVisible, timeout=WAIT_MS)
    first = window.current.first_openable() if window.current else None
    assert first is not None and not first.cached
    assert "无法显示材料" in window.material_message.text()
    assert first.name in window.material_message.text()

    own_server.start()
    with qtbot.waitSignal(window.viewer.document_loaded, timeout=WAIT_MS):
        window.open_material(first)
    assert window.viewer.title() == first.name
    assert not window.material_message.isVisible()
    assert context.materials.is_cached(first.sha256 or "")
    window.close()
