"""The filter panel of a report page: one dropdown per choice the manual names for the page.

Which choices a page shows comes from the catalog (``ReportEntry.choices``); the labels are
the manual's (页 6-1 … 6-5), the options those of ``desktop.reports.filters`` and the initial
selection is the ``ReportFilter`` default, so the panel and the engine cannot disagree about
what a page starts with. 所在区划 offers the account's own region and every region below it,
as the query form does (SPEC §3).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from core import regions
from core.vocab import Level, Policy, RegionLevel, Stage
from desktop.reports.catalog import Choice, ReportEntry
from desktop.reports.filters import FundKind, ReportFilter, ShipScope, SummaryRule, ZeroRule
from desktop.views.query.controls import region_choices

CONTEXT = "ReportFilters"
COLUMNS = 4
"""Label-and-dropdown pairs per row: eight choices fit on two rows at 1280 px."""

LABELS = {
    Choice.YEAR: QT_TRANSLATE_NOOP("ReportFilters", "奖补年份"),
    Choice.REGION: QT_TRANSLATE_NOOP("ReportFilters", "所在区划"),
    Choice.SUMMARY_RULE: QT_TRANSLATE_NOOP("ReportFilters", "汇总行显示规则"),
    Choice.ZERO_RULE: QT_TRANSLATE_NOOP("ReportFilters", "零行规则"),
    Choice.POLICY: QT_TRANSLATE_NOOP("ReportFilters", "补贴政策"),
    Choice.SHIP_SCOPE: QT_TRANSLATE_NOOP("ReportFilters", "船舶范围"),
    Choice.STAGE: QT_TRANSLATE_NOOP("ReportFilters", "申报阶段"),
    Choice.PASSED: QT_TRANSLATE_NOOP("ReportFilters", "审核层次"),
    Choice.FUND_KIND: QT_TRANSLATE_NOOP("ReportFilters", "资金类别"),
}
JOINT_REVIEW_STAGE = QT_TRANSLATE_NOOP("ReportFilters", "联审阶段")
"""Page 6-1 calls its stage choice 联审阶段, the fund tables 申报阶段."""

CARGO_LEVELS = (Level.CITY, Level.PROVINCE)
"""Cargo-owner rewards are reviewed by the city, then the province (SPEC §2): no platform or
county level to have passed."""

Option = tuple[str, object]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _enum_options(values: Sequence[object]) -> list[Option]:
    return [(str(value), value) for value in values]


def passed_options(entry_key: str) -> list[Option]:
    """审核层次: every record, or those that passed one level of the report's review chain."""
    levels = CARGO_LEVELS if entry_key == "cargo_funds" else tuple(Level)
    every = [(_tr("全部记录"), None)]
    return every + [(_tr("通过{0}审核").format(level), level) for level in levels]


def region_options(scope_code: str) -> list[Option]:
    """所在区划: the account's region first (a province account's whole province), then below."""
    options: list[Option] = list(region_choices(scope_code))
    if regions.level_of(scope_code) is RegionLevel.PROVINCE:
        whole = _tr("{0}（全省）").format(regions.get(scope_code).name)
        options.insert(0, (whole, regions.scope_prefix(scope_code)))
    return options


def static_options(choice: Choice, entry_key: str) -> list[Option]:
    """The options of a choice that do not depend on the cache or the account."""
    if choice is Choice.ZERO_RULE:
        return _enum_options(tuple(ZeroRule))
    if choice is Choice.SUMMARY_RULE:
        return _enum_options(tuple(SummaryRule))
    if choice is Choice.POLICY:
        return [(_tr("部省政策"), None)] + [(_tr("{0}政策").format(p), p) for p in Policy]
    if choice is Choice.SHIP_SCOPE:
        return _enum_options(tuple(ShipScope))
    if choice is Choice.STAGE:
        return _enum_options((Stage.APPLICATION, Stage.COMPLETION))
    if choice is Choice.PASSED:
        return passed_options(entry_key)
    if choice is Choice.FUND_KIND:
        return _enum_options(tuple(FundKind))
    raise ValueError(f"“{choice}”的选项取决于本地数据或账号，不是固定选项")


_DEFAULTS = {field.name: field.default for field in dataclasses.fields(ReportFilter)}


class ReportFilterPanel(QWidget):
    """The choices of one report page; ``report_filter()`` reads them as a ``ReportFilter``."""

    changed = Signal()
    """The person picked another option somewhere in the panel."""

    def __init__(self, entry: ReportEntry, scope_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportFilterPanel")
        self.entry = entry
        self._values: dict[Choice, list[object]] = {}
        self._boxes: dict[Choice, QComboBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        for index, choice in enumerate(entry.choices):
            row, column = divmod(index, COLUMNS)
            label = QLabel(self._label(choice), self)
            box = QComboBox(self)
            box.setObjectName(f"filter_{choice.value}")
            label.setBuddy(box)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(box, row, column * 2 + 1)
            self._boxes[choice] = box
            box.currentIndexChanged.connect(self.changed)
        for column in range(COLUMNS):
            grid.setColumnStretch(column * 2 + 1, 1)
        for choice in entry.choices:
            if choice is Choice.REGION:
                self.set_options(choice, region_options(scope_code))
            elif choice is not Choice.YEAR:
                self.set_options(choice, static_options(choice, entry.key))
        self.set_years([])

    # ---- public ---------------------------------------------------------------------------

    @property
    def choices(self) -> tuple[Choice, ...]:
        return self.entry.choices

    def box(self, choice: Choice) -> QComboBox:
        return self._boxes[choice]

    def set_years(self, years: Sequence[int]) -> None:
        """奖补年份: the years of the cache, newest first (the current year on an empty cache)."""
        shown = list(years) or [date.today().year]
        current = self.value(Choice.YEAR) if self._values.get(Choice.YEAR) else None
        self.set_options(Choice.YEAR, [(_tr("{0}年").format(year), year) for year in shown])
        if current in shown:
            self.select(Choice.YEAR, current)

    def set_options(self, choice: Choice, options: Sequence[Option]) -> None:
        """Replace a dropdown's options and select the ``ReportFilter`` default (or the first)."""
        box = self._boxes[choice]
        box.blockSignals(True)
        box.clear()
        for label, _value in options:
            box.addItem(label)
        box.blockSignals(False)
        self._values[choice] = [value for _label, value in options]
        default = _DEFAULTS.get(choice.value)
        self.select(choice, default if default in self._values[choice] else self._values[choice][0])

    def select(self, choice: Choice, value: object) -> None:
        """Select the option whose value is ``value`` (a test or a saved state choosing)."""
        try:
            index = self._values[choice].index(value)
        except ValueError:
            raise ValueError(f"“{_tr(LABELS[choice])}”没有“{value}”这一项") from None
        self._boxes[choice].setCurrentIndex(index)

    def value(self, choice: Choice) -> object:
        return self._values[choice][self._boxes[choice].currentIndex()]

    def report_filter(self) -> ReportFilter:
        """The chosen filter; raises ValueError with the engine's Chinese message if invalid."""
        values = {choice.value: self.value(choice) for choice in self.entry.choices}
        return ReportFilter(**values)  # type: ignore[arg-type]

    # ---- building -------------------------------------------------------------------------

    def _label(self, choice: Choice) -> str:
        if choice is Choice.STAGE and self.entry.key == "joint_review_summary":
            return _tr(JOINT_REVIEW_STAGE)
        return _tr(LABELS[choice])
