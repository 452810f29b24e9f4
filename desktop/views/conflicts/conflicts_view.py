"""The conflicts view: queued changes the server did not take, and the person's choice on each.

Three kinds of item wait here (``OutboxQueue.problems``): a conflict (412 — someone changed the
record on the server after I last saw it), a permanent refusal (提交失败, e.g. the declaration
window closed), and a change to a record deleted on the server. For each the two versions are
shown side by side, changed fields highlighted, and the sync layer's choices offered:

* 保留我的（基于最新版本重新提交） — ``keep_mine``: my change is sent again over the server's
  current version (a new idempotency key);
* 采用服务器版本（放弃我的） — ``take_theirs``: my change is dropped and the record shows the
  server's version (my later changes stay queued);
* 重试 — for a refusal that may no longer hold (the window reopened).

Reads run on ``AppContext.tasks`` and choices on the local-writer lane; after each choice the
views are told and a sync is requested, so the kept change leaves at once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.models import ItemState
from desktop.sync.outbox_queue import ConflictView, NoSuchItem, OutboxEntry
from desktop.sync.status import Phase, SyncStatus
from desktop.views.conflicts.field_diff import FieldRow, field_rows
from desktop.views.conflicts.references import NamedConflict, read_named_conflict
from desktop.views.workspace.runners import local_writer

SEQ_ROLE = Qt.ItemDataRole.UserRole + 1
CHANGED_BACKGROUND = QColor("#fde2e1")
CHANGED_FOREGROUND = QColor("#a40000")


class ConflictsView(QWidget):
    """The list of problem items and the two versions of the selected one."""

    reloaded = Signal(int)
    """The number of items listed after a (re)read."""
    resolved = Signal(int, str)
    """(item seq, choice) once a choice was committed: "mine", "theirs" or "retry"."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsView")
        self.setWindowTitle(self.tr("冲突与提交失败处理"))
        self._context = context
        self._entries: list[OutboxEntry] = []
        self._view: ConflictView | None = None
        self._names: Mapping[str, str] = {}
        self._busy = False
        self._last_phase = Phase.IDLE
        self._build()
        context.sync_thread.status_changed.connect(self._sync_status)
        context.changes.synced.connect(self.reload)
        self.reload()

    # ---- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        self.items = QListWidget(self)
        self.items.setObjectName("conflictItems")
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.currentItemChanged.connect(self._selected)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a40000;")
        self.only_changed = QCheckBox(self.tr("只显示不同的字段"), self)
        self.only_changed.toggled.connect(lambda _checked: self._show_view())
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("conflictFields")
        self.table.setHorizontalHeaderLabels(
            [self.tr("字段"), self.tr("我的（本机，待提交）"), self.tr("服务器上的最新版本")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.keep_button = QPushButton(self.tr("保留我的（基于最新版本重新提交）"), self)
        self.keep_button.setObjectName("keepMine")
        self.keep_button.clicked.connect(self.keep_mine)
        self.take_button = QPushButton(self.tr("采用服务器版本（放弃我的）"), self)
        self.take_button.setObjectName("takeTheirs")
        self.take_button.clicked.connect(self.take_theirs)
        self.retry_button = QPushButton(self.tr("重试"), self)
        self.retry_button.clicked.connect(self.retry)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self._lay_out()
        self._show_nothing()

    def _lay_out(self) -> None:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("需要处理的待同步项："), left))
        column.addWidget(self.items, 1)
        right = QWidget(self)
        detail = QVBoxLayout(right)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addWidget(self.heading)
        detail.addWidget(self.error)
        detail.addWidget(self.only_changed)
        detail.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        detail.addLayout(buttons)
        detail.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # ---- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the problem items again (after a sync, or a choice)."""
        outbox = self._context.outbox
        self._context.tasks.run(outbox.problems, self._listed, self._failed)

    def _listed(self, entries: list[OutboxEntry]) -> None:
        if not self._alive:
            return
        keep = self.current_seq()
        self._entries = entries
        self.items.blockSignals(True)
        self.items.clear()
        for entry in entries:
            self.items.addItem(self._item(entry))
        self.items.blockSignals(False)
        seqs = [entry.seq for entry in entries]
        if entries:
            self.items.setCurrentRow(seqs.index(keep) if keep in seqs else 0)
            self._selected(self.items.currentItem(), None)
        else:
            self._show_nothing()
        self.reloaded.emit(len(entries))

    def _item(self, entry: OutboxEntry) -> QListWidgetItem:
        item = QListWidgetItem(f"{entry.label}\n{self._state_text(entry)}")
        item.setData(SEQ_ROLE, entry.seq)
        item.setForeground(QBrush(CHANGED_FOREGROUND))
        item.setToolTip(entry.error)
        return item

    def _state_text(self, entry: OutboxEntry) -> str:
        if entry.state is ItemState.CONFLICT:
            return self.tr("冲突：服务器上的记录已被他人修改")
        return self.tr("提交失败：服务器拒绝了此操作（选中查看原因）")

    def current_seq(self) -> int | None:
        item = self.items.currentItem()
        return None if item is None else int(item.data(SEQ_ROLE))

    def _selected(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        seq = int(item.data(SEQ_ROLE))
        outbox, db = self._context.outbox, self._context.db
        self._context.tasks.run(
            lambda: read_named_conflict(outbox, db, seq), self._viewed, self._failed
        )

    def _viewed(self, named: NamedConflict) -> None:
        if not self._alive or named.view.entry.seq != self.current_seq():
            return
        self._view, self._names = named.view, named.names
        self._show_view()

    def _failed(self, error: BaseException) -> None:
        if not self._alive:
            return
        if isinstance(error, NoSuchItem):
            self.status.setText(str(error))
            self.reload()
            return
        self.status.setText(self.tr("读取待同步项失败：{error}").format(error=error))

    # ---- showing ----------------------------------------------------------------------------

    def _show_nothing(self) -> None:
        self._view = None
        self.heading.setText(self.tr("没有需要处理的冲突或提交失败的操作。"))
        self.error.clear()
        self.table.setRowCount(0)
        for button in (self.keep_button, self.take_button, self.retry_button):
            button.setEnabled(False)

    def _show_view(self) -> None:
        view = self._view
        if view is None:
            return
        self.heading.setText(view.entry.label)
        rows = field_rows(view.mine, view.theirs, self._names)
        changed = "、".join(row.label for row in rows if row.changed)
        differences = self.tr("不同的字段（红色，列在最前）：{fields}").format(fields=changed)
        self.error.setText("\n".join([self._explain(view), differences if changed else ""]).strip())
        if self.only_changed.isChecked():
            rows = [row for row in rows if row.changed]
        self._fill(rows, view)
        conflict = view.entry.state is ItemState.CONFLICT
        self.keep_button.setEnabled(conflict and not view.deleted_on_server and not self._busy)
        self.take_button.setEnabled(not self._busy)
        self.retry_button.setEnabled(
            view.entry.state is ItemState.FAILED and not view.deleted_on_server and not self._busy
        )

    def _explain(self, view: ConflictView) -> str:
        if view.deleted_on_server:
            return self.tr(
                "该记录已在服务器上删除，您的操作无法提交。只能放弃（采用服务器版本，记录将从本机移除）。"
            )
        if view.entry.state is ItemState.CONFLICT:
            version = view.theirs_version if view.theirs_version is not None else "?"
            stale = self.tr("您修改时所依据的版本已过时：服务器上的记录已是第 {version} 版。")
            choose = self.tr("请对比两边后选择保留哪一方。服务器说明：{error}")
            return stale.format(version=version) + choose.format(error=view.entry.error)
        return self.tr("服务器拒绝了此操作：{error}").format(error=view.entry.error)

    def _fill(self, rows: list[FieldRow], view: ConflictView) -> None:
        self.table.setRowCount(len(rows))
        deleted = self.tr("（服务器上已删除）")
        for index, row in enumerate(rows):
            theirs = deleted if view.deleted_on_server else row.theirs
            cells = (row.label, row.mine, theirs)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if row.changed:
                    cell.setBackground(QBrush(CHANGED_BACKGROUND))
                    cell.setForeground(QBrush(CHANGED_FOREGROUND))
                self.table.setItem(index, column, cell)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 300)

    def changed_labels(self) -> list[str]:
        """The labels of the highlighted (changed) fields, as shown."""
        return [
            self.table.item(row, 0).text()
            for row in range(self.table.rowCount())
            if self.table.item(row, 0).background().color() == CHANGED_BACKGROUND
        ]

    # ---- choosing ---------------------------------------------------------------------------

    def keep_mine(self) -> None:
        """Send my change again over the server's current version."""
        self._choose("mine", self._context.outbox.keep_mine)

    def take_theirs(self) -> None:
        """Drop my change; the record shows the server's version."""
        self._choose("theirs", self._context.outbox.take_theirs)

    def retry(self) -> None:
        """Send a refused change again (e.g. after the declaration window reopened)."""
        self._choose("retry", self._context.outbox.retry)

    def _choose(self, choice: str, action: Callable[[int], None]) -> None:
        view = self._view
        if view is None or self._busy:
            return
        self._busy = True
        self._show_view()
        seq, engine = view.entry.seq, self._context.engine

        def work() -> None:
            action(seq)
            engine.refresh()

        local_writer().run(
            work,
            lambda _result: self._chosen(view, choice),
            lambda error: self._choice_failed(error),
        )

    def _chosen(self, view: ConflictView, choice: str) -> None:
        if not self._alive:
            return
        self._busy = False
        self._context.changes.notify(view.entry.record_kind, [view.entry.record_id])
        self._context.sync_thread.request_sync()
        messages = {
            "mine": self.tr("已保留您的修改，将基于服务器最新版本重新提交。"),
            "theirs": self.tr("已放弃您的修改，记录显示为服务器上的版本。"),
            "retry": self.tr("已重新排队提交。"),
        }
        self.status.setText(messages[choice])
        self.resolved.emit(view.entry.seq, choice)
        self.reload()

    def _choice_failed(self, error: BaseException) -> None:
        if not self._alive:
            return
        self._busy = False
        self.status.setText(str(error))
        self.reload()

    # ---- outside changes --------------------------------------------------------------------

    def _sync_status(self, status: SyncStatus) -> None:
        ended = self._last_phase is not Phase.IDLE and status.phase is Phase.IDLE
        self._last_phase = status.phase
        if ended:
            self.reload()

    @property
    def _alive(self) -> bool:
        """Whether the widget still exists (answers of background work may come after it)."""
        return shiboken6.isValid(self)
