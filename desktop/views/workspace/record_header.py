"""The workspace's top row: previous / next, which record of the list this is, and its state.

The state is what SPEC §8 asks the UI to show on the record: whether the reviewer's own
changes reached the server (已同步), wait in the outbox (待同步), or need a decision
(冲突 / 提交失败), next to the review marks of each level (√ × 退, page 3-15).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.views.workspace.record_reader import UPLOAD_MARK
from desktop.views.workspace.snapshot import RecordSnapshot, RecordSync
from desktop.views.workspace.styles import set_style

SYNC_STYLES = {
    RecordSync.SYNCED: "background: #e3f1e4; color: #1b5e20;",
    RecordSync.PENDING: "background: #fff4d6; color: #7a5200;",
    RecordSync.CONFLICT: "background: #fde2e1; color: #a40000; font-weight: bold;",
    RecordSync.FAILED: "background: #fde2e1; color: #a40000; font-weight: bold;",
}


class RecordHeader(QWidget):
    """Navigation buttons, the record's title and position, marks and sync badge."""

    previous_requested = Signal()
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous_button = QPushButton(self.tr("◀ 上一条"), self)
        self.next_button = QPushButton(self.tr("下一条 ▶"), self)
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.title = QLabel(self)
        self.title.setObjectName("recordTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.marks = QLabel(self)
        self.sync_badge = QLabel(self)
        self.sync_badge.setObjectName("syncBadge")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 2)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addSpacing(12)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.marks)
        layout.addSpacing(8)
        layout.addWidget(self.sync_badge)

    def add_tool(self, widget: QWidget) -> None:
        """A command of the record (the print menu) at the row's right end."""
        self.layout().addWidget(widget)

    def set_position(self, index: int, count: int) -> None:
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < count)

    def set_navigation_tips(self, previous: list[str], following: list[str]) -> None:
        self.previous_button.setToolTip(
            self.tr("上一条记录（快捷键：{keys}）").format(keys=" / ".join(previous))
        )
        self.next_button.setToolTip(
            self.tr("下一条记录（快捷键：{keys}）").format(keys=" / ".join(following))
        )

    def show_loading(self, index: int, count: int) -> None:
        self.title.setText(
            self.tr("第 {n} / {count} 条：正在读取…").format(n=index + 1, count=count)
        )
        self.marks.clear()
        self.sync_badge.clear()
        set_style(self.sync_badge, "")

    def show_snapshot(self, snapshot: RecordSnapshot, index: int, count: int) -> None:
        name = snapshot.data.get("ship_name") or snapshot.data.get("name") or ""
        if snapshot.kind == "monthly_reports":
            name = self.tr("{month} 月月报").format(month=snapshot.data.get("month", ""))
        self.title.setText(
            self.tr("第 {n} / {count} 条：{name}").format(n=index + 1, count=count, name=name)
        )
        self.marks.setText(self._marks(snapshot))
        self.sync_badge.setText(self.sync_text(snapshot))
        self.sync_badge.setToolTip(snapshot.sync_message)
        set_style(self.sync_badge, SYNC_STYLES[snapshot.sync] + " padding: 2px 8px;")

    def sync_text(self, snapshot: RecordSnapshot) -> str:
        """The badge text of the record's sync state."""
        if snapshot.sync is RecordSync.PENDING:
            return self.tr("待同步（已保存在本机）")
        if snapshot.sync is RecordSync.CONFLICT:
            return self.tr("冲突：请在“冲突处理”中选择")
        if snapshot.sync is RecordSync.FAILED:
            return self.tr("提交失败：请在“冲突处理”中查看")
        return self.tr("已同步")

    def _marks(self, snapshot: RecordSnapshot) -> str:
        parts = []
        if UPLOAD_MARK in snapshot.marks:
            parts.append(self.tr("材料 {mark}").format(mark=snapshot.marks[UPLOAD_MARK] or "—"))
        for level, mark in snapshot.marks.items():
            if level != UPLOAD_MARK:
                parts.append(f"{level} {mark or '—'}")
        return "　".join(parts)
