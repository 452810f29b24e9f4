"""Ships and their project data: names, numbers, sizes, dates, and the machine amount.

Sizes follow what Hunan's inland fleet looks like (passenger ships of tens to hundreds of
gross tons, cargo ships up to a few thousand); dates follow the judgment dates of the joint
review (manual §0.3), so a record the platform passed is consistent with the registries:

* province scrapping: dismantling starts (③, ship still valid) before the ship is deregistered,
  and the deregistration lies before the application date (② needs the cancellation record);
* ministry scrapping: the ship is still valid on the application date (②); it is dismantled
  and deregistered afterwards, which the completion record proves at its archive date (④);
* new builds, renewals and refits were built (or refitted) in the year before they apply.

Scrapped ships get an age the year's table has a coefficient for (read from the table, never
assumed), and every amount is ``core.formulas``'s, cached per distinct input.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

from core.formulas import Calculation, ShipProject, compute_machine_amount
from core.money import CENT
from core.standards import StandardNotFoundError, StandardsTable
from core.vocab import Area, PowerForm, Project
from demo.combos import Kind, age_window, deadweight_window
from demo.days import between, earlier, later

OLDEST_BUILT = date(1995, 1, 1)
NEWEST_BUILT = date(2023, 12, 31)
"""Built dates lie in 1995–2023: the oldest ships still scrapped for a subsidy, and new builds
(or refits, whose 建成日期 is the refit's completion) finished the year before they apply."""


class Numbering:
    """Unique ship names, identification numbers and certificate numbers of the world."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._serials: dict[str, int] = {}
        self._ids: set[str] = set()
        self._certificates: dict[tuple[str, int], int] = {}

    def serial(self, port: str) -> int:
        """The next hull serial of a port: increasing by small random steps, never repeated."""
        current = self._serials.get(port, self._rng.randint(1, 300))
        self._serials[port] = current + self._rng.randint(1, 3)
        return current

    def ship_id(self, registered: int) -> str:
        """船舶识别号: CN + year of first registration + 7 digits, unique in the world."""
        while True:
            candidate = f"CN{registered}{self._rng.randrange(10**7):07d}"
            if candidate not in self._ids:
                self._ids.add(candidate)
                return candidate

    def operation_certificate(self, port: str, area: Area, issued: int) -> str:
        """营运证号 as 湘长沙SJ（2022）0001: port, 省内 SN / 省际 SJ / 沿海 YH, year, serial."""
        code = {Area.INLAND_PROVINCE: "SN", Area.INTER_PROVINCE: "SJ", Area.COASTAL: "YH"}[area]
        key = (port, issued)
        serial = self._certificates.get(key, 0) + 1
        self._certificates[key] = serial
        return f"湘{port}{code}（{issued}）{serial:04d}"


@dataclass(frozen=True)
class ShipDates:
    """The dates of a ship project; ``None`` where the project has no such date."""

    built: date
    registered: date
    application: date
    deregistration: date | None = None
    dismantle_start: date | None = None
    dismantle_finish: date | None = None


@dataclass(frozen=True)
class ShipSize:
    gross_tonnage: int
    capacity: int
    power_kw: Decimal


_RATINGS = (
    Decimal(v) for v in ("88", "110", "135", "150", "184", "220", "258", "294", "330", "441")
)
RATINGS: tuple[Decimal, ...] = tuple(_RATINGS)
"""Common diesel engine ratings in kW: most ships report one of these."""


def _power(rng: random.Random, kind: Kind, scale: float) -> Decimal:
    """Main-engine power, 2 decimals; 0 for a ship without propulsion (动力形式 无)."""
    if kind.power_form is PowerForm.NONE:
        return Decimal("0.00")
    if rng.random() < 0.5:
        base = rng.choice(RATINGS) * Decimal(max(1, round(scale)))
    else:
        base = Decimal(rng.randint(3000, int(60000 * scale) + 4000)).scaleb(-2)
    return base.quantize(CENT)


def ship_size(rng: random.Random, kind: Kind, table: StandardsTable) -> ShipSize:
    """Gross tonnage, seats or deadweight, and power of a ship of ``kind``."""
    if kind.is_passenger:
        gross = round(rng.lognormvariate(4.2, 0.8)) + 8
        capacity = min(gross * rng.randint(1, 3) + rng.randint(10, 40), 1200)
        return ShipSize(min(gross, 3000), capacity, _power(rng, kind, gross / 150))
    province_new_energy = kind.project in (Project.NEW, Project.REFIT) and kind.power_form in (
        PowerForm.ELECTRIC,
        PowerForm.OTHER_NEW_ENERGY,
    )
    if province_new_energy:
        low, high = deadweight_window(table)
        capacity = rng.randint(low, high)
        gross = max(1, round(capacity / rng.uniform(1.4, 1.8)))
        return ShipSize(gross, capacity, _power(rng, kind, gross / 300))
    gross = round(rng.lognormvariate(6.2, 0.8)) + 30
    capacity = 0 if kind.ship_type == "拖船" else round(gross * rng.uniform(1.3, 1.9))
    return ShipSize(min(gross, 20000), min(capacity, 30000), _power(rng, kind, gross / 400))


def _scrap_built(rng: random.Random, kind: Kind, table: StandardsTable, end: date) -> date:
    """A built date whose age at ``end`` the table has a coefficient for, not before 1995."""
    low, high = age_window(table, kind)
    oldest = min(float(high) - 0.05, (end - OLDEST_BUILT).days / 365.25)
    years = rng.uniform(float(low) + 0.05, max(float(low) + 0.1, oldest))
    return end - timedelta(days=round(years * 365.25))


def ship_dates(rng: random.Random, kind: Kind, table: StandardsTable, created: date) -> ShipDates:
    """Dates consistent with the joint review's judgment dates (see the module docstring)."""
    application = earlier(created, rng, 0, 6)
    if kind.project is Project.SCRAP:
        if kind.ministry_scrap:
            start = later(application, rng, 3, 30)
            deregistration = later(start, rng, 15, 45)
            finish = None
        else:
            deregistration = earlier(application, rng, 1, 20)
            start = earlier(deregistration, rng, 20, 60)
            finish = later(start, rng, 5, 15)
        built = _scrap_built(rng, kind, table, deregistration)
        registered = later(built, rng, 10, 60)
        return ShipDates(built, registered, application, deregistration, start, finish)
    newest = min(earlier(application, rng, 30, 60), NEWEST_BUILT)
    built = between(rng, date(NEWEST_BUILT.year, 1, 1), newest)
    if kind.project is Project.REFIT:
        registered = between(rng, date(2006, 1, 1), date(2020, 12, 31))
        return ShipDates(built, registered, application)
    return ShipDates(built, later(built, rng, 3, 15), application)


@lru_cache(maxsize=65536)
def machine_amount(ship: ShipProject, table: StandardsTable) -> Calculation:
    """``core.formulas``'s amount, cached per distinct input (ShipProject is hashable)."""
    return compute_machine_amount(ship, table)


def ship_project(kind: Kind, size: ShipSize, built: date, end: date | None) -> ShipProject:
    """The formula input of a record."""
    return ShipProject(
        kind.policy,
        kind.project,
        kind.area,
        kind.power_form,
        kind.ship_type,
        gross_tonnage=Decimal(size.gross_tonnage),
        deadweight=Decimal(size.capacity),
        power_kw=size.power_kw,
        built_date=built,
        end_date=end,
    )


def plan_ship(
    rng: random.Random, kind: Kind, table: StandardsTable, created: date
) -> tuple[ShipSize, ShipDates, Calculation]:
    """Size, dates and machine amount; redrawn in the rare case a value falls between tiers."""
    for _ in range(50):
        size = ship_size(rng, kind, table)
        dates = ship_dates(rng, kind, table, created)
        end = dates.deregistration if kind.project is Project.SCRAP else None
        try:
            return size, dates, machine_amount(ship_project(kind, size, dates.built, end), table)
        except StandardNotFoundError:
            continue
    raise StandardNotFoundError(f"无法为{kind}生成符合{table.year}年度标准表的船舶参数")


def estimate_of(rng: random.Random, machine: Decimal) -> Decimal:
    """The applicant's 测算: mostly the machine amount, sometimes rounded or slightly off."""
    draw = rng.random()
    if draw < 0.85:
        return machine
    if draw < 0.92:
        return machine.quantize(Decimal(1)).quantize(CENT)
    factor = Decimal(rng.randint(9200, 10800)) / Decimal(10000)
    return max(Decimal("0.01"), (machine * factor).quantize(CENT))


def check_of(rng: random.Random, machine: Decimal, estimate: Decimal) -> Decimal:
    """The reviewer's 复核: the machine amount unless the reviewer kept the estimate."""
    return machine if rng.random() < 0.9 else estimate
