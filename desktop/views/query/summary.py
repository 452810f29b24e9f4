"""A one-line reading of a query, shown above the list it filters.

A reviewer who comes back to a filtered list must see at a glance why it holds 37 records and
not 2,000: "申请项目：拆解、更新；船名含“机”；船舶总吨 100 至 500 · 排序：申请日期↑".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from core import regions
from core.query import (
    AnyOf,
    Condition,
    Contains,
    Equal,
    IsNull,
    NotNull,
    Query,
    Range,
    RegionPrefix,
    Scalar,
)
from desktop.models.list_columns import CONTEXT as COLUMNS_CONTEXT
from desktop.models.list_columns import ListSpec
from desktop.views.query.fields import CONTEXT, NOT_UPLOADED, UPLOADED, all_fields


def _value(value: Scalar, labels: dict[str | None, str]) -> str:
    if isinstance(value, date):
        return value.isoformat()
    if value in labels:
        return labels[value]  # type: ignore[index]
    return str(value)


def _region_text(prefix: str) -> str:
    """ "4301" reads 长沙市 (a city prefix covers its counties), "430121" 长沙县."""
    code = prefix.ljust(6, "0")
    region = regions.find(code)
    return prefix if region is None else region.short_name


def _describe(condition: Condition, label: str, labels: dict[str | None, str]) -> str:
    if isinstance(condition, Contains):
        return QCoreApplication.translate("QuerySummary", "{0}含“{1}”").format(
            label, condition.text
        )
    if isinstance(condition, AnyOf):
        return f"{label}：{'、'.join(_value(v, labels) for v in condition.values)}"
    if isinstance(condition, Range):
        low = "" if condition.low is None else _value(condition.low, labels)
        high = "" if condition.high is None else _value(condition.high, labels)
        if not high:
            return QCoreApplication.translate("QuerySummary", "{0} ≥ {1}").format(label, low)
        if not low:
            return QCoreApplication.translate("QuerySummary", "{0} ≤ {1}").format(label, high)
        return QCoreApplication.translate("QuerySummary", "{0} {1} 至 {2}").format(label, low, high)
    if isinstance(condition, NotNull):
        return f"{label}：{QCoreApplication.translate(CONTEXT, UPLOADED)}"
    if isinstance(condition, IsNull):
        return f"{label}：{QCoreApplication.translate(CONTEXT, NOT_UPLOADED)}"
    if isinstance(condition, RegionPrefix):
        return f"{label}：{_region_text(condition.prefix)}"
    if isinstance(condition, Equal):
        return f"{label}：{_value(condition.value, labels)}"
    return label


def describe_conditions(kind: str, query: Query) -> str:
    """The conditions in words, "；" between them ("" when there are none)."""
    fields = {field.column: field for field in all_fields(kind)}
    parts: list[str] = []
    for condition in query.conditions:
        if condition.is_empty():
            continue
        field = fields.get(condition.column)
        label = QCoreApplication.translate(CONTEXT, field.label) if field else condition.column
        labels = {
            option.value: QCoreApplication.translate(CONTEXT, option.label)
            for option in (field.options if field else ())
        }
        parts.append(_describe(condition, label, labels))
    return "；".join(parts)


def describe_sort(spec: ListSpec, query: Query) -> str:
    """The sort keys in words: "申请日期↑，船名↓"."""
    names = {c.key: QCoreApplication.translate(COLUMNS_CONTEXT, c.label) for c in spec.columns}
    return "，".join(
        f"{names.get(rule.column, rule.column)}{'↓' if rule.descending else '↑'}"
        for rule in query.sort
    )
