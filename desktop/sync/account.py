"""The logged-in account as the desktop needs it (from the login answer or ``GET /me``).

Kept in the cache's sync state (it holds no secret), so the app knows offline whose queue to
show and which rules apply.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from core import workflow
from core.vocab import Level, Permission, RegionLevel

_REVIEW_LEVEL = {
    RegionLevel.COUNTY: Level.COUNTY,
    RegionLevel.CITY: Level.CITY,
    RegionLevel.PROVINCE: Level.PROVINCE,
}


@dataclass(frozen=True)
class AccountInfo:
    """Who is logged in: id, name, region, visibility prefix and permissions."""

    id: str
    name: str
    region_code: str
    region_level: RegionLevel
    scope: str
    city_district: bool
    permissions: frozenset[Permission]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AccountInfo:
        return cls(
            id=str(data["id"]),
            name=str(data.get("name", "")),
            region_code=str(data["region_code"]),
            region_level=RegionLevel(data["region_level"]),
            scope=str(data.get("scope", data["region_code"])),
            city_district=bool(data.get("city_district", False)),
            permissions=frozenset(Permission(value) for value in data.get("permissions", [])),
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "id": self.id,
                "name": self.name,
                "region_code": self.region_code,
                "region_level": self.region_level.value,
                "scope": self.scope,
                "city_district": self.city_district,
                "permissions": sorted(permission.value for permission in self.permissions),
            },
            ensure_ascii=False,
        )

    @property
    def review_level(self) -> Level:
        """The manual review level this account's region decides (county, city or province)."""
        return _REVIEW_LEVEL[self.region_level]

    @property
    def reviews(self) -> bool:
        return bool(self.permissions & {Permission.REVIEW, Permission.EXTERNAL_REVIEW})

    def rules_actor(self) -> workflow.Actor:
        """The view ``core.workflow``'s rules take."""
        return workflow.Actor(self.region_level, self.permissions, self.city_district)
