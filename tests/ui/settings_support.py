"""Fixtures and helpers of the settings-dialog tests: a real server holding an administration
world, logged-in ``AppContext``s, and ways to answer the dialog's questions.

The world: this year and last year with the manual's standards table and material list, a
history of declaration statuses (none created today, so none deletable until a test makes
one), accounts of the province, two cities and their counties with login records, and a few
applications in 长沙县 for the county handler. Everything talks to the server over real HTTP
on 127.0.0.1 (``tests.desktop.live_server``); secrets go to keyrings.alt's plaintext backend
in a temporary folder.

Test modules import the fixtures they use from here (``sessions_fixture`` …); pytest
registers them under their ``name=``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import keyring
import pytest
import shiboken6
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from core import materials as material_rules
from core.material_list_2024 import MATERIAL_LIST_2024
from core.standards_2024 import STANDARDS_2024
from core.vocab import DeclarationState, PolicyScope
from desktop.context import AppContext, start_app_context
from desktop.sync.context import SyncContext
from desktop.tasks import TaskRunner
from desktop.views.settings import open_settings
from desktop.views.settings.dialog import SettingsDialog
from desktop.views.settings.prompts import CONFIRM_BOX, CONFIRM_BUTTON
from server.accounts import NewAccount, create_account
from server.auth.passwords import Passwords
from server.models import Account, DeclarationStatus, SubsidyYear
from tests.desktop import server_world
from tests.desktop.helpers import FAST_OPTIONS, plaintext_keyring
from tests.desktop.live_server import LiveServer

PASSWORD = server_world.PASSWORD
PROVINCE_ADMIN = "430000-1"
CITY_ADMIN = "430100-1"
COUNTY_HANDLER = "430121-1"
WAIT_MS = 20_000
QUIET_INTERVAL_MS = 3_600_000
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"

ACCOUNTS: tuple[tuple[str, str, str, str, str], ...] = (
    # id, name, unit, department, permissions
    (PROVINCE_ADMIN, "胡立辉", "湖南省水运事务中心", "", "系统,管理,编辑,审核,查询"),
    ("430000-3", "罗湘龙", "湖南省水运事务中心", "资金管理科室", "管理,编辑,审核,查询"),
    ("430000-5", "潘素芳", "湖南省水运事务中心", "", "管理,编辑,审核,查询"),
    ("430000-7", "临时测试", "湖南省水运事务中心", "", "编辑,审核,查询"),
    (CITY_ADMIN, "周立新", "长沙市交通运输局", "水运管理科室", "管理,编辑,审核,查询"),
    ("430100-2", "陈晓红", "长沙市交通运输局", "", "编辑,审核,查询"),
    ("430101-1", "孙志刚", "长沙市港航管理处", "", "编辑,审核"),
    (COUNTY_HANDLER, "王建国", "长沙县交通运输局", "", "编辑,审核,查询"),
    ("430121-2", "钱小勇", "长沙县交通运输局", "", "编辑,查询"),
    ("430112-1", "刘海波", "望城区地方海事处", "", "编辑,审核,查询"),
    ("430181-1", "赵丽娟", "浏阳市地方海事处", "", "编辑,审核,查询"),
    ("430182-1", "郭明辉", "宁乡市地方海事处", "", "外审"),
    ("430200-1", "黄志强", "株洲市航务管理局", "", "管理,编辑,审核,查询"),
    ("430211-1", "杨波", "株洲市天元区交通局", "", "管理,编辑,审核,查询"),
)
LOGINS = {
    PROVINCE_ADMIN: (1, 31),
    "430000-3": (6, 4),
    CITY_ADMIN: (2, 57),
    "430100-2": (3, 12),
    COUNTY_HANDLER: (0, 88),
    "430112-1": (9, 3),
    "430200-1": (15, 21),
}
"""Days since the last login and the number of logins, for a believable page 8-1."""
INACTIVE = ("430121-2",)


@pytest.fixture(autouse=True, name="settings_keyring")
def settings_keyring_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    backend = plaintext_keyring(tmp_path_factory.mktemp("keyring"))
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


# ---- the world ------------------------------------------------------------------------------


def _tables(year: int) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    standards = STANDARDS_2024.copy_to_year(year).to_dicts()
    specs = material_rules.copy_to_year(MATERIAL_LIST_2024, year)
    return standards, material_rules.specs_to_dicts(specs)


def _moment(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 1, 30, tzinfo=UTC)


def add_years(server: LiveServer, today: date) -> None:
    with server.db.write() as session:
        for year, created in ((today.year - 1, date(today.year - 1, 3, 2)), (today.year, None)):
            standards, materials = _tables(year)
            session.add(
                SubsidyYear(
                    id=str(year),
                    region_code="430000",
                    year=year,
                    pdf_limit_mb=20,
                    zip_limit_mb=60,
                    standards=standards,
                    materials=materials,
                    note=f"{year}年度水运奖补资金申报",
                    created_at=_moment(created or today - timedelta(days=70)),
                    created_by=PROVINCE_ADMIN,
                )
            )


def _status(year: int, created: date, deadline: date, scope: PolicyScope, note: str) -> dict:
    return {
        "region_code": "430000",
        "year": year,
        "state": str(DeclarationState.OPEN),
        "ship_deadline": deadline,
        "cargo_deadline": deadline,
        "policy_scope": str(scope),
        "check_ownership": True,
        "check_inspection": True,
        "note": note,
        "created_on": created,
        "created_at": _moment(created),
        "created_by": PROVINCE_ADMIN,
    }


def add_statuses(server: LiveServer, today: date) -> None:
    last = today.year - 1
    rows = (
        _status(last, date(last, 6, 3), date(last, 8, 31), PolicyScope.BOTH, f"申报{last}年奖补"),
        _status(
            today.year,
            today - timedelta(days=70),
            today - timedelta(days=40),
            PolicyScope.PROVINCE,
            f"{today.year}年第一批申报（省政策）",
        ),
        _status(
            today.year,
            today - timedelta(days=20),
            today + timedelta(days=40),
            PolicyScope.BOTH,
            f"申报{today.year}年度部省政策奖补",
        ),
    )
    with server.db.write() as session:
        for row in rows:
            session.add(DeclarationStatus(**row))


def add_accounts(server: LiveServer) -> None:
    passwords = Passwords(server.settings)
    stamp = datetime.now(UTC) - timedelta(days=200)
    with server.db.write() as session:
        for account_id, name, unit, department, permissions in ACCOUNTS:
            new = NewAccount(account_id, name, unit, department, permissions, PASSWORD)
            create_account(session, passwords, new, stamp)
    with server.db.write() as session:
        for account_id, (days, count) in LOGINS.items():
            account = session.get(Account, account_id)
            assert account is not None
            account.last_login_at = datetime.now(UTC) - timedelta(days=days, hours=3)
            account.login_count = count
        for account_id in INACTIVE:
            inactive = session.get(Account, account_id)
            assert inactive is not None
            inactive.active = False


def seed_admin_world(server: LiveServer) -> None:
    today = server_world.china_today()
    add_years(server, today)
    add_statuses(server, today)
    add_accounts(server)
    server_world.add_applications(server.db, server_world.COUNTY, 3)
    server_world.add_applications(server.db, server_world.OTHER_COUNTY, 1)


def admin_server(folder: Path) -> LiveServer:
    server = LiveServer(folder)
    seed_admin_world(server)
    server.start()
    return server


@pytest.fixture(scope="module", name="shared_admin_server")
def shared_admin_server_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One administration world per test module."""
    server = admin_server(tmp_path_factory.mktemp("admin-server"))
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(name="own_admin_server")
def own_admin_server_fixture(tmp_path: Path) -> Iterator[LiveServer]:
    """A world of the test's own (it ends sessions, stops the server …)."""
    server = admin_server(tmp_path / "server")
    try:
        yield server
    finally:
        server.close()


