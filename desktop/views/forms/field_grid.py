"""The fields of a form in rows, each with its message right under it.

Under every editor sits one line: the field's 填写说明 in grey while all is well, or — after a
submit found problems — every problem of that field in red, all fields at once (补正 "tell
everything at once"). The editor itself gets a red border, so a long form shows at a glance
where the problems are.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from desktop.views.forms.columns import column_label
from desktop.views.forms.editors import FieldEditor, ShipTypeEditor, make_editor
from desktop.views.forms.form_specs import FieldSpec, FormSpec

HINT_STYLE = "color: #777777; font-size: 11px;"
PROBLEM_STYLE = "color: #c62828; font-weight: bold;"


class FieldGrid(QWidget):
    """Editors of a ``FormSpec`` laid out ``per_row`` to a row, messages under each."""

    edited = Signal(str)
    """The column whose editor the person changed."""

    def __init__(self, spec: FormSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec = spec
        self.editors: dict[str, FieldEditor] = {}
        self.messages: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(1)
        for index, field in enumerate(spec.fields):
            row, slot = divmod(index, spec.per_row)
            self._place(grid, field, row * 2, slot * 2)
        for slot in range(spec.per_row):
            grid.setColumnStretch(slot * 2 + 1, 1)

    def _place(self, grid: QGridLayout, field: FieldSpec, row: int, column: int) -> None:
        label = QLabel(column_label(field.column) + self.tr("："), self)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor = make_editor(field, self)
        editor.setObjectName(f"field_{field.column}")
        editor.edited.connect(lambda column=field.column: self.edited.emit(column))
        label.setBuddy(editor)
        message = QLabel(field.translated_hint(), self)
        message.setWordWrap(True)
        message.setStyleSheet(HINT_STYLE)
        message.setObjectName(f"message_{field.column}")
        grid.addWidget(label, row, column)
        grid.addWidget(editor, row, column + 1)
        grid.addWidget(message, row + 1, column + 1)
        self.editors[field.column] = editor
        self.messages[field.column] = message

    def values(self) -> dict[str, str]:
        """Every field's text, exactly as typed."""
        return {column: editor.text() for column, editor in self.editors.items()}

    def set_values(self, values: Mapping[str, str]) -> None:
        for column, text in values.items():
            editor = self.editors.get(column)
            if editor is not None:
                editor.set_text(text)

    def set_ship_types(self, names: list[str]) -> None:
        for editor in self.editors.values():
            if isinstance(editor, ShipTypeEditor):
                editor.set_choices(names)

    def show_problems(self, problems: Mapping[str, list[str]]) -> None:
        """Each field's problems under it (its hint again when it has none)."""
        for column, message in self.messages.items():
            found = problems.get(column, [])
            editor = self.editors[column]
            editor.set_problem(bool(found))
            if found:
                message.setText("\n".join(found))
                message.setStyleSheet(PROBLEM_STYLE)
            else:
                message.setText(self._spec.field(column).translated_hint())
                message.setStyleSheet(HINT_STYLE)

    def message_text(self, column: str) -> str:
        return self.messages[column].text()

    def focus_first(self, columns: list[str]) -> None:
        """Put the cursor in the first field (in form order) that has a problem."""
        for column in self._spec.columns:
            if column in columns:
                self.editors[column].setFocus(Qt.FocusReason.OtherFocusReason)
                return
