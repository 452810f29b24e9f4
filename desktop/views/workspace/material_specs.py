"""Which rows of the year's material list belong to one record, and the year's size limits.

The server decides the same thing for an upload (``server.materials.kinds``); the desktop
needs it twice — for the reviewer's material list and for inspecting a zip before sending it —
and reads it from the cached subsidy year. The rules are the core's (``core.materials``):
ship records by policy, project and 经营类别, monthly reports by month, the rest by stage.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.materials import (
    MaterialSpec,
    materials_for,
    operation_for_ship_type,
    specs_from_dicts,
)
from core.vocab import Policy, Project, Stage
from core.zip_inspector import Expectation, ZipLimits
from desktop.models import SubsidyYear
from desktop.models.row_codec import load_data

STAGES: Mapping[str, Stage] = MappingProxyType(
    {
        "applications": Stage.APPLICATION,
        "completions": Stage.COMPLETION,
        "cargo_owners": Stage.CARGO_OWNER,
        "monthly_reports": Stage.MONTHLY_REPORT,
        "rewards": Stage.REWARD,
    }
)
"""Record kinds that carry materials, with the stage of their uploads."""


@dataclass(frozen=True)
class YearRules:
    """A subsidy year's material list and limits, as cached."""

    year: int
    specs: tuple[MaterialSpec, ...]
    limits: ZipLimits


def year_rules(session: Session, year: Any) -> YearRules | None:
    """The cached year's list and limits; None when the cache has no such year.

    Raises ``MaterialListError`` / ``ValueError`` when the stored list or limits are unusable.
    """
    row = session.scalars(select(SubsidyYear).where(SubsidyYear.year == year)).first()
    if row is None:
        return None
    specs = specs_from_dicts(load_data(row.data).get("materials") or [])
    pdf_mb, zip_mb = Decimal(row.pdf_limit_mb or 20), Decimal(row.zip_limit_mb or 60)
    limits = ZipLimits(pdf_mb=pdf_mb, zip_mb=zip_mb)
    return YearRules(int(row.year or 0), tuple(specs), limits)


def record_specs(
    kind: str, data: Mapping[str, Any], specs: tuple[MaterialSpec, ...] | list[MaterialSpec]
) -> list[MaterialSpec]:
    """The list rows of this record's upload (raises ``ValueError`` when none can apply)."""
    stage = STAGES[kind]
    if stage in (Stage.APPLICATION, Stage.COMPLETION):
        operation = operation_for_ship_type(str(data.get("ship_type") or ""))
        policy, project = Policy(str(data.get("policy"))), Project(str(data.get("project")))
        return materials_for(specs, stage, policy, project, operation)
    if stage is Stage.MONTHLY_REPORT:
        return materials_for(specs, stage, month=int(data.get("month") or 0))
    return materials_for(specs, stage)


def expectation(specs: list[MaterialSpec]) -> Expectation:
    """What the handler's zip may and must hold (the 省市归档 rows are uploaded by others)."""
    return Expectation.from_specs(specs)
