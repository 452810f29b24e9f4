"""What a handler form needs from the cache, read in one go in a worker thread.

The record's stored values (for a modification), its parent (applicant, application or cargo
owner), the subsidy year's standards table (for the live machine-amount preview), the owner's
reported months (monthly reports must follow one another) and — for a modification — the
reasons the account may not change the record now, checked by the sync layer's own rules so
the form says it before the person types, not after.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import declaration, workflow
from core.container_reward import MonthlyVolume, TeuVolume
from core.standards import StandardsTable
from desktop.models import MonthlyReport, SubsidyYear
from desktop.models.database import CacheDatabase
from desktop.models.row_codec import load_data
from desktop.sync.account import AccountInfo
from desktop.sync.local_rules import current_declaration, record_facts, window_refusal
from desktop.sync.rows import read_row
from desktop.views.forms.form_specs import FormSpec, ParentKind


@dataclass(frozen=True)
class ParentChoice:
    """The chosen parent record: id, what the form shows of it, and its stored fields."""

    kind: ParentKind
    id: str
    name: str
    detail: str
    region_code: str
    data: Mapping[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """ "name · detail" as page 3-7 shows the applicant (name · address)."""
        return f"{self.name} · {self.detail}" if self.detail else self.name

    @property
    def address(self) -> str:
        return str(self.data.get("address") or "")


@dataclass(frozen=True)
class FormData:
    """Everything a form shows besides what the person types."""

    kind: str
    record_id: str | None
    values: Mapping[str, str]
    version: int
    parent: ParentChoice | None
    year: int
    standards: StandardsTable | None
    reported_months: frozenset[int]
    months: tuple[MonthlyVolume, ...]
    refusals: tuple[str, ...]
    missing: bool = False


def text_value(value: Any) -> str:
    """A stored value as the text an editor holds ("" for nothing)."""
    return "" if value is None else str(value)


def parent_choice(session: Session, kind: ParentKind, parent_id: Any) -> ParentChoice | None:
    """The parent ``parent_id`` of ``kind`` as cached (with local changes), or None."""
    row = read_row(session, kind.value, str(parent_id)) if parent_id else None
    if row is None:
        return None
    data = row.data
    region = str(data.get("region_code") or "")
    if kind is ParentKind.APPLICATION:
        name = str(data.get("ship_name") or "")
        shown = ("form_no", "policy", "project", "ship_type")
        detail = " · ".join(text_value(data.get(column)) for column in shown if data.get(column))
        return ParentChoice(kind, str(parent_id), name, detail, region, data)
    return ParentChoice(
        kind,
        str(parent_id),
        str(data.get("name") or ""),
        str(data.get("address") or ""),
        region,
        data,
    )


def read_parent(db: CacheDatabase, kind: ParentKind, parent_id: str) -> ParentChoice | None:
    """The parent chosen in a picker, read again with every field (worker thread)."""
    with db.read() as session:
        return parent_choice(session, kind, parent_id)


def _year(session: Session, data: Mapping[str, Any], today: date) -> int:
    """The record's subsidy year, or for a new record the year of the status in force."""
    if data.get("year"):
        return int(data["year"])
    status = current_declaration(session)
    return status.year if status is not None and status.year else today.year


def _standards(session: Session, year: int) -> StandardsTable | None:
    row = session.scalars(select(SubsidyYear).where(SubsidyYear.year == year)).first()
    if row is None:
        return None
    try:
        return StandardsTable.from_dicts(year, load_data(row.data).get("standards") or [])
    except (ValueError, TypeError, KeyError):
        return None


def _owner_months(
    session: Session, owner_id: str | None, year: int, but: str | None
) -> list[MonthlyReport]:
    if not owner_id:
        return []
    statement = select(MonthlyReport).where(
        MonthlyReport.cargo_owner_id == owner_id, MonthlyReport.year == year
    )
    return [row for row in session.scalars(statement) if row.id != but and row.month]


def _refusals(
    session: Session,
    account: AccountInfo,
    today: date,
    kind: str,
    record_id: str | None,
    data: Mapping[str, Any],
) -> list[str]:
    """Why this account may not modify the record now (a new record is judged on submit)."""
    if record_id is None:
        return []
    facts = record_facts(session, kind, record_id, data)
    reasons = list(workflow.can_modify(facts, account.rules_actor()))
    return reasons + window_refusal(session, today, declaration.WriteAction.MODIFY, kind, data)


def read_form_data(
    db: CacheDatabase, account: AccountInfo, today: date, spec: FormSpec, record_id: str | None
) -> FormData:
    """The form data of a new record (``record_id`` None) or of a stored one."""
    with db.read() as session:
        row = read_row(session, spec.kind, record_id) if record_id else None
        data: Mapping[str, Any] = row.data if row is not None else {}
        parent = None
        if spec.parent is not None:
            parent = parent_choice(session, spec.parent, data.get(spec.parent_column))
        year = _year(session, data, today)
        months = _owner_months(session, parent.id if parent else None, year, record_id)
        return FormData(
            kind=spec.kind,
            record_id=record_id,
            values={column: text_value(data.get(column)) for column in spec.columns},
            version=row.version if row is not None else 0,
            parent=parent,
            year=year,
            standards=_standards(session, year),
            reported_months=frozenset(int(report.month or 0) for report in months),
            months=tuple(
                MonthlyVolume(int(r.month or 0), TeuVolume(r.foreign_teu or 0, r.domestic_teu or 0))
                for r in months
            ),
            refusals=tuple(_refusals(session, account, today, spec.kind, record_id, data)),
            missing=record_id is not None and row is None,
        )


def read_owner_months(
    db: CacheDatabase, owner_id: str, year: int, but: str | None
) -> tuple[frozenset[int], tuple[MonthlyVolume, ...]]:
    """The months an owner reported in ``year`` (leaving out report ``but``) and their volumes."""
    with db.read() as session:
        months = _owner_months(session, owner_id, year, but)
        volumes = tuple(
            MonthlyVolume(int(r.month or 0), TeuVolume(r.foreign_teu or 0, r.domestic_teu or 0))
            for r in months
        )
        return frozenset(int(r.month or 0) for r in months), volumes
