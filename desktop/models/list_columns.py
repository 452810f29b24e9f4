"""The columns of each record list, as the manual's list pages show them, and their text.

Pages 3-1 (applicants), 3-6 and 3-15 (applications, county review), 3-17 (completions), 4-1
(cargo owners), 4-5 (monthly reports) and 4-7 (rewards) fix which fields a reviewer expects to
see and in which order; the review marks (√, ×, 退) come from ``core.workflow`` so the list and
the server never disagree about what a result looks like.

A column names a column of the kind's ``ListSource`` (``desktop.models.list_queries``); sorting
by it is an ORDER BY on that column. Labels are translation source texts (context
``ListColumns``) translated where they are shown.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache, partial
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core import regions, workflow
from core.joint_review import PASS_OPINION
from core.query import SortRule
from core.vocab import Decision, Level
from desktop.reports.model import CellFormat

CONTEXT = "ListColumns"


class Display(Enum):
    """How a column's values read on screen and in the exported file."""

    TEXT = "text"
    DATE = "date"
    INTEGER = "integer"
    MONEY = "money"
    DECIMAL_2 = "decimal_2"
    DECIMAL_3 = "decimal_3"
    MARK = "mark"
    UPLOAD = "upload"
    REGION = "region"
    PROBLEMS = "problems"
    """Joint-review problems; the pass opinion some results store instead reads as none."""


_EXPORT_FORMATS: Mapping[Display, CellFormat] = MappingProxyType(
    {
        Display.DATE: CellFormat.DATE,
        Display.INTEGER: CellFormat.INTEGER,
        Display.MONEY: CellFormat.MONEY,
        Display.DECIMAL_2: CellFormat.DECIMAL_2,
        Display.DECIMAL_3: CellFormat.DECIMAL_3,
    }
)

_NUMERIC = frozenset(
    {Display.INTEGER, Display.MONEY, Display.DECIMAL_2, Display.DECIMAL_3, Display.DATE}
)


@dataclass(frozen=True)
class ListColumn:
    """One list column: the source column, its label and how its values read."""

    key: str
    label: str
    display: Display = Display.TEXT
    level: Level | None = None

    @property
    def export_format(self) -> CellFormat:
        return _EXPORT_FORMATS.get(self.display, CellFormat.TEXT)

    @property
    def right_aligned(self) -> bool:
        return self.display in _NUMERIC and self.display is not Display.DATE

    @property
    def centred(self) -> bool:
        return self.display in (Display.MARK, Display.UPLOAD, Display.DATE)


@dataclass(frozen=True)
class ListSpec:
    """The columns of one kind's list and the order it opens in."""

    kind: str
    columns: tuple[ListColumn, ...]
    default_sort: tuple[SortRule, ...]

    def index_of(self, key: str) -> int:
        for index, column in enumerate(self.columns):
            if column.key == key:
                return index
        raise KeyError(key)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(column.key for column in self.columns)


def _c(key: str, label: str, display: Display = Display.TEXT) -> ListColumn:
    return ListColumn(key, label, display)


def _mark(level: Level, label: str) -> ListColumn:
    result_column = {
        Level.PLATFORM: "platform_result",
        Level.COUNTY: "county_result",
        Level.CITY: "city_result",
        Level.PROVINCE: "province_result",
    }[level]
    return ListColumn(result_column, label, Display.MARK, level)


_UPLOAD = _c("materials_uploaded_on", QT_TRANSLATE_NOOP("ListColumns", "上传材料"), Display.UPLOAD)
_REGION = _c("region_code", QT_TRANSLATE_NOOP("ListColumns", "所在区划"), Display.REGION)
_CREATED = _c("created_on", QT_TRANSLATE_NOOP("ListColumns", "建档日期"), Display.DATE)
_SHIP_HEAD = (
    _c("ship_name", QT_TRANSLATE_NOOP("ListColumns", "船名")),
    _c("policy", QT_TRANSLATE_NOOP("ListColumns", "政策")),
    _c("project", QT_TRANSLATE_NOOP("ListColumns", "项目")),
    _c("area", QT_TRANSLATE_NOOP("ListColumns", "航区")),
    _c("power_form", QT_TRANSLATE_NOOP("ListColumns", "动力")),
    _c("ship_type", QT_TRANSLATE_NOOP("ListColumns", "船舶类型")),
    _c("applicant_name", QT_TRANSLATE_NOOP("ListColumns", "申请人")),
    _UPLOAD,
    _mark(Level.PLATFORM, QT_TRANSLATE_NOOP("ListColumns", "联审")),
    _mark(Level.COUNTY, QT_TRANSLATE_NOOP("ListColumns", "县审")),
    _mark(Level.CITY, QT_TRANSLATE_NOOP("ListColumns", "市审")),
    _mark(Level.PROVINCE, QT_TRANSLATE_NOOP("ListColumns", "省审")),
    _c("application_date", QT_TRANSLATE_NOOP("ListColumns", "申请日期"), Display.DATE),
)
_SHIP_TAIL = (
    _c("gross_tonnage", QT_TRANSLATE_NOOP("ListColumns", "总吨"), Display.INTEGER),
    _c("capacity", QT_TRANSLATE_NOOP("ListColumns", "载客/载重"), Display.INTEGER),
    _c("power_kw", QT_TRANSLATE_NOOP("ListColumns", "功率(千瓦)"), Display.DECIMAL_2),
    _c("estimate_amount", QT_TRANSLATE_NOOP("ListColumns", "测算(万元)"), Display.MONEY),
    _c("check_amount", QT_TRANSLATE_NOOP("ListColumns", "复核(万元)"), Display.MONEY),
    _c("machine_amount", QT_TRANSLATE_NOOP("ListColumns", "机算(万元)"), Display.MONEY),
    _c("form_no", QT_TRANSLATE_NOOP("ListColumns", "申请表号")),
    _REGION,
)

