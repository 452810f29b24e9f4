"""A settings page whose data and actions live on the server (accounts, profile, statuses,
years).

Administration is never queued offline (``remote`` explains why), so such a page says plainly
when the server cannot be reached, disables its actions and reads again by itself as soon as
the sync status reports the server back (or when the person presses 重试). What the person has
typed into the page's fields stays where it is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from desktop.context import AppContext
from desktop.sync.status import SyncStatus
from desktop.views.settings.calls import run_in_background
from desktop.views.settings.failures import Failure, FailureKind, without_queue_promise
from desktop.views.settings.widgets import Banner


class RemotePage(QWidget):
    """Base of the server-backed pages: loading, the offline state and failure messages.

    Subclasses implement ``offline_message``, ``fetch`` (worker thread, no widgets),
    ``present`` (UI thread) and ``set_actions_enabled``.
    """

    session_ended = Signal(str)
    """The person's own session was ended (a new status, a deactivated self): log in again."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.banner = Banner(self, self.tr("重试"))
        self.banner.action_clicked.connect(self.reload)
        self.loaded = False
        self.loading = False
        self.unreachable = False
        self._load_message = False
        context.sync_thread.status_changed.connect(self._sync_status)

    # ---- for subclasses -------------------------------------------------------------------

    def offline_message(self) -> str:
        """What the page cannot do offline, e.g. "账号管理需要连接服务器，当前处于离线状态"."""
        return self.tr("该页面需要连接服务器，当前处于离线状态。")

    def fetch(self) -> Any:
        """Read the page's data from the server (runs on a worker thread)."""
        raise NotImplementedError

    def present(self, data: Any) -> None:
        """Show what ``fetch`` returned (UI thread)."""
        raise NotImplementedError

    def set_actions_enabled(self, enabled: bool) -> None:
        """Enable or disable every action that needs the server."""
        raise NotImplementedError

    # ---- loading --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded and not self.loading:
            self.reload()

    def reload(self) -> None:
        """Read the page again from the server (off the UI thread)."""
        if self.loading:
            return
        self.loading = True
        if not self.loaded or self.unreachable:
            self.set_actions_enabled(False)  # a refresh of shown rows keeps them usable
        if not self.loaded:
            self._announce_first_load()
        run_in_background(self.context, self, self.fetch, self._fetched, self._fetch_failed)

    def _announce_first_load(self) -> None:
        """Say at once what is going on: reading, or offline already (the sync worker knows)
        — a dead line can take a while to time out, and a blank page explains nothing."""
        status = self.context.engine.status
        if status.online is False:
            self.show_offline(status.message)
        elif not self.unreachable:
            self.banner.show_message(self.tr("正在从服务器读取…"), "info")
            self._load_message = True

    def _fetched(self, data: Any) -> None:
        self.loading = False
        self.loaded = True
        self.unreachable = False
        if self._load_message:
            self.banner.clear()  # an action's result stays until the next action
            self._load_message = False
        self.present(data)
        self.set_actions_enabled(True)

    def _fetch_failed(self, failure: Failure) -> None:
        self.loading = False
        self.report(failure)
        self._load_message = True

    # ---- messages -------------------------------------------------------------------------

    def show_offline(self, detail: str = "") -> None:
        """The offline state: say so, disable the actions, keep everything typed."""
        self.unreachable = True
        self._load_message = True
        lines = [self.offline_message()]
        if detail:
            lines.append(without_queue_promise(detail))
        lines.append(self.tr("联网后会自动重新读取，也可以点【重试】。操作不会离线排队。"))
        self.banner.show_message("\n".join(lines), "warning", with_action=True)
        self.set_actions_enabled(False)

    def report(self, failure: Failure) -> None:
        """Show a failed call where it belongs: offline state, or a message on the page."""
        if failure.kind is FailureKind.UNREACHABLE:
            self.show_offline(failure.message)
            return
        self._load_message = False
        self.banner.show_message(failure.message, "error", with_action=not self.loaded)
        if not self.loaded:
            self.set_actions_enabled(False)

    def show_done(self, text: str) -> None:
        self._load_message = False
        self.banner.show_message(text, "success")

    def _sync_status(self, status: SyncStatus) -> None:
        """Follow the sync worker's view of the server: offline now, or back again."""
        if status.online is False and not self.unreachable:
            self.show_offline(status.message)
        elif status.online and self.unreachable and not self.loading:
            self.reload()
