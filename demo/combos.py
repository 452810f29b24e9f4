"""Which kinds of ship project exist, and how often each is applied for.

A kind is policy × project × navigation area × power form × ship type. Which kinds exist is
read from the year's standards table through ``core.formulas``: a kind the policy pays nothing
for (a ministry-policy non-motorised ship, a province-policy diesel new build …) raises
``NoSubsidyError`` there and is left out, so the demo never holds a record no desk could
compute. Ship types and their passenger/cargo class come from the table too.

The demo must show every kind (each value of each dimension at least, and every valid
combination once the world is large enough), but mostly the kinds a Hunan desk really sees:
diesel scrapping, LNG and electric new builds. ``KindPicker`` gives every fourth record the
next kind of a coverage list and draws the others from realistic weights.
"""

from __future__ import annotations

import itertools
import random
from bisect import bisect
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

from core.application_form import PROJECTS_BY_POLICY, is_ferry_type
from core.formulas import NoSubsidyError, ShipProject, compute_machine_amount
from core.standards import (
    Criteria,
    ShipClass,
    StandardCategory,
    StandardNotFoundError,
    StandardsTable,
    Waters,
    waters_of,
)
from core.vocab import Area, Policy, PowerForm, Project


@dataclass(frozen=True)
class Kind:
    """One kind of ship project."""

    policy: Policy
    project: Project
    area: Area
    power_form: PowerForm
    ship_type: str
    ship_class: ShipClass

    @property
    def is_ferry(self) -> bool:
        return is_ferry_type(self.ship_type)

    @property
    def is_passenger(self) -> bool:
        return self.ship_class is ShipClass.PASSENGER

    @property
    def ministry_scrap(self) -> bool:
        """部政策拆解: created by a city's 市辖区 account, with its own completion record."""
        return self.policy is Policy.MINISTRY and self.project is Project.SCRAP


def ship_types(table: StandardsTable, policy: Policy) -> list[tuple[str, ShipClass]]:
    """The ship types the year's table gives a coefficient for under ``policy``."""
    rows = table.select(StandardCategory.SHIP_TYPE, Criteria(policy=policy))
    return [(row.ship_type, row.ship_class) for row in rows if row.ship_type and row.ship_class]


def age_window(table: StandardsTable, kind: Kind) -> tuple[Decimal, Decimal]:
    """The ship ages the table has a scrapping coefficient for (e.g. 15.001–30 years)."""
    waters = waters_of(kind.area) if kind.policy is Policy.MINISTRY else None
    return _age_window(table, kind.policy, waters, kind.ship_class)


@lru_cache(maxsize=64)
def _age_window(
    table: StandardsTable, policy: Policy, waters: Waters | None, ship_class: ShipClass
) -> tuple[Decimal, Decimal]:
    """``age_window`` per distinct (policy, waters, class): a table scan each is wasted work."""
    criteria = Criteria(policy=policy, ship_class=ship_class)
    rows = [
        row
        for row in table.select(StandardCategory.AGE, criteria)
        if waters is None or row.waters in (None, waters)
    ]
    lowers = [row.lower for row in rows if row.lower is not None]
    uppers = [row.upper for row in rows if row.upper is not None]
    if not lowers or not uppers:
        raise StandardNotFoundError(f"{table.year}年度标准表中没有{policy}政策的船龄系数")
    return min(lowers), max(uppers)


def deadweight_window(table: StandardsTable) -> tuple[int, int]:
    """Deadweights the province's new-energy cargo tiers cover (e.g. 1000–9999 t)."""
    criteria = Criteria(policy=Policy.PROVINCE, ship_class=ShipClass.CARGO)
    rows = table.select(StandardCategory.NEW_ENERGY_CARGO_START, criteria)
    lowers = [int(row.lower) for row in rows if row.lower is not None]
    uppers = [int(row.upper) for row in rows if row.upper is not None]
    return min(lowers), max(uppers)


