"""A read-only table of server rows (pages 7-1 and 7-3), described by its columns.

The rows come in the server's order — newest status first, latest year first — which is the
order that means something there (the first status is the one in force), so the view does not
sort them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.views.settings.accounts_model import local_time

Row = dict[str, Any]
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """A column: its header and how a row shows in it."""

    title: str
    """Marked with ``QT_TRANSLATE_NOOP("RecordsModel", …)``; translated when shown."""
    show: Callable[[Row], str]
    align_right: bool = False


CREATION_COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("RecordsModel", "创建时间"), lambda r: local_time(r.get("created_at"))
    ),
    Column(QT_TRANSLATE_NOOP("RecordsModel", "创建者"), lambda r: str(r.get("created_by", ""))),
    Column(QT_TRANSLATE_NOOP("RecordsModel", "备注"), lambda r: str(r.get("note", ""))),
)
"""创建时间, 创建者, 备注: the bookkeeping every server row carries, last on pages 7-1 and 7-3
alike; kept here so both tables show it the same way."""


class RecordsModel(QAbstractTableModel):
    """Rows shown through ``columns``; rows for which ``emphasised(row)`` holds are bold."""

    def __init__(
        self,
        columns: Sequence[Column],
        emphasised: Callable[[Row], bool] = lambda _row: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._emphasised = emphasised
        self._rows: list[Row] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self._columns[section].title)
        if orientation is Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.show(row)
        if role == Qt.ItemDataRole.FontRole and self._emphasised(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = [dict(row) for row in rows]
        self.endResetModel()

    def row(self, number: int) -> Row:
        return dict(self._rows[number])

    def rows(self) -> list[Row]:
        return [dict(row) for row in self._rows]
