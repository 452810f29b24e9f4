"""An editable sheet of rows (a year's standards table or material list) that shows the
problems the server (or the core) found, on the cell and on the row they are about.

Rows are the JSON dicts the server stores and answers with; fields the sheet has no column
for (``year``) are kept as they came, so saving never drops what it does not show. A cell's
problems go away when the cell is edited; inserting or removing rows clears all problems,
since the row numbers they name no longer match.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

Row = dict[str, Any]
Index = QModelIndex | QPersistentModelIndex
CELL_PROBLEM = QColor("#f9d0d4")
ROW_PROBLEM = QColor("#fdebd3")
CHOICES_SEPARATOR = "、"


class Kind(Enum):
    TEXT = "text"
    CHOICE = "choice"
    CHOICES = "choices"
    FLAG = "flag"


@dataclass(frozen=True)
class SheetColumn:
    """One column: its field, header, kind and (for choices) the allowed values.

    ``optional`` choices and ``blank_is_none`` texts store None when left blank (the server's
    "not set"); other texts store "".
    """

    key: str
    title: str
    kind: Kind = Kind.TEXT
    choices: tuple[str, ...] = ()
    optional: bool = False
    blank_is_none: bool = False
    width: int = 90


@dataclass
class SheetProblems:
    """Problems placed on cells (row, key), on whole rows, and those of the whole sheet."""

    cells: dict[tuple[int, str], list[str]]
    rows: dict[int, list[str]]
    general: list[str]

    @classmethod
    def empty(cls) -> SheetProblems:
        return cls({}, {}, [])

    @property
    def count(self) -> int:
        return (sum(map(len, self.cells.values())) + sum(map(len, self.rows.values()))) + len(
            self.general
        )


class SheetModel(QAbstractTableModel):
    """The rows and their problems; see the module docstring."""

    edited = Signal()

    def __init__(self, columns: Sequence[SheetColumn], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[Row] = []
        self.problems = SheetProblems.empty()

    # ---- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(self.columns[section].title)
            return None
        messages = self.problems.rows.get(section, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{section + 1} ⚠" if messages or self._row_has_cells(section) else str(section + 1)
            )
        if role == Qt.ItemDataRole.ToolTipRole and messages:
            return "\n".join(messages)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.columns[index.column()].kind is Kind.FLAG:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self._rows[index.row()].get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.CheckStateRole and column.kind is Kind.FLAG:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        found = self._problem_data(index.row(), column.key, role)
        if found is None and role == Qt.ItemDataRole.ToolTipRole:
            return self._shown(column, value) or None  # a long name, read whole
        return found

    def _problem_data(self, row: int, key: str, role: int) -> Any:
        cell = self.problems.cells.get((row, key), [])
        if role == Qt.ItemDataRole.ToolTipRole:
            messages = cell or self.problems.rows.get(row, [])
            return "\n".join(messages) if messages else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell:
                return CELL_PROBLEM
            if row in self.problems.rows:
                return ROW_PROBLEM
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column.kind is Kind.FLAG:
            stored: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole:
            stored = self._stored(column, value)
        else:
            return False
        self._rows[index.row()][column.key] = stored
        self.problems.cells.pop((index.row(), column.key), None)
        self.dataChanged.emit(index, index)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, index.row(), index.row())
        self.edited.emit()
        return True

    # ---- values ---------------------------------------------------------------------------

    @staticmethod
    def _shown(column: SheetColumn, value: Any) -> str:
        if column.kind is Kind.FLAG:
            return ""
        if column.kind is Kind.CHOICES:
            return CHOICES_SEPARATOR.join(value or [])
        return "" if value is None else str(value)

    @staticmethod
    def _stored(column: SheetColumn, value: Any) -> Any:
        if column.kind is Kind.CHOICES:
            chosen = set(value or [])
            return [choice for choice in column.choices if choice in chosen]
        text = "" if value is None else str(value).strip()
        if not text and (column.optional or column.blank_is_none):
            return None
        return text

    def _row_has_cells(self, row: int) -> bool:
        return any(number == row for number, _key in self.problems.cells)

    # ---- rows -----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(row) for row in rows]
        self.problems = SheetProblems.empty()
        self.endResetModel()

    def rows(self) -> list[Row]:
        return [dict(row) for row in self._rows]

    def insert_row(self, at: int, row: Mapping[str, Any]) -> None:
        at = max(0, min(at, len(self._rows)))
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, dict(row))
        self.endInsertRows()
        self.set_problems(SheetProblems.empty())
        self.edited.emit()

    def remove_row(self, at: int) -> None:
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._rows[at]
        self.endRemoveRows()
        self.set_problems(SheetProblems.empty())
        self.edited.emit()

    def move_row(self, at: int, step: int) -> int:
        """Move row ``at`` up (-1) or down (+1); returns where it is now."""
        target = at + step
        if not (0 <= at < len(self._rows) and 0 <= target < len(self._rows)):
            return at
        destination = target + 1 if step > 0 else target
        self.beginMoveRows(QModelIndex(), at, at, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(at))
        self.endMoveRows()
        self.set_problems(SheetProblems.empty())
        self.edited.emit()
        return target

    def row(self, at: int) -> Row:
        return dict(self._rows[at])

    def set_problems(self, problems: SheetProblems) -> None:
        self.problems = problems
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, len(self.columns) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, last)

    def column_of(self, key: str) -> int | None:
        return next((n for n, column in enumerate(self.columns) if column.key == key), None)
