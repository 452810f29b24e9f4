"""货主 (manual 4.1, page 4-2): created and reviewed by the city.

Its monthly reports and rewards hang from it: it cannot be deleted while they exist, and it is
locked once a reward of it passed city review (``core.workflow``'s children lock). Last year's
volumes feed its rewards, so a modification recomputes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel

from core.forms import parse_cargo_owner, validate_cargo_owner
from core.vocab import Decision, RecordKind
from core.workflow import RecordFacts
from server.models import CargoOwner, MonthlyReport, Reward
from server.records.bodies import CreateBody, PatchBody, Text, Whole
from server.records.context import WriteContext
from server.records.fields import FieldMap, column_problems, form_values, stored_values
from server.records.kinds import KindHandler, Parent, Target
from server.records.queries import any_row
from server.records.rewards import refresh_rewards
from server.records.state import review_state
from server.validation_messages import FieldProblem

FIELDS: FieldMap = MappingProxyType(
    {
        "name": "applicant_name",
        "address": "address",
        "credit_code": "credit_code",
        "contact": "contact",
        "phone": "phone",
        "bank_name": "bank_name",
        "bank_account": "bank_account",
        "last_year_foreign_teu": "last_year_foreign",
        "last_year_domestic_teu": "last_year_domestic",
        "note": "note",
    }
)


class CargoOwnerFields(BaseModel):
    """The fields of page 4-2, by column name (last year's loaded TEU by trade)."""

    name: Text = None
    address: Text = None
    credit_code: Text = None
    contact: Text = None
    phone: Text = None
    bank_name: Text = None
    bank_account: Text = None
    last_year_foreign_teu: Whole = None
    last_year_domestic_teu: Whole = None
    note: Text = None


class CargoOwnerCreate(CargoOwnerFields, CreateBody):
    """A new cargo owner: client-made id, optional region, the fields of page 4-2."""


class CargoOwnerPatch(CargoOwnerFields, PatchBody):
    """Changed cargo-owner fields."""


def reward_passed_city(ctx: WriteContext, owner_id: str) -> bool:
    """Whether a reward of the owner passed city review (it locks the owner and its reports)."""
    return any_row(
        ctx.session,
        Reward,
        Reward.cargo_owner_id == owner_id,
        Reward.city_result == Decision.PASS,
    )


class CargoOwnerHandler(KindHandler):
    """Cargo owners: top-level city records."""

    name = "cargo_owners"
    kind = RecordKind.CARGO_OWNER
    model = CargoOwner
    create_body = CargoOwnerCreate
    patch_body = CargoOwnerPatch

    def facts(self, ctx: WriteContext, row: Any) -> RecordFacts:
        """Reports or rewards block deletion; a reward passed by the city locks the owner."""
        has_reports = any_row(ctx.session, MonthlyReport, MonthlyReport.cargo_owner_id == row.id)
        has_rewards = any_row(ctx.session, Reward, Reward.cargo_owner_id == row.id)
        return RecordFacts(
            self.kind,
            review_state(self.kind, row),
            has_children=has_reports or has_rewards,
            children_passed=reward_passed_city(ctx, row.id),
        )

    def stored_form(self, row: Any) -> dict[str, Any]:
        """The stored owner as request-shaped values."""
        return stored_values(row, FIELDS)

    def problems(
        self, ctx: WriteContext, values: Mapping[str, Any], parent: Parent, target: Target
    ) -> list[FieldProblem]:
        """The page 4-2 rules of ``core.forms``, renamed to the columns sent."""
        return column_problems(validate_cargo_owner(form_values(values, FIELDS)), FIELDS)

    def columns(
        self, ctx: WriteContext, values: Mapping[str, Any], parent: Parent, target: Target
    ) -> dict[str, Any]:
        """The typed owner with last year's volumes."""
        form = parse_cargo_owner(form_values(values, FIELDS))
        return {
            "name": form.applicant_name,
            "address": form.address,
            "credit_code": form.credit_code,
            "contact": form.contact,
            "phone": form.phone,
            "bank_name": form.bank_name,
            "bank_account": form.bank_account,
            "last_year_foreign_teu": form.last_year_foreign,
            "last_year_domestic_teu": form.last_year_domestic,
            "note": form.note,
        }

    def after_write(self, ctx: WriteContext, row: Any) -> None:
        """Last year's volumes feed the owner's rewards of the same year."""
        refresh_rewards(ctx, row.id, row.year)
