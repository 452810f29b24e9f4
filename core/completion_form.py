"""The completion form (拆建完结, manual page 3-18) of a ministry-policy scrapped ship.

Everything about the ship is copied from its application and cannot be changed here (page
3-18, 填写说明: "其他信息复制自申请记录，不能修改"); the handler types only what the completion
adds:

- 船舶注销/建成完工日期: the day the ship was deregistered; the machine ship age runs up to it
  (§3.2.1 item 2), so it cannot be before the built date;
- 完结归档日: the judgment date ④ of the joint review ("部政策，拆解船舶在该日有注销记录",
  §0.3), so it cannot be before the deregistration it is meant to find;
- 资金复核 and a note.

The server and the desktop both call ``validate_completion`` so an offline edit is judged by
the same rules as the server will apply.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Final

from core.application_form import AMOUNT_MAX, ZERO
from core.field_rules import (
    LABELS,
    FormError,
    Problem,
    fields_ok,
    in_form_order,
    raise_if,
    text_of,
)
from core.validators import check_date, check_decimal, check_note, parse_date, parse_decimal

Data = Mapping[str, object]

COMPLETION_FIELDS: Final = ("finish_date", "archive_date", "check_amount", "note")


@dataclass(frozen=True, slots=True)
class CompletionForm:
    """What a completion adds to its application, typed."""

    finish_date: date
    archive_date: date
    check_amount: Decimal | None
    note: str


def _problem(key: str, reason: str) -> Problem:
    """A cross-rule problem labelled like the field rules' own."""
    return Problem(key, f"{LABELS[key]}：{reason}")


def _order_problems(data: Data, built_date: date | None, problems: list[Problem]) -> list[Problem]:
    """Built ≤ deregistered ≤ archived, checked only on dates that are valid themselves."""
    if not fields_ok(problems, "finish_date", "archive_date"):
        return []
    finish = parse_date(data.get("finish_date"), "finish_date")
    archive = parse_date(data.get("archive_date"), "archive_date")
    found: list[Problem] = []
    if finish and built_date and finish < built_date:
        found.append(_problem("finish_date", f"不能早于建成日期{built_date}（用于计算船龄）"))
    if finish and archive and archive < finish:
        found.append(
            _problem("archive_date", f"不能早于船舶注销日期{finish}（归档日应能查到注销记录）")
        )
    return found


def validate_completion(data: Data, built_date: date | None = None) -> list[Problem]:
    """Every problem of a page 3-18 form at once; ``built_date`` is the application's."""
    problems = (
        check_date(data.get("finish_date"), "finish_date")
        + check_date(data.get("archive_date"), "archive_date")
        + check_decimal(data.get("check_amount"), "check_amount", ZERO, AMOUNT_MAX, required=False)
        + check_note(data.get("note"))
    )
    problems += _order_problems(data, built_date, problems)
    return in_form_order(problems, COMPLETION_FIELDS)


def parse_completion(data: Data, built_date: date | None = None) -> CompletionForm:
    """The typed completion of a valid form; FormError with every problem otherwise."""
    raise_if(validate_completion(data, built_date))
    finish = parse_date(data.get("finish_date"), "finish_date")
    archive = parse_date(data.get("archive_date"), "archive_date")
    if finish is None or archive is None:
        raise FormError([_problem("finish_date", "必须填写")])
    return CompletionForm(
        finish_date=finish,
        archive_date=archive,
        check_amount=parse_decimal(data.get("check_amount"), "check_amount"),
        note=text_of(data.get("note")),
    )