# ---- sessions -------------------------------------------------------------------------------

ContextFactory = Callable[..., AppContext]


@dataclass
class Sessions:
    """Opens logged-in ``AppContext``s (sync thread running, one cycle done) and closes them."""

    tmp_path: Path
    tasks: TaskRunner
    opened: list[AppContext]

    def open(
        self,
        server: LiveServer,
        account_id: str,
        password: str = PASSWORD,
        *,
        remember: bool = False,
    ) -> AppContext:
        data_dir = self.tmp_path / f"client-{account_id}-{len(self.opened)}"
        sync = SyncContext(data_dir, server.url, account_id, options=FAST_OPTIONS)
        info = sync.log_in(password, remember=remember)
        outcome = sync.engine.sync()
        assert outcome.ok, sync.engine.status.message
        context = start_app_context(sync, info, data_dir, self.tasks, interval_ms=QUIET_INTERVAL_MS)
        self.opened.append(context)
        return context


@pytest.fixture(name="sessions")
def sessions_fixture(qapp: QApplication, tmp_path: Path) -> Iterator[Sessions]:
    tasks = TaskRunner()
    opened: list[AppContext] = []
    try:
        yield Sessions(tmp_path, tasks, opened)
    finally:
        tasks.wait()
        for context in opened:
            context.close()


# ---- driving the dialog ---------------------------------------------------------------------

DialogOpener = Callable[[AppContext], SettingsDialog]


@pytest.fixture(name="open_dialog")
def open_dialog_fixture(qapp: QApplication) -> Iterator[DialogOpener]:
    """``open_settings`` as the main window calls it; what is still open is closed afterwards.

    Not ``qtbot.addWidget``: the dialog deletes itself when it closes (a session that ended
    closes it), and pytest-qt would then close a deleted widget.
    """
    opened: list[SettingsDialog] = []

    def open_for(context: AppContext) -> SettingsDialog:
        dialog = open_settings(context)
        assert isinstance(dialog, SettingsDialog)
        opened.append(dialog)
        return dialog

    yield open_for
    for dialog in opened:
        if shiboken6.isValid(dialog):
            dialog.close()
    QApplication.processEvents()


def confirm_box(qtbot: QtBot) -> QMessageBox:
    """The open question box (``prompts.ask``), once it is on screen."""
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QMessageBox)
            and widget.objectName() == CONFIRM_BOX
            and widget.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    return found[-1]


def answer_yes(qtbot: QtBot) -> str:
    """Press the confirm button of the open question; returns the question's text."""
    box = confirm_box(qtbot)
    text = f"{box.text()}\n{box.informativeText()}"
    button = box.findChild(QPushButton, CONFIRM_BUTTON)
    assert button is not None
    button.click()
    return text


def wait_loaded(qtbot: QtBot, page: QWidget) -> None:
    qtbot.waitUntil(lambda: bool(getattr(page, "loaded", False)), timeout=WAIT_MS)


def save_screenshot(widget: QWidget, name: str) -> Path:
    """``artifacts/screenshots/settings_<name>.png`` of ``widget`` as it is on screen."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"settings_{name}.png"
    assert widget.grab().save(str(path))
    return path
