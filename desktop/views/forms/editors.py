"""The editors of the handler forms: every one holds plain text, exactly as typed.

A form never converts while the person types: an invalid date or a tonnage of "12a" stays in
the field as typed (and in the draft), and the core's validators say what is wrong with it
beside the field. Dates may be typed ("2024-5-21", as page 3-7 allows) or chosen from a
calendar (page 3-9); choices offer the vocabulary's values; the ship type suggests the types of
the year's standards table but accepts any text (the validator judges it).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop.views.forms.form_specs import Editor, FieldSpec


class FieldEditor(QWidget):
    """One field's editor: ``text()``, ``set_text()`` and ``edited`` whatever the widget."""

    edited = Signal()

    def text(self) -> str:
        raise NotImplementedError

    def set_text(self, text: str) -> None:
        raise NotImplementedError

    def set_problem(self, problem: bool) -> None:
        """Mark the editor red while its field has a problem."""
        self.setProperty("problem", problem)
        self.setStyleSheet("QLineEdit, QComboBox { border: 1px solid #c62828; }" if problem else "")

    @staticmethod
    def _row(parent: QWidget) -> QHBoxLayout:
        layout = QHBoxLayout(parent)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        return layout


class LineEditor(FieldEditor):
    """Free text, whole numbers and amounts: a line edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.textEdited.connect(lambda _text: self.edited.emit())
        self._row(self).addWidget(self.line)
        self.setFocusProxy(self.line)

    def text(self) -> str:
        return self.line.text()

    def set_text(self, text: str) -> None:
        self.line.setText(text)


class ChoiceEditor(FieldEditor):
    """One value of a vocabulary (补贴政策, 申请项目 …), or none chosen yet."""

    def __init__(self, choices: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.addItem(self.tr("（请选择）"), "")
        for choice in choices:
            self.combo.addItem(choice, choice)
        self.combo.activated.connect(lambda _index: self.edited.emit())
        self._row(self).addWidget(self.combo)
        self.setFocusProxy(self.combo)

    def text(self) -> str:
        return str(self.combo.currentData() or "")

    def set_text(self, text: str) -> None:
        index = self.combo.findData(text)
        if index < 0 and text:
            self.combo.addItem(text, text)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))


class ShipTypeEditor(FieldEditor):
    """A ship type: suggestions from the year's standards table, any text accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.lineEdit().textEdited.connect(lambda _text: self.edited.emit())
        self.combo.activated.connect(lambda _index: self.edited.emit())
        self._row(self).addWidget(self.combo)
        self.setFocusProxy(self.combo)

    def set_choices(self, names: list[str]) -> None:
        current = self.text()
        self.combo.clear()
        self.combo.addItems(names)
        completer = QCompleter(names, self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.combo.setCompleter(completer)
        self.set_text(current)

    def text(self) -> str:
        return self.combo.currentText()

    def set_text(self, text: str) -> None:
        self.combo.setEditText(text)


class DateEditor(FieldEditor):
    """A date typed as 年-月-日, or chosen from the calendar button beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("年-月-日"))
        self.line.textEdited.connect(lambda _text: self.edited.emit())
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("从日历中选择日期"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._chosen)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self.button.setMenu(menu)
        row = self._row(self)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.line)

    def text(self) -> str:
        return self.line.text()

    def set_text(self, text: str) -> None:
        self.line.setText(text)

    def _sync_calendar(self) -> None:
        typed = QDate.fromString(self.line.text().strip(), "yyyy-M-d")
        self.calendar.setSelectedDate(typed if typed.isValid() else QDate.currentDate())

    def _chosen(self, day: QDate) -> None:
        self.line.setText(day.toString("yyyy-MM-dd"))
        self.button.menu().hide()
        self.edited.emit()


def make_editor(spec: FieldSpec, parent: QWidget | None = None) -> FieldEditor:
    """The editor for one field."""
    if spec.editor is Editor.CHOICE:
        return ChoiceEditor(spec.choices, parent)
    if spec.editor is Editor.SHIP_TYPE:
        return ShipTypeEditor(parent)
    if spec.editor is Editor.DATE:
        return DateEditor(parent)
    return LineEditor(parent)
