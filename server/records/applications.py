"""拆建申请 (manual 3.2, page 3-7): a ship project of one applicant, reviewed platform → county
→ city → province.

The machine amount, its formula text and the ship age are computed here from the year's
standards on every create and modify (§3.2.1: "系统将按奖补标准自动计算出奖励资金并显示和保存");
whatever a client sends for them is not accepted (they are not request fields). A change of
policy or project is judged as if the record were created that way too: a county account may
not turn its record into a ministry-policy scrapping, which only 市辖区 accounts handle.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel

from core import workflow
from core.application_form import ApplicationForm, parse_application, validate_application
from core.vocab import Policy, Project, RecordKind
from core.workflow import RecordFacts
from server.models import Applicant, Application, Completion
from server.records.bodies import Amount, CreateBody, Day, PatchBody, Text, Whole
from server.records.context import WriteContext
from server.records.fields import FieldMap, column_problems, form_values, stored_values
from server.records.kinds import KindHandler, Parent, Target
from server.records.machine import ShipInputs, ship_machine, standards_for
from server.records.parents import named_parent
from server.records.queries import any_row
from server.records.state import review_state
from server.validation_messages import FieldProblem

FIELDS: FieldMap = MappingProxyType(
    {
        "form_no": "form_no",
        "owners": "owners",
        "operator": "operator",
        "control_status": "control_status",
        "licence_no": "licence_no",
        "policy": "policy",
        "project": "project",
        "area": "area",
        "power_form": "power_form",
        "ship_type": "ship_type",
        "ship_name": "ship_name",
        "ship_id_no": "ship_id",
        "port_of_registry": "port",
        "operation_cert_no": "certificate_no",
        "gross_tonnage": "gross_tonnage",
        "capacity": "capacity",
        "power_kw": "power",
        "built_date": "built_date",
        "deregistration_date": "deregistration_date",
        "dismantle_start": "dismantling_start",
        "dismantle_finish": "dismantling_finish",
        "refit_from_name": "refit_from_name",
        "refit_from_tonnage": "refit_from_tonnage",
        "application_date": "application_date",
        "estimate_amount": "estimate",
        "check_amount": "check_amount",
        "note": "note",
    }
)
_EXTRA_PROBLEM_FIELDS = {"applicant_address": "applicant_id"}
APPLICANT_LABEL = "申请人"


class ApplicationFields(BaseModel):
    """The fields of page 3-7, by column name (``owners`` as 、-separated text or a list)."""

    applicant_id: Text = None
    form_no: Text = None
    owners: str | list[str] | None = None
    operator: Text = None
    control_status: Text = None
    licence_no: Text = None
    policy: Text = None
    project: Text = None
    area: Text = None
    power_form: Text = None
    ship_type: Text = None
    ship_name: Text = None
    ship_id_no: Text = None
    port_of_registry: Text = None
    operation_cert_no: Text = None
    gross_tonnage: Whole = None
    capacity: Whole = None
    power_kw: Amount = None
    built_date: Day = None
    deregistration_date: Day = None
    dismantle_start: Day = None
    dismantle_finish: Day = None
    refit_from_name: Text = None
    refit_from_tonnage: Whole = None
    application_date: Day = None
    estimate_amount: Amount = None
    check_amount: Amount = None
    note: Text = None


class ApplicationCreate(ApplicationFields, CreateBody):
    """A new application: client-made id, the chosen applicant and the fields of page 3-7."""


class ApplicationPatch(ApplicationFields, PatchBody):
    """Changed application fields (``applicant_id`` re-chooses the applicant)."""


def _enum_or_none(kind: type[Policy] | type[Project], raw: object) -> Any:
    """The enum member of a raw value, None when it is not one (validation reports it)."""
    try:
        return kind(raw)
    except ValueError:
        return None


def _form(values: Mapping[str, Any], parent: Parent) -> dict[str, Any]:
    """The core form of page 3-7, with the chosen applicant's address for the address rule."""
    form = form_values(values, FIELDS)
    if parent.row is not None:
        form["applicant_address"] = parent.row.address
    return form


def _form_columns(form: ApplicationForm) -> dict[str, Any]:
    """The typed form as columns (optional texts stored as "")."""
    return {
        "form_no": form.form_no or "",
        "owners": "、".join(form.owners),
        "operator": form.operator or "",
        "control_status": str(form.control_status),
        "licence_no": form.licence_no,
        "policy": str(form.policy),
        "project": str(form.project),
        "area": str(form.area),
        "power_form": str(form.power_form),
        "ship_type": form.ship_type,
        "ship_name": form.ship_name,
        "ship_id_no": form.ship_id,
        "port_of_registry": form.port,
        "operation_cert_no": form.certificate_no or "",
        "gross_tonnage": form.gross_tonnage,
        "capacity": form.capacity,
        "power_kw": form.power,
        "built_date": form.built_date,
        "deregistration_date": form.deregistration_date,
        "dismantle_start": form.dismantling_start,
        "dismantle_finish": form.dismantling_finish,
        "refit_from_name": form.refit_from_name or "",
        "refit_from_tonnage": form.refit_from_tonnage,
        "application_date": form.application_date,
        "estimate_amount": form.estimate,
        "check_amount": form.check_amount,
        "note": form.note,
    }


