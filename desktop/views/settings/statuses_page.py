"""申报状态 (manual 7.1, page 7-1): the declaration statuses, newest (in force) first, with
新建申报状态 and 删除（仅当天创建的状态记录）.

Province 【系统】 accounts only. Creating or deleting a status ends every session in the
province — the administrator's own too — so after either the page emits ``session_ended``
and the main window returns to the login window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.views.settings.calls import run_in_background
from desktop.views.settings.failures import Failure
from desktop.views.settings.prompts import ask
from desktop.views.settings.records_model import CREATION_COLUMNS, Column, RecordsModel, Row
from desktop.views.settings.remote import AdminApi
from desktop.views.settings.remote_page import RemotePage
from desktop.views.settings.status_dialog import StatusDialog
from desktop.views.settings.widgets import hint_label


def _checked(value: object) -> str:
    return "审核" if value else "忽略"


STATUS_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RecordsModel", "奖补年份"), lambda r: str(r.get("year", ""))),
    Column(
        QT_TRANSLATE_NOOP("RecordsModel", "拆建当前状态"), lambda r: str(r.get("ship_state", ""))
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordsModel", "货主当前状态"), lambda r: str(r.get("cargo_state", ""))
    ),
    Column(QT_TRANSLATE_NOOP("RecordsModel", "创建的状态"), lambda r: str(r.get("state", ""))),
    Column(
        QT_TRANSLATE_NOOP("RecordsModel", "拆建申报截止"), lambda r: str(r.get("ship_deadline", ""))
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordsModel", "货主申报截止"),
        lambda r: str(r.get("cargo_deadline", "")),
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordsModel", "实施奖补政策"), lambda r: str(r.get("policy_scope", ""))
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordsModel", "联审所有权"),
        lambda r: _checked(r.get("check_ownership")),
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordsModel", "联审船检"), lambda r: _checked(r.get("check_inspection"))
    ),
    *CREATION_COLUMNS,
)


class StatusesPage(RemotePage):
    """Page 7-1 and its two actions; see the module docstring."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("statusesPage")
        self.api = AdminApi(context.client)
        self.model = RecordsModel(STATUS_COLUMNS, lambda row: bool(row.get("current")), self)
        self.table = QTableView(self)
        self.reason = hint_label(self, "")
        self.new_button = QPushButton(self.tr("新建申报状态"), self)
        self.delete_button = QPushButton(self.tr("删除（仅当天创建的状态记录）"), self)
        self.refresh_button = QPushButton(self.tr("刷新"), self)
        self.years: list[int] = []
        self.active_dialog: StatusDialog | None = None
        self._online = False
        self._set_up_table()
        self._lay_out()
        self.new_button.clicked.connect(self.create_status)
        self.delete_button.clicked.connect(self.delete_selected)
        self.refresh_button.clicked.connect(self.reload)
        self.set_actions_enabled(False)

    def _set_up_table(self) -> None:
        self.table.setModel(self.model)
        self.table.setObjectName("statusesTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(
            hint_label(
                self,
                self.tr(
                    "第一行（粗体）为当前有效的申报状态。新建或删除申报状态后，所有当前登录的账号"
                    "（包括您自己）都将退出登录，需要重新登录。"
                ),
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)

    # ---- RemotePage -----------------------------------------------------------------------

    def offline_message(self) -> str:
        return self.tr("管理申报状态需要连接服务器，当前处于离线状态。")

    def fetch(self) -> tuple[list[Row], list[Row]]:
        return self.api.statuses(), self.api.years()

    def present(self, data: Any) -> None:
        statuses, years = data
        self.model.set_rows(statuses)
        self.years = [int(row["year"]) for row in years]
        self._update_buttons()

    def set_actions_enabled(self, enabled: bool) -> None:
        self._online = enabled
        self.new_button.setEnabled(enabled)
        self._update_buttons()

    # ---- selection ------------------------------------------------------------------------

    def selected_row(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        deletable = row is not None and bool(row.get("deletable"))
        self.delete_button.setEnabled(self._online and deletable)
        reason = ""
        if row is not None and not deletable:
            reason = self.tr("只能删除当天创建的申报状态，该状态创建于 {}。").format(
                row.get("created_on", "")
            )
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))

    # ---- actions --------------------------------------------------------------------------

    def create_status(self) -> None:
        dialog = StatusDialog(self.context, self.years, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._created)
        self.active_dialog = dialog
        dialog.open()

    def _created(self, row: dict[str, Any]) -> None:
        self.session_ended.emit(
            self.tr(
                "已新建 {} 年申报状态【{}】。所有账号（包括您）都已退出登录，请重新登录。"
            ).format(row.get("year", ""), row.get("state", ""))
        )

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None or not row.get("deletable"):
            return
        ask(
            self,
            self.tr("删除申报状态"),
            self.tr("确定删除 {} 创建的 {} 年申报状态【{}】吗？").format(
                row.get("created_on", ""), row.get("year", ""), row.get("state", "")
            ),
            lambda: self._delete(row),
            yes_text=self.tr("删除并退出登录"),
            detail=self.tr(
                "删除后，上一条申报状态重新生效；所有当前登录的账号（包括您自己）都将退出登录，"
                "需要重新登录。"
            ),
        )

    def _delete(self, row: Row) -> None:
        api, status_id, version = self.api, str(row["id"]), int(row["version"])
        self.delete_button.setEnabled(False)
        run_in_background(
            self.context,
            self,
            lambda: api.delete_status(status_id, version),
            lambda _none: self._deleted(row),
            self._delete_failed,
        )

    def _deleted(self, row: Row) -> None:
        self.session_ended.emit(
            self.tr(
                "已删除 {} 年申报状态【{}】。所有账号（包括您）都已退出登录，请重新登录。"
            ).format(row.get("year", ""), row.get("state", ""))
        )

    def _delete_failed(self, failure: Failure) -> None:
        self.report(failure)
        self.reload()
