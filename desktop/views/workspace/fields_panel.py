"""The record's fields, grouped as on page 3-16, as selectable read-only text.

Widgets are built once per record kind and only their texts change from record to record, so
moving to the next record costs a few ``setText`` calls, not a new layout (the reviewer moves
on right after a decision, and control must come back within 50 ms).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.views.forms.columns import column_label
from desktop.views.workspace.field_groups import GROUPS, PARENT, FieldGroup
from desktop.views.workspace.snapshot import RecordSnapshot

PAIRS_PER_ROW = 2


def display_value(value: Any) -> str:
    """A stored value as the reviewer reads it ("" for nothing; ISO dates and decimals as sent)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        yes = QCoreApplication.translate("FieldsPanel", "是")
        return yes if value else QCoreApplication.translate("FieldsPanel", "否")
    return str(value)


class FieldsPanel(QWidget):
    """The field groups of one record kind at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind: str | None = None
        self._values: dict[str, QLabel] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)

    def show_snapshot(self, snapshot: RecordSnapshot) -> None:
        """Fill the groups with the record's values (rebuilding only when the kind changed)."""
        if snapshot.kind != self._kind:
            self._rebuild(snapshot.kind)
        for column, label in self._values.items():
            label.setText(self._text(column, snapshot))

    def value_text(self, column: str) -> str:
        """The text shown for ``column`` (tests and screen readers read it)."""
        label = self._values.get(column)
        return "" if label is None else label.text()

    def _text(self, column: str, snapshot: RecordSnapshot) -> str:
        if column == PARENT:
            parent = snapshot.parent
            if parent is None:
                return self.tr("（未在本地找到）")
            return f"{parent.name} · {parent.address}" if parent.address else parent.name
        return display_value(snapshot.data.get(column))

    def _rebuild(self, kind: str) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self._values = {}
        for group in GROUPS.get(kind, ()):
            self._layout.addWidget(self._group_box(group))
        self._kind = kind

    def _group_box(self, group: FieldGroup) -> QGroupBox:
        box = QGroupBox(group.translated_title(), self)
        grid = QGridLayout(box)
        grid.setContentsMargins(8, 4, 8, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        for index, column in enumerate(group.columns):
            row, pair = divmod(index, PAIRS_PER_ROW)
            grid.addWidget(self._name_label(column, box), row, pair * 2)
            value = self._value_label(box)
            grid.addWidget(value, row, pair * 2 + 1)
            self._values[column] = value
        for pair in range(PAIRS_PER_ROW):
            grid.setColumnStretch(pair * 2 + 1, 1)
        return box

    def _name_label(self, column: str, parent: QWidget) -> QLabel:
        text = self.tr("申请人") if column == PARENT else column_label(column)
        label = QLabel(text + self.tr("："), parent)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setStyleSheet("color: palette(dark);")
        return label

    @staticmethod
    def _value_label(parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setObjectName("fieldValue")
        return label
