"""Which records carry material zips, and which rows of the year's list apply to one record.

A record's material list depends on its subsidy year (each year has its own list and limits,
SPEC §4), its stage, and for ship records on policy, project and operation (营运船/渡船, read
off the ship type); a monthly report's proof is named by its month (manual §4.3.2). Everything
the upload and the status list need is computed here once, as an ``UploadTarget``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.materials import (
    MIB,
    MaterialListError,
    MaterialSpec,
    materials_for,
    operation_for_ship_type,
    specs_from_dicts,
)
from core.vocab import Policy, Project, RecordKind, Stage
from core.zip_inspector import Expectation, ZipLimits
from server.models import SubsidyYear
from server.models.base import Synced
from server.problems import NOT_FOUND, WORKFLOW_REFUSED, ProblemError
from server.records.kinds import KindHandler
from server.records.registry import HANDLERS

ZIP_CEILING_MB = 60
"""No year may allow a larger zip (SPEC §4); the cap when the year is not known yet."""


@dataclass(frozen=True)
class MaterialKind:
    """A record kind whose rows carry a material zip: its sync name and its material stage.

    The model, the domain kind and the workflow facts come from the record handler of the
    same name (``server.records.registry``), so the upload asks ``core.workflow`` exactly what
    a modification of the record would know.
    """

    name: str
    stage: Stage

    @property
    def handler(self) -> KindHandler:
        return HANDLERS[self.name]

    @property
    def model(self) -> type[Synced]:
        return self.handler.model

    @property
    def record_kind(self) -> RecordKind:
        return self.handler.kind

    @property
    def ship(self) -> bool:
        return self.stage in (Stage.APPLICATION, Stage.COMPLETION)


MATERIAL_KINDS = MappingProxyType(
    {
        kind.name: kind
        for kind in (
            MaterialKind("applications", Stage.APPLICATION),
            MaterialKind("completions", Stage.COMPLETION),
            MaterialKind("cargo_owners", Stage.CARGO_OWNER),
            MaterialKind("monthly_reports", Stage.MONTHLY_REPORT),
            MaterialKind("rewards", Stage.REWARD),
        )
    }
)


def material_kind(name: str) -> MaterialKind:
    """The kind named in the path; 404 for a kind without materials (applicants included)."""
    kind = MATERIAL_KINDS.get(name)
    if kind is None:
        names = "、".join(MATERIAL_KINDS)
        raise ProblemError(NOT_FOUND, f"“{name}”类记录没有材料，有材料的记录类型为：{names}")
    return kind


@dataclass(frozen=True)
class UploadTarget:
    """What one record's upload must contain, under which limits (equal targets, equal rules)."""

    specs: tuple[MaterialSpec, ...]
    expectation: Expectation
    limits: ZipLimits

    @property
    def reserved(self) -> frozenset[str]:
        """Names uploaded by the city or province, never inside the applicant's zip."""
        return frozenset(self.expectation.reserved)


def upload_target(session: Session, kind: MaterialKind, record: Any) -> UploadTarget:
    """The record's rows of its year's list and the year's limits; 409 when there are none."""
    year = session.scalars(select(SubsidyYear).where(SubsidyYear.year == record.year)).first()
    if year is None:
        raise ProblemError(
            WORKFLOW_REFUSED,
            f"尚未创建{record.year}年的奖补年份（材料清单和大小上限），不能上传或查看材料。"
            "请联系省级系统管理员。",
        )
    try:
        year_specs = specs_from_dicts(year.materials)
        limits = ZipLimits(pdf_mb=Decimal(year.pdf_limit_mb), zip_mb=Decimal(year.zip_limit_mb))
    except (MaterialListError, ValueError) as error:
        raise ProblemError(
            WORKFLOW_REFUSED,
            f"{record.year}年的材料清单或大小上限无效：{error}。请省级系统管理员修正奖补年份。",
        ) from error
    try:
        specs = tuple(_record_specs(kind, record, year_specs))
    except ValueError as error:  # e.g. a completion of a project without completion materials
        raise ProblemError(WORKFLOW_REFUSED, str(error)) from error
    return UploadTarget(specs, Expectation.from_specs(specs), limits)


def _record_specs(kind: MaterialKind, record: Any, specs: list[MaterialSpec]) -> list[MaterialSpec]:
    if kind.ship:
        return materials_for(
            specs,
            kind.stage,
            Policy(record.policy),
            Project(record.project),
            operation_for_ship_type(record.ship_type),
        )
    if kind.stage is Stage.MONTHLY_REPORT:
        return materials_for(specs, kind.stage, month=record.month)
    return materials_for(specs, kind.stage)


def zip_limit_bytes(session: Session, record: Any) -> int:
    """The year's zip limit of a record (the SPEC's ceiling when its year is unknown)."""
    limit = session.scalar(select(SubsidyYear.zip_limit_mb).where(SubsidyYear.year == record.year))
    mb = ZIP_CEILING_MB if limit is None else min(int(limit), ZIP_CEILING_MB)
    return mb * MIB
