"""The §5.2 query dialog: conditions by section, sort rules, saved queries (page 5-1).

Built from the kind's declarative form (``desktop.views.query.fields``). "获取查询结果" checks
every field at once and shows each problem beside its field; nothing is cleared, so the person
fixes the one box that is wrong. The dialog is kept by its list page and only hidden, so what
was typed is still there the next time it opens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.query import Condition, Query, QueryFormatError, SortRule
from desktop.models.list_columns import ListSpec
from desktop.views.query.controls import ChoiceControl, FieldControl, RegionControl, make_control
from desktop.views.query.fields import CONTEXT, Control, Section, query_form
from desktop.views.query.parsing import InputProblem
from desktop.views.query.saved_queries import SavedQueries
from desktop.views.query.sort_rules import SortRulesEditor

FIELDS_PER_ROW = 2
LABEL_TOP_MARGIN = 5
"""Lines a label up with the first line of its control when a problem shows underneath."""


class _FieldCell(QWidget):
    """A control with its problem message underneath (hidden while there is none)."""

    def __init__(self, control: FieldControl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.control = control
        control.setParent(self)
        self.problem = QLabel(self)
        self.problem.setObjectName("fieldProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(control)
        layout.addWidget(self.problem)
        control.changed.connect(self.clear_problem)

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def clear_problem(self) -> None:
        self.problem.clear()
        self.problem.hide()


class QueryDialog(QDialog):
    """Conditions, sort rules and saved queries of one kind's list."""

    query_chosen = Signal(object)
    """The person asked for the result of this ``Query``."""

    def __init__(
        self,
        spec: ListSpec,
        saved: SavedQueries,
        scope_code: str,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置综合查询条件与排序规则 — {0}").format(title))
        self.setObjectName("queryDialog")
        self._saved = saved
        self._cells: dict[str, _FieldCell] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(self._saved_row())
        layout.addWidget(self._form(spec.kind, scope_code), 1)
        self._sort = SortRulesEditor(spec, self)
        sort_box = QGroupBox(self.tr("排序规则"), self)
        QVBoxLayout(sort_box).addWidget(self._sort)
        layout.addWidget(sort_box)
        self._summary = QLabel(self)
        self._summary.setObjectName("formProblem")
        self._summary.setWordWrap(True)
        self._summary.hide()
        layout.addWidget(self._summary)
        layout.addWidget(self._buttons())
        self._refresh_saved()
        self.resize(1100, 720)

    # ---- public ---------------------------------------------------------------------------

    def set_years(self, years: list[int]) -> None:
        """The subsidy years the cache knows, newest first."""
        for cell in self._cells.values():
            if cell.control.field.control is Control.YEAR and isinstance(
                cell.control, ChoiceControl
            ):
                cell.control.set_choices([(str(year), year) for year in years])

    def set_query(self, query: Query) -> None:
        """Show ``query`` in the form (conditions of unknown columns are ignored)."""
        by_column: dict[str, Condition] = {c.column: c for c in query.conditions}
        for column, cell in self._cells.items():
            cell.control.load(by_column.get(column))
            cell.clear_problem()
        self._sort.set_rules(query.sort)
        self._summary.hide()

    def current_query(self) -> Query | None:
        """The query the form describes, or None after showing every problem at once."""
        conditions: list[Condition] = []
        problems: list[_FieldCell] = []
        for cell in self._cells.values():
            try:
                condition = cell.control.condition()
            except InputProblem as problem:
                cell.show_problem(str(problem))
                problems.append(cell)
                continue
            cell.clear_problem()
            if condition is not None:
                conditions.append(condition)
        try:
            sort = self._sort.rules()
        except InputProblem as problem:
            self._show_summary(str(problem))
            return None
        if problems:
            self._show_summary(
                self.tr("有 {0} 处输入需要修改，见各栏下方的红字提示。").format(len(problems))
            )
            self._scroll.ensureWidgetVisible(problems[0], 0, 40)
            return None
        self._summary.hide()
        return Query(tuple(conditions), sort)

    def problem_texts(self) -> dict[str, str]:
        """Column → the problem shown beside it (what tests and screen readers check)."""
        return {
            column: cell.problem.text()
            for column, cell in self._cells.items()
            if not cell.problem.isHidden()
        }

    def summary_text(self) -> str:
        """The line above the buttons ("有 3 处输入需要修改…"), "" when hidden."""
        return "" if self._summary.isHidden() else self._summary.text()

    def control(self, column: str) -> FieldControl:
        return self._cells[column].control

    def set_sort_rules(self, rules: tuple[SortRule, ...]) -> None:
        self._sort.set_rules(rules)

    def sort_rules(self) -> tuple[SortRule, ...]:
        """The sort rules as set (``InputProblem`` when a column is repeated)."""
        return self._sort.rules()

    def saved_names(self) -> list[str]:
        return self._saved.names()

    def save_current(self, name: str) -> bool:
        """Save the form's query as ``name``; False (with the reason shown) if it cannot."""
        query = self.current_query()
        if query is None:
            return False
        try:
            self._saved.save(name, query)
        except ValueError as error:
            self._show_summary(str(error))
            return False
        self._refresh_saved(select=name.strip())
        return True

    def load_saved(self, name: str) -> bool:
        try:
            query = self._saved.load(name)
        except (KeyError, QueryFormatError) as error:
            self._show_summary(self.tr("无法读取已保存的查询“{0}”：{1}").format(name, error))
            return False
        self.set_query(query)
        return True

    def clear(self) -> None:
        """清空/重置条件: back to no conditions and the default order."""
        self.set_query(Query())

    # ---- building -------------------------------------------------------------------------

    def _form(self, kind: str, scope_code: str) -> QScrollArea:
        body = QWidget()
        layout = QVBoxLayout(body)
        for section in query_form(kind):
            layout.addWidget(self._section(section, scope_code, body))
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self._scroll = scroll
        return scroll

    def _section(self, section: Section, scope_code: str, parent: QWidget) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate(CONTEXT, section.title), parent)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        for position, field in enumerate(section.fields):
            control = make_control(field)
            if isinstance(control, RegionControl):
                control.set_scope(scope_code)
            cell = _FieldCell(control, box)
            self._cells[field.column] = cell
            row, pair = divmod(position, FIELDS_PER_ROW)
            label = QLabel(QCoreApplication.translate(CONTEXT, field.label), box)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label.setContentsMargins(0, LABEL_TOP_MARGIN, 0, 0)
            label.setBuddy(control)
            grid.addWidget(label, row, pair * 2)
            grid.addWidget(cell, row, pair * 2 + 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return box

    def _saved_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("已保存的查询"), self))
        self._saved_box = QComboBox(self)
        self._saved_box.setMinimumContentsLength(16)
        self._saved_box.activated.connect(self._saved_chosen)
        row.addWidget(self._saved_box)
        save = QPushButton(self.tr("保存当前条件…"), self)
        save.clicked.connect(self._ask_save)
        self._delete = QPushButton(self.tr("删除"), self)
        self._delete.clicked.connect(self._delete_saved)
        row.addWidget(save)
        row.addWidget(self._delete)
        row.addStretch(1)
        return row

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        run = buttons.addButton(self.tr("获取查询结果"), QDialogButtonBox.ButtonRole.AcceptRole)
        run.setDefault(True)
        self.run_button = run
        reset = buttons.addButton(self.tr("清空/重置条件"), QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._run)
        buttons.rejected.connect(self.reject)
        reset.clicked.connect(self.clear)
        return buttons

    # ---- actions --------------------------------------------------------------------------

    def _run(self) -> None:
        query = self.current_query()
        if query is None:
            return
        self.query_chosen.emit(query)
        self.accept()

    def _show_summary(self, message: str) -> None:
        self._summary.setText(message)
        self._summary.show()

    def _refresh_saved(self, select: str | None = None) -> None:
        names = self._saved.names()
        self._saved_box.clear()
        self._saved_box.addItem(self.tr("（选择后载入）") if names else self.tr("（尚无）"), None)
        for name in names:
            self._saved_box.addItem(name, name)
        if select is not None:
            self._saved_box.setCurrentIndex(max(0, self._saved_box.findData(select)))
        self._delete.setEnabled(bool(names))

    def _saved_chosen(self, index: int) -> None:
        name = self._saved_box.itemData(index)
        if name:
            self.load_saved(str(name))

    def _ask_save(self) -> None:
        current = self._saved_box.currentData() or ""
        name, ok = QInputDialog.getText(
            self, self.tr("保存查询"), self.tr("查询名称（同名将替换）："), text=str(current)
        )
        if ok:
            self.save_current(name)

    def _delete_saved(self) -> None:
        name = self._saved_box.currentData()
        if not name:
            return
        answer = QMessageBox.question(
            self, self.tr("删除已保存的查询"), self.tr("确定删除已保存的查询“{0}”吗？").format(name)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._saved.delete(str(name))
            self._refresh_saved()
