"""The printed text of a ship-project record's fields, shared by its documents.

Every value a template shows is formatted here, once: dates as 2024-08-30, amounts in 万元
with two decimals (SPEC §4.1), power with two decimals, ship age with three, empty for what
was never entered (a blank on a form is honest; "0" would be a claim).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from core import regions
from core.formulas import amount_differences
from core.joint_review import PASS_OPINION
from core.vocab import Decision, RecordKind
from desktop.documents.records import ShipRecord
from desktop.reports.sql import read_date, read_decimal, read_wan


def text(value: Any) -> str:
    return "" if value is None else str(value)


def day(value: Any) -> str:
    parsed = read_date(value)
    return "" if parsed is None else parsed.isoformat()


def wan(value: Any) -> str:
    amount = read_wan(value)
    return "" if amount is None else f"{amount:,.2f}"


def decimal_text(value: Any, places: int) -> str:
    number = read_decimal(value, places)
    return "" if number is None else f"{number:.{places}f}"


def joint_review_text(record: ShipRecord) -> str:
    """The platform's verdict as the sheet prints it: its problems, or its pass.

    The record keeps only the problems (empty after a pass, as ``server.joint_review.run``
    stores it); the sheet says the pass in words rather than leaving the line blank.
    """
    problems = record.field("joint_review_problems") or ""
    if problems:
        return str(problems)
    return PASS_OPINION if record.field("platform_result") == Decision.PASS else ""


def amount_comparison(record: ShipRecord) -> str:
    """SPEC §4.1.8: every difference between 测算, 复核 and 机算 is printed, never hidden."""
    comparison = amount_differences(
        read_wan(record.field("estimate_amount")),
        read_wan(record.field("check_amount")),
        read_wan(record.field("machine_amount")),
    )
    if comparison.has_difference:
        return "；".join(comparison.messages())
    present = [a for a in (comparison.estimate, comparison.check, comparison.machine) if a]
    return "三项金额一致" if len(present) == 3 else "尚有金额未填写，无法比对"


def machine_formula(record: ShipRecord) -> str:
    """The stored formula with its result: 0.1*345*1.5*1.00 = 51.75."""
    formula = text(record.field("machine_formula"))
    amount = wan(record.field("machine_amount"))
    if formula and amount:
        return f"{formula} = {amount}"
    return formula or amount


def applicant_place(address: str) -> str:
    """地址类别 (page 5-3): a Hunan address is 省内, any other 省外."""
    return "省内" if regions.locate_address(address) is not None else "省外"


def ship_fields(record: ShipRecord, printed_on: date) -> dict[str, str]:
    """Every plain field the ship-project templates may print."""
    f = record.field
    applicant = record.applicant
    is_completion = record.kind is RecordKind.COMPLETION
    address = text(applicant.get("address"))
    check: Decimal | None = read_wan(f("check_amount"))
    return {
        "record_kind": record.kind.value,
        "year": text(f("year")),
        "form_no": text(f("form_no")),
        "print_date": printed_on.isoformat(),
        "region": regions.full_name(f("region_code")) if regions.find(f("region_code")) else "",
        "applicant_name": text(applicant.get("name")),
        "applicant_code": text(applicant.get("credit_code")),
        "applicant_address": address,
        "applicant_type": text(applicant.get("applicant_type")),
        "applicant_place": applicant_place(address) if address else "",
        "contact": text(applicant.get("contact")),
        "phone": text(applicant.get("phone")),
        "bank_name": text(applicant.get("bank_name")),
        "bank_account": text(applicant.get("bank_account")),
        "owners": text(f("owners")),
        "operator": text(f("operator")),
        "control_status": text(f("control_status")),
        "licence_no": text(f("licence_no")),
        "policy": text(f("policy")),
        "project": text(f("project")),
        "area": text(f("area")),
        "power_form": text(f("power_form")),
        "ship_type": text(f("ship_type")),
        "ship_name": text(f("ship_name")),
        "ship_id_no": text(f("ship_id_no")),
        "port": text(f("port_of_registry")),
        "cert_no": text(f("operation_cert_no")),
        "gross": text(f("gross_tonnage")),
        "capacity": text(f("capacity")),
        "power": decimal_text(f("power_kw"), 2),
        "built_date": day(f("built_date")),
        "end_date": day(f("finish_date") if is_completion else f("deregistration_date")),
        "ship_age": decimal_text(f("ship_age"), 3),
        "dismantle_start": day(f("dismantle_start")),
        "dismantle_finish": day(f("dismantle_finish")),
        "refit_from_name": text(f("refit_from_name")),
        "refit_from_tonnage": text(f("refit_from_tonnage")),
        "application_date": day(f("application_date")),
        "archive_date": day(f("archive_date")) if is_completion else "",
        "estimate": wan(f("estimate_amount")),
        "check": "" if check is None else f"{check:,.2f}",
        "machine": wan(f("machine_amount")),
        "machine_formula": machine_formula(record),
        "amount_comparison": amount_comparison(record),
        "joint_review_problems": joint_review_text(record),
    }
