"""Container-transport rewards (运输发展), SPEC §4.1.7, manual ch. 2.1.4 and ch. 4.3–4.5.

A cargo owner reports its loaded TEU (重箱) month by month; the reward application (page
4-8) is then computed, never typed:

- this year's volume = the sum of the monthly reports (page 4-3: 1365 + 1365 = 2730);
- the foreign-trade reward is on the year-on-year increase, tiered at the marginal rates of
  the standards table (60 yuan up to 300 TEU, 80 from 301 to 800, 100 above): an increase of
  1000 earns 300×60 + 500×80 + 200×100 = 78000 yuan; a fall earns nothing;
- the domestic reward is on this year's whole volume: 1000 TEU × 30 = 30000 yuan;
- the average foreign standard shown beside it = foreign yuan / increase (2 decimals;
  page 4-8: 112300 / 1343 = 83.62); it is 0.00 when there is no increase.

Rewards are computed in yuan (the unit of the rates) and converted to 万元 once per part;
the total is the sum of the two parts as displayed (page 4-8: 11.23 + 4.10 = 15.33), so the
record's total row always adds up.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from core.money import fmt_number, round_half_up, yuan_to_wan
from core.standards import Criteria, StandardCategory, StandardsTable


@dataclass(frozen=True)
class RateTier:
    """A band of the foreign increase, ``first``..``last`` TEU inclusive, at ``rate`` yuan/TEU."""

    first: int
    last: int | None
    rate: Decimal

    def teu_in(self, increase: int) -> int:
        """How many TEU of ``increase`` fall in this band."""
        top = increase if self.last is None else min(increase, self.last)
        return max(0, top - self.first + 1)


@dataclass(frozen=True)
class ContainerRates:
    """The year's container rates, read from its standards table (never constants in code)."""

    foreign_tiers: tuple[RateTier, ...]
    domestic_rate: Decimal

    def __post_init__(self) -> None:
        """Tiers must start at 1 TEU and follow each other without gaps, the last open-ended."""
        if not self.foreign_tiers:
            raise ValueError("标准表中没有外贸重箱增量奖励的阶梯")
        expected = 1
        for index, tier in enumerate(self.foreign_tiers):
            if tier.first != expected:
                raise ValueError(f"外贸重箱增量奖励阶梯应从 {expected} 标箱起，实为 {tier.first}")
            if (tier.last is None) != (index == len(self.foreign_tiers) - 1):
                raise ValueError("外贸重箱增量奖励阶梯只能是最后一档不设上限")
            if tier.last is not None:
                expected = tier.last + 1

    @classmethod
    def from_table(cls, table: StandardsTable) -> ContainerRates:
        """Build the rates from the 运输发展 rows of a year's table."""
        rows = table.select(StandardCategory.FOREIGN_CONTAINER, Criteria())
        tiers = tuple(
            RateTier(
                first=_whole(row.lower, row.code),
                last=None if row.upper is None else _whole(row.upper, row.code),
                rate=row.coefficient,
            )
            for row in rows
        )
        domestic = table.find(StandardCategory.DOMESTIC_CONTAINER, Criteria())
        return cls(tiers, domestic.coefficient)


def _whole(bound: Decimal | None, code: str) -> int:
    """A TEU bound must be a whole number of boxes."""
    if bound is None or bound != bound.to_integral_value():
        raise ValueError(f"标准 {code} 的外贸增量范围必须是整数标箱")
    return int(bound)


@dataclass(frozen=True)
class YuanCalculation:
    """A reward in yuan with its formula text (``300*60+500*80+200*100``)."""

    yuan: Decimal
    formula: str


