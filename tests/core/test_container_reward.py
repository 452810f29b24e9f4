"""Container-transport rewards: SPEC §4.1.7, manual ch. 2.1.4, pages 4-3 and 4-8."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.container_reward import (
    ContainerRates,
    MonthlyVolume,
    RateTier,
    TeuVolume,
    YuanCalculation,
    average_standard,
    compute_container_reward,
    domestic_reward,
    foreign_reward,
    this_year_volume,
)
from core.standards import Criteria, StandardCategory
from core.standards_2024 import STANDARDS_2024

RATES = ContainerRates.from_table(STANDARDS_2024)
D = Decimal

# Page 4-3: the monthly reports of 岳阳市辉煌船务有限公司, foreign = domestic each month.
PAGE_4_3 = [111, 22, 0, 444, 0, 666, 0, 0, 0, 0, 0, 122]


def page_4_3_reports() -> list[MonthlyVolume]:
    return [MonthlyVolume(month, TeuVolume(teu, teu)) for month, teu in enumerate(PAGE_4_3, 1)]


@pytest.mark.parametrize(
    ("increase", "yuan", "formula"),
    [
        (1000, "78000", "300*60+500*80+200*100"),  # ch. 2.1.4, SPEC §4.1.7, page 4-8
        (300, "18000", "300*60"),
        (301, "18080", "300*60+1*80"),
        (800, "58000", "300*60+500*80"),
        (801, "58100", "300*60+500*80+1*100"),
        (1, "60", "1*60"),
        (0, "0", "0*60"),
        (-250, "0", "0*60"),
    ],
)
def test_foreign_reward_tiers(increase: int, yuan: str, formula: str) -> None:
    assert foreign_reward(increase, RATES) == YuanCalculation(D(yuan), formula)


def test_domestic_reward_on_the_volume() -> None:
    assert domestic_reward(1000, RATES) == YuanCalculation(D(30000), "1000*30")
    assert domestic_reward(0, RATES) == YuanCalculation(D(0), "0*30")


def test_rates_come_from_the_standards_table() -> None:
    assert (
        ContainerRates(
            (RateTier(1, 300, D(60)), RateTier(301, 800, D(80)), RateTier(801, None, D(100))),
            D(30),
        )
        == RATES
    )
    domestic = STANDARDS_2024.find(StandardCategory.DOMESTIC_CONTAINER, Criteria())
    edited = STANDARDS_2024.with_row(replace(domestic, coefficient=D(35)))
    assert domestic_reward(1000, ContainerRates.from_table(edited)).yuan == D(35000)


def test_this_year_volume_is_the_sum_of_the_monthly_reports() -> None:
    """Page 4-3: 合计 2730 = 外贸 1365 + 内贸 1365, zero months included."""
    volume = this_year_volume(page_4_3_reports())
    assert (volume.foreign, volume.domestic, volume.total) == (1365, 1365, 2730)
    assert this_year_volume([]) == TeuVolume(0, 0)


def test_page_4_8_reward_application() -> None:
    """Last year 22/33 TEU, this year 1365/1365: increase 1343, standard 83.62, 15.33 万元."""
    reward = compute_container_reward(TeuVolume(22, 33), page_4_3_reports(), RATES)
    assert (reward.last_year.total, reward.this_year.total, reward.total_increase) == (
        55,
        2730,
        2675,
    )
    assert (reward.foreign_increase, reward.domestic_increase) == (1343, 1332)
    assert reward.foreign == YuanCalculation(D(112300), "300*60+500*80+543*100")
    assert reward.domestic == YuanCalculation(D(40950), "1365*30")
    assert str(reward.foreign_standard) == "83.62"
    assert str(reward.domestic_standard) == "30"
    assert (str(reward.foreign_wan), str(reward.domestic_wan)) == ("11.23", "4.10")
    assert str(reward.total_wan) == "15.33"


def test_parts_round_half_up_and_the_total_adds_the_displayed_parts() -> None:
    """1355 domestic TEU = 40650 yuan = 4.065 万元 → 4.07 (half-even would give 4.06)."""
    reports = [MonthlyVolume(1, TeuVolume(1301, 1355))]
    reward = compute_container_reward(TeuVolume(1000, 0), reports, RATES)
    assert reward.foreign == YuanCalculation(D(18080), "300*60+1*80")
    assert (str(reward.foreign_wan), str(reward.domestic_wan)) == ("1.81", "4.07")
    assert str(reward.total_wan) == "5.88"


def test_a_fall_in_foreign_volume_earns_nothing() -> None:
    reward = compute_container_reward(
        TeuVolume(5000, 10), [MonthlyVolume(1, TeuVolume(100, 20))], RATES
    )
    assert reward.foreign_increase == -4900
    assert reward.foreign == YuanCalculation(D(0), "0*60")
    assert str(reward.foreign_wan) == "0.00"
    assert str(reward.foreign_standard) == "0.00"
    assert str(reward.domestic_wan) == "0.06"


def test_average_standard() -> None:
    assert str(average_standard(D(78000), 1000)) == "78.00"
    assert str(average_standard(D(112300), 1343)) == "83.62"
    assert str(average_standard(D(18080), 301)) == "60.07"
    assert str(average_standard(D(0), 0)) == "0.00"
    assert str(average_standard(D(0), -3)) == "0.00"


@given(st.integers(min_value=1, max_value=500_000))
def test_average_standard_lies_between_the_lowest_and_highest_rate(increase: int) -> None:
    reward = foreign_reward(increase, RATES)
    assert D(60) <= average_standard(reward.yuan, increase) <= D(100)
    assert reward.yuan == sum(
        (
            D(int(count)) * D(rate)
            for count, rate in (term.split("*") for term in reward.formula.split("+"))
        ),
        D(0),
    )


def test_monthly_reports_are_validated() -> None:
    with pytest.raises(ValueError, match="03 月的月报重复"):
        this_year_volume([MonthlyVolume(3, TeuVolume(1, 1)), MonthlyVolume(3, TeuVolume(2, 2))])
    with pytest.raises(ValueError, match="月报月份 13 无效"):
        this_year_volume([MonthlyVolume(13, TeuVolume(1, 1))])
    with pytest.raises(ValueError, match="外贸完成量不能为负数"):
        TeuVolume(-1, 0)
    with pytest.raises(TypeError, match="内贸完成量必须是整数标箱"):
        TeuVolume(1, 2.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="外贸增量必须是整数标箱"):
        foreign_reward(True, RATES)


def test_rate_tiers_must_be_contiguous_from_one_with_an_open_last_tier() -> None:
    with pytest.raises(ValueError, match="应从 1 标箱起，实为 0"):
        ContainerRates((RateTier(0, 300, D(60)), RateTier(301, None, D(80))), D(30))
    with pytest.raises(ValueError, match="应从 301 标箱起，实为 302"):
        ContainerRates((RateTier(1, 300, D(60)), RateTier(302, None, D(80))), D(30))
    with pytest.raises(ValueError, match="只能是最后一档不设上限"):
        ContainerRates((RateTier(1, 300, D(60)), RateTier(301, 800, D(80))), D(30))
    with pytest.raises(ValueError, match="没有外贸重箱增量奖励的阶梯"):
        ContainerRates((), D(30))
