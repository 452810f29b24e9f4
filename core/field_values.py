"""Typed fields: dates, whole numbers, decimals and dropdown choices, with their parse helpers.

Dates are typed by hand as 2024-5-21 or 2024-05-21 (manual page 3-7); numbers arrive as text
from the UI and the API. Money and power are Decimal with at most 2 decimals, never float
(SPEC §4.1): a float is refused by ``text_of`` before any rounding can happen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Final, TypeVar

from core.field_rules import Problem, Rule, label_of, raise_if, text_of

CENT: Final = Decimal("0.01")
E = TypeVar("E", bound=StrEnum)
_INTEGER: Final = re.compile(r"-?[0-9]+")
_DECIMAL: Final = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def _to_date(text: str) -> date | None:
    """2024-5-21 and 2024-05-21 (page 3-7, 日期框) as a date; None when it is no such day."""
    match = re.fullmatch(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", text)
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _date_reasons(text: str) -> list[str]:
    """A real calendar day between 1900 and 2099, written year-month-day with hyphens."""
    if not re.fullmatch(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}", text):
        return [f"格式应为“年-月-日”，如 2024-05-21 或 2024-5-21，现为“{text}”"]
    day = _to_date(text)
    if day is None:
        return [f"“{text}”不是有效日期，请核对月份和日"]
    if not 1900 <= day.year <= 2099:
        return [f"年份应在1900-2099之间，现为{day.year}"]
    return []


def check_date(raw: object, field: str, *, required: bool = True) -> list[Problem]:
    """A date field (建成日期, 申请日期 …) given as text, date or datetime."""
    rule = Rule(field, "年-月-日，如 2024-05-21", _date_reasons, required=required)
    return rule(raw)


def parse_date(raw: object, field: str | None = None) -> date | None:
    """The date of a valid value, None when empty; FormError (Chinese) when it is no date."""
    text = text_of(raw)
    if not text:
        return None
    _refuse(field, "日期", _date_reasons(text))
    return _to_date(text)


def _refuse(field: str | None, fallback: str, reasons: list[str]) -> None:
    """Raise the reasons a parse helper found, labelled like a validator's problems."""
    label = label_of(field, fallback)
    raise_if([Problem(field or "value", f"{label}：{reason}") for reason in reasons])


def _integer_reasons(low: int, high: int) -> Callable[[str], list[str]]:
    """Reasons of a whole number within [low, high] (tonnage, TEU, months)."""

    def reasons(text: str) -> list[str]:
        if not _INTEGER.fullmatch(text):
            return [f"应为{low}-{high}之间的整数，现为“{text}”"]
        if not low <= int(text) <= high:
            return [f"应在{low}-{high}之间（现为{int(text)}）"]
        return []

    return reasons


def check_integer(
    raw: object, field: str, low: int, high: int, *, required: bool = True
) -> list[Problem]:
    """A whole-number field within [low, high]."""
    return Rule(field, f"{low}-{high}之间的整数", _integer_reasons(low, high), required)(raw)


def parse_int(raw: object, field: str | None = None) -> int | None:
    """The int of a whole number, None when empty; FormError when it is no whole number."""
    text = text_of(raw)
    if not text:
        return None
    if not _INTEGER.fullmatch(text):
        _refuse(field, "数值", [f"应为整数，现为“{text}”"])
    return int(text)


def _decimal_reasons(low: Decimal, high: Decimal) -> Callable[[str], list[str]]:
    """Reasons of a number with at most 2 decimals within [low, high] (power, money)."""

    def reasons(text: str) -> list[str]:
        if not _DECIMAL.fullmatch(text):
            return [f"应为数字，最多2位小数，如 33.00，现为“{text}”"]
        value = Decimal(text)
        found: list[str] = []
        if value != value.quantize(CENT):
            found.append(f"最多保留2位小数（现为{text}）")
        if not low <= value <= high:
            found.append(f"应在{low}-{high}之间（现为{text}）")
        return found

    return reasons


def check_decimal(
    raw: object, field: str, low: Decimal, high: Decimal, *, required: bool = True
) -> list[Problem]:
    """A decimal field with at most 2 decimals within [low, high]; floats are refused."""
    hint = f"{low}-{high}，最多2位小数"
    return Rule(field, hint, _decimal_reasons(low, high), required)(raw)


def parse_decimal(raw: object, field: str | None = None) -> Decimal | None:
    """The Decimal of a value with at most 2 decimals, shown with exactly 2 (33 -> 33.00).

    None when empty; FormError for text that is no number or has more decimals, so a parse
    never rounds what a person typed.
    """
    text = text_of(raw)
    if not text:
        return None
    if not _DECIMAL.fullmatch(text):
        _refuse(field, "数值", [f"应为数字，最多2位小数，如 33.00，现为“{text}”"])
    value = Decimal(text)
    if value != value.quantize(CENT):
        _refuse(field, "数值", [f"最多保留2位小数（现为{text}）"])
    return value.quantize(CENT)


def check_choice(
    raw: object, field: str, choices: type[StrEnum], *, required: bool = True
) -> list[Problem]:
    """A dropdown value that must be one of an enum's Chinese values (部/省, 拆解 …)."""
    values = [member.value for member in choices]
    shown = "、".join(values)

    def reasons(text: str) -> list[str]:
        return [] if text in values else [f"应为{shown}之一，现为“{text}”"]

    return Rule(field, f"{shown}之一", reasons, required)(raw)


def parse_choice(raw: object, choices: type[E], field: str | None = None) -> E | None:
    """The enum member of a dropdown value, None when empty; FormError for any other text."""
    text = text_of(raw)
    if not text:
        return None
    values = [member.value for member in choices]
    if text not in values:
        _refuse(field, "选项", [f"应为{'、'.join(values)}之一，现为“{text}”"])
    return choices(text)


def check_month(raw: object, field: str = "month", *, required: bool = True) -> list[Problem]:
    """报告月: 1-12, written 7 or 07 (page 4-3 shows 01 … 12)."""
    return check_integer(raw, field, 1, 12, required=required)
