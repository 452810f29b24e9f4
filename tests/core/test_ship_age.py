"""Ship age (船龄) per manual ch. 3.2.1 / SPEC §4.1.6, checked against a day-by-day count."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.ship_age import days_in_year, ship_age, ship_age_fraction


def day_by_day_age(built: date, end: date) -> Decimal:
    """Independent reference: every day from built (counted) to end (not) is 1/len(its year)."""
    per_year: dict[int, int] = {}
    day = built
    while day < end:
        per_year[day.year] = per_year.get(day.year, 0) + 1
        day += timedelta(days=1)
    total = sum(
        (
            Fraction(count, 366 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 365)
            for year, count in per_year.items()
        ),
        Fraction(0),
    )
    with localcontext() as context:
        context.prec = 60
        decimal = Decimal(total.numerator) / Decimal(total.denominator)
        return decimal.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)


def test_manual_same_year_example() -> None:
    """2024-05-01 → 2024-10-31: T = 183 days (Oct 31 not counted) / 366 = 0.500."""
    assert ship_age_fraction(date(2024, 5, 1), date(2024, 10, 31)) == Fraction(183, 366)
    age = ship_age(date(2024, 5, 1), date(2024, 10, 31))
    assert age == Decimal("0.500")
    assert str(age) == "0.500"


def test_manual_different_years_example() -> None:
    """2024-05-01 → 2026-10-31 = 1 + 245/366 + 303/365 = 2.500."""
    exact = ship_age_fraction(date(2024, 5, 1), date(2026, 10, 31))
    assert exact == 1 + Fraction(245, 366) + Fraction(303, 365)
    assert str(ship_age(date(2024, 5, 1), date(2026, 10, 31))) == "2.500"


def test_age_of_the_manuals_worked_subsidy_example() -> None:
    """The 18.532-year ship of ch. 2.1.1, with page 5-3's deregistration date."""
    assert str(ship_age(date(2006, 2, 18), date(2024, 8, 31))) == "18.532"


def test_page_3_6_ship_xiang_anhua_3159() -> None:
    """湘安化机3159: built 1996-01-01, deregistered 2024-11-28 → 28 + 332/366."""
    assert ship_age_fraction(date(1996, 1, 1), date(2024, 11, 28)) == 28 + Fraction(332, 366)
    assert str(ship_age(date(1996, 1, 1), date(2024, 11, 28))) == "28.907"


def test_same_day_is_zero() -> None:
    assert str(ship_age(date(2024, 2, 29), date(2024, 2, 29))) == "0.000"


def test_new_years_eve_to_new_year_is_one_day_of_the_old_year() -> None:
    """1/365 = 0.00274 rounds to 0.003: rounding, not truncation (which would give 0.002)."""
    assert ship_age_fraction(date(2023, 12, 31), date(2024, 1, 1)) == Fraction(1, 365)
    assert str(ship_age(date(2023, 12, 31), date(2024, 1, 1))) == "0.003"


def test_a_day_of_a_leap_year_weighs_less() -> None:
    assert ship_age_fraction(date(2024, 12, 31), date(2025, 1, 1)) == Fraction(1, 366)
    assert str(ship_age(date(2024, 2, 28), date(2024, 3, 1))) == "0.005"


def test_leap_day_to_leap_day_is_whole_years() -> None:
    """2020-02-29 → 2024-02-29 = 3 + 307/366 + 59/366 = 4 exactly."""
    assert ship_age_fraction(date(2020, 2, 29), date(2024, 2, 29)) == 4
    assert str(ship_age(date(2020, 2, 29), date(2024, 2, 29))) == "4.000"


def test_leap_day_to_the_last_day_of_february() -> None:
    """2024-02-29 → 2025-02-28 = 307/366 + 58/365 = 0.99769… → 0.998."""
    exact = ship_age_fraction(date(2024, 2, 29), date(2025, 2, 28))
    assert exact == Fraction(307, 366) + Fraction(58, 365)
    assert str(ship_age(date(2024, 2, 29), date(2025, 2, 28))) == "0.998"


def test_first_of_january_to_first_of_january_is_one_year() -> None:
    assert str(ship_age(date(2023, 1, 1), date(2024, 1, 1))) == "1.000"
    assert str(ship_age(date(2024, 1, 1), date(2025, 1, 1))) == "1.000"


def test_days_in_year() -> None:
    assert [days_in_year(y) for y in (1900, 2000, 2023, 2024)] == [365, 366, 365, 366]


def test_end_before_built_is_a_clear_chinese_error() -> None:
    with pytest.raises(ValueError) as caught:
        ship_age(date(2024, 5, 1), date(2024, 4, 30))
    assert str(caught.value) == "船龄计算错误：注销/完工日期 2024-04-30 早于建成日期 2024-05-01"


def test_datetimes_are_refused() -> None:
    with pytest.raises(TypeError, match="建成日期必须是日期"):
        ship_age(datetime(2024, 5, 1, 12), date(2024, 10, 31))
    with pytest.raises(TypeError, match="注销/完工日期必须是日期"):
        ship_age(date(2024, 5, 1), "2024-10-31")  # type: ignore[arg-type]


dates = st.dates(min_value=date(1960, 1, 1), max_value=date(2040, 12, 31))


@settings(max_examples=150, deadline=None)
@given(first=dates, second=dates)
def test_matches_day_by_day_count(first: date, second: date) -> None:
    built, end = min(first, second), max(first, second)
    assert ship_age(built, end) == day_by_day_age(built, end)


@settings(max_examples=300, deadline=None)
@given(built=dates, days=st.integers(min_value=0, max_value=800), more=st.integers(0, 40))
def test_age_never_decreases_as_the_end_date_moves_on(built: date, days: int, more: int) -> None:
    end = built + timedelta(days=days)
    later = end + timedelta(days=more)
    assert ship_age_fraction(built, end) <= ship_age_fraction(built, later)
    assert ship_age(built, end).as_tuple().exponent == -3
