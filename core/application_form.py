"""The ship-project application form (拆建申请, manual page 3-7) and its cross-field rules.

Besides each field's own rule the page's 填写说明 adds rules between fields:
- 不填指代: a ministry-policy ferry (渡船) may omit its operator; any ferry its operation
  certificate (ferries hold a 渡运许可批文 instead, entered as the licence number);
- 改建/更新还要填后两项: a refit or renewal names the ship before the refit (or the scrapped
  ship) and its gross tonnage;
- the ship age of a scrapped ship runs from its built date to its (planned) deregistration date
  (§3.2.1 item 2), so a scrapping needs that date, not before the built date;
- dismantling starts before it finishes, and not before the ship was built;
- the ministry policy has the projects 拆解/更新/新建 and the province policy 拆解/新建/改建
  (page 2-1 and every record the manual shows);
- a non-motorised ship (动力形式 无) has no main-engine power, every other ship has some;
- a province-policy applicant must have a Hunan address (page 3-2, 地址范围).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Final, TypeVar

from core import regions
from core.field_rules import (
    LABELS,
    FormError,
    Problem,
    fields_ok,
    in_form_order,
    raise_if,
    text_of,
)
from core.validators import (
    check_certificate_no,
    check_choice,
    check_date,
    check_decimal,
    check_form_no,
    check_integer,
    check_licence_no,
    check_note,
    check_operator,
    check_owners,
    check_port,
    check_refit_from_name,
    check_ship_id,
    check_ship_name,
    check_ship_type,
    parse_date,
    parse_decimal,
    parse_int,
    parse_owners,
)
from core.vocab import Area, ControlStatus, Policy, PowerForm, Project

Data = Mapping[str, object]
T = TypeVar("T")

APPLICATION_FIELDS: Final = (
    "form_no",
    "owners",
    "operator",
    "control_status",
    "licence_no",
    "policy",
    "project",
    "area",
    "power_form",
    "ship_type",
    "ship_name",
    "ship_id",
    "port",
    "certificate_no",
    "gross_tonnage",
    "capacity",
    "power",
    "built_date",
    "deregistration_date",
    "dismantling_start",
    "dismantling_finish",
    "refit_from_name",
    "refit_from_tonnage",
    "application_date",
    "estimate",
    "check_amount",
    "note",
)

PROJECTS_BY_POLICY: Final = {
    Policy.MINISTRY: (Project.SCRAP, Project.RENEW, Project.NEW),
    Policy.PROVINCE: (Project.SCRAP, Project.NEW, Project.REFIT),
}
TONNAGE_MAX: Final = 100_000
# Seats or deadweight; 0 for ships that carry neither (tugs, pushers).
CAPACITY_MAX: Final = 200_000
POWER_MAX: Final = Decimal("100000")
AMOUNT_MAX: Final = Decimal("100000")
ZERO: Final = Decimal("0")


@dataclass(frozen=True, slots=True)
class ApplicationForm:
    """A ship-project application with typed values (manual page 3-7)."""

    form_no: str | None
    owners: tuple[str, ...]
    operator: str | None
    control_status: ControlStatus
    licence_no: str
    policy: Policy
    project: Project
    area: Area
    power_form: PowerForm
    ship_type: str
    ship_name: str
    ship_id: str
    port: str
    certificate_no: str | None
    gross_tonnage: int
    capacity: int
    power: Decimal
    built_date: date
    deregistration_date: date | None
    dismantling_start: date | None
    dismantling_finish: date | None
    refit_from_name: str | None
    refit_from_tonnage: int | None
    application_date: date
    estimate: Decimal
    check_amount: Decimal | None
    note: str

    @property
    def is_ferry(self) -> bool:
        """渡船 of any kind (客渡船, 车渡船, 非标渡船 …): the ships page 3-7's 不填指代 excuses."""
        return is_ferry_type(self.ship_type)


def is_ferry_type(ship_type: str) -> bool:
    """Whether a ship type names a ferry."""
    return "渡" in ship_type


def _text(data: Data, key: str) -> str:
    """The cleaned text of one raw field ("" when absent)."""
    return text_of(data.get(key))


