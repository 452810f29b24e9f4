"""The machine amount (机算) computed live while the handler types, with its formula text.

The server computes and stores the machine amount on every write (manual §3.2.1); the form
shows the same computation beforehand (``core.formulas``, ``core.container_reward``, on the
cached standards of the record's year), so a handler sees "0.1*345*1.5*0.72 = 37.26" — or why
there is none — next to the estimate they type, and any difference between 测算, 复核 and 机算
(``core.formulas.amount_differences``) before submitting, not after the review.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from core.container_reward import ContainerRates, TeuVolume, compute_container_reward
from core.formulas import (
    MissingDataError,
    NoSubsidyError,
    ShipProject,
    amount_differences,
    compute_machine_amount,
)
from core.standards import StandardNotFoundError, StandardsTable
from core.validators import parse_date, parse_decimal, parse_int
from core.vocab import Area, Policy, PowerForm, Project
from desktop.views.forms.form_data import FormData, ParentChoice

CONTEXT = "MachinePreview"
Values = Mapping[str, Any]


@dataclass(frozen=True)
class Preview:
    """What the preview shows: lines of text and the differences to highlight."""

    lines: tuple[str, ...]
    differences: tuple[str, ...] = field(default_factory=tuple)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _safe(parse: Any, raw: Any) -> Any:
    """A parsed value, or None when the text is empty or not valid yet."""
    try:
        return parse(raw)
    except (ValueError, TypeError):
        return None


def _ship(values: Values, end: Any) -> ShipProject | None:
    """The ship of the typed values, or None while a choice the formulas need is missing."""
    try:
        return ShipProject(
            policy=Policy(str(values.get("policy"))),
            project=Project(str(values.get("project"))),
            area=Area(str(values.get("area"))),
            power_form=PowerForm(str(values.get("power_form"))),
            ship_type=str(values.get("ship_type") or "").strip(),
            gross_tonnage=_safe(parse_int, values.get("gross_tonnage")),
            deadweight=_safe(parse_int, values.get("capacity")),
            power_kw=_safe(parse_decimal, values.get("power_kw")),
            built_date=_safe(parse_date, values.get("built_date")),
            end_date=_safe(parse_date, end),
        )
    except (ValueError, TypeError):
        return None


def _no_standards(year: int) -> Preview:
    text = _tr("本机没有 {year} 年的奖补标准，暂不能预览机算金额（提交后由服务器计算）。")
    return Preview((text.format(year=year),))


def ship_preview(
    values: Values, end: Any, standards: StandardsTable | None, year: int, check_column: str
) -> Preview:
    """The machine amount of a ship record, compared with its 测算 and 复核."""
    if standards is None:
        return _no_standards(year)
    ship = _ship(values, end)
    if ship is None:
        return Preview((_tr("选择补贴政策、申请项目、航区和动力形式后显示机算金额。"),))
    try:
        calculation = compute_machine_amount(ship, standards)
    except (NoSubsidyError, MissingDataError, StandardNotFoundError) as reason:
        return Preview((_tr("无机算金额：{reason}").format(reason=reason),))
    line = _tr("机算 = {formula} = {amount} 万元").format(
        formula=calculation.formula, amount=f"{calculation.amount:.2f}"
    )
    lines = [line]
    if calculation.ship_age is not None:
        lines.append(_tr("机算船龄 {age} 年").format(age=calculation.ship_age))
    comparison = amount_differences(
        _safe(parse_decimal, values.get("estimate_amount")),
        _safe(parse_decimal, values.get(check_column)),
        calculation.amount,
    )
    return Preview(tuple(lines), comparison.messages())


def reward_preview(
    values: Values, owner: ParentChoice | None, data: FormData, months: Any
) -> Preview:
    """The container reward computed from the owner's monthly reports (page 4-8)."""
    if owner is None:
        return Preview((_tr("选取货主后显示按月报计算的资金机算。"),))
    if data.standards is None:
        return _no_standards(data.year)
    try:
        rates = ContainerRates.from_table(data.standards)
    except (StandardNotFoundError, ValueError) as reason:
        return Preview((_tr("无机算金额：{reason}").format(reason=reason),))
    last = TeuVolume(
        int(owner.data.get("last_year_foreign_teu") or 0),
        int(owner.data.get("last_year_domestic_teu") or 0),
    )
    reward = compute_container_reward(last, months, rates)
    lines = (
        _tr("本年完成量：外贸 {f}，内贸 {d}（{n} 个月报）；上年：外贸 {lf}，内贸 {ld}").format(
            f=reward.this_year.foreign,
            d=reward.this_year.domestic,
            n=len(tuple(months)),
            lf=last.foreign,
            ld=last.domestic,
        ),
        _tr("外贸机算 {amount} 万元（= {formula} 元，平均标准 {standard}）").format(
            amount=f"{reward.foreign_wan:.2f}",
            formula=reward.foreign.formula,
            standard=reward.foreign_standard,
        ),
        _tr("内贸机算 {amount} 万元（= {formula} 元）").format(
            amount=f"{reward.domestic_wan:.2f}", formula=reward.domestic.formula
        ),
    )
    differences = _reward_differences(values, reward.foreign_wan, reward.domestic_wan)
    return Preview(lines, differences)


def _reward_differences(values: Values, foreign: Decimal, domestic: Decimal) -> tuple[str, ...]:
    found: list[str] = []
    trades = ((_tr("外贸"), "foreign", foreign), (_tr("内贸"), "domestic", domestic))
    for prefix, trade, machine in trades:
        comparison = amount_differences(
            _safe(parse_decimal, values.get(f"estimate_{trade}")),
            _safe(parse_decimal, values.get(f"check_{trade}")),
            machine,
        )
        found += [f"{prefix}：{message}" for message in comparison.messages()]
    return tuple(found)


def preview_for(
    kind: str, values: Values, data: FormData, parent: ParentChoice | None, months: Any
) -> Preview | None:
    """The preview of a form, or None for kinds without amounts."""
    if kind == "applications":
        end = values.get("deregistration_date")
        return ship_preview(values, end, data.standards, data.year, "check_amount")
    if kind == "completions":
        if parent is None:
            return Preview((_tr("选取拆建申请后显示机算金额（船龄算到注销日期）。"),))
        ship_values = {**parent.data, **{k: v for k, v in values.items() if v}}
        end = values.get("finish_date") or parent.data.get("deregistration_date")
        return ship_preview(ship_values, end, data.standards, data.year, "check_amount")
    if kind == "rewards":
        return reward_preview(values, parent, data, months)
    return None


class PreviewPanel(QGroupBox):
    """资金机算（预览）: the computation and, in red, every difference with 测算/复核."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("资金机算（预览，提交后以服务器计算为准）"), parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.differences = QLabel(self)
        self.differences.setWordWrap(True)
        self.differences.setObjectName("previewDifferences")
        self.differences.setStyleSheet("color: #a40000; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.addWidget(self.text)
        layout.addWidget(self.differences)

    def show_preview(self, preview: Preview | None) -> None:
        self.setVisible(preview is not None)
        if preview is None:
            return
        self.text.setText("\n".join(preview.lines))
        self.differences.setText("\n".join(f"⚠ {line}" for line in preview.differences))
        self.differences.setVisible(bool(preview.differences))
