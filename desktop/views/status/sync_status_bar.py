"""The main window's status bar: online or not, sync progress, outbox, conflicts, last sync.

SPEC §8: "the UI shows online/offline, the outbox count and the last sync time". Fed only by
``SyncStatus`` snapshots (the sync worker's ``status_changed`` signal, delivered on the UI
thread), so it never asks the database or the network anything itself.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from desktop.sync.status import SyncStatus


def local_time_text(moment: datetime, now: datetime) -> str:
    """ "10:32" today, "11-23 10:32" earlier this year, "2024-11-23 10:32" before that."""
    local = moment.astimezone()
    today = now.astimezone()
    if local.date() == today.date():
        return f"{local:%H:%M}"
    if local.year == today.year:
        return f"{local:%m-%d %H:%M}"
    return f"{local:%Y-%m-%d %H:%M}"


class SyncStatusBar(QStatusBar):
    """See the module docstring; ``update_status`` takes each new snapshot."""

    sync_requested = Signal()
    cancel_requested = Signal()
    conflicts_requested = Signal()
    login_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatusBar")
        self.setSizeGripEnabled(False)
        self.message = QLabel(self)
        self.message.setObjectName("syncMessage")
        self.addWidget(self.message, 1)
        self.login_button = self._tool(self.tr("重新登录"), self.login_requested)
        self.online = QLabel(self)
        self.online.setObjectName("onlineState")
        self.phase = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setFixedWidth(140)
        self.progress.setTextVisible(False)
        self.cancel_button = self._tool(self.tr("取消"), self.cancel_requested)
        self.outbox = QLabel(self)
        self.conflicts = self._tool("", self.conflicts_requested)
        self.conflicts.setObjectName("conflictsButton")
        self.last_sync = QLabel(self)
        self.sync_button = self._tool(self.tr("同步 (F5)"), self.sync_requested)
        for widget in (
            self.login_button,
            self.online,
            self.phase,
            self.progress,
            self.cancel_button,
            self.outbox,
            self.conflicts,
            self.last_sync,
            self.sync_button,
        ):
            self.addPermanentWidget(widget)
        self.update_status(SyncStatus())

    def _tool(self, text: str, signal: Signal) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(True)
        button.clicked.connect(signal.emit)
        return button

    def update_status(self, status: SyncStatus, now: datetime | None = None) -> None:
        """Show ``status`` (a ``desktop.sync.status.SyncStatus`` snapshot)."""
        self._show_online(status.online)
        self._show_progress(status)
        pending = self.tr("待上传 {0}").format(status.outbox_pending)
        if status.failed:
            pending += self.tr("（失败 {0}）").format(status.failed)
        self.outbox.setText(pending)
        self.outbox.setToolTip(
            self.tr("本机已保存、尚未被服务器接收的操作：待上传 {0}，冲突 {1}，失败 {2}").format(
                status.outbox_pending, status.conflicts, status.failed
            )
        )
        self.conflicts.setText(self.tr("冲突 {0}").format(status.conflicts))
        self.conflicts.setProperty("alert", status.conflicts > 0)
        self.conflicts.setToolTip(self.tr("查看并处理与服务器冲突的修改"))
        self._restyle(self.conflicts)
        if status.last_success_at is None:
            self.last_sync.setText(self.tr("尚未同步"))
        else:
            when = local_time_text(status.last_success_at, now or datetime.now().astimezone())
            self.last_sync.setText(self.tr("上次同步 {0}").format(when))
        self.message.setText(status.message)
        self.message.setToolTip(status.message)
        self.login_button.setVisible(status.needs_login)

    def _show_online(self, online: bool | None) -> None:
        if online is None:
            text, state = self.tr("○ 连接中"), "unknown"
        elif online:
            text, state = self.tr("● 在线"), "online"
        else:
            text, state = self.tr("● 离线"), "offline"
        self.online.setText(text)
        self.online.setProperty("state", state)
        self._restyle(self.online)

    def _show_progress(self, status: SyncStatus) -> None:
        syncing = status.syncing
        self.phase.setVisible(syncing)
        self.progress.setVisible(syncing)
        self.cancel_button.setVisible(syncing)
        if not syncing:
            return
        self.phase.setText(str(status.phase.value))
        self.progress.setRange(0, max(status.progress_total, 0))
        if status.progress_total:
            self.progress.setValue(min(status.progress_done, status.progress_total))

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)
