"""Demo accounts: every region level with every permission mix a desk has (SPEC §3, ch. 8).

One well-known password per role, written to ``demo-accounts.csv``, so anyone can log in as
"a county reviewer" or "the province system admin" without asking. The world names each
account's password; hashing is the server's job (``server.demo_load`` hashes each distinct
password once with the server's own ``Passwords`` and reuses the hash string for every account
of the role: argon2 is deliberately slow, about half a second a hash at production costs, and
450 accounts would otherwise cost minutes).

Account ids follow the manual (page 8-1): ``<region>-<n>``. A city's 市辖区 pseudo-county gets
the same three roles as the city itself (430101-1 …): it creates and reviews the ships the
city manages and every ministry-policy scrapping (manual §3.2.2).
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from core import regions
from core.regions import Region
from core.vocab import Level, Permission, RegionLevel
from demo.names import person

_P = Permission


class Tier(StrEnum):
    """Where a role exists: the province, each city, each 市辖区, each real county."""

    PROVINCE = "省级"
    CITY = "市级"
    CITY_DISTRICT = "市辖区"
    COUNTY = "县级"


@dataclass(frozen=True)
class Role:
    """A permission mix at one tier, with its account number and its demo password."""

    tier: Tier
    number: int
    permissions: frozenset[Permission]
    password: str


def _role(tier: Tier, number: int, password: str, *perms: Permission) -> Role:
    return Role(tier, number, frozenset(perms), password)


ROLES: tuple[Role, ...] = (
    _role(Tier.PROVINCE, 1, "Hun135!@#", _P.SYSTEM, _P.MANAGE, _P.REVIEW, _P.QUERY),
    _role(Tier.PROVINCE, 2, "Prv246#$%", _P.REVIEW, _P.QUERY),
    _role(Tier.PROVINCE, 3, "Ext357$%&", _P.EXTERNAL_REVIEW),
    _role(Tier.PROVINCE, 4, "Qry468%&*", _P.QUERY),
    _role(Tier.CITY, 1, "Cty135@#$", _P.MANAGE, _P.EDIT, _P.REVIEW, _P.QUERY),
    _role(Tier.CITY, 2, "Rev246!#%", _P.REVIEW, _P.QUERY),
    _role(Tier.CITY, 3, "Edt357@$&", _P.EDIT, _P.QUERY),
    _role(Tier.CITY_DISTRICT, 1, "Dst135#%&", _P.MANAGE, _P.EDIT, _P.REVIEW, _P.QUERY),
    _role(Tier.CITY_DISTRICT, 2, "Drv246!@$", _P.REVIEW, _P.QUERY),
    _role(Tier.CITY_DISTRICT, 3, "Ded357%*+", _P.EDIT, _P.QUERY),
    _role(Tier.COUNTY, 1, "Cnt135!$^", _P.MANAGE, _P.EDIT, _P.REVIEW, _P.QUERY),
    _role(Tier.COUNTY, 2, "Crv246@%^", _P.REVIEW),
    _role(Tier.COUNTY, 3, "Ced357#&*", _P.EDIT, _P.QUERY),
)

_DEPARTMENTS: dict[Tier, tuple[str, ...]] = {
    Tier.PROVINCE: ("运输管理处", "船舶管理处", "规划财务处", "信息技术中心"),
    Tier.CITY: ("水运管理科", "港航管理科", "运输服务科"),
    Tier.CITY_DISTRICT: ("船舶管理科", "港航服务科"),
    Tier.COUNTY: ("水运管理股", "港航服务站", "运输管理股"),
}


def tier_of(region: Region) -> Tier:
    """The tier of a region: province, city, a city's 市辖区, or a real county."""
    if region.level is RegionLevel.PROVINCE:
        return Tier.PROVINCE
    if region.level is RegionLevel.CITY:
        return Tier.CITY
    return Tier.CITY_DISTRICT if region.is_city_pseudo else Tier.COUNTY


def _unit(region: Region) -> str:
    """The account's unit, 5–20 汉字 (SPEC §3)."""
    tier = tier_of(region)
    if tier is Tier.PROVINCE:
        return "湖南省水运事务中心"
    city = regions.city_of(region.code)
    assert city is not None
    if tier is Tier.CITY:
        return f"{city.short_name}交通运输局"
    if tier is Tier.CITY_DISTRICT:
        return f"{city.short_name}水运事务中心"
    return f"{region.name}交通运输局"


