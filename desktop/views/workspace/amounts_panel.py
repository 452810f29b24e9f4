"""The three amounts of a record — 测算, 复核, 机算 with its formula — side by side.

SPEC §4.1.8: a difference between them is shown to the reviewer, never hidden. Every amount
that takes part in a difference (``core.formulas.amount_differences``) is highlighted, and each
differing pair is spelled out below the row ("测算 2.75 与机算 2.77 不一致（相差 -0.02 万元）").
A reward has the three amounts twice, for foreign and domestic trade (page 4-8).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from core.formulas import AmountComparison, AmountKind, amount_differences
from desktop.views.workspace.snapshot import RecordSnapshot
from desktop.views.workspace.styles import set_style

DIFFERS_STYLE = "background: #fde2e1; color: #a40000; font-weight: bold; padding: 1px 4px;"
PLAIN_STYLE = "padding: 1px 4px;"


@dataclass(frozen=True)
class AmountRow:
    """One row of amounts: its key ("" for a ship, foreign/domestic for a reward), its columns."""

    key: str
    estimate: str
    check: str
    machine: str


SHIP_ROWS = (AmountRow("", "estimate_amount", "check_amount", "machine_amount"),)
REWARD_ROWS = (
    AmountRow("foreign", "estimate_foreign", "check_foreign", "machine_foreign"),
    AmountRow("domestic", "estimate_domestic", "check_domestic", "machine_domestic"),
)


AMOUNT_KINDS = (AmountKind.ESTIMATE, AmountKind.CHECK, AmountKind.MACHINE)


def amount_of(value: Any) -> Decimal | None:
    """A stored amount ("51.75", 51, None) as a Decimal; anything unreadable counts as absent."""
    if value is None or value == "" or isinstance(value, bool | float):
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return None
    return amount if amount.is_finite() else None


def compare(data: Mapping[str, Any], row: AmountRow) -> AmountComparison:
    """The comparison of one row's three amounts."""
    return amount_differences(
        amount_of(data.get(row.estimate)),
        amount_of(data.get(row.check)),
        amount_of(data.get(row.machine)),
    )


def rows_for(kind: str) -> tuple[AmountRow, ...]:
    """The amount rows of a record kind (none for kinds without amounts)."""
    if kind in ("applications", "completions"):
        return SHIP_ROWS
    if kind == "rewards":
        return REWARD_ROWS
    return ()


class AmountsPanel(QGroupBox):
    """资金（万元）: the amounts, the machine formula and every difference."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("资金（万元）：测算 / 复核 / 机算"), parent)
        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._formula = QLabel(self)
        self._formula.setWordWrap(True)
        self._formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._differences = QLabel(self)
        self._differences.setWordWrap(True)
        self._differences.setObjectName("amountDifferences")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.addWidget(self._grid_host)
        layout.addWidget(self._formula)
        layout.addWidget(self._differences)
        self.cells: dict[tuple[str, AmountKind], QLabel] = {}
        self.messages: tuple[str, ...] = ()
        self._rows: tuple[AmountRow, ...] = ()

    def show_snapshot(self, snapshot: RecordSnapshot) -> None:
        """Show the record's amounts; hidden for kinds that have none."""
        rows = rows_for(snapshot.kind)
        self.setVisible(bool(rows))
        if rows != self._rows:
            self._rebuild(rows)
        messages: list[str] = []
        for row in rows:
            comparison = compare(snapshot.data, row)
            self._update_row(row, comparison)
            prefix = self._row_title(row)
            messages += [f"{prefix}{message}" for message in comparison.messages()]
        self._show_formula(snapshot.data)
        self._show_differences(messages)

    def differs(self, row_key: str, kind: AmountKind) -> bool:
        """Whether the cell of ``kind`` in the row ``row_key`` is highlighted."""
        cell = self.cells.get((row_key, kind))
        return bool(cell is not None and cell.property("differs"))

    # ---- building (once per kind of rows) and updating ------------------------------------

    def _rebuild(self, rows: tuple[AmountRow, ...]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.cells = {}
        for column, text in enumerate(("", self.tr("测算"), self.tr("复核"), self.tr("机算"))):
            label = QLabel(text, self._grid_host)
            label.setStyleSheet("color: palette(dark);")
            self._grid.addWidget(label, 0, column)
        for index, row in enumerate(rows, start=1):
            self._grid.addWidget(QLabel(self._row_title(row), self._grid_host), index, 0)
            for column, kind in enumerate(AMOUNT_KINDS, start=1):
                cell = QLabel(self._grid_host)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self._grid.addWidget(cell, index, column)
                self.cells[(row.key, kind)] = cell
        self._rows = rows

    def _row_title(self, row: AmountRow) -> str:
        if row.key == "foreign":
            return self.tr("外贸：")
        if row.key == "domestic":
            return self.tr("内贸：")
        return ""

    def _update_row(self, row: AmountRow, comparison: AmountComparison) -> None:
        values = (comparison.estimate, comparison.check, comparison.machine)
        for kind, amount in zip(AMOUNT_KINDS, values, strict=True):
            cell = self.cells[(row.key, kind)]
            differs = self._takes_part(comparison, kind)
            cell.setText(self.tr("（未填）") if amount is None else f"{amount:.2f}")
            cell.setProperty("differs", differs)
            set_style(cell, DIFFERS_STYLE if differs else PLAIN_STYLE)

    @staticmethod
    def _takes_part(comparison: AmountComparison, kind: AmountKind) -> bool:
        return any(kind in (d.first, d.second) for d in comparison.differences)

    def _show_formula(self, data: Mapping[str, Any]) -> None:
        formula = str(data.get("machine_formula") or "")
        if formula:
            self._formula.setText(self.tr("机算公式：= {formula}").format(formula=formula))
        else:
            self._formula.setText(
                self.tr("无机算金额：奖补标准未覆盖该项目，或记录缺少机算所需的数据。")
            )

    def _show_differences(self, messages: list[str]) -> None:
        self.messages = tuple(messages)
        if not messages:
            self._differences.setText(self.tr("三项金额一致。"))
            set_style(self._differences, "color: #2e7d32;")
            return
        lines = "\n".join(f"⚠ {message}" for message in messages)
        self._differences.setText(lines)
        set_style(self._differences, "color: #a40000; font-weight: bold;")