def machine_columns(ctx: WriteContext, columns: Mapping[str, Any], year: int) -> dict[str, Any]:
    """机算 amount, formula and ship age of ship-record columns, the age ending at ``end_date``."""
    inputs = ShipInputs(
        policy=columns["policy"],
        project=columns["project"],
        area=columns["area"],
        power_form=columns["power_form"],
        ship_type=columns["ship_type"],
        gross_tonnage=columns["gross_tonnage"],
        capacity=columns["capacity"],
        power_kw=columns["power_kw"],
        built_date=columns["built_date"],
        end_date=columns["end_date"],
    )
    machine = ship_machine(standards_for(ctx.session, year), inputs)
    return {
        "machine_amount": machine.amount,
        "machine_formula": machine.formula,
        "ship_age": machine.age,
    }


class ApplicationHandler(KindHandler):
    """Applications: county (or 市辖区) records under an applicant of the same region."""

    name = "applications"
    kind = RecordKind.APPLICATION
    model = Application
    create_body = ApplicationCreate
    patch_body = ApplicationPatch

    def parent_for_create(self, ctx: WriteContext, fields: Mapping[str, Any]) -> Parent:
        """The applicant chosen on page 3-8 (查找并选取申请人), locked."""
        return named_parent(
            ctx, Applicant, "applicant_id", fields.get("applicant_id"), APPLICANT_LABEL
        )

    def parent_for_modify(self, ctx: WriteContext, row: Any, changes: Mapping[str, Any]) -> Parent:
        """The applicant, possibly re-chosen: only one of the record's own region."""
        chosen = changes.get("applicant_id", row.applicant_id)
        parent = named_parent(ctx, Applicant, "applicant_id", chosen, APPLICANT_LABEL)
        if parent.row is not None and parent.row.region_code != row.region_code:
            message = f"{APPLICANT_LABEL}：只能选取与该申请同一区划（{row.region_code}）的申请人"
            return Parent(problems=[FieldProblem("applicant_id", message)])
        return parent

    def new_facts(
        self, ctx: WriteContext, parent: Parent, fields: Mapping[str, Any]
    ) -> RecordFacts:
        """Policy and project decide who may create it (部政策拆解 → 市辖区 accounts)."""
        return RecordFacts(
            self.kind,
            policy=_enum_or_none(Policy, fields.get("policy")),
            project=_enum_or_none(Project, fields.get("project")),
        )

    def facts(self, ctx: WriteContext, row: Any) -> RecordFacts:
        """The stored review state, policy and project, and whether a completion hangs from it."""
        return RecordFacts(
            self.kind,
            review_state(self.kind, row),
            policy=_enum_or_none(Policy, row.policy),
            project=_enum_or_none(Project, row.project),
            has_children=any_row(ctx.session, Completion, Completion.application_id == row.id),
        )

    def modify_refusals(self, ctx: WriteContext, row: Any, changes: Mapping[str, Any]) -> list[str]:
        """Judge the record as it would become: a new policy/project may need another creator."""
        if "policy" not in changes and "project" not in changes:
            return []
        stored = self.facts(ctx, row)
        becoming = RecordFacts(
            self.kind,
            stored.state,
            policy=_enum_or_none(Policy, changes.get("policy", row.policy)),
            project=_enum_or_none(Project, changes.get("project", row.project)),
            has_children=stored.has_children,
        )
        return workflow.can_modify(becoming, ctx.actor.as_review_actor())

    def stored_form(self, row: Any) -> dict[str, Any]:
        """The stored application as request-shaped values."""
        return {"applicant_id": row.applicant_id, **stored_values(row, FIELDS)}

    def problems(
        self, ctx: WriteContext, values: Mapping[str, Any], parent: Parent, target: Target
    ) -> list[FieldProblem]:
        """The page 3-7 rules, with the applicant's address for the province address rule."""
        found = validate_application(_form(values, parent))
        return column_problems(found, FIELDS, _EXTRA_PROBLEM_FIELDS)

    def columns(
        self, ctx: WriteContext, values: Mapping[str, Any], parent: Parent, target: Target
    ) -> dict[str, Any]:
        """The typed application plus its machine amount, formula and ship age."""
        columns = _form_columns(parse_application(_form(values, parent)))
        machine = machine_columns(
            ctx, {**columns, "end_date": columns["deregistration_date"]}, target.year
        )
        return {"applicant_id": parent.row.id, **columns, **machine}
