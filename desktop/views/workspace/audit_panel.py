"""The audit-log timeline (审核日志, page 3-13): every level's result, newest first.

Lines come from the cache, including the provisional line of a decision made here and not yet
on the server — marked "待同步" so the reviewer sees it was recorded but not yet delivered.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGroupBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from core.vocab import Decision
from desktop.views.workspace.snapshot import AuditLine, RecordSnapshot

RETURN_COLOR = QColor("#a40000")
PASS_COLOR = QColor("#2e7d32")


class AuditPanel(QGroupBox):
    """审核日志: date, level, result, opinion and reviewer of each result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("审核日志（按时间倒序）"), parent)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("auditTimeline")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels(
            [
                self.tr("审核日期"),
                self.tr("级别"),
                self.tr("结果"),
                self.tr("审核意见"),
                self.tr("审核人"),
            ]
        )
        self.tree.setMinimumHeight(110)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.addWidget(self.tree)

    def show_snapshot(self, snapshot: RecordSnapshot) -> None:
        self.tree.clear()
        for line in snapshot.audit:
            self.tree.addTopLevelItem(self._item(line))
        if not snapshot.audit:
            empty = QTreeWidgetItem(["", "", "", self.tr("尚无审核记录。"), ""])
            self.tree.addTopLevelItem(empty)
        for column in (0, 1, 2):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(3, 260)

    def lines(self) -> list[tuple[str, str, str, str, str]]:
        """The rows as shown (date, level, result, opinion, reviewer)."""
        rows = []
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            rows.append(tuple(item.text(column) for column in range(5)))
        return rows  # type: ignore[return-value]

    def _item(self, line: AuditLine) -> QTreeWidgetItem:
        result = line.decision
        if line.pending:
            result = self.tr("{decision}（待同步）").format(decision=line.decision)
        day = line.on.isoformat() if line.on else ""
        item = QTreeWidgetItem([day, line.level, result, line.opinion, line.reviewer])
        color = PASS_COLOR if line.decision == Decision.PASS.value else RETURN_COLOR
        item.setForeground(2, QBrush(color))
        item.setToolTip(3, line.opinion)
        return item