def permission_text(permissions: Iterable[Permission]) -> str:
    """The canonical stored form: values in the enum's order joined by "," (accounts model)."""
    granted = frozenset(permissions)
    return ",".join(p.value for p in Permission if p in granted)


@dataclass(frozen=True)
class DemoAccount:
    """One generated account and the role it plays."""

    account_id: str
    region: Region
    role: Role
    name: str
    unit: str
    department: str

    @property
    def permissions(self) -> frozenset[Permission]:
        return self.role.permissions


def plan_accounts(rng: random.Random) -> list[DemoAccount]:
    """Every account of the demo, province first, regions in code order."""
    planned: list[DemoAccount] = []
    for region in regions.all_regions():
        tier = tier_of(region)
        for role in (r for r in ROLES if r.tier is tier):
            planned.append(
                DemoAccount(
                    account_id=f"{region.code}-{role.number}",
                    region=region,
                    role=role,
                    name=person(rng),
                    unit=_unit(region),
                    department=rng.choice(_DEPARTMENTS[tier]),
                )
            )
    return planned


def account_rows(accounts: Iterable[DemoAccount], created: datetime) -> list[dict[str, Any]]:
    """The ``accounts`` rows, without ``password_hash`` (see the module docstring)."""
    return [
        {
            "id": account.account_id,
            "region_code": account.region.code,
            "name": account.name,
            "unit": account.unit,
            "department": account.department,
            "permissions": permission_text(account.permissions),
            "active": True,
            "created_at": created,
            "last_login_at": None,
            "login_count": 0,
            "failed_logins": 0,
            "locked_until": None,
            "session_epoch": 1,
        }
        for account in accounts
    ]


def account_passwords(accounts: Iterable[DemoAccount]) -> dict[str, str]:
    """Each account's demo password (they are published in ``demo-accounts.csv`` anyway)."""
    return {account.account_id: account.role.password for account in accounts}


DEMO_PASSWORDS: frozenset[str] = frozenset(role.password for role in ROLES)
"""The distinct demo passwords, known before any account is generated."""


ACCOUNTS_CSV_COLUMNS = ("account", "password", "region", "permissions")


def accounts_csv(accounts: Iterable[DemoAccount]) -> bytes:
    """``demo-accounts.csv`` (UTF-8 with BOM so Excel on Windows shows the Chinese)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(ACCOUNTS_CSV_COLUMNS)
    for account in accounts:
        region = account.region
        writer.writerow(
            (
                account.account_id,
                account.role.password,
                f"{region.code} {regions.full_name(region.code)}",
                "、".join(p.value for p in Permission if p in account.permissions),
            )
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


ACCOUNTS_CREATED = datetime(2024, 1, 2, 1, 30, tzinfo=UTC)
"""When the demo accounts were opened: before the 2024 declaration period."""


class AccountBook:
    """The accounts by region, to pick who created or reviewed a record."""

    def __init__(self, accounts: Iterable[DemoAccount]) -> None:
        self.accounts = tuple(accounts)
        self._by_region: dict[str, list[DemoAccount]] = {}
        for account in self.accounts:
            self._by_region.setdefault(account.region.code, []).append(account)

    def editors(self, code: str) -> list[DemoAccount]:
        """Accounts of the region that may create and modify records (编辑)."""
        return [a for a in self._by_region[code] if Permission.EDIT in a.permissions]

    def reviewers(self, code: str, level: Level) -> list[DemoAccount]:
        """Accounts of the region that may submit ``level``'s results.

        The joint review needs 审核 (外审 reviews by hand only, core.workflow); manual levels
        accept 审核 or 外审.
        """
        allowed = (
            {Permission.REVIEW}
            if level is Level.PLATFORM
            else {Permission.REVIEW, Permission.EXTERNAL_REVIEW}
        )
        return [a for a in self._by_region[code] if a.permissions & allowed]

    def __iter__(self) -> Iterator[DemoAccount]:
        return iter(self.accounts)
