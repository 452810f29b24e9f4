"""Machine computations (机算) on the server, from the subsidy year's standards table.

The table is data (``subsidy_years.standards``), never constants. A record whose year has no
table, or whose combination the policy does not reward, or whose table lacks a row, keeps no
machine amount (NULL, formula ""): the estimate and check the people typed stay as they are
and the reviewer sees that no machine amount exists — a missing coefficient is never guessed
(``core.standards``). The ship age is kept whenever both dates are known, even where the rule
does not use it (page 3-7 shows it for every ship).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.container_reward import (
    ContainerRates,
    ContainerReward,
    MonthlyVolume,
    TeuVolume,
    compute_container_reward,
)
from core.formulas import (
    MissingDataError,
    NoSubsidyError,
    ShipProject,
    compute_machine_amount,
)
from core.standards import StandardNotFoundError, StandardsTable
from core.vocab import Area, Policy, PowerForm, Project
from server.models import SubsidyYear

logger = logging.getLogger(__name__)


def standards_for(session: Session, year: int) -> StandardsTable | None:
    """The standards table of ``year``, or None when the year or a valid table is missing."""
    rows = session.scalars(select(SubsidyYear.standards).where(SubsidyYear.year == year)).first()
    if rows is None:
        return None
    try:
        return StandardsTable.from_dicts(year, rows)
    except (ValueError, TypeError, KeyError):
        logger.exception("standards table of %s is invalid; machine amounts left empty", year)
        return None


@dataclass(frozen=True)
class ShipMachine:
    """What the server stores beside a ship-project record: amount, formula and age."""

    amount: Decimal | None
    formula: str
    age: Decimal | None


@dataclass(frozen=True)
class ShipInputs:
    """The stored fields the ship formulas read (``end_date`` is the age's D2)."""

    policy: str
    project: str
    area: str
    power_form: str
    ship_type: str
    gross_tonnage: int | None
    capacity: int | None
    power_kw: Decimal | None
    built_date: date | None
    end_date: date | None


def _project_of(inputs: ShipInputs) -> ShipProject:
    return ShipProject(
        policy=Policy(inputs.policy),
        project=Project(inputs.project),
        area=Area(inputs.area),
        power_form=PowerForm(inputs.power_form),
        ship_type=inputs.ship_type,
        gross_tonnage=inputs.gross_tonnage,
        deadweight=inputs.capacity,
        power_kw=inputs.power_kw,
        built_date=inputs.built_date,
        end_date=inputs.end_date,
    )


def ship_machine(table: StandardsTable | None, inputs: ShipInputs) -> ShipMachine:
    """The machine amount, formula text and ship age of a validated ship-project record."""
    ship = _project_of(inputs)
    age = ship.age()
    if table is None:
        return ShipMachine(None, "", age)
    try:
        calculation = compute_machine_amount(ship, table)
    except (NoSubsidyError, MissingDataError, StandardNotFoundError):
        return ShipMachine(None, "", age)
    computed_age = calculation.ship_age if calculation.ship_age is not None else age
    return ShipMachine(calculation.amount, calculation.formula, computed_age)


def container_reward(
    table: StandardsTable | None, last_year: TeuVolume, months: Iterable[MonthlyVolume]
) -> ContainerReward | None:
    """The reward computed from the monthly reports, or None without usable container rates."""
    if table is None:
        return None
    try:
        rates = ContainerRates.from_table(table)
    except (StandardNotFoundError, ValueError):
        return None
    return compute_container_reward(last_year, months, rates)
