"""The JSON view of an account the desktop shows (login answer, ``/me``)."""

from __future__ import annotations

from pydantic import BaseModel

from core import regions
from core.vocab import Permission, RegionLevel
from server.auth.permissions import decode_permissions
from server.models import Account

_ORDER = list(Permission)


class AccountView(BaseModel):
    """An account without its secrets; ``scope`` is the region prefix it sees."""

    id: str
    version: int
    region_code: str
    region_name: str
    region_level: RegionLevel
    scope: str
    city_district: bool
    name: str
    unit: str
    department: str
    permissions: list[Permission]
    active: bool


def account_view(account: Account) -> AccountView:
    region = regions.get(account.region_code)
    return AccountView(
        id=account.id,
        version=account.version,
        region_code=account.region_code,
        region_name=regions.full_name(account.region_code),
        region_level=region.level,
        scope=regions.scope_prefix(account.region_code),
        city_district=region.is_city_pseudo,
        name=account.name,
        unit=account.unit,
        department=account.department,
        permissions=sorted(decode_permissions(account.permissions), key=_ORDER.index),
        active=account.active,
    )
