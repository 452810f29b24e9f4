"""The record's material list (SPEC §6): required / present / missing, and files not on the list.

Selecting a present file asks the window to show it in the viewer (``material_chosen``); the
download, if the file is not cached yet, reports its progress back here (``show_progress``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.views.workspace.snapshot import MaterialLine, MaterialRowState, RecordSnapshot
from desktop.views.workspace.styles import set_style

STATE_COLORS = {
    MaterialRowState.PRESENT: QColor("#2e7d32"),
    MaterialRowState.MISSING: QColor("#a40000"),
    MaterialRowState.OPTIONAL_ABSENT: QColor("#777777"),
    MaterialRowState.EXTRA: QColor("#b26a00"),
}
LINE_ROLE = Qt.ItemDataRole.UserRole + 1


def size_text(size: int | None) -> str:
    """A file size as people read it (KB below one MB)."""
    if not size:
        return ""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class MaterialsPanel(QWidget):
    """The list, a summary line and the download progress of the file being opened."""

    material_chosen = Signal(object)
    """A ``MaterialLine`` with a file, chosen by the reviewer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("materialList")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels([self.tr("材料"), self.tr("状态"), self.tr("大小")])
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.progress.setTextVisible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.progress)

    def show_snapshot(self, snapshot: RecordSnapshot) -> None:
        self.tree.clear()
        for line in snapshot.materials:
            self.tree.addTopLevelItem(self._item(line))
        self.tree.resizeColumnToContents(1)
        self.tree.setColumnWidth(0, max(260, self.tree.columnWidth(0)))
        self.summary.setText(self._summary(snapshot))
        self.hide_progress()

    def select(self, sha256: str | None) -> None:
        """Mark the row of the file ``sha256`` as the one shown (without choosing it again)."""
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            line = item.data(0, LINE_ROLE)
            if isinstance(line, MaterialLine) and line.sha256 == sha256:
                self.tree.setCurrentItem(item)
                return

    def names(self) -> list[tuple[str, str]]:
        """(name, state text) of every row, as shown."""
        return [
            (self.tree.topLevelItem(i).text(0), self.tree.topLevelItem(i).text(1))
            for i in range(self.tree.topLevelItemCount())
        ]

    def show_progress(self, text: str, done: int, total: int) -> None:
        """Show a download's progress (``total`` 0: size unknown, busy indicator)."""
        self.progress.setVisible(True)
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)
        self.progress.setFormat(text)

    def hide_progress(self) -> None:
        self.progress.setVisible(False)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        line = item.data(0, LINE_ROLE)
        if isinstance(line, MaterialLine) and line.openable:
            self.material_chosen.emit(line)

    def _item(self, line: MaterialLine) -> QTreeWidgetItem:
        item = QTreeWidgetItem([line.name, self._state_text(line), self._size_text(line)])
        item.setData(0, LINE_ROLE, line)
        item.setForeground(1, QBrush(STATE_COLORS[line.state]))
        tip = self.tr("单击在右侧查看") if line.openable else self.tr("未上传该材料")
        item.setToolTip(0, f"{line.name}\n{tip}")
        if not line.openable:
            item.setForeground(0, QBrush(QColor("#888888")))
        return item

    def _state_text(self, line: MaterialLine) -> str:
        if line.state is MaterialRowState.PRESENT:
            text = self.tr("已上传（必需）") if line.required else self.tr("已上传")
        elif line.state is MaterialRowState.MISSING:
            text = self.tr("缺少（必需）")
        elif line.state is MaterialRowState.OPTIONAL_ABSENT:
            text = self.tr("未上传（非必需）")
        else:
            text = self.tr("清单外文件")
        return text

    def _size_text(self, line: MaterialLine) -> str:
        size = size_text(line.size)
        if line.openable and not line.cached:
            return self.tr("{size}（未下载）").format(size=size)
        return size

    def _summary(self, snapshot: RecordSnapshot) -> str:
        if snapshot.material_note and not snapshot.materials:
            return snapshot.material_note
        required = [line for line in snapshot.materials if line.required]
        missing = [line for line in required if line.state is MaterialRowState.MISSING]
        text = self.tr(
            "材料清单：必需 {required} 项，已上传 {present} 项，缺少 {missing} 项。"
        ).format(
            required=len(required),
            present=sum(1 for line in snapshot.materials if line.openable),
            missing=len(missing),
        )
        if missing:
            set_style(self.summary, "color: #a40000; font-weight: bold;")
        else:
            set_style(self.summary, "")
        return f"{text} {snapshot.material_note}".strip()
