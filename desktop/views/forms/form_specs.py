"""What each handler form holds: its fields, their editors, hints and core form keys.

Fields are named by the column names the cache and the API use (the request body of a create
or modify, ``docs/api-contract.md``); ``form_key`` is the key ``core.forms`` validates by, so a
core problem lands beside the right field. The pairs are the server's field maps
(``server.records.<kind>.FIELDS``), the contract both sides keep. Hints are the 填写说明 of
pages 3-2, 3-7, 3-18, 4-2, 4-6 and 4-8, marked for translation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.vocab import ApplicantType, Area, ControlStatus, Policy, PowerForm, Project

CONTEXT = "FormSpecs"


class Editor(StrEnum):
    """How a field is typed."""

    TEXT = "text"
    CHOICE = "choice"
    SHIP_TYPE = "ship_type"
    DATE = "date"
    INTEGER = "integer"
    DECIMAL = "decimal"


class ParentKind(StrEnum):
    """What a record hangs from, chosen with a picker (pages 3-8, 3-18, 4-4)."""

    APPLICANT = "applicants"
    APPLICATION = "applications"
    CARGO_OWNER = "cargo_owners"


@dataclass(frozen=True)
class FieldSpec:
    """One field of a form."""

    column: str
    form_key: str
    editor: Editor = Editor.TEXT
    choices: tuple[str, ...] = ()
    hint: str = ""

    def translated_hint(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.hint) if self.hint else ""


@dataclass(frozen=True)
class FormSpec:
    """A form: title words, fields in page order, fields per row, and its parent picker."""

    kind: str
    noun: str
    fields: tuple[FieldSpec, ...]
    per_row: int = 2
    parent: ParentKind | None = None
    parent_column: str = ""

    def translated_noun(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.noun)

    def field(self, column: str) -> FieldSpec:
        return next(spec for spec in self.fields if spec.column == column)

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(spec.column for spec in self.fields)


def _choices(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


_DATE_HINT = QT_TRANSLATE_NOOP("FormSpecs", "年-月-日，如 2024-5-21")
_NOTE_HINT = QT_TRANSLATE_NOOP("FormSpecs", "不超过100个字，可空")
_AMOUNT_HINT = QT_TRANSLATE_NOOP("FormSpecs", "万元，2位小数，四舍五入")
_TEU_HINT = QT_TRANSLATE_NOOP("FormSpecs", "整数，重箱（TEU）")


def _text(column: str, key: str, hint: str = "") -> FieldSpec:
    return FieldSpec(column, key, Editor.TEXT, (), hint)


def _date(column: str, key: str, hint: str = _DATE_HINT) -> FieldSpec:
    return FieldSpec(column, key, Editor.DATE, (), hint)


def _choice(column: str, key: str, enum: type[StrEnum]) -> FieldSpec:
    return FieldSpec(column, key, Editor.CHOICE, _choices(enum))


_PARTY_FIELDS = (
    _text("name", "applicant_name", QT_TRANSLATE_NOOP("FormSpecs", "2-50个汉字，可含中文圆括号")),
    _text(
        "credit_code",
        "credit_code",
        QT_TRANSLATE_NOOP("FormSpecs", "18位统一社会信用代码或身份证号"),
    ),
    _text(
        "address",
        "address",
        QT_TRANSLATE_NOOP("FormSpecs", "5-50个字：汉字、数字、大写字母和中文圆括号"),
    ),
    _text("contact", "contact", QT_TRANSLATE_NOOP("FormSpecs", "2-4个汉字")),
    _text("phone", "phone", QT_TRANSLATE_NOOP("FormSpecs", "固定电话带区号，如 073188770055")),
    _text("bank_name", "bank_name", QT_TRANSLATE_NOOP("FormSpecs", "开户银行全称")),
    _text("bank_account", "bank_account", QT_TRANSLATE_NOOP("FormSpecs", "9-30位数字")),
)

APPLICANT = FormSpec(
    kind="applicants",
    noun=QT_TRANSLATE_NOOP("FormSpecs", "拆建申请人"),
    fields=(
        *_PARTY_FIELDS[:1],
        _choice("applicant_type", "applicant_type", ApplicantType),
        *_PARTY_FIELDS[1:],
        _text("note", "note", _NOTE_HINT),
    ),
)

APPLICATION = FormSpec(
    kind="applications",
    noun=QT_TRANSLATE_NOOP("FormSpecs", "拆建申请"),
    per_row=3,
    parent=ParentKind.APPLICANT,
    parent_column="applicant_id",
    fields=(
        _text("form_no", "form_no", QT_TRANSLATE_NOOP("FormSpecs", "如 怀化（2024）0001")),
        _text("owners", "owners", QT_TRANSLATE_NOOP("FormSpecs", "多所有人时，顿号“、”分隔")),
        _text(
            "operator",
            "operator",
            QT_TRANSLATE_NOOP("FormSpecs", "部政策渡船可不填"),
        ),
        _choice("control_status", "control_status", ControlStatus),
        _text(
            "licence_no",
            "licence_no",
            QT_TRANSLATE_NOOP("FormSpecs", "水运许可证号或渡运批文号，如 湘长XKA0123"),
        ),
        _choice("policy", "policy", Policy),
        _choice("project", "project", Project),
        _choice("area", "area", Area),
        _choice("power_form", "power_form", PowerForm),
        FieldSpec(
            "ship_type",
            "ship_type",
            Editor.SHIP_TYPE,
            (),
            QT_TRANSLATE_NOOP("FormSpecs", "2-20个汉字，如 旅游客船"),
        ),
        _text("ship_name", "ship_name"),
        _text("ship_id_no", "ship_id", QT_TRANSLATE_NOOP("FormSpecs", "如 CN20241234566")),
        _text("port_of_registry", "port", QT_TRANSLATE_NOOP("FormSpecs", "2-10个汉字，如 长沙")),
        _text(
            "operation_cert_no",
            "certificate_no",
            QT_TRANSLATE_NOOP("FormSpecs", "如 湘长沙SJ（2022）0001，渡船不填"),
        ),
        FieldSpec("gross_tonnage", "gross_tonnage", Editor.INTEGER),
        FieldSpec(
            "capacity",
            "capacity",
            Editor.INTEGER,
            (),
            QT_TRANSLATE_NOOP("FormSpecs", "客船填载客位，货船填载货吨"),
        ),
        FieldSpec(
            "power_kw", "power", Editor.DECIMAL, (), QT_TRANSLATE_NOOP("FormSpecs", "取2位小数")
        ),
        _date("built_date", "built_date"),
        _date(
            "deregistration_date",
            "deregistration_date",
            QT_TRANSLATE_NOOP("FormSpecs", "拆解项目必填（计算船龄）"),
        ),
        _date("dismantle_start", "dismantling_start"),
        _date("dismantle_finish", "dismantling_finish"),
        _text(
            "refit_from_name",
            "refit_from_name",
            QT_TRANSLATE_NOOP("FormSpecs", "改建/更新项目必填"),
        ),
        FieldSpec(
            "refit_from_tonnage",
            "refit_from_tonnage",
            Editor.INTEGER,
            (),
            QT_TRANSLATE_NOOP("FormSpecs", "改建/更新项目必填"),
        ),
        _date(
            "application_date",
            "application_date",
            QT_TRANSLATE_NOOP("FormSpecs", "申请表上第一个机构签章的日期"),
        ),
        FieldSpec("estimate_amount", "estimate", Editor.DECIMAL, (), _AMOUNT_HINT),
        FieldSpec("check_amount", "check_amount", Editor.DECIMAL, (), _AMOUNT_HINT),
        _text("note", "note", _NOTE_HINT),
    ),
)

COMPLETION = FormSpec(
    kind="completions",
    noun=QT_TRANSLATE_NOOP("FormSpecs", "拆建完结"),
    parent=ParentKind.APPLICATION,
    parent_column="application_id",
    fields=(
        _date(
            "finish_date",
            "finish_date",
            QT_TRANSLATE_NOOP("FormSpecs", "船舶注销日期，机算船龄到此日"),
        ),
        _date(
            "archive_date",
            "archive_date",
            QT_TRANSLATE_NOOP("FormSpecs", "平台联审判断日④，不早于注销日期"),
        ),
        FieldSpec("check_amount", "check_amount", Editor.DECIMAL, (), _AMOUNT_HINT),
        _text("note", "note", _NOTE_HINT),
    ),
)

CARGO_OWNER = FormSpec(
    kind="cargo_owners",
    noun=QT_TRANSLATE_NOOP("FormSpecs", "货主"),
    fields=(
        *_PARTY_FIELDS,
        FieldSpec("last_year_foreign_teu", "last_year_foreign", Editor.INTEGER, (), _TEU_HINT),
        FieldSpec("last_year_domestic_teu", "last_year_domestic", Editor.INTEGER, (), _TEU_HINT),
        _text("note", "note", _NOTE_HINT),
    ),
)

MONTHLY_REPORT = FormSpec(
    kind="monthly_reports",
    noun=QT_TRANSLATE_NOOP("FormSpecs", "集装箱月报"),
    parent=ParentKind.CARGO_OWNER,
    parent_column="cargo_owner_id",
    fields=(
        FieldSpec(
            "month",
            "month",
            Editor.INTEGER,
            (),
            QT_TRANSLATE_NOOP("FormSpecs", "1-12，连续衔接前个月份"),
        ),
        FieldSpec(
            "foreign_teu",
            "foreign_teu",
            Editor.INTEGER,
            (),
            QT_TRANSLATE_NOOP("FormSpecs", "整数，0-500000重箱"),
        ),
        FieldSpec(
            "domestic_teu",
            "domestic_teu",
            Editor.INTEGER,
            (),
            QT_TRANSLATE_NOOP("FormSpecs", "整数，0-500000重箱"),
        ),
        _text("note", "note", _NOTE_HINT),
    ),
)

REWARD = FormSpec(
    kind="rewards",
    noun=QT_TRANSLATE_NOOP("FormSpecs", "奖励申请"),
    parent=ParentKind.CARGO_OWNER,
    parent_column="cargo_owner_id",
    fields=(
        _text("form_no", "form_no", QT_TRANSLATE_NOOP("FormSpecs", "如 湘潭（2024）001")),
        FieldSpec("estimate_foreign", "estimate_foreign", Editor.DECIMAL, (), _AMOUNT_HINT),
        FieldSpec("estimate_domestic", "estimate_domestic", Editor.DECIMAL, (), _AMOUNT_HINT),
        FieldSpec("check_foreign", "check_foreign", Editor.DECIMAL, (), _AMOUNT_HINT),
        FieldSpec("check_domestic", "check_domestic", Editor.DECIMAL, (), _AMOUNT_HINT),
        _text("note", "note", _NOTE_HINT),
    ),
)

SPECS: Mapping[str, FormSpec] = MappingProxyType(
    {
        spec.kind: spec
        for spec in (APPLICANT, APPLICATION, COMPLETION, CARGO_OWNER, MONTHLY_REPORT, REWARD)
    }
)
"""The form of every record kind a handler creates or modifies."""


def spec_for(kind: str) -> FormSpec:
    """The form of ``kind``; ``ValueError`` for a kind that has none."""
    spec = SPECS.get(kind)
    if spec is None:
        known = "、".join(SPECS)
        raise ValueError(f"没有“{kind}”类记录的表单，可用的有：{known}")
    return spec
