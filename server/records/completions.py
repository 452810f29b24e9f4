"""拆建完结 (manual 3.5, page 3-18) of a ministry-policy scrapped ship, created by the city's
市辖区 account once the application passed province review.

The ship particulars are copied from the application and cannot be typed (page 3-18 填写说明);
they are copied again on every write, so the completion always shows what the (by then locked)
application says. The machine amount is recomputed with the ship age ending at the actual
deregistration date (船舶注销, ``finish_date``), under the standards of the application's year:
the reward was granted under those.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel

from core.completion_form import parse_completion, validate_completion
from core.vocab import Level, Policy, Project, RecordKind
from core.workflow import RecordFacts
from server.models import Application, Completion
from server.models.ship_records import ShipParticulars
from server.records.applications import machine_columns
from server.records.bodies import Amount, CreateBody, Day, PatchBody, Text
from server.records.context import WriteContext
from server.records.fields import FieldMap, column_problems, stored_values
from server.records.kinds import KindHandler, Parent, Target
from server.records.parents import named_parent, stored_parent
from server.records.queries import any_row
from server.records.state import passed, review_state
from server.validation_messages import FieldProblem

FIELDS: FieldMap = MappingProxyType(
    {
        "finish_date": "finish_date",
        "archive_date": "archive_date",
        "check_amount": "check_amount",
        "note": "note",
    }
)
COPIED_COLUMNS = (*ShipParticulars.__annotations__, "form_no")
"""Copied from the application (the machine columns are recomputed right after)."""
APPLICATION_LABEL = "拆建申请"


class CompletionFields(BaseModel):
    """What a completion adds (page 3-18); ``check_amount`` defaults to the application's."""

    finish_date: Day = None
    archive_date: Day = None
    check_amount: Amount = None
    note: Text = None


class CompletionCreate(CompletionFields, CreateBody):
    """A new completion of the application ``application_id``."""

    application_id: Text = None


class CompletionPatch(CompletionFields, PatchBody):
    """Changed completion fields."""


def _application_facts(kind: RecordKind, application: Any) -> RecordFacts:
    """The facts a completion inherits: the application's policy and project."""
    return RecordFacts(
        kind,
        policy=Policy(application.policy),
        project=Project(application.project),
        parent_passed=passed(application, Level.PROVINCE),
    )


class CompletionHandler(KindHandler):
    """Completions: one per ministry-policy scrapping application."""

    name = "completions"
    kind = RecordKind.COMPLETION
    model = Completion
    create_body = CompletionCreate
    patch_body = CompletionPatch

    def parent_for_create(self, ctx: WriteContext, fields: Mapping[str, Any]) -> Parent:
        """The application it completes (locked), refused when it has a completion."""
        parent = named_parent(
            ctx, Application, "application_id", fields.get("application_id"), APPLICATION_LABEL
        )
        taken = parent.row is not None and any_row(
            ctx.session, Completion, Completion.application_id == parent.row.id
        )
        if taken:
            message = f"{APPLICATION_LABEL}：该申请已有完结记录，请修改原完结记录"
            return Parent(problems=[FieldProblem("application_id", message)])
        return parent

    def parent_for_modify(self, ctx: WriteContext, row: Any, changes: Mapping[str, Any]) -> Parent:
        """Its application; the particulars are copied again from it."""
        return stored_parent(ctx, Application, row.application_id)

    def new_facts(
        self, ctx: WriteContext, parent: Parent, fields: Mapping[str, Any]
    ) -> RecordFacts:
        """The application's policy, project and province result decide the create."""
        if parent.row is None:
            return RecordFacts(self.kind)
        return _application_facts(self.kind, parent.row)

    def facts(self, ctx: WriteContext, row: Any) -> RecordFacts:
        """The completion's review state with the facts inherited from its application."""
        application = ctx.session.get(Application, row.application_id)
        inherited = _application_facts(self.kind, application)
        return RecordFacts(
            self.kind,
            review_state(self.kind, row),
            policy=inherited.policy,
            project=inherited.project,
            parent_passed=inherited.parent_passed,
        )

    def stored_form(self, row: Any) -> dict[str, Any]:
        """What the completion adds, as request-shaped values."""
        return stored_values(row, FIELDS)

    def problems(
        self, ctx: WriteContext, values: Mapping[str, Any], parent: Parent, target: Target
    ) -> list[FieldProblem]:
        """The page 3-18 rules; the deregistration cannot precede the ship's built date."""
        built = parent.row.built_date if parent.row is not None else None
        return column_problems(validate_completion(values, built), FIELDS)

    def columns(
        self, ctx: WriteContext, values: Mapping[str, Any], parent: Parent, target: Target
    ) -> dict[str, Any]:
        """The application's particulars, what the completion adds, and the machine amount."""
        application = parent.row
        form = parse_completion(values, application.built_date)
        copied = {column: getattr(application, column) for column in COPIED_COLUMNS}
        columns = {
            **copied,
            "application_id": application.id,
            "finish_date": form.finish_date,
            "archive_date": form.archive_date,
            "check_amount": (
                form.check_amount if form.check_amount is not None else application.check_amount
            ),
            "note": form.note,
        }
        machine = machine_columns(ctx, {**columns, "end_date": form.finish_date}, application.year)
        return {**columns, **machine}
