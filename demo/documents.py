"""What each material PDF says: the fields a real certificate or form of that name shows.

Material names are data (the year's list, ``core.material_list_2024``), so documents are
matched by the words in the name (所有权登记, 检验, 营业运输证 …) rather than by code; a name no
rule knows still gets a document listing the record's main facts, so a list edited next year
never breaks the demo. ``Subject`` holds a record's facts as display text.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

Subject = Mapping[str, str]
"""A record's facts as display text, keyed by the labels of ``LABELS``."""

LABELS = MappingProxyType(
    {
        "form_no": "申请表号",
        "applicant": "申请人",
        "credit_code": "统一社会信用代码/身份证号",
        "address": "住所",
        "policy": "补贴政策",
        "project": "申请项目",
        "ship_name": "船名",
        "ship_id_no": "船舶识别号",
        "port": "船籍港",
        "ship_type": "船舶类型",
        "area": "航区",
        "owners": "船舶所有人",
        "operator": "船舶经营人",
        "control": "控制状态",
        "licence_no": "许可证/批文号",
        "certificate_no": "营运证号",
        "gross": "总吨",
        "capacity": "载客位/载货吨",
        "power": "主机功率（千瓦）",
        "built": "建成日期",
        "application_date": "申请日期",
        "estimate": "资金测算（万元）",
        "deregistration": "注销日期",
        "dismantle_start": "拆解开工日期",
        "dismantle_finish": "拆解完工日期",
        "refit_from": "改建前/已拆船名",
        "refit_tonnage": "改建前/已拆船总吨",
        "bank": "开户银行",
        "account": "银行账号",
        "contact": "联系人",
        "phone": "联系电话",
        "month": "报告月",
        "foreign_teu": "外贸重箱（TEU）",
        "domestic_teu": "内贸重箱（TEU）",
        "last_foreign": "上年外贸完成量（TEU）",
        "last_domestic": "上年内贸完成量（TEU）",
        "this_foreign": "本年外贸完成量（TEU）",
        "this_domestic": "本年内贸完成量（TEU）",
        "reward": "奖励资金机算（万元）",
    }
)

_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("上年完成量", ("applicant", "credit_code", "last_foreign", "last_domestic")),
    ("完成量证明", ("applicant", "month", "foreign_teu", "domestic_teu")),
    ("汇总表", ("applicant", "this_foreign", "this_domestic", "last_foreign", "last_domestic")),
    (
        "资金申请表（奖励）",
        (
            "form_no",
            "applicant",
            "credit_code",
            "this_foreign",
            "this_domestic",
            "reward",
            "bank",
            "account",
        ),
    ),
    (
        "资金申请表",
        (
            "form_no",
            "applicant",
            "credit_code",
            "address",
            "policy",
            "project",
            "ship_name",
            "ship_id_no",
            "gross",
            "power",
            "application_date",
            "estimate",
            "bank",
            "account",
        ),
    ),
    ("营业执照", ("applicant", "credit_code", "address", "contact", "phone")),
    ("身份证件", ("applicant", "credit_code", "address")),
    ("所有权登记", ("ship_name", "ship_id_no", "port", "owners", "built", "gross")),
    ("检验", ("ship_name", "ship_id_no", "ship_type", "gross", "capacity", "power", "built")),
    ("营运证注销", ("ship_name", "certificate_no", "operator", "deregistration")),
    ("营业运输证", ("ship_name", "certificate_no", "operator", "area", "ship_type", "gross")),
    ("经营许可", ("operator", "licence_no", "area")),
    ("渡运许可", ("operator", "applicant", "licence_no", "ship_name")),
    ("协议", ("owners", "operator", "control", "ship_name", "ship_id_no")),
    ("开户", ("applicant", "bank", "account")),
    ("改建前", ("refit_from", "refit_tonnage", "ship_id_no", "port")),
    ("已拆解", ("refit_from", "refit_tonnage", "port")),
    ("拆解完工", ("ship_name", "ship_id_no", "dismantle_start", "dismantle_finish")),
    ("注销登记", ("ship_name", "ship_id_no", "owners", "deregistration")),
    ("建造完工", ("ship_name", "ship_id_no", "built", "gross", "capacity", "power")),
)

_FALLBACK = ("applicant", "ship_name", "ship_id_no", "form_no", "application_date")

SCANNED_WORDS = ("照片",)
"""Materials that are photographs: always image-only scans, never a text document."""


def title_of(name: str) -> str:
    """The document title: the material name without its extension."""
    return name[:-4] if name.lower().endswith(".pdf") else name


def is_photo(name: str) -> bool:
    return any(word in name for word in SCANNED_WORDS)


def lines_for(name: str, subject: Subject) -> list[str]:
    """The "label：value" lines of the document called ``name`` about ``subject``."""
    keys = next((keys for word, keys in _RULES if word in name), _FALLBACK)
    lines = [f"{LABELS[key]}：{subject[key]}" for key in keys if subject.get(key)]
    return lines or [f"{LABELS[key]}：{subject[key]}" for key in _FALLBACK if subject.get(key)]
