"""An edited standards table (奖补标准, page 2-1) checked whole, every problem at once.

``core.standards`` refuses a bad row or table by raising on the first thing wrong — right for
code that must never compute with bad data, wrong for a person who edited forty rows and
should learn about every mistake in one answer (补正 "tell everything at once"). This module
checks each field of each row, then the rules across rows (unique codes, no overlapping
ranges among rows of the same key), naming the field as ``rows.<index>.<name>`` and the row as
the person counts it ("第 3 行"). Only a table that passes is built with the core's
``StandardsTable``, whose own checks then hold by construction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from core.field_rules import Problem
from core.standards import (
    KEY_FIELDS,
    ShipClass,
    StandardCategory,
    StandardRow,
    StandardsTable,
    Waters,
    parse_range,
)
from core.vocab import Policy, PowerForm, Project

CODE_MAX = 20
TEXT_MAX = 200
_ENUMS: dict[str, type[StrEnum]] = {
    "policy": Policy,
    "project": Project,
    "waters": Waters,
    "ship_class": ShipClass,
    "power_form": PowerForm,
}
_LABELS = {
    "year": "年份",
    "code": "编码",
    "category": "类别",
    "description": "说明",
    "param_unit": "参数单位",
    "param_range": "参数范围",
    "coefficient": "系数",
    "unit": "单位",
    "placeholder": "占位标记",
    "policy": "补贴政策",
    "project": "申请项目",
    "waters": "水域",
    "ship_class": "客货类别",
    "ship_type": "船舶类型",
    "power_form": "动力形式",
}
KNOWN_FIELDS = frozenset(_LABELS)

Check = Callable[[Any], str | None]
"""A field check: the reason the value is wrong, or None."""


def _choices(kind: type[StrEnum]) -> str:
    return "、".join(member.value for member in kind)


def _text(*, required: bool, limit: int = TEXT_MAX) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return f"应为文字，现为 {value!r}"
        if required and not value.strip():
            return "必须填写"
        if len(value) > limit:
            return f"不能超过{limit}个字（现为{len(value)}个）"
        return None

    return check


def _enum(kind: type[StrEnum], *, required: bool) -> Check:
    def check(value: Any) -> str | None:
        if value is None and not required:
            return None
        if isinstance(value, str) and value in {member.value for member in kind}:
            return None
        blank = "" if required else "，或留空"
        return f"“{value}”无效，应为{_choices(kind)}之一{blank}"

    return check


def _param_range(value: Any) -> str | None:
    if not isinstance(value, str):
        return f"应为文字，如 10.001-15、101- 或留空，现为 {value!r}"
    try:
        parse_range(value)
    except ValueError as error:
        return str(error).removeprefix(_LABELS["param_range"])  # the core names the field too
    return None


def _coefficient(value: Any) -> str | None:
    """Text or an integer; a float would carry binary error into money (SPEC §4.1)."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return f'请以文字提交，如 "0.72"，现为 {value!r}'
    try:
        number = Decimal(value)
    except InvalidOperation:
        return f"“{value}”不是有效数值"
    if not number.is_finite():
        return f"“{value}”不是有效数值"
    return "不能为负数" if number < 0 else None


def _placeholder(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"应为是/否（true/false），现为 {value!r}"


def _ship_type(value: Any) -> str | None:
    return None if value is None else _text(required=True, limit=20)(value)


_CHECKS: dict[str, Check] = {
    "code": _text(required=True, limit=CODE_MAX),
    "category": _enum(StandardCategory, required=True),
    "description": _text(required=True),
    "param_unit": _text(required=False, limit=20),
    "param_range": _param_range,
    "coefficient": _coefficient,
    "unit": _text(required=False, limit=20),
    "placeholder": _placeholder,
    "ship_type": _ship_type,
    **{name: _enum(kind, required=False) for name, kind in _ENUMS.items()},
}
_OPTIONAL = {"placeholder": False, **{name: None for name in KEY_FIELDS}}


def _where(index: int) -> str:
    return f"奖补标准第 {index + 1} 行"


def _row_field_problems(index: int, year: int, raw: Mapping[str, Any]) -> list[Problem]:
    """Every field of one row, and any field the table does not have."""
    where = _where(index)
    problems = [
        Problem(f"rows.{index}.{name}", f"{where}：不认识的字段“{name}”")
        for name in raw
        if name not in KNOWN_FIELDS
    ]
    stated = raw.get("year", year)
    if isinstance(stated, bool) or stated != year:
        problems.append(
            Problem(
                f"rows.{index}.year",
                f"{where}：年份应为{year}（与奖补年份一致），现为 {stated!r}",
            )
        )
    for name, check in _CHECKS.items():
        reason = check(raw.get(name, _OPTIONAL.get(name)))
        if reason is not None:
            problems.append(Problem(f"rows.{index}.{name}", f"{where}：{_LABELS[name]}{reason}"))
    return problems


def _complete(year: int, raw: Mapping[str, Any]) -> dict[str, Any]:
    """A valid row with its optional fields filled in, ready for ``StandardRow.from_dict``."""
    return {**_OPTIONAL, **raw, "year": year}


def _duplicate_code(index: int, code: str, first: int) -> Problem:
    return Problem(
        f"rows.{index}.code",
        f"{_where(index)}：编码“{code}”与第 {first + 1} 行重复，每行的编码必须不同",
    )


def _overlap(index: int, row: StandardRow, earlier_index: int, earlier: StandardRow) -> Problem:
    return Problem(
        f"rows.{index}.param_range",
        f"{_where(index)}：参数范围“{row.param_range}”与第 {earlier_index + 1} 行（编码"
        f" {earlier.code}）的“{earlier.param_range}”重叠，同一条件下只能有一行适用",
    )


def _code_problems(rows: Sequence[Mapping[str, Any]]) -> list[Problem]:
    """Codes are unique, judged on every row that has one, whatever else is wrong with it."""
    problems: list[Problem] = []
    first_of_code: dict[str, int] = {}
    for index, raw in enumerate(rows):
        code = raw.get("code")
        if not isinstance(code, str) or not code.strip():
            continue
        if code in first_of_code:
            problems.append(_duplicate_code(index, code, first_of_code[code]))
        else:
            first_of_code[code] = index
    return problems


def _overlap_problems(rows: Sequence[tuple[int, StandardRow]]) -> list[Problem]:
    """Rows of one key must not cover the same value twice (a lookup's answer would otherwise
    depend on row order)."""
    problems: list[Problem] = []
    by_key: dict[tuple[Any, ...], list[tuple[int, StandardRow]]] = {}
    for index, row in rows:
        same_key = by_key.setdefault(row.key, [])
        problems += [
            _overlap(index, row, earlier_index, earlier)
            for earlier_index, earlier in same_key
            if row.overlaps(earlier)
        ]
        same_key.append((index, row))
    return problems


def check_standards(
    year: int, rows: Sequence[Mapping[str, Any]]
) -> tuple[list[Problem], StandardsTable | None]:
    """Every problem of an edited table, and the table itself when there is none."""
    if not rows:
        return [Problem("rows", "奖补标准不能为空，至少需要一行")], None
    problems: list[Problem] = []
    parsed: list[tuple[int, StandardRow]] = []
    for index, raw in enumerate(rows):
        found = _row_field_problems(index, year, raw)
        problems += found
        if not found:
            parsed.append((index, StandardRow.from_dict(_complete(year, raw))))
    problems += _code_problems(rows) + _overlap_problems(parsed)
    if problems:
        return problems, None
    return [], StandardsTable(year, (row for _, row in parsed))
