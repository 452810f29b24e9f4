"""The forms people fill in: accounts (page 8-2), passwords (1-2, 8-3), applicants (3-2), cargo
owners (4-2), monthly container reports (4-6) and ship-project applications (3-7).

``validate_xxx(data)`` returns every problem of the form at once, field rules first, then the
cross-field rules (which run only when the fields they compare are valid themselves, so one
typo is never reported twice). ``parse_xxx(data)`` returns the typed record of a valid form
and raises ``FormError`` with all problems otherwise. ``data`` maps the field keys of
``LABELS`` to raw values as the UI or the API received them.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Final

from core import regions
from core.application_form import (
    APPLICATION_FIELDS,
    ApplicationForm,
    parse_application,
    validate_application,
)
from core.checkcodes import PartyCode, party_code_kind
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
    check_account_id,
    check_address,
    check_applicant_name,
    check_bank_account,
    check_bank_name,
    check_choice,
    check_contact,
    check_credit_code,
    check_integer,
    check_month,
    check_note,
    check_password,
    check_permissions,
    check_person_name,
    check_phone,
    check_region_code,
    check_unit,
    parse_int,
    parse_permissions,
)
from core.vocab import ApplicantType, Permission, RegionLevel

__all__ = [
    "ACCOUNT_FIELDS",
    "APPLICANT_FIELDS",
    "APPLICATION_FIELDS",
    "CARGO_OWNER_FIELDS",
    "LABELS",
    "MONTHLY_REPORT_FIELDS",
    "AccountForm",
    "ApplicantForm",
    "ApplicationForm",
    "CargoOwnerForm",
    "FormError",
    "MonthlyReportForm",
    "Problem",
    "parse_account",
    "parse_applicant",
    "parse_application",
    "parse_cargo_owner",
    "parse_monthly_report",
    "validate_account",
    "validate_applicant",
    "validate_application",
    "validate_cargo_owner",
    "validate_monthly_report",
    "validate_new_password",
]

Data = Mapping[str, object]

ACCOUNT_FIELDS: Final = ("region_code", "account_id", "name", "unit", "permissions")
APPLICANT_FIELDS: Final = (
    "applicant_name",
    "credit_code",
    "address",
    "applicant_type",
    "contact",
    "phone",
    "bank_name",
    "bank_account",
    "note",
)
CARGO_OWNER_FIELDS: Final = (
    "applicant_name",
    "address",
    "credit_code",
    "contact",
    "phone",
    "bank_name",
    "bank_account",
    "last_year_foreign",
    "last_year_domestic",
    "note",
)
MONTHLY_REPORT_FIELDS: Final = ("month", "foreign_teu", "domestic_teu", "note")

MONTHLY_TEU_MAX: Final = 500_000
# A year's volume is at most twelve full months (page 4-6 caps a month at 500000).
YEARLY_TEU_MAX: Final = 12 * MONTHLY_TEU_MAX


def _optional(data: Data, key: str) -> str | None:
    """The cleaned text of an optional field, None when it was left empty."""
    return text_of(data.get(key)) or None


def _required_int(data: Data, key: str) -> int:
    """The int of a validated required field."""
    value = parse_int(data.get(key), key)
    if value is None:
        raise FormError([Problem(key, f"{LABELS[key]}：必须填写")])
    return value


# --- accounts -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AccountForm:
    """An account as created or modified on page 8-2 (the password is set separately)."""

    region_code: str
    account_id: str
    name: str
    unit: str
    permissions: frozenset[Permission]


def validate_account(data: Data) -> list[Problem]:
    """Page 8-2 and SPEC §3: every field, then the account/region and 系统 rules."""
    problems = (
        check_region_code(data.get("region_code"))
        + check_account_id(data.get("account_id"))
        + check_person_name(data.get("name"))
        + check_unit(data.get("unit"))
        + check_permissions(data.get("permissions"))
    )
    region = text_of(data.get("region_code"))
    account_id = text_of(data.get("account_id"))
    if fields_ok(problems, "region_code", "account_id") and account_id[:6] != region:
        problems.append(
            Problem("account_id", f"账号：前6位必须是所在区划代码{region}，如 {region}-1")
        )
    if fields_ok(problems, "region_code", "permissions") and _grants_system_below_province(
        data, region
    ):
        reason = "“系统”权限只能授予省级（430000）账号，请取消勾选"
        problems.append(Problem("permissions", f"{LABELS['permissions']}：{reason}"))
    return in_form_order(problems, ACCOUNT_FIELDS)


def _grants_system_below_province(data: Data, region: str) -> bool:
    """系统 manages the province's years and declaration status: province accounts only."""
    permissions = parse_permissions(data.get("permissions"))
    return Permission.SYSTEM in permissions and regions.level_of(region) is not RegionLevel.PROVINCE


