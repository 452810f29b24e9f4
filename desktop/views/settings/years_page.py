"""奖补年份 (manual 7.2, page 7-3): the subsidy years, latest first, with 新建, 修改（双击）,
删除, and the editors of a year's standards table and material list.

Province 【系统】 accounts only. Creating a year opens its declaration (a new status) and
deleting one removes its statuses; either ends every session, so the page then emits
``session_ended``. Changing a year's limits or tables ends nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.views.settings import year_tables
from desktop.views.settings.calls import run_in_background
from desktop.views.settings.failures import Failure
from desktop.views.settings.prompts import ask
from desktop.views.settings.records_model import CREATION_COLUMNS, Column, RecordsModel, Row
from desktop.views.settings.remote import AdminApi
from desktop.views.settings.remote_page import RemotePage
from desktop.views.settings.table_editor import TableEditor
from desktop.views.settings.widgets import hint_label
from desktop.views.settings.year_dialog import YearDialog

YEAR_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RecordsModel", "奖补年份"), lambda r: str(r.get("year", ""))),
    Column(
        QT_TRANSLATE_NOOP("RecordsModel", "Pdf文件上限(M)"),
        lambda r: str(r.get("pdf_limit_mb", "")),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordsModel", "Zip压缩包上限(M)"),
        lambda r: str(r.get("zip_limit_mb", "")),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordsModel", "奖补标准(行)"),
        lambda r: str(r.get("standards_count", "")),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordsModel", "材料清单(项)"),
        lambda r: str(r.get("materials_count", "")),
        align_right=True,
    ),
    *CREATION_COLUMNS,
)


class YearsPage(RemotePage):
    """Page 7-3 and its actions; see the module docstring."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("yearsPage")
        self.api = AdminApi(context.client)
        self.model = RecordsModel(YEAR_COLUMNS, parent=self)
        self.table = QTableView(self)
        self.buttons = {
            name: QPushButton(text, self)
            for name, text in (
                ("new", self.tr("新建奖补年份")),
                ("modify", self.tr("修改（双击）")),
                ("delete", self.tr("删除")),
                ("standards", self.tr("编辑奖补标准")),
                ("materials", self.tr("编辑材料清单")),
                ("refresh", self.tr("刷新")),
            )
        }
        self.active_dialog: QDialog | None = None
        self._online = False
        self._set_up_table()
        self._lay_out()
        self._connect()
        self.set_actions_enabled(False)

    def _set_up_table(self) -> None:
        self.table.setModel(self.model)
        self.table.setObjectName("yearsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        for name in ("new", "modify", "delete", "standards", "materials"):
            row.addWidget(self.buttons[name])
        row.addStretch(1)
        row.addWidget(self.buttons["refresh"])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(
            hint_label(
                self,
                self.tr(
                    "创建奖补年份时，将复制上个年份的奖补标准、材料清单等参数，同时新建一个【开放】"
                    "申报状态（截止日期为一个月后）；所有当前登录的账号（包括您）都将退出登录。"
                ),
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def _connect(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._double_clicked)
        self.buttons["new"].clicked.connect(self.create_year)
        self.buttons["modify"].clicked.connect(self.modify_selected)
        self.buttons["delete"].clicked.connect(self.delete_selected)
        self.buttons["standards"].clicked.connect(lambda: self.edit_table(year_tables.STANDARDS))
        self.buttons["materials"].clicked.connect(lambda: self.edit_table(year_tables.MATERIALS))
        self.buttons["refresh"].clicked.connect(self.reload)

    # ---- RemotePage -----------------------------------------------------------------------

    def offline_message(self) -> str:
        return self.tr("管理奖补年份需要连接服务器，当前处于离线状态。")

    def fetch(self) -> list[Row]:
        return self.api.years()

    def present(self, data: Any) -> None:
        selected = self.selected_row()
        self.model.set_rows(list(data))
        years = [row["year"] for row in self.model.rows()]
        if selected is not None and selected["year"] in years:
            self.table.selectRow(years.index(selected["year"]))
        elif years:
            self.table.selectRow(0)
        self._update_buttons()

    def set_actions_enabled(self, enabled: bool) -> None:
        self._online = enabled
        self.buttons["new"].setEnabled(enabled)
        self._update_buttons()

    # ---- selection ------------------------------------------------------------------------

    def selected_row(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self._online and self.selected_row() is not None
        for name in ("modify", "delete", "standards", "materials"):
            self.buttons[name].setEnabled(chosen)

    def _double_clicked(self, _index: QModelIndex) -> None:
        if self.buttons["modify"].isEnabled():
            self.modify_selected()

    # ---- actions --------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog
        dialog.open()

    def create_year(self) -> None:
        rows = self.model.rows()
        dialog = YearDialog(self.context, rows[0] if rows else None, None, self)
        dialog.created.connect(self._created)
        self._open(dialog)

    def modify_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = YearDialog(self.context, None, row, self)
        dialog.saved.connect(self._saved)
        self._open(dialog)

    def edit_table(self, table: str) -> None:
        row = self.selected_row()
        if row is not None:
            editor = TableEditor(self.context, int(row["year"]), table, self)
            editor.closed.connect(self.reload)
            self._open(editor)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        ask(
            self,
            self.tr("删除奖补年份"),
            self.tr("确定删除 {} 年奖补年份吗？").format(row["year"]),
            lambda: self._delete(row),
            yes_text=self.tr("删除并退出登录"),
            detail=self.tr(
                "该年份的奖补标准、材料清单和申报状态将一并删除，所有当前登录的账号（包括您）"
                "都将退出登录。已有记录使用、或申报状态已在以前日期生效过的年份不能删除。"
            ),
        )

    def _delete(self, row: Row) -> None:
        api, year, version = self.api, int(row["year"]), int(row["version"])
        self.buttons["delete"].setEnabled(False)
        run_in_background(
            self.context,
            self,
            lambda: api.delete_year(year, version),
            lambda _none: self._deleted(year),
            self._action_failed,
        )

    # ---- answers --------------------------------------------------------------------------

    def _created(self, answer: dict[str, Any]) -> None:
        year = answer.get("year", {}).get("year", "")
        status = answer.get("status", {})
        self.session_ended.emit(
            self.tr(
                "已新建 {} 年奖补年份，申报开放至 {}。所有账号（包括您）都已退出登录，请重新登录。"
            ).format(year, status.get("ship_deadline", ""))
        )

    def _saved(self, row: dict[str, Any]) -> None:
        self.show_done(self.tr("已修改 {} 年奖补年份。").format(row.get("year", "")))
        self.reload()

    def _deleted(self, year: int) -> None:
        self.session_ended.emit(
            self.tr("已删除 {} 年奖补年份。所有账号（包括您）都已退出登录，请重新登录。").format(
                year
            )
        )

    def _action_failed(self, failure: Failure) -> None:
        self._update_buttons()
        self.report(failure)