_SPECS: dict[str, ListSpec] = {
    "applicants": ListSpec(
        "applicants",
        (
            _c("name", QT_TRANSLATE_NOOP("ListColumns", "申请人")),
            _c("applicant_type", QT_TRANSLATE_NOOP("ListColumns", "类别")),
            _c("credit_code", QT_TRANSLATE_NOOP("ListColumns", "社会信用代码/身份证号")),
            _c("address", QT_TRANSLATE_NOOP("ListColumns", "地址")),
            _c("contact", QT_TRANSLATE_NOOP("ListColumns", "联系人")),
            _c("phone", QT_TRANSLATE_NOOP("ListColumns", "联系电话")),
            _c("bank_name", QT_TRANSLATE_NOOP("ListColumns", "开户银行")),
            _c("bank_account", QT_TRANSLATE_NOOP("ListColumns", "银行账号")),
            _REGION,
            _CREATED,
        ),
        (SortRule("created_on", descending=True),),
    ),
    "applications": ListSpec(
        "applications",
        (
            *_SHIP_HEAD,
            _c("deregistration_date", QT_TRANSLATE_NOOP("ListColumns", "注销日期"), Display.DATE),
            _c("dismantle_start", QT_TRANSLATE_NOOP("ListColumns", "拆解开工"), Display.DATE),
            _c("dismantle_finish", QT_TRANSLATE_NOOP("ListColumns", "拆解完工"), Display.DATE),
            *_SHIP_TAIL,
        ),
        (SortRule("application_date"),),
    ),
    "completions": ListSpec(
        "completions",
        (
            *_SHIP_HEAD,
            _c("deregistration_date", QT_TRANSLATE_NOOP("ListColumns", "注销日期"), Display.DATE),
            _c("finish_date", QT_TRANSLATE_NOOP("ListColumns", "拆解完工"), Display.DATE),
            _c("archive_date", QT_TRANSLATE_NOOP("ListColumns", "完结归档日"), Display.DATE),
            *_SHIP_TAIL,
        ),
        (SortRule("archive_date"),),
    ),
    "cargo_owners": ListSpec(
        "cargo_owners",
        (
            _c("name", QT_TRANSLATE_NOOP("ListColumns", "货主")),
            _UPLOAD,
            _mark(Level.CITY, QT_TRANSLATE_NOOP("ListColumns", "市审")),
            _c("contact", QT_TRANSLATE_NOOP("ListColumns", "联系人")),
            _c("phone", QT_TRANSLATE_NOOP("ListColumns", "联系电话")),
            _c("credit_code", QT_TRANSLATE_NOOP("ListColumns", "社会信用代码")),
            _c("address", QT_TRANSLATE_NOOP("ListColumns", "营业执照地址")),
            _c("bank_name", QT_TRANSLATE_NOOP("ListColumns", "开户银行")),
            _c(
                "last_year_foreign_teu",
                QT_TRANSLATE_NOOP("ListColumns", "上年外贸(标箱)"),
                Display.INTEGER,
            ),
            _c(
                "last_year_domestic_teu",
                QT_TRANSLATE_NOOP("ListColumns", "上年内贸(标箱)"),
                Display.INTEGER,
            ),
            _REGION,
            _CREATED,
        ),
        (SortRule("created_on", descending=True),),
    ),
    "monthly_reports": ListSpec(
        "monthly_reports",
        (
            _c("cargo_owner_name", QT_TRANSLATE_NOOP("ListColumns", "货主")),
            _c("year", QT_TRANSLATE_NOOP("ListColumns", "年份"), Display.TEXT),
            _c("month", QT_TRANSLATE_NOOP("ListColumns", "月份"), Display.INTEGER),
            _c("total_teu", QT_TRANSLATE_NOOP("ListColumns", "合计(标箱)"), Display.INTEGER),
            _c("foreign_teu", QT_TRANSLATE_NOOP("ListColumns", "外贸(标箱)"), Display.INTEGER),
            _c("domestic_teu", QT_TRANSLATE_NOOP("ListColumns", "内贸(标箱)"), Display.INTEGER),
            _c(
                "materials_uploaded_on",
                QT_TRANSLATE_NOOP("ListColumns", "材料上传"),
                Display.UPLOAD,
            ),
            _REGION,
            _CREATED,
        ),
        (SortRule("cargo_owner_name"), SortRule("month")),
    ),
    "rewards": ListSpec(
        "rewards",
        (
            _c("cargo_owner_name", QT_TRANSLATE_NOOP("ListColumns", "货主")),
            _c("form_no", QT_TRANSLATE_NOOP("ListColumns", "申请表号")),
            _UPLOAD,
            _mark(Level.CITY, QT_TRANSLATE_NOOP("ListColumns", "市审")),
            _mark(Level.PROVINCE, QT_TRANSLATE_NOOP("ListColumns", "省审")),
            _c(
                "last_year_total_teu", QT_TRANSLATE_NOOP("ListColumns", "上年合计"), Display.INTEGER
            ),
            _c(
                "last_year_foreign_teu",
                QT_TRANSLATE_NOOP("ListColumns", "上年外贸"),
                Display.INTEGER,
            ),
            _c(
                "last_year_domestic_teu",
                QT_TRANSLATE_NOOP("ListColumns", "上年内贸"),
                Display.INTEGER,
            ),
            _c(
                "this_year_total_teu", QT_TRANSLATE_NOOP("ListColumns", "本年合计"), Display.INTEGER
            ),
            _c(
                "this_year_foreign_teu",
                QT_TRANSLATE_NOOP("ListColumns", "本年外贸"),
                Display.INTEGER,
            ),
            _c(
                "this_year_domestic_teu",
                QT_TRANSLATE_NOOP("ListColumns", "本年内贸"),
                Display.INTEGER,
            ),
            _c(
                "estimate_foreign",
                QT_TRANSLATE_NOOP("ListColumns", "测算外贸(万元)"),
                Display.MONEY,
            ),
            _c(
                "estimate_domestic",
                QT_TRANSLATE_NOOP("ListColumns", "测算内贸(万元)"),
                Display.MONEY,
            ),
            _c("check_foreign", QT_TRANSLATE_NOOP("ListColumns", "复核外贸(万元)"), Display.MONEY),
            _c("check_domestic", QT_TRANSLATE_NOOP("ListColumns", "复核内贸(万元)"), Display.MONEY),
            _c(
                "machine_foreign", QT_TRANSLATE_NOOP("ListColumns", "机算外贸(万元)"), Display.MONEY
            ),
            _c(
                "machine_domestic",
                QT_TRANSLATE_NOOP("ListColumns", "机算内贸(万元)"),
                Display.MONEY,
            ),
            _REGION,
        ),
        (SortRule("created_on", descending=True),),
    ),
}


