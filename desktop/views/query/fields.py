"""The §5.2 query form of each record kind, as data: which fields, which control, which options.

Page 5-1 of the manual lays out the conditions of the 拆建申请与完结 query; §5.3 says the other
kinds follow the same rules. Each field names a column of the kind's ``ListSource``
(``desktop.models.list_queries``) and one of the manual's control types (§5.2.1):

* ``CHOICE`` / ``YEAR`` / ``REGION`` — 下拉框, equality (the region by code prefix, SPEC §3);
* ``TEXT`` — 文本框, "contains";
* ``MULTI`` — 多选框, any of the ticked options (OR inside the condition);
* ``NUMBER_RANGE`` / ``DATE_RANGE`` — 起止框, inclusive, either end may stay empty;
* ``PRESENCE`` — 上传/未传 and the like: filled or empty.

Fields are grouped in sections as on page 5-1. Labels and section titles are translation
source texts (context ``QueryFields``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.vocab import ApplicantType, Area, ControlStatus, Decision, Policy, PowerForm, Project

CONTEXT = "QueryFields"


class Control(Enum):
    CHOICE = "choice"
    YEAR = "year"
    REGION = "region"
    TEXT = "text"
    MULTI = "multi"
    NUMBER_RANGE = "number_range"
    DATE_RANGE = "date_range"
    PRESENCE = "presence"


@dataclass(frozen=True)
class Option:
    """One choice of a dropdown or multi-select: what it says and the value it stands for."""

    label: str
    value: str | None


@dataclass(frozen=True)
class QueryField:
    """One condition of the form; ``decimals`` is the precision a number range accepts."""

    column: str
    label: str
    control: Control
    options: tuple[Option, ...] = ()
    decimals: int = 0


@dataclass(frozen=True)
class Section:
    title: str
    fields: tuple[QueryField, ...]


def _vocab(values: type[Enum]) -> tuple[Option, ...]:
    return tuple(Option(str(member.value), str(member.value)) for member in values)  # type: ignore[attr-defined]


_RESULTS = (
    Option(QT_TRANSLATE_NOOP("QueryFields", "同意"), Decision.PASS.value),
    Option(QT_TRANSLATE_NOOP("QueryFields", "退回"), Decision.RETURN.value),
    Option(QT_TRANSLATE_NOOP("QueryFields", "未审"), None),
)
_PLATFORM_RESULTS = (
    Option(QT_TRANSLATE_NOOP("QueryFields", "通过"), Decision.PASS.value),
    Option(QT_TRANSLATE_NOOP("QueryFields", "未过"), Decision.RETURN.value),
    Option(QT_TRANSLATE_NOOP("QueryFields", "未审"), None),
)
UPLOADED = QT_TRANSLATE_NOOP("QueryFields", "上传")
NOT_UPLOADED = QT_TRANSLATE_NOOP("QueryFields", "未传")


def _f(
    column: str, label: str, control: Control, *options: Option, decimals: int = 0
) -> QueryField:
    return QueryField(column, label, control, tuple(options), decimals)


def _text(column: str, label: str) -> QueryField:
    return _f(column, label, Control.TEXT)


def _numbers(column: str, label: str, decimals: int = 0) -> QueryField:
    return _f(column, label, Control.NUMBER_RANGE, decimals=decimals)


def _dates(column: str, label: str) -> QueryField:
    return _f(column, label, Control.DATE_RANGE)


def _multi(column: str, label: str, options: tuple[Option, ...]) -> QueryField:
    return _f(column, label, Control.MULTI, *options)


_WHERE = Section(
    QT_TRANSLATE_NOOP("QueryFields", "年份与区划"),
    (
        _f("year", QT_TRANSLATE_NOOP("QueryFields", "奖补年份"), Control.YEAR),
        _f("region_code", QT_TRANSLATE_NOOP("QueryFields", "所在区划"), Control.REGION),
    ),
)

_UPLOAD = _f(
    "materials_uploaded_on", QT_TRANSLATE_NOOP("QueryFields", "上传材料"), Control.PRESENCE
)


def _ship_sections(completion: bool) -> tuple[Section, ...]:
    dates = [
        _dates("application_date", QT_TRANSLATE_NOOP("QueryFields", "申请日期")),
        _dates("deregistration_date", QT_TRANSLATE_NOOP("QueryFields", "实际/拟注销日期")),
        _dates("dismantle_start", QT_TRANSLATE_NOOP("QueryFields", "实际/拟拆解开工")),
        _dates("created_on", QT_TRANSLATE_NOOP("QueryFields", "建档日期")),
        _dates("built_date", QT_TRANSLATE_NOOP("QueryFields", "建成日期")),
    ]
    if completion:
        dates += [
            _dates("finish_date", QT_TRANSLATE_NOOP("QueryFields", "拆解完工日期")),
            _dates("archive_date", QT_TRANSLATE_NOOP("QueryFields", "完结归档日")),
        ]
    return (
        _WHERE,
        Section(
            QT_TRANSLATE_NOOP("QueryFields", "申请人与经营"),
            (
                _text("applicant_name", QT_TRANSLATE_NOOP("QueryFields", "申请人")),
                _multi(
                    "applicant_type",
                    QT_TRANSLATE_NOOP("QueryFields", "申请人类别"),
                    _vocab(ApplicantType),
                ),
                _text("owners", QT_TRANSLATE_NOOP("QueryFields", "船舶所有人")),
                _text("operator", QT_TRANSLATE_NOOP("QueryFields", "船舶经营人")),
                _text("licence_no", QT_TRANSLATE_NOOP("QueryFields", "许可证/批文号")),
                _multi(
                    "control_status",
                    QT_TRANSLATE_NOOP("QueryFields", "控制状态"),
                    _vocab(ControlStatus),
                ),
                _text("form_no", QT_TRANSLATE_NOOP("QueryFields", "资金申请表号")),
            ),
        ),
        Section(
            QT_TRANSLATE_NOOP("QueryFields", "申请项目与船舶"),
            (
                _multi("policy", QT_TRANSLATE_NOOP("QueryFields", "补贴政策"), _vocab(Policy)),
                _multi("project", QT_TRANSLATE_NOOP("QueryFields", "申请项目"), _vocab(Project)),
                _multi("area", QT_TRANSLATE_NOOP("QueryFields", "船舶航区"), _vocab(Area)),
                _multi(
                    "power_form", QT_TRANSLATE_NOOP("QueryFields", "动力形式"), _vocab(PowerForm)
                ),
                _text("ship_type", QT_TRANSLATE_NOOP("QueryFields", "船舶类型")),
                _text("ship_name", QT_TRANSLATE_NOOP("QueryFields", "船名")),
                _text("ship_id_no", QT_TRANSLATE_NOOP("QueryFields", "船舶识别号")),
                _text("port_of_registry", QT_TRANSLATE_NOOP("QueryFields", "船籍港")),
                _text("operation_cert_no", QT_TRANSLATE_NOOP("QueryFields", "营运证号")),
                *(
                    ()
                    if completion
                    else (
                        _text("refit_from_name", QT_TRANSLATE_NOOP("QueryFields", "改建/已拆船名")),
                    )
                ),
            ),
        ),
        Section(QT_TRANSLATE_NOOP("QueryFields", "日期"), tuple(dates)),
        Section(
            QT_TRANSLATE_NOOP("QueryFields", "船舶参数与资金"),
            (
                _numbers("gross_tonnage", QT_TRANSLATE_NOOP("QueryFields", "船舶总吨")),
                _numbers("capacity", QT_TRANSLATE_NOOP("QueryFields", "载客位/载货吨")),
                _numbers("power_kw", QT_TRANSLATE_NOOP("QueryFields", "主机功率(千瓦)"), 2),
                _numbers("ship_age", QT_TRANSLATE_NOOP("QueryFields", "机算船龄"), 3),
                _numbers("estimate_amount", QT_TRANSLATE_NOOP("QueryFields", "资金测算(万元)"), 2),
                _numbers("check_amount", QT_TRANSLATE_NOOP("QueryFields", "资金复核(万元)"), 2),
                _numbers("machine_amount", QT_TRANSLATE_NOOP("QueryFields", "资金机算(万元)"), 2),
            ),
        ),
        Section(
            QT_TRANSLATE_NOOP("QueryFields", "材料与审核"),
            (
                _UPLOAD,
                _multi(
                    "platform_result",
                    QT_TRANSLATE_NOOP("QueryFields", "平台联审"),
                    _PLATFORM_RESULTS,
                ),
                _multi("county_result", QT_TRANSLATE_NOOP("QueryFields", "县级审核"), _RESULTS),
                _multi("city_result", QT_TRANSLATE_NOOP("QueryFields", "市级审核"), _RESULTS),
                _multi("province_result", QT_TRANSLATE_NOOP("QueryFields", "省级审核"), _RESULTS),
                _dates("county_on", QT_TRANSLATE_NOOP("QueryFields", "县级审核日期")),
                _dates("city_on", QT_TRANSLATE_NOOP("QueryFields", "市级审核日期")),
                _dates("province_on", QT_TRANSLATE_NOOP("QueryFields", "省级审核日期")),
            ),
        ),
    )


_CONTACT = (
    _text("contact", QT_TRANSLATE_NOOP("QueryFields", "联系人")),
    _text("phone", QT_TRANSLATE_NOOP("QueryFields", "联系电话")),
    _text("bank_name", QT_TRANSLATE_NOOP("QueryFields", "开户银行")),
    _text("bank_account", QT_TRANSLATE_NOOP("QueryFields", "银行账号")),
)

_APPLICANTS = (
    _WHERE,
    Section(
        QT_TRANSLATE_NOOP("QueryFields", "申请人"),
        (
            _text("name", QT_TRANSLATE_NOOP("QueryFields", "申请人")),
            _multi(
                "applicant_type",
                QT_TRANSLATE_NOOP("QueryFields", "申请人类别"),
                _vocab(ApplicantType),
            ),
            _text("credit_code", QT_TRANSLATE_NOOP("QueryFields", "社会信用代码/身份证号")),
            _text("address", QT_TRANSLATE_NOOP("QueryFields", "地址")),
            *_CONTACT,
            _dates("created_on", QT_TRANSLATE_NOOP("QueryFields", "建档日期")),
        ),
    ),
)

_CARGO_OWNERS = (
    _WHERE,
    Section(
        QT_TRANSLATE_NOOP("QueryFields", "货主"),
        (
            _text("name", QT_TRANSLATE_NOOP("QueryFields", "货主")),
            _text("credit_code", QT_TRANSLATE_NOOP("QueryFields", "社会信用代码")),
            _text("address", QT_TRANSLATE_NOOP("QueryFields", "营业执照地址")),
            *_CONTACT,
            _dates("created_on", QT_TRANSLATE_NOOP("QueryFields", "建档日期")),
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("QueryFields", "上年完成量与审核"),
        (
            _numbers("last_year_foreign_teu", QT_TRANSLATE_NOOP("QueryFields", "上年外贸(标箱)")),
            _numbers("last_year_domestic_teu", QT_TRANSLATE_NOOP("QueryFields", "上年内贸(标箱)")),
            _UPLOAD,
            _multi("city_result", QT_TRANSLATE_NOOP("QueryFields", "市级审核"), _RESULTS),
            _dates("city_on", QT_TRANSLATE_NOOP("QueryFields", "市级审核日期")),
        ),
    ),
)

_MONTHLY_REPORTS = (
    _WHERE,
    Section(
        QT_TRANSLATE_NOOP("QueryFields", "月报"),
        (
            _text("cargo_owner_name", QT_TRANSLATE_NOOP("QueryFields", "货主")),
            _numbers("month", QT_TRANSLATE_NOOP("QueryFields", "报告月")),
            _numbers("foreign_teu", QT_TRANSLATE_NOOP("QueryFields", "外贸完成量(标箱)")),
            _numbers("domestic_teu", QT_TRANSLATE_NOOP("QueryFields", "内贸完成量(标箱)")),
            _numbers("total_teu", QT_TRANSLATE_NOOP("QueryFields", "合计(标箱)")),
            _UPLOAD,
            _dates("created_on", QT_TRANSLATE_NOOP("QueryFields", "建档日期")),
        ),
    ),
)

_REWARDS = (
    _WHERE,
    Section(
        QT_TRANSLATE_NOOP("QueryFields", "奖励申请"),
        (
            _text("cargo_owner_name", QT_TRANSLATE_NOOP("QueryFields", "货主")),
            _text("form_no", QT_TRANSLATE_NOOP("QueryFields", "申请表号")),
            _numbers("this_year_foreign_teu", QT_TRANSLATE_NOOP("QueryFields", "本年外贸(标箱)")),
            _numbers("this_year_domestic_teu", QT_TRANSLATE_NOOP("QueryFields", "本年内贸(标箱)")),
            _numbers("machine_foreign", QT_TRANSLATE_NOOP("QueryFields", "外贸机算(万元)"), 2),
            _numbers("machine_domestic", QT_TRANSLATE_NOOP("QueryFields", "内贸机算(万元)"), 2),
            _numbers("estimate_foreign", QT_TRANSLATE_NOOP("QueryFields", "外贸测算(万元)"), 2),
            _numbers("estimate_domestic", QT_TRANSLATE_NOOP("QueryFields", "内贸测算(万元)"), 2),
            _dates("created_on", QT_TRANSLATE_NOOP("QueryFields", "建档日期")),
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("QueryFields", "材料与审核"),
        (
            _UPLOAD,
            _multi("city_result", QT_TRANSLATE_NOOP("QueryFields", "市级审核"), _RESULTS),
            _multi("province_result", QT_TRANSLATE_NOOP("QueryFields", "省级审核"), _RESULTS),
            _dates("city_on", QT_TRANSLATE_NOOP("QueryFields", "市级审核日期")),
            _dates("province_on", QT_TRANSLATE_NOOP("QueryFields", "省级审核日期")),
        ),
    ),
)

_FORMS: dict[str, tuple[Section, ...]] = {
    "applicants": _APPLICANTS,
    "applications": _ship_sections(completion=False),
    "completions": _ship_sections(completion=True),
    "cargo_owners": _CARGO_OWNERS,
    "monthly_reports": _MONTHLY_REPORTS,
    "rewards": _REWARDS,
}


def query_form(kind: str) -> tuple[Section, ...]:
    """The sections and fields of ``kind``'s query form."""
    return _FORMS[kind]


def all_fields(kind: str) -> tuple[QueryField, ...]:
    return tuple(field for section in _FORMS[kind] for field in section.fields)
