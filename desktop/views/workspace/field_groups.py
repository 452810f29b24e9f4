"""Which fields the workspace shows for each record kind, grouped as the review page groups them.

Page 3-16 (县级审核拆建申请记录) lays a ship record out in rows: who applies (申请人,
船舶所有人, 经营人), what for (政策, 项目, 航区, 动力, 船舶类型), which ship (船名, 识别号,
船籍港, 营运证号), its size (总吨, 载客位/载货吨, 功率, 建成日期), its end (注销, 拆解开工,
完工) and the application date.
The groups below follow those rows; cargo owners and rewards follow pages 4-2 and 4-8. The
amounts are not here: ``amounts_panel`` shows them side by side with their differences.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "FieldGroups"
PARENT = "@parent"
"""The pseudo-column of the record's applicant (or cargo owner): name · address."""


@dataclass(frozen=True)
class FieldGroup:
    """A titled group of columns, shown two label/value pairs to a row."""

    title: str
    columns: tuple[str, ...]

    def translated_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)


_WHO = FieldGroup(
    QT_TRANSLATE_NOOP("FieldGroups", "申请人、船舶所有人与经营人"),
    ("form_no", PARENT, "owners", "operator", "control_status", "licence_no"),
)
_WHAT = FieldGroup(
    QT_TRANSLATE_NOOP("FieldGroups", "政策、项目、航区、动力与船舶类型"),
    ("policy", "project", "area", "power_form", "ship_type"),
)
_SHIP = FieldGroup(
    QT_TRANSLATE_NOOP("FieldGroups", "船名、识别号、船籍港与营运证号"),
    ("ship_name", "ship_id_no", "port_of_registry", "operation_cert_no"),
)
_SIZE = FieldGroup(
    QT_TRANSLATE_NOOP("FieldGroups", "总吨、载客位/载货吨、功率与建成日期"),
    ("gross_tonnage", "capacity", "power_kw", "built_date", "ship_age"),
)
_END = FieldGroup(
    QT_TRANSLATE_NOOP("FieldGroups", "注销、拆解开工与完工"),
    (
        "deregistration_date",
        "dismantle_start",
        "dismantle_finish",
        "refit_from_name",
        "refit_from_tonnage",
    ),
)
_DATES = FieldGroup(
    QT_TRANSLATE_NOOP("FieldGroups", "申请日期与备注"),
    ("application_date", "created_on", "materials_uploaded_on", "note"),
)
_COMPLETION_END = FieldGroup(
    QT_TRANSLATE_NOOP("FieldGroups", "注销、完工与归档"),
    ("deregistration_date", "dismantle_start", "dismantle_finish", "finish_date", "archive_date"),
)
_PARTY = FieldGroup(
    QT_TRANSLATE_NOOP("FieldGroups", "货主"),
    ("name", "address", "credit_code", "contact", "phone", "bank_name", "bank_account"),
)
_LAST_YEAR = FieldGroup(
    QT_TRANSLATE_NOOP("FieldGroups", "上年度完成量（标箱）与备注"),
    ("last_year_foreign_teu", "last_year_domestic_teu", "materials_uploaded_on", "note"),
)
_REWARD_WHO = FieldGroup(QT_TRANSLATE_NOOP("FieldGroups", "申请人与申请表号"), (PARENT, "form_no"))
_VOLUMES = FieldGroup(
    QT_TRANSLATE_NOOP("FieldGroups", "年度数据（重箱）"),
    (
        "last_year_foreign_teu",
        "this_year_foreign_teu",
        "last_year_domestic_teu",
        "this_year_domestic_teu",
        "foreign_standard",
        "domestic_standard",
    ),
)
_REWARD_NOTE = FieldGroup(
    QT_TRANSLATE_NOOP("FieldGroups", "材料与备注"), ("materials_uploaded_on", "note")
)
_APPLICANT = FieldGroup(
    QT_TRANSLATE_NOOP("FieldGroups", "拆建申请人"),
    (
        "name",
        "applicant_type",
        "credit_code",
        "address",
        "contact",
        "phone",
        "bank_name",
        "bank_account",
        "note",
    ),
)
_MONTH = FieldGroup(
    QT_TRANSLATE_NOOP("FieldGroups", "集装箱完成量月报"),
    (PARENT, "month", "foreign_teu", "domestic_teu", "materials_uploaded_on", "note"),
)

GROUPS: Mapping[str, tuple[FieldGroup, ...]] = MappingProxyType(
    {
        "applications": (_WHO, _WHAT, _SHIP, _SIZE, _END, _DATES),
        "completions": (_WHO, _WHAT, _SHIP, _SIZE, _COMPLETION_END, _DATES),
        "cargo_owners": (_PARTY, _LAST_YEAR),
        "rewards": (_REWARD_WHO, _VOLUMES, _REWARD_NOTE),
        "applicants": (_APPLICANT,),
        "monthly_reports": (_MONTH,),
    }
)
"""The field groups of each kind (every kind a record list can open)."""

SHIP_KINDS = frozenset({"applications", "completions"})
