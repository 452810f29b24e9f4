"""The reward application form (奖励申请, manual page 4-8): what a person types on it.

Volumes, standards and machine amounts are computed from the owner's monthly reports
(``core.container_reward``, page 4-8 提示1–2: "均由系统自动计算获得"), never typed. The form
holds the application-form number, the estimate (资金测算) per trade — required, 0 when the
owner has no volume in that trade — the reviewer's check (资金复核) per trade, and a note.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from core.application_form import AMOUNT_MAX, ZERO
from core.field_rules import LABELS, FormError, Problem, in_form_order, raise_if, text_of
from core.validators import check_decimal, check_form_no, check_note, parse_decimal

Data = Mapping[str, object]

REWARD_FIELDS: Final = (
    "form_no",
    "estimate_foreign",
    "estimate_domestic",
    "check_foreign",
    "check_domestic",
    "note",
)


@dataclass(frozen=True, slots=True)
class RewardForm:
    """The typed part of a reward application; amounts in 万元 with 2 decimals."""

    form_no: str | None
    estimate_foreign: Decimal
    estimate_domestic: Decimal
    check_foreign: Decimal | None
    check_domestic: Decimal | None
    note: str


def validate_reward(data: Data) -> list[Problem]:
    """Every problem of a page 4-8 form at once."""
    problems = check_form_no(data.get("form_no"), required=False)
    for key in ("estimate_foreign", "estimate_domestic"):
        problems += check_decimal(data.get(key), key, ZERO, AMOUNT_MAX)
    for key in ("check_foreign", "check_domestic"):
        problems += check_decimal(data.get(key), key, ZERO, AMOUNT_MAX, required=False)
    problems += check_note(data.get("note"))
    return in_form_order(problems, REWARD_FIELDS)


def _required(data: Data, key: str) -> Decimal:
    """A required amount of a validated form."""
    value = parse_decimal(data.get(key), key)
    if value is None:
        raise FormError([Problem(key, f"{LABELS[key]}：必须填写")])
    return value


def parse_reward(data: Data) -> RewardForm:
    """The typed reward form of valid data; FormError with every problem otherwise."""
    raise_if(validate_reward(data))
    return RewardForm(
        form_no=text_of(data.get("form_no")) or None,
        estimate_foreign=_required(data, "estimate_foreign"),
        estimate_domestic=_required(data, "estimate_domestic"),
        check_foreign=parse_decimal(data.get("check_foreign"), "check_foreign"),
        check_domestic=parse_decimal(data.get("check_domestic"), "check_domestic"),
        note=text_of(data.get("note")),
    )