def _probe(table: StandardsTable, kind: Kind) -> bool:
    """Whether the policy pays for the kind at all (NoSubsidyError means it does not)."""
    end = date(2024, 6, 30)
    if kind.project is Project.SCRAP:
        low, high = age_window(table, kind)
        years = float((low + high) / 2)
        built = end - timedelta(days=round(years * 365.25))
    else:
        built = date(2024, 1, 15)
    low_dw, high_dw = deadweight_window(table)
    ship = ShipProject(
        kind.policy,
        kind.project,
        kind.area,
        kind.power_form,
        kind.ship_type,
        gross_tonnage=Decimal(500),
        deadweight=Decimal((low_dw + high_dw) // 2),
        power_kw=Decimal(0) if kind.power_form is PowerForm.NONE else Decimal(300),
        built_date=built,
        end_date=end if kind.project is Project.SCRAP else None,
    )
    try:
        compute_machine_amount(ship, table)
    except NoSubsidyError:
        return False
    return True


def valid_kinds(table: StandardsTable) -> tuple[Kind, ...]:
    """Every kind the year's standards pay for, in a fixed order."""
    kinds = []
    for policy in Policy:
        types = ship_types(table, policy)
        for project, area, power in itertools.product(PROJECTS_BY_POLICY[policy], Area, PowerForm):
            for ship_type, ship_class in types:
                kind = Kind(policy, project, area, power, ship_type, ship_class)
                if _probe(table, kind):
                    kinds.append(kind)
    return tuple(kinds)


_POLICY = {Policy.MINISTRY: 0.45, Policy.PROVINCE: 0.55}
_PROJECT = {
    Project.SCRAP: 0.6,
    Project.RENEW: 0.15,
    Project.NEW: 0.25,
    Project.REFIT: 0.15,
}
_AREA = {Area.INLAND_PROVINCE: 0.55, Area.INTER_PROVINCE: 0.42, Area.COASTAL: 0.03}
_SCRAP_POWER = {
    PowerForm.FUEL: 0.9,
    PowerForm.OIL_GAS: 0.04,
    PowerForm.NONE: 0.05,
    PowerForm.LNG: 0.005,
    PowerForm.ELECTRIC: 0.003,
    PowerForm.OTHER_NEW_ENERGY: 0.002,
}
_BUILD_POWER = {
    PowerForm.FUEL: 0.25,
    PowerForm.LNG: 0.3,
    PowerForm.OIL_GAS: 0.1,
    PowerForm.ELECTRIC: 0.3,
    PowerForm.OTHER_NEW_ENERGY: 0.05,
    PowerForm.NONE: 0.0,
}
_BUSY_TYPES = {"干货船": 4.0, "散货船": 2.0, "运沙船": 2.0, "客渡船": 2.0, "普通客船": 1.5}


def weight(kind: Kind) -> float:
    """How common a kind is at a Hunan desk (relative)."""
    power = _SCRAP_POWER if kind.project is Project.SCRAP else _BUILD_POWER
    barge = "驳" in kind.ship_type
    fit = 1.0
    if (kind.power_form is PowerForm.NONE) != barge:
        fit = 0.05
    return (
        _POLICY[kind.policy]
        * _PROJECT[kind.project]
        * _AREA[kind.area]
        * power[kind.power_form]
        * _BUSY_TYPES.get(kind.ship_type, 1.0)
        * fit
    )


def coverage_order(kinds: tuple[Kind, ...], rng: random.Random) -> list[Kind]:
    """A list of all kinds whose head covers every value of every dimension.

    Greedy: take the kind adding the most values not yet seen until each policy, project,
    area, power form, ship type and (policy, project) pair has appeared; then the rest,
    shuffled. A small world still shows every dropdown value; a large one every combination.
    """

    def values(kind: Kind) -> set[object]:
        return {
            kind.policy,
            kind.project,
            kind.area,
            kind.power_form,
            ("type", kind.ship_type),
            (kind.policy, kind.project),
        }

    remaining = list(kinds)
    rng.shuffle(remaining)
    wanted = set().union(*(values(kind) for kind in remaining))
    head: list[Kind] = []
    while wanted:
        best = max(remaining, key=lambda kind: len(values(kind) & wanted))
        head.append(best)
        remaining.remove(best)
        wanted -= values(best)
    return head + remaining


class KindPicker:
    """Every ``stride``-th pick walks the coverage list; the others follow the weights."""

    def __init__(self, kinds: tuple[Kind, ...], rng: random.Random, stride: int = 4) -> None:
        self._rng = rng
        self._stride = stride
        self._coverage = coverage_order(kinds, rng)
        self._kinds = kinds
        self._cumulative = list(itertools.accumulate(weight(kind) for kind in kinds))
        self._count = 0

    def __call__(self) -> Kind:
        index = self._count
        self._count += 1
        slot, offset = divmod(index, self._stride)
        if offset == 0 and slot < len(self._coverage):
            return self._coverage[slot]
        point = self._rng.random() * self._cumulative[-1]
        return self._kinds[bisect(self._cumulative, point)]
