"""The first line of a form whose record hangs from another: who it is, and the picker button.

Page 3-7: "申请人 湖南晶泰运输有限公司·益阳市资阳区金山南路668号 … 【查找并选取申请人】".
The row shows the chosen parent, a problem under it when none is chosen, and opens the picker
(pages 3-8, 4-4) — for an existing completion the application is fixed (page 3-18: copied,
not changed).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from desktop.views.forms.field_grid import HINT_STYLE, PROBLEM_STYLE
from desktop.views.forms.form_data import ParentChoice
from desktop.views.forms.form_specs import ParentKind


class ParentRow(QWidget):
    """Label, chosen parent, picker button and the parent's problem line."""

    pick_requested = Signal()

    def __init__(self, kind: ParentKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind
        self.title = QLabel(self._title(), self)
        self.value = QLabel(self.tr("（尚未选取）"), self)
        self.value.setObjectName("parentValue")
        self.value.setWordWrap(True)
        self.value.setStyleSheet("font-weight: bold;")
        self.button = QPushButton(self._button_text(), self)
        self.button.setObjectName("pickParent")
        self.button.clicked.connect(self.pick_requested)
        self.message = QLabel(self._hint(), self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(HINT_STYLE)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.value, 0, 1)
        grid.addWidget(self.button, 0, 2)
        grid.addWidget(self.message, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)

    def show_parent(self, choice: ParentChoice | None) -> None:
        self.value.setText(choice.label if choice is not None else self.tr("（尚未选取）"))

    def lock(self) -> None:
        """The parent of a stored completion cannot be changed (it is copied from it)."""
        self.button.setEnabled(False)
        self.button.setToolTip(self.tr("完结记录复制自申请记录，不能改选。"))

    def show_problems(self, problems: list[str]) -> None:
        if problems:
            self.message.setText("\n".join(problems))
            self.message.setStyleSheet(PROBLEM_STYLE)
        else:
            self.message.setText(self._hint())
            self.message.setStyleSheet(HINT_STYLE)

    def _title(self) -> str:
        if self._kind is ParentKind.APPLICANT:
            return self.tr("申请人：")
        if self._kind is ParentKind.APPLICATION:
            return self.tr("拆建申请：")
        return self.tr("货主：")

    def _button_text(self) -> str:
        if self._kind is ParentKind.APPLICANT:
            return self.tr("查找并选取申请人")
        if self._kind is ParentKind.APPLICATION:
            return self.tr("查找并选取申请记录")
        return self.tr("查找并选取货主")

    def _hint(self) -> str:
        if self._kind is ParentKind.APPLICANT:
            return self.tr("选取后复制申请人信息（所有人、经营人为空时填入申请人名称）。")
        if self._kind is ParentKind.APPLICATION:
            return self.tr("船舶信息复制自申请记录，不可修改；此处只填写注销、归档日期和资金复核。")
        return self.tr("只能选取通过了市级审核的货主。")
