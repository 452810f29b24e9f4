"""账号管理 (manual §8.1, page 8-1): the accounts of the administrator's own and lower regions,
with their last login and login count, and 新建 / 修改（双击） / 新建/重建密码 / 注销.

Every action needs the server and is never queued: offline, the page says so and its buttons
are disabled. A button that the rules would refuse for the selected account (itself, an
own-level 管理 account, a 系统 account, a deactivated one) is disabled with the reason shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import regions
from core.vocab import RegionLevel
from desktop.context import AppContext
from desktop.views.settings.account_dialog import AccountDialog
from desktop.views.settings.accounts_model import AccountFilter, AccountsModel, Row
from desktop.views.settings.authority import manage_refusal, region_label
from desktop.views.settings.calls import run_in_background
from desktop.views.settings.failures import Failure, FailureKind
from desktop.views.settings.password_dialog import PasswordDialog
from desktop.views.settings.prompts import ask
from desktop.views.settings.remote import AdminApi
from desktop.views.settings.remote_page import RemotePage
from desktop.views.settings.widgets import hint_label


def filter_choices(codes: set[str]) -> list[tuple[str, str]]:
    """(code, label) of the regions in the list, each county's city too (to see a whole city)."""
    wanted = set(codes)
    for code in codes:
        city = regions.city_of(code) if regions.find(code) else None
        if city is not None:
            wanted.add(city.code)
    choices = []
    for code in sorted(wanted):
        region = regions.find(code)
        label = region_label(code)
        if region is not None and region.level is RegionLevel.CITY:
            label += "（含下辖县市区）"
        choices.append((code, label))
    return choices


