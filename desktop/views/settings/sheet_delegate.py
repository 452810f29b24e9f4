"""Cell editors of the sheet: a text line, a dropdown of allowed values, or a row of boxes for
a set of values (a material row's 补贴政策 部/省, 申请项目, 经营类别), so a person never has to
type a vocabulary word exactly right.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.views.settings.sheet_model import Kind, SheetModel

Index = QModelIndex | QPersistentModelIndex
NONE_TEXT = "（无）"


class ChoicesEditor(QWidget):
    """One box per allowed value."""

    def __init__(self, choices: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.boxes = [QCheckBox(choice, self) for choice in choices]
        for box in self.boxes:
            layout.addWidget(box)

    def chosen(self) -> list[str]:
        return [box.text() for box in self.boxes if box.isChecked()]

    def set_chosen(self, values: list[str]) -> None:
        for box in self.boxes:
            box.setChecked(box.text() in values)


class SheetDelegate(QStyledItemDelegate):
    """Picks the editor by the column's kind."""

    def __init__(self, model: SheetModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self._model.columns[index.column()]
        if column.kind is Kind.CHOICE:
            combo = QComboBox(parent)
            if column.optional:
                combo.addItem(NONE_TEXT, None)
            for choice in column.choices:
                combo.addItem(choice, choice)
            return combo
        if column.kind is Kind.CHOICES:
            return ChoicesEditor(column.choices, parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, ChoicesEditor):
            editor.set_chosen(list(value or []))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, ChoicesEditor):
            model.setData(index, editor.chosen(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
