"""The login window (manual page 1-1): server, account, password, remember account/password.

On the demo server the account box is a dropdown of every demo account (their passwords are
public, ``demo-accounts.csv``), so anyone can try the app as a county reviewer, a city admin or
the province: choosing one fills its password. Every problem of the form is shown beside its
field at once; nothing typed is cleared by a failed login.

The window only collects and shows; ``DeskSession`` (``desktop.views.login.session``) logs in
off the UI thread and tells the window how it went.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.demo_server import DemoAccount
from desktop.views.main_window.icons import icon

_ACCOUNT = re.compile(r"[0-9]{6}-[0-9]{1,2}")
_URL = re.compile(r"https?://[^\s/]+(/\S*)?", re.IGNORECASE)


@dataclass(frozen=True)
class LoginRequest:
    """What the person asked for when pressing 登录."""

    server_url: str
    account_id: str
    password: str
    remember_account: bool
    remember_password: bool


class LoginWindow(QWidget):
    """See the module docstring."""

    login_requested = Signal(object)
    """A valid ``LoginRequest``."""
    offline_requested = Signal(str, str)
    """(server URL, account) to open from the local cache without the server."""
    account_changed = Signal(str, str)
    """(server URL, account) chosen, so the session can fill a remembered password."""
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginWindow")
        self.setWindowTitle(self.tr("登录 — 湖南省水运奖补资金审核桌面端"))
        self._demo: dict[str, DemoAccount] = {}
        self._problems: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        heading = QLabel(self.tr("湖南省水运奖补资金审核桌面端"), self)
        heading.setObjectName("loginHeading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        layout.addLayout(self._form())
        layout.addLayout(self._options())
        self.message = QLabel(self)
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(6)
        self.busy.hide()
        layout.addWidget(self.busy)
        layout.addLayout(self._buttons())
        self.resize(560, 400)

    # ---- building -------------------------------------------------------------------------

    def _field(self, form: QFormLayout, label: str, widget: QWidget, key: str) -> None:
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        problem = QLabel(cell)
        problem.setObjectName("fieldProblem")
        problem.setWordWrap(True)
        problem.hide()
        column.addWidget(problem)
        self._problems[key] = problem
        form.addRow(label, cell)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.server = QLineEdit(self)
        self.server.setPlaceholderText(self.tr("例如 https://syjb.jt.hunan.gov.cn"))
        self.server_note = QLabel(self)
        self.server_note.setObjectName("hint")
        self.account = QComboBox(self)
        self.account.setEditable(True)
        self.account.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.account.lineEdit().setPlaceholderText(self.tr("如 430121-1"))
        self.account.activated.connect(self._account_chosen)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("9字密码"))
        self._reveal_action = QAction(icon("eye.svg"), self.tr("显示密码"), self)
        self._reveal_action.setCheckable(True)
        self._reveal_action.toggled.connect(self._reveal)
        self.password.addAction(self._reveal_action, QLineEdit.ActionPosition.TrailingPosition)
        self.password.returnPressed.connect(self.submit)
        self._field(form, self.tr("服务器地址"), self.server, "server")
        form.addRow("", self.server_note)
        self._field(form, self.tr("账号"), self.account, "account")
        self._field(form, self.tr("密码"), self.password, "password")
        return form

    def _options(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.remember_account = QCheckBox(self.tr("记住账号"), self)
        self.remember_account.setChecked(True)
        self.remember_password = QCheckBox(self.tr("记住密码"), self)
        self.remember_password.setToolTip(
            self.tr("密码只保存在本机系统的凭据管理器中；登录失效时自动重新登录。")
        )
        row.addStretch(1)
        row.addWidget(self.remember_account)
        row.addWidget(self.remember_password)
        return row

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.offline = QPushButton(self.tr("离线工作"), self)
        self.offline.setToolTip(self.tr("不连服务器，使用本机缓存审核；恢复联网后自动同步。"))
        self.offline.clicked.connect(
            lambda: self.offline_requested.emit(self.server_url(), self.account_id())
        )
        self.offline.hide()
        self.login_button = QPushButton(self.tr("登录"), self)
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.submit)
        leave = QPushButton(self.tr("退出"), self)
        leave.clicked.connect(self.quit_requested)
        row.addWidget(self.offline)
        row.addStretch(1)
        row.addWidget(self.login_button)
        row.addWidget(leave)
        return row

    # ---- state set by the session ---------------------------------------------------------

    def set_server(self, url: str, note: str = "") -> None:
        self.server.setText(url)
        self.server_note.setText(note)
        self.server_note.setVisible(bool(note))

    def set_demo_accounts(self, accounts: Sequence[DemoAccount]) -> None:
        """Offer the demo accounts in the account dropdown."""
        self._demo = {account.account_id: account for account in accounts}
        typed = self.account_id()
        self.account.clear()
        for account in accounts:
            label = f"{account.account_id}  {account.region_name}  {account.permission_text}"
            self.account.addItem(label, account.account_id)
        self.account.setMaxVisibleItems(20)
        if typed:
            self.choose_account(typed)

    def set_known_accounts(self, account_ids: Sequence[str]) -> None:
        """Accounts remembered on this machine (a real server has no demo list)."""
        if self._demo:
            return
        for account_id in account_ids:
            if self.account.findData(account_id) < 0:
                self.account.addItem(account_id, account_id)

    def choose_account(self, account_id: str) -> None:
        index = self.account.findData(account_id)
        if index >= 0:
            self.account.setCurrentIndex(index)
            self._account_chosen(index)
        else:
            self.account.setEditText(account_id)

    def set_password(self, password: str, remembered: bool = False) -> None:
        self.password.setText(password)
        if remembered:
            self.remember_password.setChecked(True)

    def set_busy(self, text: str) -> None:
        """Show that something is under way (the form stays readable, not editable)."""
        self.show_message(text, error=False)
        self.busy.show()
        self._enable(False)

    def set_idle(self) -> None:
        self.busy.hide()
        self._enable(True)

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))

    def offer_offline(self, offered: bool) -> None:
        self.offline.setVisible(offered)

    def problem_texts(self) -> dict[str, str]:
        return {key: label.text() for key, label in self._problems.items() if not label.isHidden()}

    # ---- reading the form -----------------------------------------------------------------

    def server_url(self) -> str:
        return self.server.text().strip().rstrip("/")

    def account_id(self) -> str:
        index = self.account.currentIndex()
        text = self.account.currentText().strip()
        data = self.account.itemData(index) if index >= 0 else None
        if data and self.account.itemText(index) == self.account.currentText():
            return str(data)
        return text.split()[0] if text else ""

    def request(self) -> LoginRequest | None:
        """The login asked for, or None after showing every problem beside its field."""
        problems = {
            "server": self._server_problem(),
            "account": self._account_problem(),
            "password": "" if self.password.text() else self.tr("请输入密码。"),
        }
        for key, text in problems.items():
            label = self._problems[key]
            label.setText(text)
            label.setVisible(bool(text))
        if any(problems.values()):
            return None
        return LoginRequest(
            server_url=self.server_url(),
            account_id=self.account_id(),
            password=self.password.text(),
            remember_account=self.remember_account.isChecked(),
            remember_password=self.remember_password.isChecked(),
        )

    def submit(self) -> None:
        request = self.request()
        if request is not None:
            self.offer_offline(False)
            self.login_requested.emit(request)

    def _server_problem(self) -> str:
        url = self.server_url()
        if not url:
            return self.tr("请输入服务器地址。")
        if not _URL.fullmatch(url):
            return self.tr(
                "服务器地址应以 http:// 或 https:// 开头，例如 https://syjb.example.cn。"
            )
        return ""

    def _account_problem(self) -> str:
        account = self.account_id()
        if not account:
            return self.tr("请输入账号。")
        if not _ACCOUNT.fullmatch(account):
            return self.tr("账号格式为“6位区划代码-序号”，例如 430121-1。")
        return ""

    # ---- reactions ------------------------------------------------------------------------

    def _account_chosen(self, index: int) -> None:
        account_id = str(self.account.itemData(index) or "")
        demo = self._demo.get(account_id)
        if demo is not None:
            self.password.setText(demo.password)
        elif account_id:
            self.password.clear()
        self._problems["account"].hide()
        self.account_changed.emit(self.server_url(), account_id)

    def _reveal(self, shown: bool) -> None:
        """The eye button beside the password (manual page 1-2, 提示 2): show or hide it."""
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)
        self._reveal_action.setIcon(icon("eye-off.svg" if shown else "eye.svg"))
        self._reveal_action.setText(self.tr("隐藏密码") if shown else self.tr("显示密码"))

    def _enable(self, enabled: bool) -> None:
        for widget in (
            self.server,
            self.account,
            self.password,
            self.login_button,
            self.remember_account,
            self.remember_password,
        ):
            widget.setEnabled(enabled)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.quit_requested.emit()
        super().closeEvent(event)