def parse_account(data: Data) -> AccountForm:
    """The typed account of a valid form; FormError with every problem otherwise."""
    raise_if(validate_account(data))
    return AccountForm(
        region_code=text_of(data.get("region_code")),
        account_id=text_of(data.get("account_id")),
        name=text_of(data.get("name")),
        unit=text_of(data.get("unit")),
        permissions=parse_permissions(data.get("permissions")),
    )


def validate_new_password(data: Data) -> list[Problem]:
    """Pages 1-2 and 8-3: the 9字密码 typed twice; the two must be the same."""
    password = data.get("password")
    problems = check_password(password)
    confirm = text_of(data.get("password_confirm"), strip=False)
    if not confirm:
        problems.append(Problem("password_confirm", "确认密码：必须填写（再输入一次新密码）"))
    elif confirm != text_of(password, strip=False):
        problems.append(Problem("password_confirm", "确认密码：与密码不一致，请重新输入"))
    return problems


# --- applicants (拆建申请人) -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ApplicantForm:
    """A ship-project applicant (page 3-2). ``in_province`` is its 地址类别 省内 (page 5-3)."""

    applicant_name: str
    credit_code: str
    code_kind: PartyCode
    address: str
    in_province: bool
    applicant_type: ApplicantType
    contact: str | None
    phone: str
    bank_name: str
    bank_account: str
    note: str


def _party_problems(data: Data, *, contact_required: bool) -> list[Problem]:
    """The fields an applicant and a cargo owner share, checked the same way."""
    return (
        check_applicant_name(data.get("applicant_name"))
        + check_credit_code(data.get("credit_code"))
        + check_address(data.get("address"))
        + check_contact(data.get("contact"), required=contact_required)
        + check_phone(data.get("phone"))
        + check_bank_name(data.get("bank_name"))
        + check_bank_account(data.get("bank_account"))
        + check_note(data.get("note"))
    )


def _code_kind(data: Data) -> PartyCode | None:
    """Which code a 社信码/身份证号 is, None when it is neither."""
    return party_code_kind(text_of(data.get("credit_code")).upper(), date.today())


def _known_code_kind(data: Data) -> PartyCode:
    """The code kind of a validated form (a parse step never builds a record without one)."""
    kind = _code_kind(data)
    if kind is None:
        raise_if(check_credit_code(data.get("credit_code")))
        raise FormError([Problem("credit_code", f"{LABELS['credit_code']}：必须填写")])
    return kind


def validate_applicant(data: Data) -> list[Problem]:
    """Page 3-2 and SPEC §5; a company (企业) is identified by its credit code, never an ID."""
    problems = _party_problems(data, contact_required=False)
    problems += check_choice(data.get("applicant_type"), "applicant_type", ApplicantType)
    company = text_of(data.get("applicant_type")) == ApplicantType.COMPANY
    if company and fields_ok(problems, "credit_code") and _is_resident_id(data):
        reason = "企业申请人应填写18位统一社会信用代码，不能填身份证号码"
        problems.append(Problem("credit_code", f"{LABELS['credit_code']}：{reason}"))
    return in_form_order(problems, APPLICANT_FIELDS)


def _is_resident_id(data: Data) -> bool:
    """Whether the 社信码/身份证号 given is a person's ID number."""
    return _code_kind(data) is PartyCode.RESIDENT_ID


def parse_applicant(data: Data) -> ApplicantForm:
    """The typed applicant of a valid form; FormError with every problem otherwise."""
    raise_if(validate_applicant(data))
    address = text_of(data.get("address"))
    return ApplicantForm(
        applicant_name=text_of(data.get("applicant_name")),
        credit_code=text_of(data.get("credit_code")).upper(),
        code_kind=_known_code_kind(data),
        address=address,
        in_province=regions.locate_address(address) is not None,
        applicant_type=ApplicantType(text_of(data.get("applicant_type"))),
        contact=_optional(data, "contact"),
        phone=text_of(data.get("phone")),
        bank_name=text_of(data.get("bank_name")),
        bank_account=text_of(data.get("bank_account")),
        note=text_of(data.get("note")),
    )


