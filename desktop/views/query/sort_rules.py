"""The 设置排序规则 part of the query form: several sort keys, each ascending or descending.

The manual's query page lets the person "选取排序指标、设置排序前后关系和降序升序方式": here a
list of rows, each a column and a direction, moved up and down to set which key comes first.
The keys are the list's columns, so whatever the list shows can be sorted by.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.query import SortRule
from desktop.models.list_columns import CONTEXT as COLUMNS_CONTEXT
from desktop.models.list_columns import ListSpec
from desktop.views.query.parsing import InputProblem


class _RuleRow(QWidget):
    """One sort key: column, direction, and buttons to move or remove it."""

    move_up = Signal(object)
    move_down = Signal(object)
    removed = Signal(object)

    def __init__(self, spec: ListSpec, rule: SortRule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.number = QLabel(self)
        self.column = QComboBox(self)
        for column in spec.columns:
            self.column.addItem(
                QCoreApplication.translate(COLUMNS_CONTEXT, column.label), column.key
            )
        self.column.setCurrentIndex(max(0, self.column.findData(rule.column)))
        self.direction = QComboBox(self)
        self.direction.addItem(self.tr("升序"), False)
        self.direction.addItem(self.tr("降序"), True)
        self.direction.setCurrentIndex(1 if rule.descending else 0)
        up, down, remove = QToolButton(self), QToolButton(self), QToolButton(self)
        up.setText("↑")
        up.setToolTip(self.tr("前移（先按此列排序）"))
        down.setText("↓")
        down.setToolTip(self.tr("后移"))
        remove.setText("✕")
        remove.setToolTip(self.tr("删除此排序指标"))
        up.clicked.connect(lambda: self.move_up.emit(self))
        down.clicked.connect(lambda: self.move_down.emit(self))
        remove.clicked.connect(lambda: self.removed.emit(self))
        for widget in (self.number, self.column, self.direction, up, down, remove):
            layout.addWidget(widget)
        layout.addStretch(1)

    def rule(self) -> SortRule:
        return SortRule(str(self.column.currentData()), bool(self.direction.currentData()))


class SortRulesEditor(QWidget):
    """The sort keys in order; ``rules()`` raises ``InputProblem`` for a repeated column."""

    def __init__(self, spec: ListSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec = spec
        self._rows: list[_RuleRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout = QVBoxLayout()
        layout.addLayout(self._rows_layout)
        self._empty = QLabel(self.tr("未设排序指标：按列表的默认顺序排列。"), self)
        self._empty.setObjectName("hint")
        layout.addWidget(self._empty)
        add = QPushButton(self.tr("添加排序指标"), self)
        add.clicked.connect(self._add_next)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._refresh()

    def rules(self) -> tuple[SortRule, ...]:
        rules = tuple(row.rule() for row in self._rows)
        keys = [rule.column for rule in rules]
        repeated = sorted({key for key in keys if keys.count(key) > 1})
        if repeated:
            names = "、".join(self._label(key) for key in repeated)
            raise InputProblem(self.tr("排序指标“{0}”重复，每列只能设置一次。").format(names))
        return rules

    def set_rules(self, rules: tuple[SortRule, ...]) -> None:
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        for rule in rules:
            self._append(rule)
        self._refresh()

    def _label(self, key: str) -> str:
        return QCoreApplication.translate(
            COLUMNS_CONTEXT, self._spec.columns[self._spec.index_of(key)].label
        )

    def _add_next(self) -> None:
        used = {row.rule().column for row in self._rows}
        key = next((c.key for c in self._spec.columns if c.key not in used), None)
        if key is None:
            return
        self._append(SortRule(key))
        self._refresh()

    def _append(self, rule: SortRule) -> None:
        row = _RuleRow(self._spec, rule, self)
        row.move_up.connect(lambda r: self._move(r, -1))
        row.move_down.connect(lambda r: self._move(r, 1))
        row.removed.connect(self._remove)
        self._rows.append(row)

    def _move(self, row: _RuleRow, step: int) -> None:
        index = self._rows.index(row)
        target = index + step
        if 0 <= target < len(self._rows):
            self._rows[index], self._rows[target] = self._rows[target], self._rows[index]
            self._refresh()

    def _remove(self, row: _RuleRow) -> None:
        self._rows.remove(row)
        row.deleteLater()
        self._refresh()

    def _refresh(self) -> None:
        for position, row in enumerate(self._rows):
            self._rows_layout.removeWidget(row)
            self._rows_layout.insertWidget(position, row)
            row.number.setText(self.tr("第{0}排序").format(position + 1))
        self._empty.setVisible(not self._rows)
