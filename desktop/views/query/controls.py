"""The input widgets of the query form, one class per control type of §5.2.1.

Every control turns what is typed or ticked into a ``core.query`` condition (``condition()``),
shows a saved condition again (``load()``) and empties itself (``clear()``). A control that
cannot read its input raises ``InputProblem`` with the message the form shows beside it; what
was typed stays in the widget, so the person corrects it instead of typing it again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from core import regions
from core.query import (
    AnyOf,
    Condition,
    Contains,
    Equal,
    IsNull,
    NotNull,
    Range,
    RegionPrefix,
    Scalar,
)
from core.vocab import RegionLevel
from desktop.views.query.fields import CONTEXT, NOT_UPLOADED, UPLOADED, Control, QueryField
from desktop.views.query.parsing import InputProblem, parse_date, parse_number


def _field_tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class FieldControl(QWidget):
    """Base of the controls: a horizontal row of widgets with a ``changed`` signal."""

    changed = Signal()

    def __init__(self, field: QueryField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)

    def condition(self) -> Condition | None:
        raise NotImplementedError

    def load(self, condition: Condition | None) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        self.load(None)


class ChoiceControl(FieldControl):
    """下拉框: equals the chosen value; the first entry (不限) means no condition."""

    def __init__(self, field: QueryField, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self._box = QComboBox(self)
        self._box.setMinimumContentsLength(8)
        self._box.addItem(self.tr("（不限）"), None)
        for option in field.options:
            self._box.addItem(_field_tr(option.label), option.value)
        self._box.currentIndexChanged.connect(self.changed)
        self._layout.addWidget(self._box, 1)

    def set_choices(self, choices: Sequence[tuple[str, Scalar]]) -> None:
        """Replace the options (e.g. the subsidy years found in the cache), keeping the pick."""
        current = self._box.currentData()
        self._box.blockSignals(True)
        self._box.clear()
        self._box.addItem(self.tr("（不限）"), None)
        for label, value in choices:
            self._box.addItem(label, value)
        self._box.blockSignals(False)
        self._select(current)

    def condition(self) -> Condition | None:
        value = self._box.currentData()
        return None if value is None else Equal(self.field.column, value)

    def load(self, condition: Condition | None) -> None:
        self._select(condition.value if isinstance(condition, Equal) else None)

    def _select(self, value: Scalar) -> None:
        index = self._box.findData(value) if value is not None else 0
        if index < 0:
            self._box.addItem(str(value), value)
            index = self._box.count() - 1
        self._box.setCurrentIndex(index)


class RegionControl(ChoiceControl):
    """所在区划: a city means the city with all its counties (code prefix, SPEC §3)."""

    def set_scope(self, scope_code: str) -> None:
        """Offer the regions the account can see: its own and every one below it."""
        self.set_choices([(label, prefix) for label, prefix in region_choices(scope_code)])

    def condition(self) -> Condition | None:
        value = self._box.currentData()
        return None if value is None else RegionPrefix(self.field.column, str(value))

    def load(self, condition: Condition | None) -> None:
        self._select(condition.prefix if isinstance(condition, RegionPrefix) else None)


def region_choices(scope_code: str) -> list[tuple[str, str]]:
    """(label, code prefix) of every region within ``scope_code``, parents before children."""
    region = regions.get(scope_code)
    if region.level is RegionLevel.COUNTY:
        return [(region.name, region.code)]
    whole = QCoreApplication.translate("RegionControl", "{0}（含下辖区县）")
    choices: list[tuple[str, str]] = []
    cities = regions.cities() if region.level is RegionLevel.PROVINCE else (region,)
    for city in cities:
        choices.append((whole.format(city.short_name), regions.scope_prefix(city.code)))
        choices.extend(("　" + county.name, county.code) for county in regions.counties(city.code))
    return choices


class TextControl(FieldControl):
    """文本框: the column contains the text (surrounding blanks are ignored)."""

    def __init__(self, field: QueryField, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self._edit = QLineEdit(self)
        self._edit.setClearButtonEnabled(True)
        self._edit.textChanged.connect(self.changed)
        self._layout.addWidget(self._edit, 1)

    def condition(self) -> Condition | None:
        text = self._edit.text().strip()
        if not text:
            return None
        try:
            return Contains(self.field.column, text)
        except ValueError as error:
            raise InputProblem(str(error)) from None

    def load(self, condition: Condition | None) -> None:
        self._edit.setText(condition.text if isinstance(condition, Contains) else "")

    def set_text(self, text: str) -> None:
        """Put ``text`` in the box, as if typed."""
        self._edit.setText(text)


class MultiControl(FieldControl):
    """多选框: any of the ticked options; none ticked means no condition."""

    def __init__(self, field: QueryField, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self._boxes: list[tuple[QCheckBox, str | None]] = []
        for option in field.options:
            box = QCheckBox(_field_tr(option.label), self)
            box.toggled.connect(self.changed)
            self._boxes.append((box, option.value))
            self._layout.addWidget(box)
        self._layout.addStretch(1)

    def condition(self) -> Condition | None:
        values = tuple(value for box, value in self._boxes if box.isChecked())
        return AnyOf(self.field.column, values) if values else None

    def load(self, condition: Condition | None) -> None:
        self.set_values(condition.values if isinstance(condition, AnyOf) else ())

    def set_values(self, values: Sequence[str | None]) -> None:
        """Tick exactly the options of ``values``, as if clicked."""
        chosen = set(values)
        for box, value in self._boxes:
            box.setChecked(value in chosen)


class PresenceControl(FieldControl):
    """上传/未传: the column is filled or empty; both or neither ticked means no condition."""

    def __init__(self, field: QueryField, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self._filled = QCheckBox(_field_tr(UPLOADED), self)
        self._empty = QCheckBox(_field_tr(NOT_UPLOADED), self)
        for box in (self._filled, self._empty):
            box.toggled.connect(self.changed)
            self._layout.addWidget(box)
        self._layout.addStretch(1)

    def condition(self) -> Condition | None:
        filled, empty = self._filled.isChecked(), self._empty.isChecked()
        if filled == empty:
            return None
        return NotNull(self.field.column) if filled else IsNull(self.field.column)

    def load(self, condition: Condition | None) -> None:
        self._filled.setChecked(isinstance(condition, NotNull))
        self._empty.setChecked(isinstance(condition, IsNull))


class _RangeControl(FieldControl):
    """起止框: low ≤ column ≤ high, either end may stay empty."""

    def __init__(self, field: QueryField, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self._low = QLineEdit(self)
        self._high = QLineEdit(self)
        for edit in (self._low, self._high):
            edit.setPlaceholderText(placeholder)
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self.changed)
        self._layout.addWidget(self._low, 1)
        self._layout.addWidget(QLabel(self.tr("至"), self))
        self._layout.addWidget(self._high, 1)

    def set_texts(self, low: str, high: str) -> None:
        """Put text in the two boxes, as if typed (what the form shows, valid or not)."""
        self._low.setText(low)
        self._high.setText(high)

    def texts(self) -> tuple[str, str]:
        return self._low.text(), self._high.text()

    def parse(self, text: str) -> Scalar:
        raise NotImplementedError

    def show_value(self, value: Scalar) -> str:
        return "" if value is None else str(value)

    def condition(self) -> Condition | None:
        problems: list[str] = []
        bounds: list[Scalar] = []
        for name, edit in ((self.tr("起值"), self._low), (self.tr("止值"), self._high)):
            try:
                bounds.append(self.parse(edit.text()))
            except InputProblem as problem:
                problems.append(f"{name}：{problem}")
                bounds.append(None)
        if problems:
            raise InputProblem("；".join(problems))
        low, high = bounds
        if low is None and high is None:
            return None
        try:
            return Range(self.field.column, low, high)
        except ValueError as error:
            raise InputProblem(str(error)) from None

    def load(self, condition: Condition | None) -> None:
        low = condition.low if isinstance(condition, Range) else None
        high = condition.high if isinstance(condition, Range) else None
        self._low.setText(self.show_value(low))
        self._high.setText(self.show_value(high))


class NumberRangeControl(_RangeControl):
    def __init__(self, field: QueryField, parent: QWidget | None = None) -> None:
        super().__init__(field, "", parent)

    def parse(self, text: str) -> Scalar:
        return parse_number(text, self.field.decimals)

    def show_value(self, value: Scalar) -> str:
        if isinstance(value, Decimal):
            return format(value, "f")
        return super().show_value(value)


class DateRangeControl(_RangeControl):
    def __init__(self, field: QueryField, parent: QWidget | None = None) -> None:
        super().__init__(field, QCoreApplication.translate("DateRange", "年-月-日"), parent)

    def parse(self, text: str) -> Scalar:
        return parse_date(text)

    def show_value(self, value: Scalar) -> str:
        return value.isoformat() if isinstance(value, date) else super().show_value(value)


def make_control(field: QueryField, parent: QWidget | None = None) -> FieldControl:
    """The widget for ``field``'s control type."""
    builders: dict[Control, type[FieldControl]] = {
        Control.CHOICE: ChoiceControl,
        Control.YEAR: ChoiceControl,
        Control.REGION: RegionControl,
        Control.TEXT: TextControl,
        Control.MULTI: MultiControl,
        Control.PRESENCE: PresenceControl,
        Control.NUMBER_RANGE: NumberRangeControl,
        Control.DATE_RANGE: DateRangeControl,
    }
    return builders[field.control](field, parent)
