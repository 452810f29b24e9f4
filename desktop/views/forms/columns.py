"""The Chinese names of record columns, for every view that shows a field by its column name.

The workspace's field groups, the forms and the conflicts view all name fields by the column
names the cache and the API use (``ship_id_no``, ``estimate_amount`` …). One table of labels,
marked for Qt's translation system (``QT_TRANSLATE_NOOP``) and translated when shown, keeps the
three views saying the same word for the same field, in the manual's wording (pages 3-7, 3-16,
4-2, 4-6, 4-8).
"""

from __future__ import annotations

from types import MappingProxyType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "RecordColumns"

_LABELS = MappingProxyType(
    {
        "form_no": QT_TRANSLATE_NOOP("RecordColumns", "资金申请表号"),
        "applicant_id": QT_TRANSLATE_NOOP("RecordColumns", "申请人"),
        "application_id": QT_TRANSLATE_NOOP("RecordColumns", "拆建申请"),
        "cargo_owner_id": QT_TRANSLATE_NOOP("RecordColumns", "货主"),
        "name": QT_TRANSLATE_NOOP("RecordColumns", "申请人"),
        "credit_code": QT_TRANSLATE_NOOP("RecordColumns", "社信码/身份证号"),
        "address": QT_TRANSLATE_NOOP("RecordColumns", "营业执照/身份证地址"),
        "applicant_type": QT_TRANSLATE_NOOP("RecordColumns", "申请人类别"),
        "contact": QT_TRANSLATE_NOOP("RecordColumns", "联系人"),
        "phone": QT_TRANSLATE_NOOP("RecordColumns", "联系电话"),
        "bank_name": QT_TRANSLATE_NOOP("RecordColumns", "开户银行名称"),
        "bank_account": QT_TRANSLATE_NOOP("RecordColumns", "银行账号"),
        "owners": QT_TRANSLATE_NOOP("RecordColumns", "船舶所有人"),
        "operator": QT_TRANSLATE_NOOP("RecordColumns", "船舶经营人"),
        "control_status": QT_TRANSLATE_NOOP("RecordColumns", "控制状态"),
        "licence_no": QT_TRANSLATE_NOOP("RecordColumns", "证/文号"),
        "policy": QT_TRANSLATE_NOOP("RecordColumns", "补贴政策"),
        "project": QT_TRANSLATE_NOOP("RecordColumns", "申请项目"),
        "area": QT_TRANSLATE_NOOP("RecordColumns", "船舶航区"),
        "power_form": QT_TRANSLATE_NOOP("RecordColumns", "动力形式"),
        "ship_type": QT_TRANSLATE_NOOP("RecordColumns", "船舶类型"),
        "ship_name": QT_TRANSLATE_NOOP("RecordColumns", "船名"),
        "ship_id_no": QT_TRANSLATE_NOOP("RecordColumns", "船舶识别号"),
        "port_of_registry": QT_TRANSLATE_NOOP("RecordColumns", "船籍港"),
        "operation_cert_no": QT_TRANSLATE_NOOP("RecordColumns", "营运证号"),
        "gross_tonnage": QT_TRANSLATE_NOOP("RecordColumns", "船舶总吨"),
        "capacity": QT_TRANSLATE_NOOP("RecordColumns", "载客位/载货吨"),
        "power_kw": QT_TRANSLATE_NOOP("RecordColumns", "主机功率（千瓦）"),
        "built_date": QT_TRANSLATE_NOOP("RecordColumns", "建成日期"),
        "ship_age": QT_TRANSLATE_NOOP("RecordColumns", "机算船龄"),
        "deregistration_date": QT_TRANSLATE_NOOP("RecordColumns", "实际/拟注销日期"),
        "dismantle_start": QT_TRANSLATE_NOOP("RecordColumns", "拆解开工"),
        "dismantle_finish": QT_TRANSLATE_NOOP("RecordColumns", "拆解完工"),
        "refit_from_name": QT_TRANSLATE_NOOP("RecordColumns", "改建/已拆船名"),
        "refit_from_tonnage": QT_TRANSLATE_NOOP("RecordColumns", "改建/已拆船总吨"),
        "application_date": QT_TRANSLATE_NOOP("RecordColumns", "申请日期"),
        "finish_date": QT_TRANSLATE_NOOP("RecordColumns", "船舶注销/建成完工"),
        "archive_date": QT_TRANSLATE_NOOP("RecordColumns", "完结归档日"),
        "estimate_amount": QT_TRANSLATE_NOOP("RecordColumns", "资金测算（万元）"),
        "check_amount": QT_TRANSLATE_NOOP("RecordColumns", "资金复核（万元）"),
        "machine_amount": QT_TRANSLATE_NOOP("RecordColumns", "资金机算（万元）"),
        "machine_formula": QT_TRANSLATE_NOOP("RecordColumns", "机算公式"),
        "last_year_foreign_teu": QT_TRANSLATE_NOOP("RecordColumns", "上年外贸完成量"),
        "last_year_domestic_teu": QT_TRANSLATE_NOOP("RecordColumns", "上年内贸完成量"),
        "this_year_foreign_teu": QT_TRANSLATE_NOOP("RecordColumns", "本年外贸完成量"),
        "this_year_domestic_teu": QT_TRANSLATE_NOOP("RecordColumns", "本年内贸完成量"),
        "foreign_standard": QT_TRANSLATE_NOOP("RecordColumns", "外贸奖补标准"),
        "domestic_standard": QT_TRANSLATE_NOOP("RecordColumns", "内贸奖补标准"),
        "machine_foreign": QT_TRANSLATE_NOOP("RecordColumns", "外贸资金机算（万元）"),
        "machine_domestic": QT_TRANSLATE_NOOP("RecordColumns", "内贸资金机算（万元）"),
        "estimate_foreign": QT_TRANSLATE_NOOP("RecordColumns", "外贸资金测算（万元）"),
        "estimate_domestic": QT_TRANSLATE_NOOP("RecordColumns", "内贸资金测算（万元）"),
        "check_foreign": QT_TRANSLATE_NOOP("RecordColumns", "外贸资金复核（万元）"),
        "check_domestic": QT_TRANSLATE_NOOP("RecordColumns", "内贸资金复核（万元）"),
        "month": QT_TRANSLATE_NOOP("RecordColumns", "报告月"),
        "foreign_teu": QT_TRANSLATE_NOOP("RecordColumns", "本月外贸完成量"),
        "domestic_teu": QT_TRANSLATE_NOOP("RecordColumns", "本月内贸完成量"),
        "note": QT_TRANSLATE_NOOP("RecordColumns", "备注"),
        "year": QT_TRANSLATE_NOOP("RecordColumns", "奖补年份"),
        "region_code": QT_TRANSLATE_NOOP("RecordColumns", "所在区划"),
        "created_on": QT_TRANSLATE_NOOP("RecordColumns", "建档日期"),
        "created_by": QT_TRANSLATE_NOOP("RecordColumns", "建档账号"),
        "updated_at": QT_TRANSLATE_NOOP("RecordColumns", "修改时间"),
        "materials_uploaded_on": QT_TRANSLATE_NOOP("RecordColumns", "上传材料日期"),
        "platform_result": QT_TRANSLATE_NOOP("RecordColumns", "平台联审结果"),
        "platform_on": QT_TRANSLATE_NOOP("RecordColumns", "平台联审日期"),
        "joint_review_problems": QT_TRANSLATE_NOOP("RecordColumns", "联审问题"),
        "county_result": QT_TRANSLATE_NOOP("RecordColumns", "县级审核结果"),
        "county_on": QT_TRANSLATE_NOOP("RecordColumns", "县级审核日期"),
        "city_result": QT_TRANSLATE_NOOP("RecordColumns", "市级审核结果"),
        "city_on": QT_TRANSLATE_NOOP("RecordColumns", "市级审核日期"),
        "province_result": QT_TRANSLATE_NOOP("RecordColumns", "省级审核结果"),
        "province_on": QT_TRANSLATE_NOOP("RecordColumns", "省级审核日期"),
    }
)

HIDDEN_COLUMNS = frozenset({"created_at", "updated_at", "created_by", "data"})
"""Bookkeeping columns no person compares (the conflicts view leaves them out)."""


def column_label(column: str) -> str:
    """The translated label of ``column``; the column name itself when it has none."""
    source = _LABELS.get(column)
    return QCoreApplication.translate(CONTEXT, source) if source else column


def known_columns() -> tuple[str, ...]:
    """Every labelled column, in the table's order (the order the conflicts view lists them)."""
    return tuple(_LABELS)
