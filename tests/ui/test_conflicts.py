"""The conflicts view against the real server: both versions side by side, and both choices.

Another person changes (or deletes) a record on the server while this desk holds a change of
the same record based on the version it last saw; the push gets 412 (or finds the record
gone) and the item waits here for the person's choice.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.demo_server import DemoAccount
from desktop.views.conflicts import ConflictsView
from desktop.views.conflicts.field_diff import field_rows
from tests.desktop.live_server import LiveServer
from tests.desktop.server_world import change_application, delete_application
from tests.ui.test_workspace_fixtures import (
    SCREEN_SIZE,
    WAIT_MS,
    AppFactory,
    account,
    cache_rows,
    cache_scalar,
    screenshot,
    server_get,
    wait_synced,
)

MY_NOTE = "本机修改：已核对船检证书。"
THEIR_NOTE = "服务器修改：申请人补交了营运证。"


def editable_ids(context: AppContext, count: int) -> list[str]:
    rows = cache_rows(
        context,
        "SELECT id FROM applications WHERE county_result IS NULL"
        " AND NOT (policy = '部' AND project = '拆解') ORDER BY id LIMIT ?",
        count,
    )
    assert len(rows) == count
    return [str(row[0]) for row in rows]


def handler_context(
    own_server: LiveServer, open_app: AppFactory, accounts: list[DemoAccount], reviewer: DemoAccount
) -> tuple[AppContext, DemoAccount]:
    user = account(accounts, f"{reviewer.region_code}-1")
    return open_app(own_server, user), user


def queue_problems(
    qtbot: QtBot, context: AppContext, server: LiveServer, ids: list[str], *, delete: int = 0
) -> None:
    """My change of each record over a change (or, for the first ``delete``, a deletion) on the
    server; then a sync turns them into problems."""
    for index, record_id in enumerate(ids):
        if index < delete:
            delete_application(server.db, record_id)
        else:
            change_application(server.db, record_id, THEIR_NOTE)
        context.actions.modify("applications", record_id, {"note": MY_NOTE})
    context.sync_thread.request_sync()
    qtbot.waitUntil(
        lambda: (
            context.engine.status.conflicts + context.engine.status.failed == len(ids)
            and not context.engine.status.syncing
        ),
        timeout=WAIT_MS,
    )


def shown_view(
    qtbot: QtBot, context: AppContext, close_later: Callable[[QWidget], QWidget], items: int
) -> ConflictsView:
    view = ConflictsView(context)
    close_later(view)
    view.resize(*SCREEN_SIZE)
    view.show()
    qtbot.waitUntil(
        lambda: view.items.count() == items and view.table.rowCount() > 0, timeout=WAIT_MS
    )
    return view


def shown_row(view: ConflictsView, label: str) -> list[str]:
    """Mine and theirs of the field ``label``, as the table shows them."""
    table = view.table
    [row] = [r for r in range(table.rowCount()) if table.item(r, 0).text() == label]
    return [table.item(row, 1).text(), table.item(row, 2).text()]


def test_reference_fields_show_names_but_compare_ids() -> None:
    mine = {"applicant_id": "a-1", "note": "同"}
    theirs = {"applicant_id": "a-2", "note": "同"}
    names = {"a-1": "湖南晶泰运输有限公司", "a-2": "湖南晶泰运输有限公司"}
    [applicant, note] = field_rows(mine, theirs, names)
    assert (applicant.label, applicant.mine, applicant.theirs) == (
        "申请人",
        names["a-1"],
        names["a-2"],
    )
    assert applicant.changed, "two applicants of the same name are still two applicants"
    assert not note.changed
    [unknown, _note] = field_rows(mine, theirs, {})
    assert (unknown.mine, unknown.theirs) == ("a-1", "a-2"), "an id the cache lacks stays an id"


def test_both_versions_side_by_side_with_changes_highlighted(
    qtbot: QtBot,
    close_later: Callable[[QWidget], QWidget],
    own_server: LiveServer,
    open_app: AppFactory,
    demo_accounts: list[DemoAccount],
    county_reviewer: DemoAccount,
) -> None:
    context, _user = handler_context(own_server, open_app, demo_accounts, county_reviewer)
    ids = editable_ids(context, 2)
    queue_problems(qtbot, context, own_server, ids, delete=1)
    view = shown_view(qtbot, context, close_later, 2)
    view.items.setCurrentRow(1)
    qtbot.waitUntil(lambda: "第" in view.error.text(), timeout=WAIT_MS)
    assert "备注" in view.changed_labels()
    assert view.keep_button.isEnabled() and view.take_button.isEnabled()
    mine = [view.table.item(r, 1).text() for r in range(view.table.rowCount())]
    theirs = [view.table.item(r, 2).text() for r in range(view.table.rowCount())]
    assert MY_NOTE in mine and THEIR_NOTE in theirs
    [(applicant_id, applicant_name)] = cache_rows(
        context,
        "SELECT a.applicant_id, p.name FROM applications a"
        " JOIN applicants p ON p.id = a.applicant_id WHERE a.id = ?",
        ids[1],
    )
    assert shown_row(view, "申请人") == [str(applicant_name)] * 2, "the name, not the id"
    assert str(applicant_id) not in mine + theirs
    screenshot(view, "conflicts.png")

    view.items.setCurrentRow(0)
    qtbot.waitUntil(lambda: "删除" in view.error.text(), timeout=WAIT_MS)
    assert not view.keep_button.isEnabled()
    assert view.take_button.isEnabled()


def test_keep_mine_resubmits_over_the_newest_version(
    qtbot: QtBot,
    close_later: Callable[[QWidget], QWidget],
    own_server: LiveServer,
    open_app: AppFactory,
    demo_accounts: list[DemoAccount],
    county_reviewer: DemoAccount,
) -> None:
    context, user = handler_context(own_server, open_app, demo_accounts, county_reviewer)
    [record_id] = editable_ids(context, 1)
    queue_problems(qtbot, context, own_server, [record_id])
    view = shown_view(qtbot, context, close_later, 1)
    qtbot.waitUntil(view.keep_button.isEnabled, timeout=WAIT_MS)
    with qtbot.waitSignal(view.resolved, timeout=WAIT_MS) as blocker:
        view.keep_mine()
    assert blocker.args[1] == "mine"
    wait_synced(qtbot, context)
    stored = server_get(own_server, user, f"/records/applications/{record_id}")
    assert stored["data"]["note"] == MY_NOTE  # type: ignore[index]
    qtbot.waitUntil(lambda: view.items.count() == 0, timeout=WAIT_MS)
    assert "没有需要处理" in view.heading.text()


def test_take_theirs_drops_my_change_and_shows_the_servers(
    qtbot: QtBot,
    close_later: Callable[[QWidget], QWidget],
    own_server: LiveServer,
    open_app: AppFactory,
    demo_accounts: list[DemoAccount],
    county_reviewer: DemoAccount,
) -> None:
    context, user = handler_context(own_server, open_app, demo_accounts, county_reviewer)
    [record_id] = editable_ids(context, 1)
    queue_problems(qtbot, context, own_server, [record_id])
    view = shown_view(qtbot, context, close_later, 1)
    qtbot.waitUntil(view.take_button.isEnabled, timeout=WAIT_MS)
    with qtbot.waitSignal(view.resolved, timeout=WAIT_MS) as blocker:
        view.take_theirs()
    assert blocker.args[1] == "theirs"
    qtbot.waitUntil(lambda: view.items.count() == 0, timeout=WAIT_MS)
    assert cache_scalar(context, "SELECT COUNT(*) FROM outbox") == 0
    local = cache_scalar(context, "SELECT data FROM applications WHERE id = ?", record_id)
    assert json.loads(str(local))["note"] == THEIR_NOTE
    stored = server_get(own_server, user, f"/records/applications/{record_id}")
    assert stored["data"]["note"] == THEIR_NOTE  # type: ignore[index]
