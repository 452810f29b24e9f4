"""拆建申请人 (manual 3.1, page 3-2): created by a county (or a city's 市辖区) account.

Locks beyond the core's: not modifiable once any of its ships passed county review, not
deletable while it has ships (RecordFacts ``children_passed`` / ``has_children``).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel

from core.forms import parse_applicant, validate_applicant
from core.vocab import Decision, RecordKind
from core.workflow import RecordFacts
from server.models import Applicant, Application
from server.records.bodies import CreateBody, PatchBody, Text
from server.records.context import WriteContext
from server.records.fields import FieldMap, column_problems, form_values, stored_values
from server.records.kinds import KindHandler, Parent, Target
from server.records.queries import any_row
from server.records.state import review_state
from server.validation_messages import FieldProblem

FIELDS: FieldMap = MappingProxyType(
    {
        "name": "applicant_name",
        "credit_code": "credit_code",
        "address": "address",
        "applicant_type": "applicant_type",
        "contact": "contact",
        "phone": "phone",
        "bank_name": "bank_name",
        "bank_account": "bank_account",
        "note": "note",
    }
)


class ApplicantFields(BaseModel):
    """The fields of page 3-2, by column name."""

    name: Text = None
    credit_code: Text = None
    address: Text = None
    applicant_type: Text = None
    contact: Text = None
    phone: Text = None
    bank_name: Text = None
    bank_account: Text = None
    note: Text = None


class ApplicantCreate(ApplicantFields, CreateBody):
    """A new applicant: client-made id, optional region, the fields of page 3-2."""


class ApplicantPatch(ApplicantFields, PatchBody):
    """Changed applicant fields."""


class ApplicantHandler(KindHandler):
    """Applicants have no chain; their ships decide whether they may change."""

    name = "applicants"
    kind = RecordKind.APPLICANT
    model = Applicant
    create_body = ApplicantCreate
    patch_body = ApplicantPatch

    def facts(self, ctx: WriteContext, row: Any) -> RecordFacts:
        """Its ships decide: any ship locks deletion, a ship passed by county locks changes."""
        ships = Application.applicant_id == row.id
        return RecordFacts(
            self.kind,
            review_state(self.kind, row),
            has_children=any_row(ctx.session, Application, ships),
            children_passed=any_row(
                ctx.session, Application, ships, Application.county_result == Decision.PASS
            ),
        )

    def stored_form(self, row: Any) -> dict[str, Any]:
        """The stored applicant as request-shaped values."""
        return stored_values(row, FIELDS)

    def problems(
        self, ctx: WriteContext, values: Mapping[str, Any], parent: Parent, target: Target
    ) -> list[FieldProblem]:
        """The page 3-2 rules of ``core.forms``, renamed to the columns sent."""
        return column_problems(validate_applicant(form_values(values, FIELDS)), FIELDS)

    def columns(
        self, ctx: WriteContext, values: Mapping[str, Any], parent: Parent, target: Target
    ) -> dict[str, Any]:
        """The typed applicant; the credit code is stored upper-case as the registries hold it."""
        form = parse_applicant(form_values(values, FIELDS))
        return {
            "name": form.applicant_name,
            "credit_code": form.credit_code,
            "address": form.address,
            "applicant_type": str(form.applicant_type),
            "contact": form.contact or "",
            "phone": form.phone,
            "bank_name": form.bank_name,
            "bank_account": form.bank_account,
            "note": form.note,
        }