# --- cargo owners (货主) ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CargoOwnerForm:
    """A cargo owner with last year's loaded-container volume in TEU (page 4-2)."""

    applicant_name: str
    address: str
    credit_code: str
    code_kind: PartyCode
    contact: str
    phone: str
    bank_name: str
    bank_account: str
    last_year_foreign: int
    last_year_domestic: int
    note: str

    @property
    def last_year_total(self) -> int:
        """合计 of page 4-2: foreign plus domestic."""
        return self.last_year_foreign + self.last_year_domestic


def validate_cargo_owner(data: Data) -> list[Problem]:
    """Page 4-2: the party fields, a contact person, last year's TEU, and a Hunan address.

    The container reward is a province policy, so the owner's address must be in Hunan (page
    4-8 marks the address 本省地址).
    """
    problems = _party_problems(data, contact_required=True)
    for key in ("last_year_foreign", "last_year_domestic"):
        problems += check_integer(data.get(key), key, 0, YEARLY_TEU_MAX)
    address = text_of(data.get("address"))
    if fields_ok(problems, "address") and regions.locate_address(address) is None:
        problems.append(
            Problem(
                "address",
                "营业执照/身份证地址：货主须为本省申请人，地址应以湖南省或省内市州、县市区名开头，"
                "如 岳阳市岳阳楼区经邵巷27栋",
            )
        )
    return in_form_order(problems, CARGO_OWNER_FIELDS)


def parse_cargo_owner(data: Data) -> CargoOwnerForm:
    """The typed cargo owner of a valid form; FormError with every problem otherwise."""
    raise_if(validate_cargo_owner(data))
    return CargoOwnerForm(
        applicant_name=text_of(data.get("applicant_name")),
        address=text_of(data.get("address")),
        credit_code=text_of(data.get("credit_code")).upper(),
        code_kind=_known_code_kind(data),
        contact=text_of(data.get("contact")),
        phone=text_of(data.get("phone")),
        bank_name=text_of(data.get("bank_name")),
        bank_account=text_of(data.get("bank_account")),
        last_year_foreign=_required_int(data, "last_year_foreign"),
        last_year_domestic=_required_int(data, "last_year_domestic"),
        note=text_of(data.get("note")),
    )


# --- monthly container reports (集装箱月报) ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class MonthlyReportForm:
    """One month's loaded containers (page 4-6); zero months are reported too."""

    month: int
    foreign_teu: int
    domestic_teu: int
    note: str

    @property
    def total_teu(self) -> int:
        """合计 of page 4-3."""
        return self.foreign_teu + self.domestic_teu


def validate_monthly_report(data: Data, reported_months: Collection[int] = ()) -> list[Problem]:
    """Page 4-6: month, two TEU counts 0-500000, and months reported one after another.

    ``reported_months`` are the months this owner already reported this year. A new month
    must follow the last one (the first is January; 【提示】 of page 4-6: every month, zero
    months too); re-submitting a reported month modifies it and is always allowed. Once
    all twelve are reported every valid month is a modification.
    """
    problems = check_month(data.get("month"))
    for key in ("foreign_teu", "domestic_teu"):
        problems += check_integer(data.get(key), key, 0, MONTHLY_TEU_MAX)
    problems += check_note(data.get("note"))
    month = parse_int(data.get("month")) if fields_ok(problems, "month") else None
    if month is not None and month not in reported_months:
        problems += _sequence_problems(month, reported_months)
    return in_form_order(problems, MONTHLY_REPORT_FIELDS)


def _sequence_problems(month: int, reported_months: Collection[int]) -> list[Problem]:
    """A new month must be the first month not yet reported (January when none is).

    The reported months are normally 1 … n, making n + 1 next; should they have a gap, the
    gap is what must be filled first.
    """
    expected = next(m for m in range(1, 13) if m not in reported_months)
    if month == expected:
        return []
    reason = f"月报须逐月连续填报，下一个应填报{expected}月（现为{month}月）"
    return [Problem("month", f"{LABELS['month']}：{reason}")]


def parse_monthly_report(data: Data, reported_months: Collection[int] = ()) -> MonthlyReportForm:
    """The typed monthly report of a valid form; FormError with every problem otherwise."""
    raise_if(validate_monthly_report(data, reported_months))
    return MonthlyReportForm(
        month=_required_int(data, "month"),
        foreign_teu=_required_int(data, "foreign_teu"),
        domestic_teu=_required_int(data, "domestic_teu"),
        note=text_of(data.get("note")),
    )
