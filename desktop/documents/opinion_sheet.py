"""审核意见表: the review opinion sheet of a ship-project record (SPEC §8 "Printing").

It states the record (applicant, ship, project), the three amounts with the machine formula
and any difference between them (SPEC §4.1.8), and each level of the chain with its current
result, opinion, reviewer and date — 平台, 县级, 市级, 省级 in chain order, "未审" where a level
has not decided (or its return was cleared by a modification) — then the joint-review
result and the signature line.
"""

from __future__ import annotations

from datetime import date

from core.vocab import Decision, Level
from core.workflow import chain
from desktop.documents.records import ShipRecord
from desktop.documents.render import DocumentData
from desktop.documents.ship_fields import ship_fields
from desktop.documents.template import Template, load_template

TEMPLATE = "review_opinion_sheet"
NOT_REVIEWED = "未审"


def level_rows(record: ShipRecord) -> list[dict[str, str]]:
    """One row per level of the record's chain with its current result."""
    rows = []
    for level in chain(record.kind):
        entry = record.result(level)
        if entry is None:
            rows.append(
                {
                    "level": level.value,
                    "decision": NOT_REVIEWED,
                    "opinion": "",
                    "reviewer": "",
                    "date": "",
                }
            )
            continue
        decision = entry.decision
        if level is Level.PLATFORM:
            decision = "通过" if decision == Decision.PASS.value else "未通过"
        reviewer = (
            f"{entry.reviewer_name}（{entry.reviewer}）"
            if entry.reviewer_name
            else (entry.reviewer)
        )
        rows.append(
            {
                "level": level.value,
                "decision": decision,
                "opinion": entry.opinion,
                "reviewer": reviewer,
                "date": entry.on.isoformat() if entry.on else "",
            }
        )
    return rows


def opinion_sheet_data(record: ShipRecord, printed_on: date) -> DocumentData:
    """The fields and tables the opinion-sheet template prints for ``record``."""
    return DocumentData(ship_fields(record, printed_on), {"levels": level_rows(record)})


def opinion_sheet_template() -> Template:
    return load_template(TEMPLATE)
