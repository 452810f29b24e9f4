"""Editing a subsidy year's standards table or material list (SPEC §4: data, never code).

The table is read and replaced whole at the year's version (``If-Match``): two administrators
editing the same year see each other's change instead of merging blindly. Every problem of a
save — the server's, or the core's for the material list before sending — is put on its cell
(red) or row (orange, ⚠ on the row number) and listed under the sheet; clicking a listed
problem goes to its cell. Nothing typed is lost: a refused, conflicting or offline save keeps
the sheet as it is, and closing with unsaved changes asks first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.field_rules import Problem
from desktop.context import AppContext
from desktop.views.settings import year_tables
from desktop.views.settings.calls import run_in_background
from desktop.views.settings.failures import Failure, FailureKind
from desktop.views.settings.prompts import ask
from desktop.views.settings.remote import AdminApi
from desktop.views.settings.sheet_delegate import SheetDelegate
from desktop.views.settings.sheet_model import SheetModel, SheetProblems
from desktop.views.settings.widgets import Banner

LOCATION_ROLE = Qt.ItemDataRole.UserRole


class TableEditor(QDialog):
    """The sheet of one year's ``standards`` or ``materials``; see the module docstring."""

    closed = Signal()
    """The editor closed (the years list re-reads the tables' sizes)."""

    def __init__(
        self, context: AppContext, year: int, table: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = year_tables.TABLES[table]
        self.setObjectName(f"{table}Editor")
        self.setWindowTitle(self.tr("{} 年{}").format(year, self.kind.title))
        self.context = context
        self.year = year
        self.api = AdminApi(context.client)
        self.version: int | None = None
        self.dirty = False
        self.busy = False
        self.model = SheetModel(self.kind.columns, self)
        self.table = QTableView(self)
        self.problem_list = QListWidget(self)
        self.banner = Banner(self, self.tr("重试"))
        self.buttons = {
            name: QPushButton(text, self)
            for name, text in (
                ("add", self.tr("添加行")),
                ("copy", self.tr("复制行")),
                ("remove", self.tr("删除行")),
                ("up", self.tr("上移")),
                ("down", self.tr("下移")),
                ("reload", self.tr("重新读取")),
                ("save", self.tr("保存")),
                ("close", self.tr("关闭")),
            )
        }
        self._set_up()
        self._lay_out()
        self._connect()
        self.resize(1320, 740)
        self.load()

    # ---- building -------------------------------------------------------------------------

    def _set_up(self) -> None:
        self.table.setModel(self.model)
        self.table.setObjectName("sheet")
        self.table.setItemDelegate(SheetDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        for number, column in enumerate(self.kind.columns):
            self.table.setColumnWidth(number, column.width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.problem_list.setObjectName("problemList")
        self.problem_list.hide()
        self.buttons["save"].setDefault(True)

    def _lay_out(self) -> None:
        edit = QHBoxLayout()
        for name in ("add", "copy", "remove", "up", "down"):
            edit.addWidget(self.buttons[name])
        edit.addStretch(1)
        for name in ("reload", "save", "close"):
            edit.addWidget(self.buttons[name])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem_list)
        layout.addLayout(edit)

    def _connect(self) -> None:
        self.model.edited.connect(self._edited)
        self.problem_list.itemClicked.connect(self._go_to_problem)
        self.banner.action_clicked.connect(self.load)
        self.buttons["add"].clicked.connect(self.add_row)
        self.buttons["copy"].clicked.connect(self.copy_row)
        self.buttons["remove"].clicked.connect(self.remove_row)
        self.buttons["up"].clicked.connect(lambda: self.move_row(-1))
        self.buttons["down"].clicked.connect(lambda: self.move_row(1))
        self.buttons["reload"].clicked.connect(self.ask_reload)
        self.buttons["save"].clicked.connect(self.save)
        self.buttons["close"].clicked.connect(self.close)

    # ---- loading --------------------------------------------------------------------------

    def load(self) -> None:
        """Read the table from the server (off the UI thread)."""
        self._set_busy(True)
        api, year, name = self.api, self.year, self.kind.name
        run_in_background(
            self.context, self, lambda: api.table(year, name), self._loaded, self._load_failed
        )

    def _loaded(self, answer: dict[str, Any]) -> None:
        self.version = int(answer["version"])
        self._set_busy(False)
        self.model.set_rows(list(answer.get("rows", [])))
        self.dirty = False
        self._show_problems(SheetProblems.empty())
        self.banner.show_message(
            self.tr("共 {} 行。双击单元格修改；保存时整表提交，所有问题一次列出。").format(
                self.model.rowCount()
            ),
            "info",
        )

    def _load_failed(self, failure: Failure) -> None:
        self._set_busy(False)
        text = failure.message
        if failure.kind is FailureKind.UNREACHABLE:
            text = self.tr("编辑{}需要连接服务器，当前处于离线状态。").format(self.kind.title)
            text += "\n" + failure.message
        self.banner.show_message(text, "warning", with_action=True)
        self._allow_saving(False)

    def ask_reload(self) -> None:
        if not self.dirty:
            self.load()
            return
        ask(
            self,
            self.tr("重新读取"),
            self.tr("重新读取将放弃您尚未保存的修改，确定吗？"),
            self.load,
            yes_text=self.tr("放弃修改并重新读取"),
        )

    # ---- editing --------------------------------------------------------------------------

    def _current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _go_to(self, row: int, column: int = 0) -> None:
        index = self.model.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def add_row(self) -> None:
        at = self._current_row() + 1 if self._current_row() >= 0 else self.model.rowCount()
        self.model.insert_row(at, year_tables.blank_row(self.kind.name, self.year))
        self._go_to(at)

    def copy_row(self) -> None:
        current = self._current_row()
        if current < 0:
            return
        self.model.insert_row(current + 1, year_tables.copied_row(self.model.row(current)))
        self._go_to(current + 1)

    def remove_row(self) -> None:
        current = self._current_row()
        if current >= 0:
            self.model.remove_row(current)
            self._go_to(min(current, self.model.rowCount() - 1))

    def move_row(self, step: int) -> None:
        current = self._current_row()
        if current >= 0:
            self._go_to(self.model.move_row(current, step), self.table.currentIndex().column())

    def _edited(self) -> None:
        self.dirty = True

    # ---- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        """Check what the desktop can check, then replace the table on the server."""
        if self.busy or self.version is None:
            return
        rows = self.model.rows()
        problems = year_tables.local_problems(self.kind.name, self.year, rows)
        if problems:
            self._place(problems, self.tr("未保存：请先修正以下问题。"))
            return
        api, year, name, version = self.api, self.year, self.kind.name, self.version
        self._set_busy(True)
        run_in_background(
            self.context,
            self,
            lambda: api.replace_table(year, name, rows, version),
            self._saved,
            self._save_failed,
        )

    def _saved(self, answer: dict[str, Any]) -> None:
        self._loaded(answer)
        self.banner.show_message(
            self.tr("已保存 {} 年{}，共 {} 行。").format(
                self.year, self.kind.title, self.model.rowCount()
            ),
            "success",
        )

    def _save_failed(self, failure: Failure) -> None:
        self._set_busy(False)
        if failure.kind is FailureKind.REFUSED:
            self._place(list(failure.problems), failure.message)
        elif failure.kind is FailureKind.CONFLICT:
            if failure.current_version is not None:
                self.version = failure.current_version
            self.banner.show_message(
                failure.message
                + "\n"
                + self.tr("您的修改仍保留；再次【保存】将以您的表格覆盖，或【重新读取】放弃修改。"),
                "error",
            )
        elif failure.kind is FailureKind.UNREACHABLE:
            self.banner.show_message(
                self.tr("无法连接服务器，未保存（不会离线排队），您的修改仍保留：")
                + failure.message,
                "warning",
            )
        else:
            self.banner.show_message(failure.message, "error")

    def _place(self, problems: list[Problem], detail: str) -> None:
        keys = [column.key for column in self.kind.columns]
        placed = year_tables.place(problems, keys, self.model.rowCount())
        self.model.set_problems(placed)
        self._show_problems(placed)
        self.banner.show_message(
            self.tr("{}（共 {} 个问题，已在表格中标出）").format(detail, placed.count), "error"
        )
        first = next(iter(sorted(placed.cells)), None)
        if first is not None:
            self._point_at(first[0], self.model.column_of(first[1]) or 0)

    def _show_problems(self, placed: SheetProblems) -> None:
        self.problem_list.clear()
        entries: list[tuple[str, tuple[int, int] | None]] = []
        for (row, key), messages in sorted(placed.cells.items()):
            entries += [(message, (row, self.model.column_of(key) or 0)) for message in messages]
        for row, messages in sorted(placed.rows.items()):
            entries += [(message, (row, 0)) for message in messages]
        entries += [(message, None) for message in placed.general]
        for message, location in entries:
            item = QListWidgetItem(message, self.problem_list)
            item.setData(LOCATION_ROLE, location)
        self.problem_list.setVisible(bool(entries))
        rows = min(len(entries), 5)
        self.problem_list.setFixedHeight(
            rows * self.problem_list.sizeHintForRow(0) + 6 if rows else 0
        )

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        location = item.data(LOCATION_ROLE)
        if location:
            self._point_at(*location)

    def _point_at(self, row: int, column: int) -> None:
        """Move to a problem's cell without selecting it, so its red stays visible."""
        index = self.model.index(row, column)
        self.table.clearSelection()
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.NoUpdate
        )
        self.table.scrollTo(index)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._allow_saving(not busy)
        self.buttons["save"].setText(self.tr("正在保存…") if busy else self.tr("保存"))

    def _allow_saving(self, allowed: bool) -> None:
        for name in ("add", "copy", "remove", "up", "down", "save"):
            self.buttons[name].setEnabled(allowed and self.version is not None)
        self.buttons["reload"].setEnabled(not self.busy)

    # ---- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Never lose unsaved edits (or an answer on its way) by closing."""
        if self.busy:
            event.ignore()
            self.banner.show_message(self.tr("正在与服务器通信，请等待答复后再关闭。"), "info")
            return
        if not self.dirty:
            event.accept()
            self.closed.emit()
            return
        event.ignore()
        ask(
            self,
            self.tr("关闭{}").format(self.kind.title),
            self.tr("{}有尚未保存的修改，确定放弃这些修改并关闭吗？").format(self.kind.title),
            self._discard_and_close,
            yes_text=self.tr("放弃修改并关闭"),
        )

    def _discard_and_close(self) -> None:
        self.dirty = False
        self.close()

    def reject(self) -> None:
        """Esc goes through ``closeEvent``'s question too."""
        self.close()
