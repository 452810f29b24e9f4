"""The table widget of every record list: rows, sortable headers, open on double-click/Enter.

Row heights are fixed (``ResizeToContents`` would make Qt ask every row for its size, i.e.
fetch 100,000 rows); column widths follow the header text and a few sample characters.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.models.list_columns import Display
from desktop.models.table_model import RecordTableModel

ROW_HEIGHT = 26
_WIDTHS = {
    Display.MARK: 46,
    Display.UPLOAD: 64,
    Display.DATE: 96,
    Display.MONEY: 92,
    Display.INTEGER: 80,
    Display.DECIMAL_2: 88,
    Display.DECIMAL_3: 88,
    Display.REGION: 96,
    Display.PROBLEMS: 220,
}
TEXT_WIDTH = 120
KEY_WIDTHS = {
    "policy": 44,
    "project": 52,
    "area": 52,
    "power_form": 76,
    "ship_type": 100,
    "applicant_type": 52,
    "applicant_name": 190,
    "name": 200,
    "cargo_owner_name": 200,
    "address": 240,
    "year": 52,
    "month": 52,
}


class RecordTable(QTableView):
    """A ``RecordTableModel`` on screen; ``record_activated(row)`` on double-click or Enter."""

    record_activated = Signal(int)

    def __init__(self, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setObjectName("recordTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.setMinimumWidth(44)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        self._size_columns(model)
        self._show_sort_indicator(model)
        self.setSortingEnabled(True)
        self.doubleClicked.connect(self._activated)
        model.loaded.connect(lambda _count: self._show_sort_indicator(model))

    def current_row(self) -> int | None:
        index = self.currentIndex()
        return index.row() if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self.model().index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activated(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.record_activated.emit(index.row())

    def _size_columns(self, model: RecordTableModel) -> None:
        for section, column in enumerate(model.spec.columns):
            width = KEY_WIDTHS.get(column.key) or _WIDTHS.get(column.display, TEXT_WIDTH)
            label = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            header_width = self.fontMetrics().horizontalAdvance(label) + 22
            self.setColumnWidth(section, max(width, header_width))

    def _show_sort_indicator(self, model: RecordTableModel) -> None:
        """Show the first sort key on the header without sorting again."""
        rules = model.sort_rules()
        header = self.horizontalHeader()
        if not rules:
            header.setSortIndicatorShown(False)
            return
        try:
            section = model.spec.index_of(rules[0].column)
        except KeyError:
            return
        order = Qt.SortOrder.DescendingOrder if rules[0].descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicatorShown(True)
        if header.sortIndicatorSection() != section or header.sortIndicatorOrder() != order:
            header.setSortIndicator(section, order)