def _field_problems(data: Data) -> list[Problem]:
    """Every field on its own; conditionally required fields are checked as optional here."""
    get = data.get
    return (
        check_form_no(get("form_no"), required=False)
        + check_owners(get("owners"))
        + check_operator(get("operator"), required=False)
        + check_choice(get("control_status"), "control_status", ControlStatus)
        + check_licence_no(get("licence_no"))
        + check_choice(get("policy"), "policy", Policy)
        + check_choice(get("project"), "project", Project)
        + check_choice(get("area"), "area", Area)
        + check_choice(get("power_form"), "power_form", PowerForm)
        + check_ship_type(get("ship_type"))
        + check_ship_name(get("ship_name"))
        + check_ship_id(get("ship_id"))
        + check_port(get("port"))
        + check_certificate_no(get("certificate_no"), required=False)
        + check_integer(get("gross_tonnage"), "gross_tonnage", 1, TONNAGE_MAX)
        + check_integer(get("capacity"), "capacity", 0, CAPACITY_MAX)
        + check_decimal(get("power"), "power", ZERO, POWER_MAX)
        + check_date(get("built_date"), "built_date")
        + check_date(get("deregistration_date"), "deregistration_date", required=False)
        + check_date(get("dismantling_start"), "dismantling_start", required=False)
        + check_date(get("dismantling_finish"), "dismantling_finish", required=False)
        + check_refit_from_name(get("refit_from_name"), required=False)
        + check_integer(
            get("refit_from_tonnage"), "refit_from_tonnage", 1, TONNAGE_MAX, required=False
        )
        + check_date(get("application_date"), "application_date")
        + check_decimal(get("estimate"), "estimate", ZERO, AMOUNT_MAX)
        + check_decimal(get("check_amount"), "check_amount", ZERO, AMOUNT_MAX, required=False)
        + check_note(get("note"))
    )


def _required_by_context(data: Data) -> list[Problem]:
    """Fields page 3-7 requires only in some cases, each saying the case."""
    policy, project = _text(data, "policy"), _text(data, "project")
    ferry = is_ferry_type(_text(data, "ship_type"))
    rules = (
        (
            "operator",
            not (ferry and policy == Policy.MINISTRY),
            "必须填写（只有部政策的渡船可以不填经营人）",
        ),
        ("certificate_no", not ferry, "必须填写（只有渡船可以不填营运证号）"),
        (
            "deregistration_date",
            project == Project.SCRAP,
            "拆解项目必须填写实际或拟注销日期（用于计算船龄）",
        ),
        ("refit_from_name", project in _REFIT_PROJECTS, _REFIT_REASON),
        ("refit_from_tonnage", project in _REFIT_PROJECTS, _REFIT_REASON),
    )
    return [
        Problem(key, f"{LABELS[key]}：{reason}")
        for key, required, reason in rules
        if required and not _text(data, key)
    ]


_REFIT_PROJECTS: Final = (Project.REFIT, Project.RENEW)
_REFIT_REASON: Final = "改建或更新项目必须填写改建前（或已拆解）船舶的船名和总吨"


def _policy_project_rule(data: Data, problems: list[Problem]) -> list[Problem]:
    """部政策 has 拆解/更新/新建, 省政策 拆解/新建/改建."""
    if not fields_ok(problems, "policy", "project"):
        return []
    policy, project = Policy(_text(data, "policy")), Project(_text(data, "project"))
    allowed = PROJECTS_BY_POLICY[policy]
    if project in allowed:
        return []
    names = "、".join(allowed)
    return [Problem("project", f"申请项目：{policy}政策没有“{project}”项目，应为{names}之一")]


def _date_order_rule(data: Data, problems: list[Problem]) -> list[Problem]:
    """Built, deregistered, dismantling started and finished: in that order where given."""
    keys = ("built_date", "deregistration_date", "dismantling_start", "dismantling_finish")
    if not fields_ok(problems, *keys):
        return []
    built, dereg, start, finish = (parse_date(data.get(key), key) for key in keys)
    found: list[Problem] = []
    if built and dereg and dereg < built:
        found.append(_problem("deregistration_date", f"不能早于建成日期{built}"))
    if built and start and start < built:
        found.append(_problem("dismantling_start", f"不能早于建成日期{built}"))
    if finish and not start:
        found.append(_problem("dismantling_start", "填写了拆解完工日期时必须同时填写拆解开工日期"))
    if start and finish and finish < start:
        found.append(_problem("dismantling_finish", f"不能早于拆解开工日期{start}"))
    return found


