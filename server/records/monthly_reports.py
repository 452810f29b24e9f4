"""集装箱月报 (manual 4.3, page 4-6): one month of one cargo owner's loaded TEU.

Reported only after the owner passed city review, one month after another from January, zero
months included (``core.forms.validate_monthly_report``). Two things the form cannot see are
checked here: a month already reported is modified, not created again, and only the latest
month may be deleted, so the months stay consecutive. Every change recomputes the owner's
rewards of that year.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel
from sqlalchemy import func, select

from core.field_rules import LABELS
from core.forms import parse_monthly_report, validate_monthly_report
from core.validators import parse_int
from core.vocab import Level, RecordKind
from core.workflow import RecordFacts
from server.models import CargoOwner, MonthlyReport
from server.records.bodies import CreateBody, PatchBody, Text, Whole
from server.records.cargo_owners import reward_passed_city
from server.records.context import WriteContext
from server.records.fields import FieldMap, column_problems, stored_values
from server.records.kinds import KindHandler, Parent, Target
from server.records.parents import named_parent, stored_parent
from server.records.rewards import refresh_rewards
from server.records.state import passed, review_state
from server.validation_messages import FieldProblem

FIELDS: FieldMap = MappingProxyType(
    {"month": "month", "foreign_teu": "foreign_teu", "domestic_teu": "domestic_teu", "note": "note"}
)
OWNER_LABEL = "货主"


class MonthlyReportFields(BaseModel):
    """The fields of page 4-6: month 1-12 and the month's loaded TEU by trade."""

    month: Whole = None
    foreign_teu: Whole = None
    domestic_teu: Whole = None
    note: Text = None


class MonthlyReportCreate(MonthlyReportFields, CreateBody):
    """A new monthly report of the cargo owner ``cargo_owner_id``."""

    cargo_owner_id: Text = None


class MonthlyReportPatch(MonthlyReportFields, PatchBody):
    """Changed monthly-report fields."""


def reported_months(ctx: WriteContext, owner_id: str, year: int, but: str | None) -> set[int]:
    """The months the owner reported in ``year``, leaving out the report ``but``."""
    statement = select(MonthlyReport.month).where(
        MonthlyReport.cargo_owner_id == owner_id,
        MonthlyReport.year == year,
        MonthlyReport.id != (but or ""),
    )
    return set(ctx.session.scalars(statement))


def _duplicate_month(values: Mapping[str, Any], reported: set[int]) -> list[FieldProblem]:
    """A month reported already is modified on its own report, not reported twice."""
    try:
        month = parse_int(values.get("month"), "month")
    except ValueError:
        return []
    if month is None or month not in reported:
        return []
    message = f"{LABELS['month']}：{month}月已填报，请修改该月的月报，不要重复填报"
    return [FieldProblem("month", message)]


class MonthlyReportHandler(KindHandler):
    """Monthly reports: city records of an owner that passed city review."""

    name = "monthly_reports"
    kind = RecordKind.MONTHLY_REPORT
    model = MonthlyReport
    create_body = MonthlyReportCreate
    patch_body = MonthlyReportPatch

    def parent_for_create(self, ctx: WriteContext, fields: Mapping[str, Any]) -> Parent:
        """The cargo owner it reports for, locked so months are claimed in turn."""
        return named_parent(
            ctx, CargoOwner, "cargo_owner_id", fields.get("cargo_owner_id"), OWNER_LABEL
        )

    def parent_for_modify(self, ctx: WriteContext, row: Any, changes: Mapping[str, Any]) -> Parent:
        """The owner, locked as for a create: the month may change."""
        return stored_parent(ctx, CargoOwner, row.cargo_owner_id, lock=True)

    def new_facts(
        self, ctx: WriteContext, parent: Parent, fields: Mapping[str, Any]
    ) -> RecordFacts:
        """A report needs the owner passed by the city and no reward passed yet."""
        owner = parent.row
        return RecordFacts(
            self.kind,
            parent_passed=owner is not None and passed(owner, Level.CITY),
            children_passed=owner is not None and reward_passed_city(ctx, owner.id),
        )

    def facts(self, ctx: WriteContext, row: Any) -> RecordFacts:
        """A reward passed by the city locks the owner's reports."""
        owner = ctx.session.get(CargoOwner, row.cargo_owner_id)
        return RecordFacts(
            self.kind,
            review_state(self.kind, row),
            parent_passed=owner is not None and passed(owner, Level.CITY),
            children_passed=reward_passed_city(ctx, row.cargo_owner_id),
        )

    def delete_refusals(self, ctx: WriteContext, row: Any) -> list[str]:
        """Only the latest month goes, judged under the owner's lock (see ``parents``)."""
        stored_parent(ctx, CargoOwner, row.cargo_owner_id, lock=True)
        latest = ctx.session.scalar(
            select(func.max(MonthlyReport.month)).where(
                MonthlyReport.cargo_owner_id == row.cargo_owner_id,
                MonthlyReport.year == row.year,
            )
        )
        if latest is None or row.month == latest:
            return []
        return [
            f"月报须逐月连续，只能删除最后一个月（{latest}月）的月报；"
            f"{row.month}月的月报请直接修改。"
        ]

    def stored_form(self, row: Any) -> dict[str, Any]:
        """The stored report as request-shaped values."""
        return stored_values(row, FIELDS)

    def problems(
        self, ctx: WriteContext, values: Mapping[str, Any], parent: Parent, target: Target
    ) -> list[FieldProblem]:
        """Page 4-6 rules against the owner's other months, plus the duplicate-month rule."""
        if parent.row is None:
            return column_problems(validate_monthly_report(values), FIELDS)
        but = target.row.id if target.row is not None else None
        reported = reported_months(ctx, parent.row.id, target.year, but)
        found = column_problems(validate_monthly_report(values, reported), FIELDS)
        return found + _duplicate_month(values, reported)

    def columns(
        self, ctx: WriteContext, values: Mapping[str, Any], parent: Parent, target: Target
    ) -> dict[str, Any]:
        """The typed report of a valid form."""
        but = target.row.id if target.row is not None else None
        reported = reported_months(ctx, parent.row.id, target.year, but)
        form = parse_monthly_report(values, reported)
        return {
            "cargo_owner_id": parent.row.id,
            "month": form.month,
            "foreign_teu": form.foreign_teu,
            "domestic_teu": form.domestic_teu,
            "note": form.note,
        }

    def after_write(self, ctx: WriteContext, row: Any) -> None:
        """The owner's rewards of that year sum the reports again."""
        refresh_rewards(ctx, row.cargo_owner_id, row.year)

    def after_delete(self, ctx: WriteContext, row: Any) -> None:
        """The owner's rewards of that year sum the remaining reports."""
        refresh_rewards(ctx, row.cargo_owner_id, row.year)
