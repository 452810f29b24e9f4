"""申请审核（平台） / 完结审核（平台） against the real demo server: a county reviewer previews and
saves the platform joint review, the list and the workspace show the ①–④ problems after the
sync, and with the server gone the page says it is offline and will not run.

Saving writes platform results, so every test gets a private copy of the demo world
(``own_server``); the shared list server never sees these runs.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from core.vocab import JudgmentDate
from desktop.context import AppContext
from desktop.demo_server import DemoAccount
from desktop.sync.account import AccountInfo
from desktop.sync.errors import ServerError
from desktop.views.joint_review import JointReviewPage
from desktop.views.joint_review.calls import read_run
from desktop.views.joint_review.columns import platform_list_spec
from desktop.views.lists.opener import WorkspaceOpener
from desktop.views.main_window.main_window import MainWindow
from desktop.views.main_window.menu import entry, visible_menu
from desktop.views.main_window.pages import PAGES, has_page
from desktop.views.workspace import WorkspaceWindow
from server.models import Application, Completion
from tests.desktop.live_server import LiveServer
from tests.ui.recording_opener import RecordingOpener
from tests.ui.test_workspace_fixtures import (
    SCREEN_SIZE,
    WAIT_MS,
    AppFactory,
    account,
    cache_rows,
    cache_scalar,
    screenshot,
)

WRONG_LICENCE = "湘交运错00000"
LICENCE_PROBLEM = "许可证号或经营人名错"
CloseLater = Callable[[QWidget], QWidget]


def menu_keys(info: AccountInfo) -> set[str]:
    return {entry.key for _group, entries in visible_menu(info, has_page) for entry in entries}


def waiting_ship(context: AppContext) -> tuple[str, str]:
    """(id, ship name) of a non-ferry application of the region the platform has not judged yet."""
    rows = cache_rows(
        context,
        "SELECT id, ship_name FROM applications WHERE region_code = ?"
        " AND materials_uploaded_on IS NOT NULL AND platform_result IS NULL"
        " AND ship_type NOT LIKE '%渡%' ORDER BY id LIMIT 1",
        context.account.region_code,
    )
    assert rows, "the demo world gives the county reviewer a ship to check"
    return str(rows[0][0]), str(rows[0][1])


def break_licence(server: LiveServer, record_id: str) -> None:
    """The licence number on the record no longer matches 水路运政库 (a typing error)."""
    with server.db.write() as session:
        session.get_one(Application, record_id).licence_no = WRONG_LICENCE


def open_page(qtbot: QtBot, context: AppContext, key: str, opener: object) -> JointReviewPage:
    """The page on its own, as ``pages`` builds it for the menu entry ``key``."""
    page = PAGES[key](context, opener, entry(key).label, None)  # type: ignore[arg-type]
    assert isinstance(page, JointReviewPage)
    qtbot.addWidget(page)
    page.resize(*SCREEN_SIZE)
    page.show()
    return loaded(qtbot, page)


def loaded(qtbot: QtBot, page: JointReviewPage) -> JointReviewPage:
    qtbot.waitUntil(lambda: page.list_page.model.rowCount() > 0, timeout=WAIT_MS)
    return page


def run_and_wait(qtbot: QtBot, page: JointReviewPage, *, save: bool) -> None:
    page.save_box.setChecked(save)
    page.run_button.click()
    assert page.busy and not page.run_button.isEnabled(), "one run at a time"
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)


def cell(page: JointReviewPage, record_id: str, key: str) -> str:
    model = page.list_page.model
    row = model.row_of(record_id)
    if row is None:
        return ""
    column = platform_list_spec(page.kind).index_of(key)
    return str(model.index(row, column).data() or "")


def problems_in(texts: list[str]) -> list[str]:
    return [text for text in texts if LICENCE_PROBLEM in text]


def test_county_reviewer_previews_then_saves_and_sees_the_problems(
    qtbot: QtBot,
    close_later: CloseLater,
    own_server: LiveServer,
    open_app: AppFactory,
    county_reviewer: DemoAccount,
) -> None:
    context = open_app(own_server, county_reviewer)
    record_id, ship_name = waiting_ship(context)
    break_licence(own_server, record_id)
    window = MainWindow(context, WorkspaceOpener(context))
    qtbot.addWidget(window)
    window.resize(*SCREEN_SIZE)
    window.show()
    assert "ships.platform" in window.navigation.keys, "the menu now leads to the page"
    window.navigation.choose("ships.platform")
    page = window.current_page()
    assert isinstance(page, JointReviewPage)
    loaded(qtbot, page)

    run_and_wait(qtbot, page, save=False)
    assert "联审预览（未保存" in page.banner.text
    assert page.results.texts(0)[0] == ship_name, "failed ships first"
    [problem] = problems_in(page.results.texts(2))
    assert any(mark.value in problem for mark in JudgmentDate), problem
    assert "跳过" in page.results.texts(1), "records county already decided are skipped"
    assert "水路运政库" in page.registries.text()
    stored = "SELECT platform_result FROM applications WHERE id = ?"
    assert cache_scalar(context, stored, record_id) is None, "a preview saves nothing"

    run_and_wait(qtbot, page, save=True)
    assert "联审结果已保存" in page.banner.text
    assert "未过 1 条" in page.banner.text
    qtbot.waitUntil(
        lambda: LICENCE_PROBLEM in cell(page, record_id, "joint_review_problems"),
        timeout=WAIT_MS,
    )
    assert cell(page, record_id, "platform_result") == "×"
    assert cache_scalar(context, stored, record_id) == "退回"
    queue = page.list_page.findChild(QLabel, "queueSummary")
    qtbot.waitUntil(lambda: "待本级审核 0 条" in queue.text(), timeout=WAIT_MS)
    screenshot(window, "joint_review_applications.png")

    page.results.row_activated.emit(0)
    workspace = next(w for w in QApplication.topLevelWidgets() if isinstance(w, WorkspaceWindow))
    close_later(workspace)
    qtbot.waitUntil(lambda: workspace.current is not None, timeout=WAIT_MS)
    assert workspace.current is not None and workspace.current.record_id == record_id
    assert "联审未过" in workspace.joint_review.result_text()
    problems = workspace.joint_review.problems
    shown = [problems.item(i).text() for i in range(problems.count())]
    assert problems_in(shown), shown


def test_offline_the_page_says_so_and_will_not_run(
    qtbot: QtBot,
    own_server: LiveServer,
    open_app: AppFactory,
    county_reviewer: DemoAccount,
) -> None:
    context = open_app(own_server, county_reviewer)
    page = open_page(qtbot, context, "ships.platform", RecordingOpener())
    assert page.run_button.isEnabled()

    own_server.stop()
    context.sync_thread.request_sync()
    qtbot.waitUntil(lambda: "离线" in page.banner.text, timeout=WAIT_MS)
    assert "平台联审需要连接服务器" in page.banner.text
    assert "无法连接服务器" in page.banner.text, "the client's reason is shown too"
    assert "已离线保存" not in page.banner.text, "nothing is queued for later"
    assert not page.run_button.isEnabled()
    page.run()
    assert not page.busy, "the run refuses offline"
    assert page.list_page.model.rowCount() > 0, "the synced list stays readable"

    own_server.start()
    context.sync_thread.request_sync()
    qtbot.waitUntil(page.run_button.isEnabled, timeout=WAIT_MS)
    assert "已重新连接" in page.banner.text


def completions_district(server: LiveServer) -> str:
    """The 市辖区 with the most completions holding materials (they keep completions)."""
    with server.db.read() as session:
        statement = (
            select(Completion.region_code)
            .where(Completion.materials_uploaded_on.is_not(None))
            .group_by(Completion.region_code)
            .order_by(func.count().desc(), Completion.region_code)
            .limit(1)
        )
        return str(session.scalars(statement).one())


def test_completions_page_previews_the_districts_completions(
    qtbot: QtBot,
    own_server: LiveServer,
    open_app: AppFactory,
    demo_accounts: list[DemoAccount],
) -> None:
    district = account(demo_accounts, f"{completions_district(own_server)}-1")
    context = open_app(own_server, district)
    assert "completions.platform" in menu_keys(context.account)
    opener = RecordingOpener()
    page = open_page(qtbot, context, "completions.platform", opener)
    run_and_wait(qtbot, page, save=False)
    assert "完结审核（平台）" in page.list_page.findChild(QLabel, "pageTitle").text()
    assert "拆建完结记录" in page.banner.text, page.banner.text
    assert page.results.rowCount() > 0
    headers = [
        page.list_page.model.headerData(i, Qt.Orientation.Horizontal)
        for i in range(page.list_page.model.columnCount())
    ]
    assert headers.index("联审问题") == headers.index("联审") + 1
    screenshot(page, "joint_review_completions.png")

    page.results.row_activated.emit(0)
    assert opener.opened == [("completions", page.results.ids, 0)]


def test_an_answer_of_another_shape_is_a_chinese_server_error() -> None:
    with pytest.raises(ServerError, match="联审结果格式不正确"):
        read_run({"saved": True, "results": [{"record_id": "x"}]})
