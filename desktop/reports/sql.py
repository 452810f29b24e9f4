"""SQL building blocks the reports share: filters as WHERE clauses, exact money sums, counts,
and readers that turn what a driver returns into the report's Python values.

Money is summed as whole cents: SQLite keeps the server metadata's NUMERIC columns as REAL,
and 100,000 binary floats added up can drift off the cent; ``round(x * 100)`` of each 2-decimal
amount is an exact integer on SQLite and PostgreSQL alike, and so is their sum. The desktop
cache stores amounts as integer cents in the first place, summed as they are. The readers
accept whatever a driver hands back (int, float, Decimal, str) because the tables come from
either metadata (see ``tables``) and a report must not depend on one column type.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Table,
    TypeDecorator,
    and_,
    case,
    func,
    true,
    type_coerce,
)

from core.regions import Region, scope_prefix
from core.vocab import Decision, JudgmentDate, Level, Policy

RESULT_COLUMNS = {
    Level.PLATFORM: "platform_result",
    Level.COUNTY: "county_result",
    Level.CITY: "city_result",
    Level.PROVINCE: "province_result",
}
"""The column holding each level's latest result on a record table."""

ZERO_WAN = Decimal("0.00")


def in_region(column: ColumnElement[str], region: Region) -> ColumnElement[bool]:
    """The record belongs to the region: code prefix match (SPEC §3, "4301" = all of 长沙市)."""
    prefix = scope_prefix(region.code)
    return column.startswith(prefix, autoescape=True)


def passed(table: Table, level: Level | None) -> ColumnElement[bool]:
    """The record's latest result at ``level`` is 同意; no level means every record."""
    if level is None:
        return true()
    name = RESULT_COLUMNS[level]
    if name not in table.c:
        raise ValueError(f"“{table.name}”没有{level}审核环节，不能按{level}审核层次汇总。")
    return table.c[name] == Decision.PASS.value


def equal_if(column: ColumnElement[Any], value: object | None) -> ColumnElement[bool]:
    """column = value, or no condition when no value was chosen (manual 5.2.2)."""
    return true() if value is None else column == value


def all_of(*clauses: ColumnElement[bool]) -> ColumnElement[bool]:
    return and_(true(), *clauses)


def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """How many rows satisfy ``condition``: a portable conditional count."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def int_sum(column: ColumnElement[Any]) -> ColumnElement[int]:
    """Sum of an integer column, 0 when no row has a value."""
    return func.coalesce(func.sum(column), 0)


def cents(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """A 2-decimal amount as whole cents, exact on every backend (see the module docstring).

    The desktop cache stores amounts as whole cents already (an integer column behind a
    ``TypeDecorator`` with ``scale`` 2, ``desktop.models.types.Scaled``): those are taken
    as they are, or every sum over the cache would come out a hundred times too large.
    """
    if _stored_as_cents(column):
        return type_coerce(column, Integer)
    return func.round(type_coerce(column, Integer) * 100)


def _stored_as_cents(column: ColumnElement[Any]) -> bool:
    kind = column.type
    return (
        isinstance(kind, TypeDecorator)
        and isinstance(kind.impl_instance, Integer)
        and getattr(kind, "scale", None) == 2
    )


def cents_sum(
    column: ColumnElement[Any], condition: ColumnElement[bool] | None = None
) -> ColumnElement[Any]:
    """Sum of an amount in cents, optionally of the rows satisfying ``condition``."""
    value = cents(column) if condition is None else case((condition, cents(column)), else_=0)
    return func.coalesce(func.sum(value), 0)


def is_ministry_scrapping(
    policy: ColumnElement[str], project: ColumnElement[str]
) -> ColumnElement[bool]:
    """部政策拆解: the only projects with a completion stage (manual 3.5, SPEC §5)."""
    return and_(policy == Policy.MINISTRY.value, project == "拆解")


def problem_marks(column: ColumnElement[str]) -> ColumnElement[int]:
    """How many joint-review problems a problems text holds.

    Every problem ends with exactly one judgment-date mark (①–④, e.g. "营运证无效①"), and a
    passed record's text ("平台联审通过…") has none, so counting marks counts problems
    whatever separates them.
    """
    text = func.coalesce(column, "")
    marks = [
        func.length(text) - func.length(func.replace(text, mark.value, "")) for mark in JudgmentDate
    ]
    total = marks[0]
    for occurrences in marks[1:]:
        total = total + occurrences
    return total


def read_int(value: Any) -> int:
    """An integer from a driver value (SQLite may hand back a float for a SUM of a CASE)."""
    if value is None:
        return 0
    if isinstance(value, int):
        return value
    return int(Decimal(str(value)).to_integral_value(ROUND_HALF_UP))


def read_cents(value: Any) -> Decimal:
    """万元 from a sum in cents."""
    return (Decimal(read_int(value)) / 100).quantize(ZERO_WAN)


_QUANTA = {places: Decimal(1).scaleb(-places) for places in range(7)}


def read_decimal(value: Any, places: int) -> Decimal | None:
    """A stored decimal (power, ship age, money) with a fixed number of places, half-up.

    A float (SQLite's REAL) is read through its shortest repr, which for a value stored with
    at most 12 significant digits is exactly the decimal that was written.
    """
    if value is None:
        return None
    if isinstance(value, Decimal):
        exact = value
    elif isinstance(value, float):
        exact = Decimal(repr(value))
    else:
        exact = Decimal(str(value))
    return exact.quantize(_QUANTA[places], rounding=ROUND_HALF_UP)


def read_wan(value: Any) -> Decimal | None:
    """万元 with 2 decimals from a stored amount, None when the amount was never entered.

    Same rounding as ``core.money.to_wan`` (half-up to the cent) done with Decimal directly:
    a stored amount is already an exact decimal, and reports read 100,000 of them.
    """
    return read_decimal(value, 2)


def read_date(value: Any) -> date | None:
    """A date from a Date column or from the ISO text SQLite returns for an aggregate of one."""
    if isinstance(value, datetime):
        return value.date()
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def read_text(value: Any) -> str:
    return "" if value is None else str(value)
