"""The rows of a shown report as a Qt table model, styled as the printed tables are.

Cells read as ``desktop.reports.model.display_text`` prints them (money with 2 decimals and
thousands separators, zero blank where the column asks for it), so the screen, the PDF and
Excel show the same figures. Totals are bold and shaded by kind, numbers right-aligned,
dates centred, and a nested category label (page 3-4) indented, like the Excel export.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop.reports.model import CellFormat, Column, ReportRow, RowKind, display_text

FILLS = {
    RowKind.PROVINCE_TOTAL: QColor("#D9E1F2"),
    RowKind.CITY_TOTAL: QColor("#E9EFF7"),
    RowKind.COUNTY_SUBTOTAL: QColor("#F5F7FB"),
    RowKind.CATEGORY_TOTAL: QColor("#EDEDED"),
}
"""The shades of the Excel export, lightest for the most detailed total."""
BOLD_KINDS = frozenset({RowKind.PROVINCE_TOTAL, RowKind.CITY_TOTAL, RowKind.CATEGORY_TOTAL})
INDENT = "　"
"""One ideographic space per indent level of a nested category label."""

_Index = QModelIndex | QPersistentModelIndex


def alignment(column: Column) -> Qt.AlignmentFlag:
    """Text left, dates centred, numbers right — as on the printed tables."""
    if column.fmt is CellFormat.TEXT:
        horizontal = Qt.AlignmentFlag.AlignLeft
    elif column.fmt is CellFormat.DATE:
        horizontal = Qt.AlignmentFlag.AlignHCenter
    else:
        horizontal = Qt.AlignmentFlag.AlignRight
    return horizontal | Qt.AlignmentFlag.AlignVCenter


class ReportTableModel(QAbstractTableModel):
    """Read-only rows of one report; ``set_rows`` replaces them all."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: tuple[Column, ...] = ()
        self._rows: tuple[ReportRow, ...] = ()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, columns: Sequence[Column], rows: Sequence[ReportRow]) -> None:
        self.beginResetModel()
        self._columns = tuple(columns)
        self._rows = tuple(rows)
        self.endResetModel()

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    def report_row(self, row: int) -> ReportRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = display_text(row.cells[index.column()], column)
            return INDENT * row.indent + text if index.column() == 0 and text else text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return alignment(column)
        if role == Qt.ItemDataRole.FontRole and row.kind in BOLD_KINDS:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return FILLS.get(row.kind)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """The leaf column's label (the grouped header view paints the groups above it)."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].label
        return str(section + 1)
