"""The rows pages 7-1 (奖补申报状态一览表) and 7-3 (奖补年份记录) list, and a year's tables.

Page 7-1 shows, beside what each status was created with, its state *now*: the newest status
is the one in force and shows 开放, 过期, 关闭 or 运维 for ship projects and cargo owners
separately; every older one shows 无效.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel

from core import declaration as rules
from core.vocab import PolicyScope
from server.declaration_window import to_rules
from server.models import DeclarationStatus, SubsidyYear

SUPERSEDED = "无效"
"""What page 7-1 shows as the current state of a status that a newer one replaced."""


class StatusEntry(BaseModel):
    """One row of page 7-1."""

    id: str
    version: int
    year: int
    state: str
    ship_state: str
    cargo_state: str
    ship_deadline: date
    cargo_deadline: date
    policy_scope: PolicyScope
    check_ownership: bool
    check_inspection: bool
    note: str
    created_on: date
    created_at: datetime
    created_by: str
    current: bool
    deletable: bool


def status_entry(row: DeclarationStatus, *, current: bool, today: date) -> StatusEntry:
    """The page 7-1 row of ``row``; ``current`` when it is the newest status."""
    status = to_rules(row)
    ship = rules.effective_state(status, today, for_cargo=False) if current else SUPERSEDED
    cargo = rules.effective_state(status, today, for_cargo=True) if current else SUPERSEDED
    return StatusEntry(
        id=row.id,
        version=row.version,
        year=row.year,
        state=row.state,
        ship_state=str(ship),
        cargo_state=str(cargo),
        ship_deadline=row.ship_deadline,
        cargo_deadline=row.cargo_deadline,
        policy_scope=PolicyScope(row.policy_scope),
        check_ownership=row.check_ownership,
        check_inspection=row.check_inspection,
        note=row.note,
        created_on=row.created_on,
        created_at=row.created_at,
        created_by=row.created_by,
        current=current,
        deletable=rules.can_delete_status(status, today),
    )


class YearEntry(BaseModel):
    """One row of page 7-3, with the sizes of the year's two tables."""

    id: str
    version: int
    year: int
    pdf_limit_mb: int
    zip_limit_mb: int
    note: str
    created_at: datetime
    created_by: str
    standards_count: int
    materials_count: int


def year_entry(row: SubsidyYear) -> YearEntry:
    return YearEntry(
        id=row.id,
        version=row.version,
        year=row.year,
        pdf_limit_mb=row.pdf_limit_mb,
        zip_limit_mb=row.zip_limit_mb,
        note=row.note,
        created_at=row.created_at,
        created_by=row.created_by,
        standards_count=len(row.standards),
        materials_count=len(row.materials),
    )


class YearCreated(BaseModel):
    """A new year and the open status created with it."""

    year: YearEntry
    status: StatusEntry


class YearTable(BaseModel):
    """A year's standards table or material list, whole, at the year row's version."""

    year: int
    version: int
    rows: list[dict[str, Any]]