def _problem(key: str, reason: str) -> Problem:
    """A cross-rule problem, labelled like the field rules' own."""
    return Problem(key, f"{LABELS[key]}：{reason}")


def _power_rule(data: Data, problems: list[Problem]) -> list[Problem]:
    """A ship without propulsion (无) has power 0; every other power form needs some power."""
    if not fields_ok(problems, "power_form", "power"):
        return []
    form = PowerForm(_text(data, "power_form"))
    power = parse_decimal(data.get("power"), "power")
    if form is PowerForm.NONE and power != ZERO:
        return [_problem("power", "动力形式为“无”（非机动船）时应填0")]
    if form is not PowerForm.NONE and power == ZERO:
        return [_problem("power", f"动力形式为“{form}”时应大于0")]
    return []


def _address_rule(data: Data, problems: list[Problem]) -> list[Problem]:
    """Page 3-2 地址范围: a province-policy applicant has a Hunan address (ministry: any)."""
    address = _text(data, "applicant_address")
    if not address or not fields_ok(problems, "policy") or _text(data, "policy") != Policy.PROVINCE:
        return []
    if regions.locate_address(address) is not None:
        return []
    return [
        _problem(
            "applicant_address",
            f"省政策只受理本省申请人，“{address}”不是湖南省地址；请改选部政策或更换申请人",
        )
    ]


def validate_application(data: Data) -> list[Problem]:
    """Every problem of a page 3-7 form at once: fields, then the cross-field rules.

    ``data`` may carry ``applicant_address`` (the chosen applicant's address, shown on the
    form's first line) to check the province-policy address rule.
    """
    problems = _field_problems(data)
    problems += _required_by_context(data)
    problems += _policy_project_rule(data, problems)
    problems += _date_order_rule(data, problems)
    problems += _power_rule(data, problems)
    problems += _address_rule(data, problems)
    return in_form_order(problems, APPLICATION_FIELDS)


def _must(value: T | None, key: str) -> T:
    """A required value of a validated form (never None once validation passed)."""
    if value is None:
        raise FormError([_problem(key, "必须填写")])
    return value


def parse_application(data: Data) -> ApplicationForm:
    """The typed application of a valid form; FormError with every problem otherwise."""
    raise_if(validate_application(data))

    def day(key: str) -> date | None:
        return parse_date(data.get(key), key)

    def optional(key: str) -> str | None:
        return _text(data, key) or None

    return ApplicationForm(
        form_no=optional("form_no"),
        owners=parse_owners(data.get("owners")),
        operator=optional("operator"),
        control_status=ControlStatus(_text(data, "control_status")),
        licence_no=_text(data, "licence_no"),
        policy=Policy(_text(data, "policy")),
        project=Project(_text(data, "project")),
        area=Area(_text(data, "area")),
        power_form=PowerForm(_text(data, "power_form")),
        ship_type=_text(data, "ship_type"),
        ship_name=_text(data, "ship_name"),
        ship_id=_text(data, "ship_id").upper(),
        port=_text(data, "port"),
        certificate_no=optional("certificate_no"),
        gross_tonnage=_must(parse_int(data.get("gross_tonnage")), "gross_tonnage"),
        capacity=_must(parse_int(data.get("capacity")), "capacity"),
        power=_must(parse_decimal(data.get("power")), "power"),
        built_date=_must(day("built_date"), "built_date"),
        deregistration_date=day("deregistration_date"),
        dismantling_start=day("dismantling_start"),
        dismantling_finish=day("dismantling_finish"),
        refit_from_name=optional("refit_from_name"),
        refit_from_tonnage=parse_int(data.get("refit_from_tonnage")),
        application_date=_must(day("application_date"), "application_date"),
        estimate=_must(parse_decimal(data.get("estimate")), "estimate"),
        check_amount=parse_decimal(data.get("check_amount")),
        note=_text(data, "note"),
    )
