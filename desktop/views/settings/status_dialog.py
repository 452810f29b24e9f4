"""Page 7-2 新建申报状态: a new declaration status, in force at once.

The deadlines follow the core's defaults (open: a month ahead; closed and maintenance:
2099-12-31) until the person picks a date. The core's rules (note 5–100 characters, an open
window's deadlines not in the past) are checked before anything is sent. Creating a status
ends every session in the province, the administrator's own included (page 7-2 说明 1): the
question before sending says so, and afterwards the dialog reports ``created`` so the settings
dialog can send the person back to the login window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from core import declaration
from core.field_rules import Problem
from core.vocab import DeclarationState, PolicyScope
from desktop.context import AppContext
from desktop.views.settings.form_dialog import FormDialog, Work
from desktop.views.settings.prompts import ask
from desktop.views.settings.widgets import hint_label

CHOSEN_STATES = (DeclarationState.OPEN, DeclarationState.CLOSED, DeclarationState.MAINTENANCE)
CHECKED, IGNORED = "审核", "忽略"
_PROBLEM_FIELDS = (("备注", "note"), ("拆建", "ship_deadline"), ("货主", "cargo_deadline"))
"""Which field each of ``core.declaration.status_problems``' messages is about (the server's
mapping too), by how the message starts."""


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def status_rule_problems(status: declaration.DeclarationStatus, today: date) -> list[Problem]:
    """The core's rules for a new status, each on the field it is about."""
    problems = []
    for message in declaration.status_problems(status, today):
        field = next((name for start, name in _PROBLEM_FIELDS if message.startswith(start)), "")
        problems.append(Problem(field, message))
    return problems


class DeadlineEdit(QDateEdit):
    """A deadline that follows the state's default until the person picks a date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setDateRange(QDate(2000, 1, 1), to_qdate(declaration.FAR_DEADLINE))
        self.picked = False
        self.dateChanged.connect(self._picked)
        self._setting = False

    def _picked(self) -> None:
        if not self._setting:
            self.picked = True

    def set_default(self, day: date) -> None:
        if self.picked:
            return
        self._setting = True
        self.setDate(to_qdate(day))
        self._setting = False

    @property
    def day(self) -> date:
        return from_qdate(self.date())


class StatusDialog(FormDialog):
    """Create a declaration status for one of the existing subsidy years."""

    created = Signal(dict)

    def __init__(
        self, context: AppContext, years: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, self.tr("新建申报状态"), parent)
        self.setObjectName("statusDialog")
        self.today = context.sync.clock.today()
        self.year = QComboBox(self)
        self.state = QComboBox(self)
        self.ship_deadline = DeadlineEdit(self)
        self.cargo_deadline = DeadlineEdit(self)
        self.policy_scope = QComboBox(self)
        self.check_ownership = QComboBox(self)
        self.check_inspection = QComboBox(self)
        self.note = QLineEdit(self)
        self._fill_choices(years)
        self._build()
        self._state_changed()
        self.resize(720, self.sizeHint().height())
        self.mark_clean()

    def _fill_choices(self, years: Sequence[int]) -> None:
        for year in years:
            self.year.addItem(str(year), year)
        for state in CHOSEN_STATES:
            self.state.addItem(state.value, state.value)
        for scope in PolicyScope:
            self.policy_scope.addItem(scope.value, scope.value)
        for box in (self.check_ownership, self.check_inspection):
            box.addItems([CHECKED, IGNORED])
        self.note.setMaxLength(declaration.NOTE_MAX_CHARS + 20)
        self.state.currentIndexChanged.connect(self._state_changed)

    def _build(self) -> None:
        add = self.fields.add
        add("year", self.tr("奖补年份"), self.year, self.tr("可以选择任意已创建的年份。"))
        add("state", self.tr("申报状态"), self.state, self.tr("仅对所选年份有效。"))
        closed_hint = self.tr("开放时默认一个月后；关闭/运维时默认 2099-12-31。")
        add("ship_deadline", self.tr("拆建申报截止日期"), self.ship_deadline, closed_hint)
        add("cargo_deadline", self.tr("货主申报截止日期"), self.cargo_deadline, closed_hint)
        add("policy_scope", self.tr("实施奖补政策"), self.policy_scope, self.tr("仅对拆建船舶。"))
        add("check_ownership", self.tr("审核船舶所有权"), self.check_ownership, self.tr("平台联审"))
        add("check_inspection", self.tr("审核船检登记"), self.check_inspection, self.tr("平台联审"))
        add("note", self.tr("备注"), self.note, self.tr("5-100个字。"))
        self.body.addWidget(hint_label(self, self._explanation()))

    def _explanation(self) -> str:
        return self.tr(
            "说明：1）新建或删除申报状态，所有当前登录的账号（包括您自己）都将退出，需重新登录。"
            "2）最近创建的状态为当前有效状态。3）申报状态为开放且截止日期在今日之前时，表示过期。"
            "【开放】可以建档、修改、删除与审核记录，上传材料；【关闭】【过期】不能；"
            "【运维】只有省级系统与管理账号可以登录。"
        )

    def _state_changed(self) -> None:
        state = DeclarationState(str(self.state.currentData()))
        default = declaration.default_deadline(state, self.today)
        self.ship_deadline.set_default(default)
        self.cargo_deadline.set_default(default)

    # ---- FormDialog -----------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {
            "year": self.year.currentData(),
            "state": str(self.state.currentData()),
            "ship_deadline": self.ship_deadline.day.isoformat(),
            "cargo_deadline": self.cargo_deadline.day.isoformat(),
            "policy_scope": str(self.policy_scope.currentData()),
            "check_ownership": self.check_ownership.currentText() == CHECKED,
            "check_inspection": self.check_inspection.currentText() == CHECKED,
            "note": self.note.text().strip(),
        }

    def local_problems(self) -> list[Problem]:
        values = self.values()
        if values["year"] is None:
            return [Problem("year", self.tr("奖补年份：尚未创建任何奖补年份，请先新建奖补年份"))]
        status = declaration.new_status(
            int(values["year"]),
            DeclarationState(values["state"]),
            self.context.sync.clock.now(),
            ship_deadline=self.ship_deadline.day,
            cargo_deadline=self.cargo_deadline.day,
            note=values["note"],
        )
        return status_rule_problems(status, self.today)

    def confirm_then(self, send: Callable[[], None]) -> None:
        values = self.values()
        ask(
            self,
            self.tr("新建申报状态"),
            self.tr("确定为 {} 年新建申报状态【{}】吗？").format(values["year"], values["state"]),
            send,
            yes_text=self.tr("新建并退出登录"),
            detail=self.tr(
                "新建后，所有当前登录的账号（包括您自己）都将退出登录，需要重新登录；"
                "各账号未同步的操作会安全保存在各自电脑上，重新登录后继续上传。"
            ),
        )

    def prepare(self) -> Work:
        api, body = self.api, self.values()
        return lambda: api.create_status(body)

    def on_success(self, result: Any) -> None:
        self.created.emit(dict(result))