def list_spec(kind: str) -> ListSpec:
    """The list columns of ``kind`` (a table name such as ``applications``)."""
    return _SPECS[kind]


@cache
def _region_name(code: str) -> str:
    region = regions.find(code)
    return code if region is None else region.short_name


def _number(value: Any, places: int, separator: str = "") -> str:
    return f"{Decimal(value):{separator}.{places}f}"


def display_text(column: ListColumn, value: Any) -> str:
    """The value as the list shows it: marks for results, 万元 with 2 decimals, ISO dates."""
    if column.display is Display.MARK and column.level is not None:
        return _mark_text(value, column.level)
    if column.display is Display.UPLOAD:
        return workflow.PASS_MARK if value is not None else workflow.FAIL_MARK
    if value is None:
        return ""
    return _FORMATTERS.get(column.display, str)(value)


@cache
def _mark_text(value: Any, level: Level) -> str:
    """√ / × / 退 by ``core.workflow``; a result word a newer server invented shows as is.

    Cached: a column holds a handful of distinct results, and a 100,000-row export asks for
    each of them hundreds of thousands of times."""
    if not value:
        return ""
    try:
        decision = Decision(value)
    except ValueError:
        return str(value)
    return workflow.mark(workflow.LevelResult(decision), level)


def _date_text(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


_FORMATTERS = {
    Display.DATE: _date_text,
    Display.INTEGER: lambda value: str(int(value)),
    Display.MONEY: lambda value: _number(value, 2),
    Display.DECIMAL_2: lambda value: _number(value, 2),
    Display.DECIMAL_3: lambda value: _number(value, 3),
    Display.REGION: lambda value: _region_name(str(value)),
    Display.PROBLEMS: lambda value: "" if value == PASS_OPINION else str(value),
}


_AS_SHOWN = frozenset({Display.MARK, Display.UPLOAD, Display.REGION, Display.PROBLEMS})
"""Columns exported as the list's text; the others keep their typed value (numbers and
dates; the writer turns a date or date-time into an Excel date)."""


def export_converters(spec: ListSpec) -> tuple[tuple[int, Callable[[Any], Any]], ...]:
    """(column index, converter) for each column the export writes as text.

    Worked out once per export, so the 100,000-row export touches only those cells instead
    of deciding again for every one of its millions of cells.
    """
    return tuple(
        (index, partial(display_text, column))
        for index, column in enumerate(spec.columns)
        if column.display in _AS_SHOWN
    )
