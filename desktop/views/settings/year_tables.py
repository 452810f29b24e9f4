"""The two tables of a subsidy year as sheets: columns, new rows, checks before saving, and
where the problems of an answer belong.

The server names a standards problem by ``rows.<i>.<field>`` (``server.system_admin.
standards_check``); the material list's rules (``core.materials``) name rows in their text
("第 3 行…"). Both end up on the cell or row they are about; the rest is listed for the sheet.
Qt-free apart from marking the column titles for translation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core import materials as material_rules
from core.field_rules import Problem
from core.standards import ShipClass, StandardCategory, Waters
from core.vocab import Policy, PowerForm, Project, Stage
from desktop.views.settings.sheet_model import Kind, SheetColumn, SheetProblems

STANDARDS = "standards"
MATERIALS = "materials"
_FIELD_PATH = re.compile(r"^rows\.(\d+)\.(\w+)$")
_ROW_IN_TEXT = re.compile(r"第\s*(\d+)\s*行(?:的“(\w+)”)?")


def _values(kind: Iterable[Any]) -> tuple[str, ...]:
    return tuple(member.value for member in kind)


STANDARD_COLUMNS = (
    SheetColumn("code", QT_TRANSLATE_NOOP("SheetModel", "编码"), width=80),
    SheetColumn(
        "category",
        QT_TRANSLATE_NOOP("SheetModel", "类别"),
        Kind.CHOICE,
        _values(StandardCategory),
        width=130,
    ),
    SheetColumn("description", QT_TRANSLATE_NOOP("SheetModel", "说明"), width=300),
    SheetColumn("param_unit", QT_TRANSLATE_NOOP("SheetModel", "参数单位"), width=70),
    SheetColumn("param_range", QT_TRANSLATE_NOOP("SheetModel", "参数范围"), width=90),
    SheetColumn("coefficient", QT_TRANSLATE_NOOP("SheetModel", "系数"), width=70),
    SheetColumn("unit", QT_TRANSLATE_NOOP("SheetModel", "单位"), width=70),
    SheetColumn(
        "policy",
        QT_TRANSLATE_NOOP("SheetModel", "补贴政策"),
        Kind.CHOICE,
        _values(Policy),
        optional=True,
        width=70,
    ),
    SheetColumn(
        "project",
        QT_TRANSLATE_NOOP("SheetModel", "申请项目"),
        Kind.CHOICE,
        _values(Project),
        optional=True,
        width=70,
    ),
    SheetColumn(
        "waters",
        QT_TRANSLATE_NOOP("SheetModel", "水域"),
        Kind.CHOICE,
        _values(Waters),
        optional=True,
        width=60,
    ),
    SheetColumn(
        "ship_class",
        QT_TRANSLATE_NOOP("SheetModel", "客货"),
        Kind.CHOICE,
        _values(ShipClass),
        optional=True,
        width=60,
    ),
    SheetColumn(
        "ship_type", QT_TRANSLATE_NOOP("SheetModel", "船舶类型"), blank_is_none=True, width=90
    ),
    SheetColumn(
        "power_form",
        QT_TRANSLATE_NOOP("SheetModel", "动力形式"),
        Kind.CHOICE,
        _values(PowerForm),
        optional=True,
    ),
    SheetColumn("placeholder", QT_TRANSLATE_NOOP("SheetModel", "占位"), Kind.FLAG, width=50),
)

MATERIAL_COLUMNS = (
    SheetColumn("code", QT_TRANSLATE_NOOP("SheetModel", "编码"), width=70),
    SheetColumn("name", QT_TRANSLATE_NOOP("SheetModel", "材料文件名"), width=270),
    SheetColumn("max_mb", QT_TRANSLATE_NOOP("SheetModel", "上限(M)"), width=60),
    SheetColumn(
        "stage", QT_TRANSLATE_NOOP("SheetModel", "阶段"), Kind.CHOICE, _values(Stage), width=60
    ),
    SheetColumn(
        "policies",
        QT_TRANSLATE_NOOP("SheetModel", "补贴政策"),
        Kind.CHOICES,
        _values(Policy),
        width=80,
    ),
    SheetColumn(
        "projects",
        QT_TRANSLATE_NOOP("SheetModel", "申请项目"),
        Kind.CHOICES,
        _values(Project),
        width=170,
    ),
    SheetColumn(
        "operations",
        QT_TRANSLATE_NOOP("SheetModel", "经营类别"),
        Kind.CHOICES,
        _values(material_rules.Operation),
    ),
    SheetColumn("required", QT_TRANSLATE_NOOP("SheetModel", "必需"), Kind.FLAG, width=50),
    SheetColumn("zip_name", QT_TRANSLATE_NOOP("SheetModel", "Zip包名"), width=340),
    SheetColumn(
        "uploaded_by_city_or_province",
        QT_TRANSLATE_NOOP("SheetModel", "市州/省上传"),
        Kind.FLAG,
        width=80,
    ),
)


@dataclass(frozen=True)
class TableKind:
    """What differs between the two tables."""

    name: str
    title: str
    columns: tuple[SheetColumn, ...]


TABLES = {
    STANDARDS: TableKind(STANDARDS, "奖补标准", STANDARD_COLUMNS),
    MATERIALS: TableKind(MATERIALS, "材料清单", MATERIAL_COLUMNS),
}


def blank_row(table: str, year: int) -> dict[str, Any]:
    """A new row with every field present, for the person to fill in."""
    if table == STANDARDS:
        return {
            "year": year,
            "code": "",
            "category": StandardCategory.STANDARD.value,
            "description": "",
            "param_unit": "",
            "param_range": "",
            "coefficient": "0",
            "unit": "",
            "placeholder": False,
            **{key: None for key in ("policy", "project", "waters", "ship_class")},
            "ship_type": None,
            "power_form": None,
        }
    return {
        "year": year,
        "code": "",
        "name": "",
        "max_mb": "10",
        "stage": Stage.APPLICATION.value,
        "policies": [],
        "projects": [],
        "operations": [],
        "required": True,
        "zip_name": "",
        "uploaded_by_city_or_province": False,
    }


def copied_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``row`` to edit into a new one; codes must stay unique, so it has none."""
    return {**row, "code": ""}


def local_problems(table: str, year: int, rows: Sequence[Mapping[str, Any]]) -> list[Problem]:
    """The material list's rules (``core.materials``) before saving; the server checks the
    standards table whole (its rules live with the calculators' data on the server)."""
    if table != MATERIALS:
        return []
    if not rows:
        return [Problem("rows", "材料清单不能为空，至少需要一行")]
    try:
        material_rules.specs_from_dicts([{**row, "year": year} for row in rows])
    except material_rules.MaterialListError as error:
        return [Problem("rows", message) for message in error.problems]
    return []


def place(problems: Iterable[Problem], keys: Iterable[str], row_count: int) -> SheetProblems:
    """Each problem on its cell (a known field of a row), its row, or the whole sheet."""
    known = set(keys)
    placed = SheetProblems.empty()
    for problem in problems:
        row, key = _location(problem)
        if row is None or not 0 <= row < row_count:
            placed.general.append(problem.message)
        elif key in known:
            placed.cells.setdefault((row, str(key)), []).append(problem.message)
        else:
            placed.rows.setdefault(row, []).append(problem.message)
    return placed


def _location(problem: Problem) -> tuple[int | None, str | None]:
    match = _FIELD_PATH.match(problem.field)
    if match:
        return int(match[1]), match[2]
    found = _ROW_IN_TEXT.search(problem.message)
    if found:
        return int(found[1]) - 1, found[2]
    return None, None
