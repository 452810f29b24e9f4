"""The pickers of pages 3-8 and 4-4: find a parent record by a part of its name, double-click.

"查找并选取申请人" lists the applicants ("0001【name】address"), filtered by a name substring;
a double-click picks one and the form copies its information. The same dialog picks the
application a completion completes (ministry-policy scrapping that passed province review and
has no completion yet) and the cargo owner of a monthly report or reward (passed city review).
The candidate list is read from the cache off the UI thread; filtering is in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from core.vocab import Decision, Policy, Project
from desktop.context import AppContext
from desktop.models import Applicant, Application, CargoOwner, Completion
from desktop.models.database import CacheDatabase
from desktop.views.forms.form_specs import ParentKind

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Candidate:
    """One line of a picker: the record's id, name and what is shown after it."""

    id: str
    name: str
    detail: str


def _applicants(db: CacheDatabase) -> list[Candidate]:
    with db.read() as session:
        statement = select(Applicant.id, Applicant.name, Applicant.address).order_by(
            Applicant.name, Applicant.id
        )
        return [
            Candidate(i, name or "", address or "")
            for i, name, address in session.execute(statement)
        ]


def _completable(db: CacheDatabase) -> list[Candidate]:
    """Ministry scrapping applications passed by the province and not yet completed."""
    with db.read() as session:
        done = select(Completion.application_id).where(Completion.application_id.is_not(None))
        statement = (
            select(Application.id, Application.ship_name, Application.form_no)
            .where(
                Application.policy == Policy.MINISTRY.value,
                Application.project == Project.SCRAP.value,
                Application.province_result == Decision.PASS.value,
                Application.id.not_in(done),
            )
            .order_by(Application.ship_name, Application.id)
        )
        return [
            Candidate(i, name or "", form or "") for i, name, form in session.execute(statement)
        ]


def _passed_owners(db: CacheDatabase) -> list[Candidate]:
    """Cargo owners passed by the city (only they report months and apply, page 4-4)."""
    with db.read() as session:
        statement = (
            select(CargoOwner.id, CargoOwner.name, CargoOwner.address)
            .where(CargoOwner.city_result == Decision.PASS.value)
            .order_by(CargoOwner.name, CargoOwner.id)
        )
        return [
            Candidate(i, name or "", address or "")
            for i, name, address in session.execute(statement)
        ]


LOADERS: dict[ParentKind, Callable[[CacheDatabase], list[Candidate]]] = {
    ParentKind.APPLICANT: _applicants,
    ParentKind.APPLICATION: _completable,
    ParentKind.CARGO_OWNER: _passed_owners,
}


class PickerDialog(QDialog):
    """Filter by a part of the name, double-click (or 选取) to pick."""

    def __init__(
        self, context: AppContext, kind: ParentKind, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._kind = kind
        self._candidates: list[Candidate] = []
        self.chosen: Candidate | None = None
        self.loaded = False
        self.setWindowTitle(self._title())
        self.resize(720, 480)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self._filter_hint())
        self.filter.textChanged.connect(self._fill)
        self.filter_button = QPushButton(self.tr("过滤并列表"), self)
        self.filter_button.clicked.connect(lambda: self._fill(self.filter.text()))
        self.pick_button = QPushButton(self.tr("选取（双击）"), self)
        self.pick_button.clicked.connect(self._pick_current)
        self.list = QListWidget(self)
        self.list.itemDoubleClicked.connect(self._pick)
        self.status = QLabel(self.tr("正在读取…"), self)
        self._lay_out()
        context.tasks.run(lambda: LOADERS[kind](context.db), self._loaded, self._failed)

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.addWidget(QLabel(self._filter_label(), self))
        row.addWidget(self.filter, 1)
        row.addWidget(self.filter_button)
        row.addWidget(self.pick_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)

    def _title(self) -> str:
        if self._kind is ParentKind.APPLICANT:
            return self.tr("查找并选取申请人")
        if self._kind is ParentKind.APPLICATION:
            return self.tr("查找并选取申请记录（省级已审核通过的部政策拆解船）")
        return self.tr("查找并选取通过了市级审核的货主")

    def _filter_label(self) -> str:
        if self._kind is ParentKind.APPLICATION:
            return self.tr("船名含字串（可空）")
        if self._kind is ParentKind.CARGO_OWNER:
            return self.tr("货主名含子串（可空）")
        return self.tr("申请人名含名字串（可空）")

    def _filter_hint(self) -> str:
        return self.tr("输入名称中的几个字，列表随输入过滤")

    def _loaded(self, candidates: list[Candidate]) -> None:
        if not shiboken6.isValid(self):
            return
        self._candidates = candidates
        self.loaded = True
        self._fill(self.filter.text())

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.status.setText(self.tr("读取本地记录失败：{error}").format(error=error))

    def _fill(self, text: str) -> None:
        needle = text.strip()
        self.list.clear()
        shown = [c for c in self._candidates if needle in c.name] if needle else self._candidates
        for number, candidate in enumerate(shown, 1):
            item = QListWidgetItem(f"{number:04d}【{candidate.name}】{candidate.detail}")
            item.setData(ID_ROLE, candidate)
            self.list.addItem(item)
        self.status.setText(
            self.tr("共 {shown} 条（全部 {total} 条）。双击一行选取。").format(
                shown=len(shown), total=len(self._candidates)
            )
        )
        if shown:
            self.list.setCurrentRow(0)

    def _pick_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._pick(item)

    def _pick(self, item: QListWidgetItem) -> None:
        candidate = item.data(ID_ROLE)
        if isinstance(candidate, Candidate):
            self.chosen = candidate
            self.accept()
