"""The main window: a thin shell composing the title, the menu, the pages and the status bar.

It holds no business logic (the lesson of Spyder's and calibre's main windows): the menu comes
from ``menu``, each page from the ``pages`` catalog, the status bar from the sync thread's
signals. Pages are built the first time their entry is chosen and then kept, so a list keeps
its query and scroll position while the person looks elsewhere.

Sync runs in the background from the start (``AppContext.sync_thread``), periodically, and on
demand (F5). When a cycle succeeds the window tells every view (``ChangeHub.synced``) and
re-reads the declaration line.
"""

from __future__ import annotations

import contextlib
import importlib
from datetime import datetime

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.models.header_facts import DeclarationHeader, declaration_header
from desktop.sync.status import SyncStatus
from desktop.views.lists.opener import RecordOpener, WorkspaceOpener
from desktop.views.main_window.menu import MenuEntry
from desktop.views.main_window.navigation import NavigationTree
from desktop.views.main_window.pages import PAGES, SETTINGS_PAGES
from desktop.views.main_window.title_bar import TitleBar
from desktop.views.status.sync_status_bar import SyncStatusBar

WINDOW_SIZE = (1280, 800)
GEOMETRY_KEY = "main_window/geometry"


def first_page(entries: list[MenuEntry]) -> str | None:
    """The page to open at start: the first review queue, else the first entry."""
    for entry in entries:
        if entry.queue_level is not None:
            return entry.key
    return entries[0].key if entries else None


class MainWindow(QMainWindow):
    """See the module docstring."""

    switch_account_requested = Signal()
    log_out_requested = Signal()
    login_requested = Signal()
    session_ended = Signal(str)
    """The server ended every session (new declaration status, own account deactivated)."""
    closed = Signal()

    def __init__(
        self,
        context: AppContext,
        opener: RecordOpener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._opener = opener or WorkspaceOpener(context)
        self._pages: dict[str, QWidget] = {}
        self._conflicts: QWidget | None = None
        self._settings_dialog: QWidget | None = None
        self._current_key: str | None = None
        self._last_success: datetime | None = context.engine.status.last_success_at
        self.setWindowTitle(self.tr("湖南省水运奖补资金审核桌面端"))
        self.title_bar = TitleBar(context.account, self)
        self.navigation = NavigationTree(context.account, self)
        self.stack = QStackedWidget(self)
        self.status = SyncStatusBar(self)
        self.setStatusBar(self.status)
        self.setCentralWidget(self._central())
        self._actions()
        self._wire()
        self._restore_geometry()
        self.status.update_status(context.engine.status)
        self.refresh_declaration()
        start = first_page(self.navigation.entries)
        if start is not None:
            self.navigation.choose(start)

    # ---- public ---------------------------------------------------------------------------

    def show_page(self, key: str, title: str | None = None) -> QWidget:
        """Show (building on first use) the page of menu entry ``key``.

        An entry of the settings dialog opens the dialog on its page; the work area keeps
        showing the page it showed."""
        if key in SETTINGS_PAGES:
            self.open_settings(SETTINGS_PAGES[key])
            if self._current_key is not None:
                self.navigation.blockSignals(True)
                self.navigation.choose(self._current_key)
                self.navigation.blockSignals(False)
            return self.stack.currentWidget()
        self._current_key = key
        page = self._pages.get(key)
        if page is None:
            page = PAGES[key](
                self.context, self._opener, title or self.navigation.title_of(key), self.stack
            )
            message = getattr(page, "message", None)
            if message is not None:
                message.connect(lambda text: self.status.showMessage(text, 10_000))
            self._pages[key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        return page

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def sync_now(self) -> None:
        self.context.sync_thread.request_sync()

    def refresh_declaration(self) -> None:
        db, today = self.context.db, self.context.sync.clock.today()
        self.context.tasks.run(
            lambda: declaration_header(db, today),
            self._show_declaration,
            lambda _error: None,
            owner=self,
        )

    def open_settings(self, page_key: str | None = None) -> QWidget:
        """The settings dialog (server and cache, accounts, profile, statuses, years)."""
        if self._settings_dialog is None:
            settings = importlib.import_module("desktop.views.settings")
            dialog = settings.open_settings(self.context, self)
            dialog.session_ended.connect(self.session_ended)
            dialog.destroyed.connect(self._settings_closed)
            self._settings_dialog = dialog
        dialog = self._settings_dialog
        if page_key is not None:
            with contextlib.suppress(KeyError):  # a page this account does not see
                dialog.show_page(page_key)  # type: ignore[attr-defined]
        dialog.show()
        dialog.raise_()
        return dialog

    def _settings_closed(self) -> None:
        self._settings_dialog = None

    def open_conflicts(self) -> None:
        """The conflicts view (one window, raised when already open)."""
        if self._conflicts is None:
            conflicts = importlib.import_module("desktop.views.conflicts")
            view: QWidget = conflicts.ConflictsView(self.context)
            view.setParent(self, Qt.WindowType.Window)
            view.setWindowTitle(self.tr("与服务器冲突的修改"))
            view.resize(1000, 640)
            self._conflicts = view
        self._conflicts.show()
        self._conflicts.raise_()
        self._conflicts.activateWindow()

    # ---- building -------------------------------------------------------------------------

    def _central(self) -> QWidget:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title_bar)
        splitter = QSplitter(Qt.Orientation.Horizontal, body)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, WINDOW_SIZE[0] - 230])
        layout.addWidget(splitter, 1)
        return body

    def _actions(self) -> None:
        sync = QAction(self.tr("立即同步"), self)
        sync.setShortcut(QKeySequence(Qt.Key.Key_F5))
        sync.triggered.connect(self.sync_now)
        quit_action = QAction(self.tr("退出程序"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (sync, quit_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.sync_action = sync

    def _wire(self) -> None:
        self.navigation.entry_chosen.connect(self.show_page)
        self.context.sync_thread.status_changed.connect(self._status_changed)
        self.status.sync_requested.connect(self.sync_now)
        self.status.cancel_requested.connect(self.context.sync_thread.cancel)
        self.status.conflicts_requested.connect(self.open_conflicts)
        self.status.login_requested.connect(self.login_requested)
        self.title_bar.switch_account.connect(self.switch_account_requested)
        self.title_bar.log_out.connect(self.log_out_requested)
        self.title_bar.settings.connect(lambda: self.open_settings())

    def _settings(self) -> QSettings:
        return QSettings(str(self.context.settings_path()), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        self.resize(*WINDOW_SIZE)
        saved = self._settings().value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray):
            self.restoreGeometry(saved)

    # ---- reactions ------------------------------------------------------------------------

    def _status_changed(self, status: SyncStatus) -> None:
        self.status.update_status(status)
        if status.last_success_at is not None and status.last_success_at != self._last_success:
            self._last_success = status.last_success_at
            self.context.changes.synced.emit()
            self.refresh_declaration()

    def _show_declaration(self, header: DeclarationHeader | None) -> None:
        self.title_bar.show_declaration(header)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = self._settings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.sync()
        if self._conflicts is not None:
            self._conflicts.close()
        super().closeEvent(event)
        self.closed.emit()
