"""Who owns and operates a ship, what it is called and numbered, and its form number.

Names and numbers are unique in the world (the joint review matches "ship name + certificate
number" and "operator + licence number"); operators are usually the applicant itself, sometimes
a transport company of the city it is attached to (挂靠) or leases to (光租); a ministry-policy
ferry may have no operator at all (page 3-7, 不填指代).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from core import regions
from core.joint_review import LicenceEntry
from core.regions import Region
from core.vocab import ControlStatus, Policy, Project
from demo import names
from demo.combos import Kind
from demo.parties import Party, PartyFactory
from demo.registry import LicenceBook, RegistryWriter
from demo.ships import Numbering, ShipDates, ShipSize


def port_of(city: Region) -> str:
    """The port of registry of a city's ships: its stem (长沙), 吉首 for 湘西州."""
    return names.PORT_OF_REGISTRY.get(city.code, regions.city_stem(city.code))


def abbreviation_of(city: Region) -> str:
    """The one-character city mark of licence numbers: 长, 衡, 潭 (湘潭), 西 (湘西)."""
    stem = regions.city_stem(city.code)
    return stem[1] if stem.startswith("湘") else stem[0]


@dataclass(frozen=True)
class ShipParties:
    """The ship's owners (、-separated), operator and control status towards the applicant."""

    owners: str
    operator: str
    control: ControlStatus


@dataclass(frozen=True)
class Identity:
    """A ship's names and numbers."""

    name: str
    ship_id_no: str
    refit_from_name: str
    refit_from_tonnage: int | None


MAX_FORM_SERIAL = 9999


class ShipIdentities:
    """Hands out owners, operators, licences, names, numbers and form numbers."""

    def __init__(
        self,
        year: int,
        rng: random.Random,
        parties: PartyFactory,
        numbering: Numbering,
        licences: LicenceBook,
        registry: RegistryWriter,
    ) -> None:
        self._year = year
        self.rng = rng
        self.parties = parties
        self.numbering = numbering
        self.licences = licences
        self.registry = registry
        self._operators: dict[str, list[str]] = {}
        self._form_serials: dict[str, int] = {}
        self._ferry_permits = 0

    def _operator_company(self, city: Region) -> str:
        """A transport company of the city that operates others' ships (a few per city)."""
        pool = self._operators.setdefault(city.code, [])
        if len(pool) < 3 or self.rng.random() < 0.3:
            pool.append(self.parties.operator_company(city))
        return self.rng.choice(pool)

    def parties_of(self, applicant: Party, kind: Kind, city: Region) -> ShipParties:
        """Owners, operator and control status of a ship of ``applicant``."""
        rng = self.rng
        owners = applicant.name
        if applicant.is_company and rng.random() < 0.08:
            owners += "、" + self.parties.operator_company(city)
        elif not applicant.is_company and rng.random() < 0.15:
            partner = names.person(rng)
            if partner != applicant.name:
                owners += "、" + partner
        if kind.is_ferry and kind.policy is Policy.MINISTRY and rng.random() < 0.4:
            return ShipParties(owners, "", ControlStatus.OWNED)
        own_operator = rng.random() < (0.8 if applicant.is_company else 0.3)
        operator = applicant.name if own_operator else self._operator_company(city)
        if operator == applicant.name:
            return ShipParties(owners, operator, ControlStatus.OWNED)
        control = ControlStatus.CONTROLLED if rng.random() < 0.75 else ControlStatus.LEASED
        return ShipParties(owners, operator, control)

    def licence(self, kind: Kind, operator: str, city: Region) -> tuple[str, LicenceEntry | None]:
        """The licence number on the form, and the operator's licence in 水路运政库."""
        if kind.is_ferry:
            self._ferry_permits += 1
            year = self.rng.randint(2015, 2023)
            return f"湘{abbreviation_of(city)}渡批〔{year}〕{self._ferry_permits}号", None
        licence, new = self.licences.licence_for(operator, abbreviation_of(city))
        if new:
            self.registry.licence(licence)
        return licence.licence_no, licence

    def identity(self, kind: Kind, city: Region, size: ShipSize, dates: ShipDates) -> Identity:
        """Name and identification number; renewals and refits also name the ship they replace."""
        rng, port = self.rng, port_of(city)
        serial = self.numbering.serial(port)
        ship_id = self.numbering.ship_id(dates.registered.year)
        if kind.project is Project.SCRAP:
            return Identity(
                names.ship_name(rng, port, kind.is_passenger, serial), ship_id, "", None
            )
        if kind.project is Project.NEW:
            named = names.new_ship_name if rng.random() < 0.6 else names.ship_name
            return Identity(named(rng, port, kind.is_passenger, serial), ship_id, "", None)
        old = names.ship_name(rng, port, kind.is_passenger, self.numbering.serial(port))
        if kind.project is Project.REFIT:
            tonnage = max(1, round(size.gross_tonnage * rng.uniform(0.85, 1.05)))
        else:
            tonnage = max(1, round(size.gross_tonnage * rng.uniform(0.6, 1.2)))
        new_name = names.new_ship_name(rng, port, kind.is_passenger, serial)
        return Identity(new_name, ship_id, old, tonnage)

    def form_no(self, city: Region) -> str:
        """The next 申请表号 of a city: 怀化（2024）0001 (page 3-16).

        Serials have at most four digits; a city with more applications than that in one year
        (only stress-test worlds have them) leaves the rest unnumbered — the field is optional
        until the city numbers a form.
        """
        serial = self._form_serials.get(city.code, 0) + 1
        self._form_serials[city.code] = serial
        if serial > MAX_FORM_SERIAL:
            return ""
        return f"{regions.city_stem(city.code)}（{self._year}）{serial:04d}"
