"""资金申请表: the fund application form of a ship-project record (manual 2.2 "资金申请表",
SPEC §8 "Printing").

The form states the applicant with its bank account (where the subsidy is paid), the ship and
project, the amount applied for — the applicant's estimate (测算), in figures and in capital
numerals as a payment form must — the applicant's declaration, and the approval boxes of the
county, city and province transport departments. A box carries the level's opinion and date
once that level passed the record, and stays blank for a handwritten opinion and seal before.
"""

from __future__ import annotations

from datetime import date

from core.vocab import Decision, Level
from desktop.documents.amount_words import wan_upper
from desktop.documents.records import ShipRecord
from desktop.documents.render import DocumentData
from desktop.documents.ship_fields import ship_fields
from desktop.documents.template import Template, load_template
from desktop.reports.sql import read_wan

TEMPLATE = "fund_application_form"
BLANK_DATE = "　　　　年　　月　　日"
_BOX_LEVELS = {"county": Level.COUNTY, "city": Level.CITY, "province": Level.PROVINCE}


def approval_fields(record: ShipRecord) -> dict[str, str]:
    """Opinion and date of each approval box, from the level's current result if it passed."""
    fields: dict[str, str] = {}
    for key, level in _BOX_LEVELS.items():
        entry = record.result(level)
        approved = entry is not None and entry.decision == Decision.PASS.value
        fields[f"{key}_opinion"] = entry.opinion if approved and entry else ""
        fields[f"{key}_date"] = (
            f"{entry.on.year}年{entry.on.month}月{entry.on.day}日"
            if approved and entry and entry.on
            else BLANK_DATE
        )
    return fields


def application_form_data(record: ShipRecord, printed_on: date) -> DocumentData:
    """The fields the fund-application-form template prints for ``record``."""
    values = ship_fields(record, printed_on)
    estimate = read_wan(record.field("estimate_amount"))
    values["estimate_upper"] = "" if estimate is None else f"人民币{wan_upper(estimate)}"
    values.update(approval_fields(record))
    return DocumentData(values)


def application_form_template() -> Template:
    return load_template(TEMPLATE)