def _check_teu(value: int, label: str) -> None:
    """TEU counts are whole boxes; floats and booleans are refused."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{label}必须是整数标箱，不能是 {type(value).__name__}")


def foreign_reward(increase_teu: int, rates: ContainerRates) -> YuanCalculation:
    """The tiered foreign-trade reward of a year-on-year increase; no increase, no reward."""
    _check_teu(increase_teu, "外贸增量")
    rewarded = max(increase_teu, 0)
    parts = [
        (count, tier.rate) for tier in rates.foreign_tiers if (count := tier.teu_in(rewarded)) > 0
    ]
    if not parts:
        first_rate = rates.foreign_tiers[0].rate
        return YuanCalculation(Decimal(0), f"0*{fmt_number(first_rate)}")
    yuan = sum((count * rate for count, rate in parts), Decimal(0))
    formula = "+".join(f"{count}*{fmt_number(rate)}" for count, rate in parts)
    return YuanCalculation(yuan, formula)


def domestic_reward(teu: int, rates: ContainerRates) -> YuanCalculation:
    """The domestic-trade reward on this year's volume (``1000*30``)."""
    _check_teu(teu, "内贸完成量")
    counted = max(teu, 0)
    rate = rates.domestic_rate
    return YuanCalculation(counted * rate, f"{counted}*{fmt_number(rate)}")


def average_standard(yuan: Decimal, increase_teu: int) -> Decimal:
    """Average yuan per TEU of increase, 2 decimals half-up; 0.00 without an increase."""
    _check_teu(increase_teu, "外贸增量")
    if increase_teu <= 0:
        return Decimal("0.00")
    return round_half_up(Fraction(yuan) / increase_teu, 2)


@dataclass(frozen=True)
class TeuVolume:
    """Foreign and domestic loaded TEU of a period."""

    foreign: int
    domestic: int

    def __post_init__(self) -> None:
        """Volumes are whole, non-negative boxes."""
        for label, value in (("外贸完成量", self.foreign), ("内贸完成量", self.domestic)):
            _check_teu(value, label)
            if value < 0:
                raise ValueError(f"{label}不能为负数")

    @property
    def total(self) -> int:
        """Foreign + domestic."""
        return self.foreign + self.domestic


@dataclass(frozen=True)
class MonthlyVolume:
    """One monthly report (集装箱月报): the month and its loaded TEU."""

    month: int
    volume: TeuVolume


def this_year_volume(reports: Iterable[MonthlyVolume]) -> TeuVolume:
    """This year's volume = the sum of the monthly reports; a month reported twice is an error."""
    seen: set[int] = set()
    foreign = domestic = 0
    for report in reports:
        if not 1 <= report.month <= 12:
            raise ValueError(f"月报月份 {report.month} 无效，应为 1-12")
        if report.month in seen:
            raise ValueError(f"{report.month:02d} 月的月报重复")
        seen.add(report.month)
        foreign += report.volume.foreign
        domestic += report.volume.domestic
    return TeuVolume(foreign, domestic)


@dataclass(frozen=True)
class ContainerReward:
    """The machine side of a reward application (page 4-8), amounts in 万元."""

    last_year: TeuVolume
    this_year: TeuVolume
    foreign: YuanCalculation
    domestic: YuanCalculation
    foreign_wan: Decimal
    domestic_wan: Decimal
    foreign_standard: Decimal
    domestic_standard: Decimal

    @property
    def foreign_increase(self) -> int:
        """This year's foreign volume − last year's (may be negative; then no reward)."""
        return self.this_year.foreign - self.last_year.foreign

    @property
    def domestic_increase(self) -> int:
        """Shown on page 4-8 for information; the domestic reward is on the volume itself."""
        return self.this_year.domestic - self.last_year.domestic

    @property
    def total_increase(self) -> int:
        """Total volume this year − last year."""
        return self.this_year.total - self.last_year.total

    @property
    def total_wan(self) -> Decimal:
        """The two parts as displayed, added: the total row always matches its parts."""
        return self.foreign_wan + self.domestic_wan


def compute_container_reward(
    last_year: TeuVolume, reports: Iterable[MonthlyVolume], rates: ContainerRates
) -> ContainerReward:
    """Compute a reward application from last year's volume and this year's monthly reports."""
    this_year = this_year_volume(reports)
    increase = this_year.foreign - last_year.foreign
    foreign = foreign_reward(increase, rates)
    domestic = domestic_reward(this_year.domestic, rates)
    return ContainerReward(
        last_year=last_year,
        this_year=this_year,
        foreign=foreign,
        domestic=domestic,
        foreign_wan=yuan_to_wan(foreign.yuan),
        domestic_wan=yuan_to_wan(domestic.yuan),
        foreign_standard=average_standard(foreign.yuan, increase),
        domestic_standard=rates.domestic_rate,
    )
