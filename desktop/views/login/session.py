"""From the login window to a logged-in main window and back (switch account, log out, quit).

``DeskSession`` is what ``reviewdesk`` runs: it shows the login window; with no server
configured it first starts the local demo server (off the UI thread, the first start generates
the demo world) and logs in as the demo county reviewer with the fullest queue. A login opens
the account's cache and talks to the server in the background; when it succeeds the session
builds the ``AppContext`` and the main window. When the server cannot be reached but this
machine has used the account before, the person may work offline from the cache (the outbox
drains when the server is back).

Secrets: the bearer token and, only when "记住密码" is ticked, the password go to the OS keyring
(``desktop.sync.credentials``); the settings file keeps the server URL and, when "记住账号" is
ticked, the account id — never a secret.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from desktop.context import SETTINGS_FILE, AppContext, start_app_context
from desktop.demo_server import DemoAccount, DemoServer, DemoStartCancelled
from desktop.models.paths import normalise_server_url
from desktop.sync import credentials
from desktop.sync.account import AccountInfo
from desktop.sync.context import ContextOptions, SyncContext
from desktop.sync.errors import NetworkError, SyncError, TlsError
from desktop.tasks import TaskControl, TaskHandle, TaskRunner
from desktop.views.lists.opener import RecordOpener
from desktop.views.login.login_window import LoginRequest, LoginWindow
from desktop.views.main_window.main_window import MainWindow
from desktop.views.settings.preferences import load_preferences, save_preferences
from desktop.workers import DEFAULT_INTERVAL_MS

OpenerFactory = Callable[[AppContext], RecordOpener]


@dataclass(frozen=True)
class _Opened:
    sync: SyncContext
    account: AccountInfo


@dataclass(frozen=True)
class _DemoReady:
    accounts: list[DemoAccount]
    default: DemoAccount


class LoginFailed(Exception):
    """A login that did not succeed; ``offline`` when the cache may be used instead."""

    def __init__(self, message: str, offline: bool) -> None:
        super().__init__(message)
        self.offline = offline


class DeskSession(QObject):
    """See the module docstring."""

    main_window_shown = Signal(object)
    """The ``MainWindow`` of a new session, shown."""
    finished = Signal()
    """The person quit; everything is closed."""

    def __init__(
        self,
        data_dir: Path,
        tasks: TaskRunner,
        *,
        server_url: str | None = None,
        demo: DemoServer | None = None,
        options: ContextOptions | None = None,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        opener_factory: OpenerFactory | None = None,
    ) -> None:
        super().__init__()
        self._data_dir = data_dir
        self._tasks = tasks
        self._demo = demo
        preferences = load_preferences(data_dir)
        self._options = options or ContextOptions(material_cache_bytes=preferences.cache_cap_bytes)
        self._finished = False
        self._interval_ms = interval_ms
        self._opener_factory = opener_factory
        self._settings = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
        self._server_url = server_url or preferences.server_url
        self._auto_login = demo is not None
        self._demo_start: TaskHandle[_DemoReady] | None = None
        self._pending: SyncContext | None = None
        self.context: AppContext | None = None
        self.window: MainWindow | None = None
        self.login = LoginWindow()
        self._wire_login()

    # ---- start and stop -------------------------------------------------------------------

    def start(self) -> None:
        """Show the login window (and start the demo server when there is no real one)."""
        self.login.show()
        if self._demo is not None:
            self._start_demo(self._demo)
            return
        self.login.set_server(self._server_url)
        self._fill_remembered()

    def quit(self) -> None:
        """Close the session, stop the demo server, and tell the app to end."""
        if self._finished:
            return
        self._finished = True
        if self._demo_start is not None:
            self._demo_start.cancel()
        self._close_session()
        self._tasks.wait()
        if self._demo is not None:
            self._demo.stop()
        self.login.hide()
        self.finished.emit()

    # ---- the demo server ------------------------------------------------------------------

    def _start_demo(self, demo: DemoServer) -> None:
        if demo.generated:
            self.login.set_busy(
                QCoreApplication.translate("DeskSession", "正在启动本机演示服务器……")
            )
        else:
            self.login.set_busy(
                QCoreApplication.translate(
                    "DeskSession", "正在生成演示数据并启动本机演示服务器（首次约需一两分钟）……"
                )
            )

        def work(control: TaskControl) -> _DemoReady:
            demo.start(lambda: control.cancelled)
            return _DemoReady(demo.accounts(), demo.default_account())

        self._demo_start = self._tasks.run_cancellable(work, self._demo_ready, self._demo_failed)

    def _demo_ready(self, ready: _DemoReady) -> None:
        assert self._demo is not None
        self._server_url = self._demo.url
        self.login.set_idle()
        self.login.show_message("", error=False)
        self.login.set_server(
            self._demo.url,
            QCoreApplication.translate(
                "DeskSession", "本机演示服务器：可在“账号”中选择任一演示账号登录。"
            ),
        )
        self.login.set_demo_accounts(ready.accounts)
        self.login.choose_account(ready.default.account_id)
        if self._auto_login:
            self._auto_login = False
            self.login.submit()

    def _demo_failed(self, error: BaseException) -> None:
        if isinstance(error, DemoStartCancelled):
            return
        self.login.set_idle()
        self.login.show_message(str(error))

    # ---- logging in -----------------------------------------------------------------------

    def _wire_login(self) -> None:
        self.login.login_requested.connect(self._log_in)
        self.login.offline_requested.connect(self._work_offline)
        self.login.account_changed.connect(self._account_changed)
        self.login.quit_requested.connect(self.quit)

    def _fill_remembered(self) -> None:
        remembered = str(self._settings.value(self._account_key(self._server_url), ""))
        if remembered:
            self.login.set_known_accounts([remembered])
            self.login.choose_account(remembered)

    def _account_changed(self, server_url: str, account_id: str) -> None:
        if not server_url or not account_id or self._demo is not None:
            return
        self._tasks.run(
            lambda: credentials.load_password(server_url, account_id),
            lambda password: self._fill_password(account_id, password),
            lambda _error: None,
        )

    def _fill_password(self, account_id: str, password: str | None) -> None:
        if password and self.login.account_id() == account_id:
            self.login.set_password(password, remembered=True)

    def _log_in(self, request: LoginRequest) -> None:
        self.login.set_busy(
            QCoreApplication.translate("DeskSession", "正在登录 {0}……").format(request.account_id)
        )
        data_dir, options = self._data_dir, self._options

        def work() -> _Opened:
            sync = SyncContext(data_dir, request.server_url, request.account_id, options=options)
            try:
                account = sync.log_in(request.password, remember=request.remember_password)
            except (NetworkError, TlsError) as error:
                offline = sync.account is not None and _has_token(request)
                sync.close()
                raise LoginFailed(error.message, offline) from error
            except BaseException:
                sync.close()
                raise
            return _Opened(sync, account)

        self._tasks.run(
            work,
            lambda opened: self._logged_in(request, opened),
            self._login_failed,
        )

    def _logged_in(self, request: LoginRequest, opened: _Opened) -> None:
        self._remember(request)
        self._open_main(opened.sync, opened.account)

    def _login_failed(self, error: BaseException) -> None:
        self.login.set_idle()
        if isinstance(error, LoginFailed):
            hint = (
                QCoreApplication.translate(
                    "DeskSession", "\n本机有该账号的缓存，可点“离线工作”继续审核。"
                )
                if error.offline
                else ""
            )
            self.login.show_message(
                QCoreApplication.translate("DeskSession", "无法连接服务器：{0}{1}").format(
                    error, hint
                )
            )
            self.login.offer_offline(error.offline)
            return
        message = error.message if isinstance(error, SyncError) else str(error)
        self.login.show_message(
            QCoreApplication.translate("DeskSession", "登录失败：{0}").format(message)
        )

    def _work_offline(self, server_url: str, account_id: str) -> None:
        self.login.set_busy(QCoreApplication.translate("DeskSession", "正在打开本机缓存……"))
        data_dir, options = self._data_dir, self._options

        def work() -> _Opened:
            sync = SyncContext(data_dir, server_url, account_id, options=options)
            if sync.account is None:
                sync.close()
                raise LoginFailed(
                    QCoreApplication.translate(
                        "DeskSession", "本机没有该账号的缓存，请联网登录一次。"
                    ),
                    False,
                )
            return _Opened(sync, sync.account)

        self._tasks.run(
            work, lambda opened: self._open_main(opened.sync, opened.account), self._login_failed
        )

    def _remember(self, request: LoginRequest) -> None:
        if self._demo is None:
            preferences = load_preferences(self._data_dir)
            if preferences.server_url != request.server_url:
                save_preferences(
                    self._data_dir, replace(preferences, server_url=request.server_url)
                )
        key = self._account_key(request.server_url)
        if request.remember_account:
            self._settings.setValue(key, request.account_id)
        else:
            self._settings.remove(key)
        self._settings.sync()

    def _account_key(self, server_url: str) -> str:
        normalised = normalise_server_url(server_url) if server_url else ""
        digest = "".join(ch if ch.isalnum() else "_" for ch in normalised)
        return f"login/last_account/{digest}"

    # ---- the main window ------------------------------------------------------------------

    def _open_main(self, sync: SyncContext, account: AccountInfo) -> None:
        context = start_app_context(
            sync, account, self._data_dir, self._tasks, interval_ms=self._interval_ms
        )
        opener = self._opener_factory(context) if self._opener_factory else None
        window = MainWindow(context, opener)
        window.switch_account_requested.connect(lambda: self._leave(log_out=False))
        window.log_out_requested.connect(lambda: self._leave(log_out=True))
        window.login_requested.connect(lambda: self._leave(log_out=False))
        window.session_ended.connect(lambda message: self._leave(log_out=False, message=message))
        window.closed.connect(self._window_closed)
        self.context, self.window = context, window
        self.login.set_idle()
        self.login.show_message("", error=False)
        self.login.password.clear()
        self.login.hide()
        window.show()
        if sync.session.keyring_problem:
            window.status.showMessage(sync.session.keyring_problem)
        self.main_window_shown.emit(window)

    def _leave(self, *, log_out: bool, message: str = "") -> None:
        """Back to the login window: 切换账号 keeps the token, 退出登录 ends the session."""
        context, window = self.context, self.window
        self.context = self.window = None
        if window is not None:
            window.closed.disconnect(self._window_closed)
            window.close()
            window.deleteLater()
        if context is not None:
            context.sync_thread.shutdown()
            sync = context.sync
            self._tasks.run(lambda: _end(sync, log_out), lambda _done: None, lambda _error: None)
        self.login.show_message(message)
        self.login.show()
        self.login.raise_()
        self.login.password.setFocus()

    def _window_closed(self) -> None:
        self.quit()

    def _close_session(self) -> None:
        context, window = self.context, self.window
        self.context = self.window = None
        if window is not None:
            window.closed.disconnect(self._window_closed)
            window.close()
        if context is not None:
            context.close()

    @property
    def login_window(self) -> QWidget:
        return self.login


def _has_token(request: LoginRequest) -> bool:
    return credentials.load_token(request.server_url, request.account_id) is not None


def _end(sync: SyncContext, log_out: bool) -> None:
    """Background: end the session on the server (when asked) and close the cache."""
    try:
        if log_out:
            sync.session.log_out(forget_password=False)
    finally:
        sync.close()