class AccountsPage(RemotePage):
    """Page 8-1 and its actions; see the module docstring."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("accountsPage")
        self.api = AdminApi(context.client)
        self.model = AccountsModel(self)
        self.proxy = AccountFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.region_filter = QComboBox(self)
        self.show_inactive = QCheckBox(self.tr("显示已注销的账号"), self)
        self.count = QLabel(self)
        self.reason = hint_label(self, "")
        self.new_button = QPushButton(self.tr("新建"), self)
        self.modify_button = QPushButton(self.tr("修改（双击）"), self)
        self.password_button = QPushButton(self.tr("新建/重建密码"), self)
        self.deactivate_button = QPushButton(self.tr("注销"), self)
        self.refresh_button = QPushButton(self.tr("刷新"), self)
        self.active_dialog: QDialog | None = None
        self._online = False
        self._set_up_table()
        self._lay_out()
        self._connect()
        self.set_actions_enabled(False)

    def offline_message(self) -> str:
        return self.tr("账号管理需要连接服务器，当前处于离线状态。")

    # ---- building -------------------------------------------------------------------------

    def _set_up_table(self) -> None:
        self.table.setModel(self.proxy)
        self.table.setObjectName("accountsTable")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.show_inactive.setChecked(True)
        self.region_filter.addItem(self.tr("全部区划"), "")
        self.region_filter.setMinimumContentsLength(18)

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("所在区划"), self))
        filters.addWidget(self.region_filter)
        filters.addWidget(self.show_inactive)
        filters.addStretch(1)
        filters.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.modify_button,
            self.password_button,
            self.deactivate_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.region_filter.currentIndexChanged.connect(self._filter_changed)
        self.show_inactive.toggled.connect(self._inactive_toggled)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._double_clicked)
        self.new_button.clicked.connect(self.create_account)
        self.modify_button.clicked.connect(self.modify_selected)
        self.password_button.clicked.connect(self.reset_selected)
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.refresh_button.clicked.connect(self.reload)

    # ---- RemotePage -----------------------------------------------------------------------

    def fetch(self) -> list[Row]:
        return self.api.accounts()

    def present(self, data: Any) -> None:
        selected = self.selected_row()
        self.model.set_rows(list(data))
        self._fill_filter()
        self._update_count()
        if selected is not None:
            self.select(str(selected["id"]))

    def set_actions_enabled(self, enabled: bool) -> None:
        self._online = enabled
        self.new_button.setEnabled(enabled)
        self._update_buttons()

    # ---- filter ---------------------------------------------------------------------------

    def _fill_filter(self) -> None:
        current = self.region_filter.currentData()
        codes = {str(row.get("region_code", "")) for row in self.model.rows()}
        self.region_filter.blockSignals(True)
        while self.region_filter.count() > 1:
            self.region_filter.removeItem(1)
        for code, label in filter_choices(codes):
            self.region_filter.addItem(label, code)
        found = self.region_filter.findData(current)
        self.region_filter.setCurrentIndex(max(found, 0))
        self.region_filter.blockSignals(False)
        self.proxy.set_region(str(self.region_filter.currentData() or ""))

    def _filter_changed(self) -> None:
        self.proxy.set_region(str(self.region_filter.currentData() or ""))
        self._update_count()
        self._update_buttons()

    def _inactive_toggled(self, shown: bool) -> None:
        self.proxy.set_show_inactive(shown)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("显示 {} 个账号（共 {} 个）").format(
                self.proxy.rowCount(), self.model.rowCount()
            )
        )

    # ---- selection ------------------------------------------------------------------------

    def selected_row(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.row(self.proxy.mapToSource(rows[0]).row())

    def select(self, account_id: str) -> None:
        number = self.model.number_of(account_id)
        if number is None:
            return
        index = self.proxy.mapFromSource(self.model.index(number, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        refusal = None if row is None else manage_refusal(self.context.account, row)
        manageable = self._online and row is not None and refusal is None
        for button in (self.modify_button, self.password_button, self.deactivate_button):
            button.setEnabled(manageable)
        self.reason.setText(refusal or "")
        self.reason.setVisible(bool(refusal))

    def _double_clicked(self, _index: QModelIndex) -> None:
        if self.modify_button.isEnabled():
            self.modify_selected()

    # ---- actions --------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog
        dialog.open()

    def create_account(self) -> None:
        dialog = AccountDialog(self.context, self.model.ids(), None, self)
        dialog.saved.connect(lambda row: self._saved(row, self.tr("已新建账号 {}。")))
        self._open(dialog)

    def modify_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = AccountDialog(self.context, self.model.ids(), row, self)
        dialog.saved.connect(lambda saved: self._saved(saved, self.tr("已修改账号 {}。")))
        self._open(dialog)

    def reset_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = PasswordDialog(self.context, row, self)
        dialog.password_set.connect(self._password_set)
        self._open(dialog)

    def deactivate_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        account = f"{row['id']}【{row.get('name', '')}】"
        ask(
            self,
            self.tr("注销账号"),
            self.tr("确定注销账号 {} 吗？").format(account),
            lambda: self._deactivate(row),
            yes_text=self.tr("注销"),
            detail=self.tr(
                "注销后该账号立即退出登录且不能再登录；注销不能撤销，账号号码也不会再次使用"
                "（审核日志仍保留其姓名）。"
            ),
        )

    def _deactivate(self, row: Row) -> None:
        api, account_id, version = self.api, str(row["id"]), int(row["version"])
        self.deactivate_button.setEnabled(False)
        run_in_background(
            self.context,
            self,
            lambda: api.deactivate_account(account_id, version),
            lambda saved: self._saved(saved, self.tr("已注销账号 {}。")),
            self._action_failed,
        )

    # ---- answers --------------------------------------------------------------------------

    def _saved(self, row: dict[str, Any], message: str) -> None:
        self.model.put(row)
        self._fill_filter()
        self._update_count()
        self.select(str(row["id"]))
        self._update_buttons()
        self.show_done(message.format(row["id"]))

    def _password_set(self, account_id: str) -> None:
        text = self.tr("已为账号 {} 设置新密码；该账号已登录的会话已结束，需用新密码重新登录。")
        self.show_done(text.format(account_id))

    def _action_failed(self, failure: Failure) -> None:
        self._update_buttons()
        self.report(failure)
        if failure.kind is FailureKind.CONFLICT:
            self.reload()
