"""The table of page 8-1 (本级与下级区划账号及记录) and its region filter.

A few hundred rows at most (a province's accounts), so the model holds them all; sorting and
filtering happen in a proxy. Deactivated accounts stay listed (their ids are never reused and
audit logs still name them), greyed out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from core import regions
from desktop.sync.clock import CHINA_TIME
from desktop.views.settings.authority import permissions_text

Row = dict[str, Any]
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
INACTIVE_COLOUR = QColor("#8a8a8a")


def local_time(value: object, with_time: bool = True) -> str:
    """A server timestamp (ISO, UTC) as the offices read it: China time."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(CHINA_TIME)
    return moment.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


def _region_name(code: object) -> str:
    region = regions.find(str(code))
    return region.name if region is not None else ""


def _number_key(account_id: str) -> tuple[str, int]:
    region, _, number = account_id.partition("-")
    return region, int(number) if number.isdigit() else 0


Column = tuple[str, Callable[[Row], str], Callable[[Row], Any]]
COLUMNS: tuple[Column, ...] = (
    (
        QT_TRANSLATE_NOOP("AccountsModel", "账号"),
        lambda r: str(r.get("id", "")),
        lambda r: _number_key(str(r.get("id", ""))),
    ),
    (
        QT_TRANSLATE_NOOP("AccountsModel", "姓名"),
        lambda r: str(r.get("name", "")),
        lambda r: str(r.get("name", "")),
    ),
    (
        QT_TRANSLATE_NOOP("AccountsModel", "所在单位与部门"),
        lambda r: str(r.get("unit", "")),
        lambda r: str(r.get("unit", "")),
    ),
    (
        QT_TRANSLATE_NOOP("AccountsModel", "部门"),
        lambda r: str(r.get("department", "")),
        lambda r: str(r.get("department", "")),
    ),
    (
        QT_TRANSLATE_NOOP("AccountsModel", "操作权限组合"),
        lambda r: permissions_text(r.get("permissions", [])),
        lambda r: permissions_text(r.get("permissions", [])),
    ),
    (
        QT_TRANSLATE_NOOP("AccountsModel", "区划编号"),
        lambda r: str(r.get("region_code", "")),
        lambda r: str(r.get("region_code", "")),
    ),
    (
        QT_TRANSLATE_NOOP("AccountsModel", "区划名称"),
        lambda r: _region_name(r.get("region_code")),
        lambda r: r.get("region_code", ""),
    ),
    (
        QT_TRANSLATE_NOOP("AccountsModel", "状态"),
        lambda r: "有效" if r.get("active") else "已注销",
        lambda r: bool(r.get("active")),
    ),
    (
        QT_TRANSLATE_NOOP("AccountsModel", "最近登录"),
        lambda r: local_time(r.get("last_login_at")),
        lambda r: str(r.get("last_login_at") or ""),
    ),
    (
        QT_TRANSLATE_NOOP("AccountsModel", "登录次数"),
        lambda r: str(r.get("login_count", 0)),
        lambda r: int(r.get("login_count", 0)),
    ),
    (
        QT_TRANSLATE_NOOP("AccountsModel", "创建日期"),
        lambda r: local_time(r.get("created_at"), with_time=False),
        lambda r: str(r.get("created_at") or ""),
    ),
)


LOGIN_COUNT_COLUMN = next(n for n, column in enumerate(COLUMNS) if column[0] == "登录次数")


class AccountsModel(QAbstractTableModel):
    """The accounts the administrator may see, one row each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        _title, show, key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return show(row)
        if role == SORT_ROLE:
            return key(row)
        if role == Qt.ItemDataRole.ForegroundRole and not row.get("active"):
            return INACTIVE_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == LOGIN_COUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # ---- rows -----------------------------------------------------------------------------

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = [dict(row) for row in rows]
        self.endResetModel()

    def row(self, number: int) -> Row:
        return dict(self._rows[number])

    def rows(self) -> list[Row]:
        return [dict(row) for row in self._rows]

    def ids(self) -> list[str]:
        return [str(row.get("id", "")) for row in self._rows]

    def put(self, row: Mapping[str, Any]) -> int:
        """Insert or replace the account ``row`` (by id); returns its row number."""
        account_id = row.get("id")
        for number, current in enumerate(self._rows):
            if current.get("id") == account_id:
                self._rows[number] = dict(row)
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))
                return number
        number = len(self._rows)
        self.beginInsertRows(QModelIndex(), number, number)
        self._rows.append(dict(row))
        self.endInsertRows()
        return number

    def number_of(self, account_id: str) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.get("id") == account_id), None)


class AccountFilter(QSortFilterProxyModel):
    """Rows of one region (a city with its counties), and whether deactivated rows show."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prefix = ""
        self._show_inactive = True
        self.setSortRole(SORT_ROLE)

    def set_region(self, code: str) -> None:
        """Empty shows every region; a city's code shows it and its counties."""
        self.beginFilterChange()
        self._prefix = regions.scope_prefix(code) if code else ""
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_inactive(self, shown: bool) -> None:
        self.beginFilterChange()
        self._show_inactive = shown
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AccountsModel)
        row = model.row(source_row)
        if not self._show_inactive and not row.get("active"):
            return False
        return str(row.get("region_code", "")).startswith(self._prefix)
