"""Applicants (拆建申请人) and cargo owners (货主): who they are, with valid codes and addresses.

Codes are made valid the way the registration authorities make them (core.checkcodes): a
company's unified social credit code is 9 + 1 (enterprise) or 2 (个体工商户) + the region code
+ a 9-character organisation code + its GB 32100 check character; a private person's ID number
is the region code + birth date + sequence + its GB 11643 check character. A company never
gives an ID number (core.forms refuses it), so companies always get credit codes.

Applicants from outside Hunan exist only for the ministry policy (page 3-2 地址范围); the
caller asks for them only there.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from core import regions
from core.checkcodes import CREDIT_CODE_CHARS, credit_code_check_char, id_check_char
from core.regions import Region
from core.vocab import ApplicantType
from demo import names
from demo.days import between


def credit_code(rng: random.Random, region_code: str, *, individual_business: bool) -> str:
    """A valid unified social credit code registered in ``region_code``."""
    first17 = (
        "9"
        + ("2" if individual_business else "1")
        + region_code
        + "".join(rng.choice(CREDIT_CODE_CHARS) for _ in range(9))
    )
    return first17 + credit_code_check_char(first17)


def resident_id(rng: random.Random, region_code: str) -> str:
    """A valid 18-digit resident ID number issued in ``region_code`` to an adult."""
    born = between(rng, date(1958, 1, 1), date(1994, 12, 31))
    first17 = f"{region_code}{born:%Y%m%d}{rng.randrange(1000):03d}"
    return first17 + id_check_char(first17)


def real_counties(city: Region) -> list[Region]:
    """The real counties of a city (a 市辖区 never appears in an address)."""
    return [c for c in regions.counties(city.code) if not c.is_city_pseudo]


@dataclass(frozen=True)
class Party:
    """A generated applicant or cargo owner: its row values plus what records need of it."""

    id: str
    region_code: str
    name: str
    credit_code: str
    address: str
    applicant_type: ApplicantType
    contact: str
    phone: str
    bank_name: str
    bank_account: str
    in_province: bool

    @property
    def is_company(self) -> bool:
        return self.applicant_type is ApplicantType.COMPANY


class NameRegistry:
    """Company names already used in the world: a name identifies one company everywhere.

    The joint review matches operators by name (+ licence number), so two different
    companies sharing a name would make the registries ambiguous.
    """

    def __init__(self) -> None:
        self._used: set[str] = set()

    def company(self, rng: random.Random, place: str) -> str:
        while True:
            name = names.company(rng, place)
            if name not in self._used:
                self._used.add(name)
                return name


def _bank(rng: random.Random, place: str) -> str:
    """A bank's full name, half the time with its branch (中国农业银行衡阳支行)."""
    bank = rng.choice(names.BANKS)
    if bank.endswith("银行") and rng.random() < 0.5:
        return f"{bank}{place}支行"
    return bank


class PartyFactory:
    """Makes applicants and cargo owners; one instance per world keeps names unique."""

    def __init__(self, rng: random.Random, registry: NameRegistry) -> None:
        self._rng = rng
        self._names = registry

    def applicant(
        self, party_id: str, region: Region, *, in_province: bool, company: bool
    ) -> Party:
        """A ship-project applicant of ``region`` (a county or a 市辖区)."""
        rng = self._rng
        city = regions.city_of(region.code)
        assert city is not None
        home = region if not region.is_city_pseudo else rng.choice(real_counties(city))
        place = names.place_stem(home.name)
        if in_province:
            address, id_region = names.address(rng, city.short_name, home.name), home.code
        else:
            address, id_region = names.foreign_address(rng)
        if company:
            name = self._names.company(rng, place)
            code = credit_code(rng, id_region, individual_business=False)
            contact = names.person(rng)
        else:
            name = names.person(rng)
            business = rng.random() < 0.2
            code = (
                credit_code(rng, id_region, individual_business=True)
                if business
                else resident_id(rng, id_region)
            )
            contact = name if rng.random() < 0.5 else ""
        phone = (
            names.landline(rng, city.code)
            if in_province and company and rng.random() < 0.4
            else names.mobile(rng)
        )
        return Party(
            id=party_id,
            region_code=region.code,
            name=name,
            credit_code=code,
            address=address,
            applicant_type=ApplicantType.COMPANY if company else ApplicantType.INDIVIDUAL,
            contact=contact,
            phone=phone,
            bank_name=_bank(rng, names.place_stem(city.short_name)),
            bank_account=names.bank_account(rng),
            in_province=in_province,
        )

    def cargo_owner(self, party_id: str, city: Region) -> Party:
        """A cargo owner of ``city``: always a Hunan company with a contact person (page 4-2)."""
        rng = self._rng
        home = rng.choice(real_counties(city))
        return Party(
            id=party_id,
            region_code=city.code,
            name=self._names.company(rng, names.place_stem(home.name)),
            credit_code=credit_code(rng, home.code, individual_business=False),
            address=names.address(rng, city.short_name, home.name),
            applicant_type=ApplicantType.COMPANY,
            contact=names.person(rng),
            phone=names.landline(rng, city.code) if rng.random() < 0.5 else names.mobile(rng),
            bank_name=_bank(rng, names.place_stem(city.short_name)),
            bank_account=names.bank_account(rng),
            in_province=True,
        )

    def operator_company(self, city: Region) -> str:
        """A transport company of ``city`` that operates ships it does not own (挂靠, 光租)."""
        home = self._rng.choice(real_counties(city))
        return self._names.company(self._rng, names.place_stem(home.name))


_NOTES = ("", "", "", "", "船舶已停航待拆解", "多船申报，材料另附", "联系人已更换，电话已更新")


def applicant_row(
    party: Party,
    created_on: date,
    created_at: datetime,
    created_by: str,
    year: int,
    rng: random.Random,
) -> dict[str, Any]:
    """The ``applicants`` row of a party."""
    return {
        "id": party.id,
        "region_code": party.region_code,
        "year": year,
        "note": rng.choice(_NOTES),
        "created_on": created_on,
        "created_at": created_at,
        "created_by": created_by,
        "updated_at": created_at,
        "name": party.name,
        "credit_code": party.credit_code,
        "address": party.address,
        "applicant_type": party.applicant_type.value,
        "contact": party.contact,
        "phone": party.phone,
        "bank_name": party.bank_name,
        "bank_account": party.bank_account,
    }
