"""The columns of ship-project rows: particulars, review state, and the facts documents print.

``ShipPlan`` is what is decided about a ship before its history is played; the row helpers turn
it and the played state into the columns of ``applications`` and ``completions``
(``server.models.ship_records``), so both record kinds are written the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from core.formulas import Calculation
from core.joint_review import ShipFacts
from core.vocab import Level
from core.workflow import ReviewState
from demo.combos import Kind
from demo.histories import Decided, Event, decision_value, platform_column
from demo.parties import Party
from demo.ship_identity import Identity, ShipParties
from demo.ships import ShipDates, ShipSize


@dataclass(frozen=True)
class ShipPlan:
    """Everything decided about one ship before its review history is played."""

    kind: Kind
    size: ShipSize
    dates: ShipDates
    identity: Identity
    parties: ShipParties
    port: str
    calculation: Calculation


def with_last_verdict(events: list[Event], verdict: str) -> list[Event]:
    """The events with the newest joint-review result's opinion replaced by ``verdict``."""
    changed = list(events)
    for index in range(len(changed) - 1, -1, -1):
        event = changed[index]
        if isinstance(event, Decided) and event.level is Level.PLATFORM:
            changed[index] = replace(event, opinion=verdict)
            break
    return changed


PARTICULAR_KEYS = (
    "owners", "operator", "control_status", "licence_no", "policy", "project", "area",
    "power_form", "ship_type", "ship_name", "ship_id_no", "port_of_registry", "operation_cert_no",
    "gross_tonnage", "capacity", "power_kw", "built_date",
)  # fmt: skip
"""The ship fields a completion copies from its application (page 3-18: 复制自申请记录)."""


def particulars(plan: ShipPlan, facts: ShipFacts) -> dict[str, Any]:
    """The ship fields of page 3-7 (``ShipParticulars``)."""
    kind, parties = plan.kind, plan.parties
    return {
        "owners": parties.owners,
        "operator": parties.operator,
        "control_status": parties.control.value,
        "licence_no": facts.licence_no,
        "policy": kind.policy.value,
        "project": kind.project.value,
        "area": kind.area.value,
        "power_form": kind.power_form.value,
        "ship_type": kind.ship_type,
        "ship_name": plan.identity.name,
        "ship_id_no": plan.identity.ship_id_no,
        "port_of_registry": plan.port,
        "operation_cert_no": facts.operation_cert_no,
        "gross_tonnage": plan.size.gross_tonnage,
        "capacity": plan.size.capacity,
        "power_kw": plan.size.power_kw,
        "built_date": plan.dates.built,
    }


def review_columns(events: list[Event], state: ReviewState) -> dict[str, Any]:
    """The denormalised current state (record_parts): results, dates, verdict, upload day."""
    return {
        "materials_uploaded_on": state.materials_uploaded_at,
        "platform_result": decision_value(state.platform.decision),
        "platform_on": state.platform.on,
        "joint_review_problems": platform_column(events, state),
        "county_result": decision_value(state.county.decision),
        "county_on": state.county.on,
        "city_result": decision_value(state.city.decision),
        "city_on": state.city.on,
        "province_result": decision_value(state.province.decision),
        "province_on": state.province.on,
    }


def _money(value: Decimal | None) -> str:
    return "" if value is None else format(value, "f")


def ship_subject(row: dict[str, Any], applicant: Party) -> dict[str, str]:
    """The facts a record's own documents print (``demo.documents``)."""

    def text(key: str) -> str:
        value = row.get(key)
        return "" if value is None else str(value)

    return {
        "form_no": text("form_no"),
        "applicant": applicant.name,
        "credit_code": applicant.credit_code,
        "address": applicant.address,
        "contact": applicant.contact,
        "phone": applicant.phone,
        "policy": f"{text('policy')}政策",
        "project": text("project"),
        "ship_name": text("ship_name"),
        "ship_id_no": text("ship_id_no"),
        "port": text("port_of_registry"),
        "ship_type": text("ship_type"),
        "area": text("area"),
        "owners": text("owners"),
        "operator": text("operator") or applicant.name,
        "control": text("control_status"),
        "licence_no": text("licence_no"),
        "certificate_no": text("operation_cert_no"),
        "gross": text("gross_tonnage"),
        "capacity": text("capacity"),
        "power": _money(row.get("power_kw")),
        "built": text("built_date"),
        "application_date": text("application_date"),
        "estimate": _money(row.get("estimate_amount")),
        "deregistration": text("deregistration_date") or text("finish_date"),
        "dismantle_start": text("dismantle_start"),
        "dismantle_finish": text("dismantle_finish") or text("finish_date"),
        "refit_from": text("refit_from_name"),
        "refit_tonnage": text("refit_from_tonnage"),
        "bank": applicant.bank_name,
        "account": applicant.bank_account,
    }
