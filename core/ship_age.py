"""Ship age (船龄) exactly as the manual defines it (ch. 3.2.1 "船舶船龄", SPEC §4.1.6).

The age is not "days / 365.25": each day counts as 1/365 or 1/366 of *its own* year, which
is what the manual's two cases say:

- same year: days from the built date D1 (counted) to D2 (not counted) / days in D1's year;
  2024-05-01 → 2024-10-31 = 183/366 = 0.500;
- different years: whole years between + days from D1 to the end of its year / days in D1's
  year + days from the start of D2's year to the day before D2 / days in D2's year;
  2024-05-01 → 2026-10-31 = 1 + 245/366 + 303/365 = 2.500.

The sum is computed as a ``Fraction`` and rounded once to 3 decimals half-up (四舍五入, the
rounding the manual uses for every machine value), because the age decides which
coefficient row applies: 20.0004 must not become 20.001 through an intermediate float.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

from core.money import round_half_up

AGE_PLACES = 3


def days_in_year(year: int) -> int:
    """Calendar days of ``year``: 366 in a leap year, else 365."""
    return 366 if calendar.isleap(year) else 365


def _check_dates(built: date, end: date) -> None:
    """Refuse datetimes (a time part would make "days" ambiguous) and reversed dates."""
    for name, value in (("建成日期", built), ("注销/完工日期", end)):
        if isinstance(value, datetime) or not isinstance(value, date):
            raise TypeError(f"{name}必须是日期（date），不能是 {type(value).__name__}")
    if end < built:
        raise ValueError(
            f"船龄计算错误：注销/完工日期 {end.isoformat()} 早于建成日期 {built.isoformat()}"
        )


def ship_age_fraction(built: date, end: date) -> Fraction:
    """The exact age in years between ``built`` (counted) and ``end`` (not counted)."""
    _check_dates(built, end)
    if built.year == end.year:
        return Fraction((end - built).days, days_in_year(built.year))
    whole_years = end.year - built.year - 1
    rest_of_first = (date(built.year, 12, 31) - built).days + 1
    start_of_last = (end - date(end.year, 1, 1)).days
    return (
        whole_years
        + Fraction(rest_of_first, days_in_year(built.year))
        + Fraction(start_of_last, days_in_year(end.year))
    )


def ship_age(built: date, end: date) -> Decimal:
    """The machine ship age (机算船龄): 3 decimals, half-up; ``ValueError`` if end < built."""
    return round_half_up(ship_age_fraction(built, end), AGE_PLACES)
