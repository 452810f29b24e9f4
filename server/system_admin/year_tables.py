"""A subsidy year's two tables as data (SPEC §4): the standards table and the material list,
read and replaced whole.

A table is replaced whole, at the year row's version (``If-Match``): the settings dialog edits
the table as one sheet, and two administrators editing different rows of the same table must
see each other's change rather than merge blindly. Each table is stored in the canonical form
of its core type (``StandardsTable.to_dicts``, ``specs_to_dicts``), so every desktop reads back
exactly what the calculators and the zip inspector use.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from core import materials as material_rules
from core.field_rules import Problem
from server.form_problems import raise_form_problems
from server.models import SubsidyYear
from server.system_admin.standards_check import check_standards
from server.system_admin.views import YearTable
from server.system_admin.years import year_row
from server.writes import WriteResult, check_version
from server.writes.preconditions import etag

Rows = list[dict[str, Any]]


class TableName(StrEnum):
    """The two tables of a year, by their column in ``subsidy_years``."""

    STANDARDS = "standards"
    MATERIALS = "materials"


def table_of(row: SubsidyYear, table: TableName) -> YearTable:
    rows: Rows = getattr(row, table.value)
    return YearTable(year=row.year, version=row.version, rows=rows)


def standards_rows(year: int, rows: Sequence[Mapping[str, Any]]) -> tuple[list[Problem], Rows]:
    """Every problem of an edited standards table, or its canonical rows."""
    problems, table = check_standards(year, rows)
    return problems, [] if table is None else table.to_dicts()


def _material_year_problems(year: int, rows: Sequence[Mapping[str, Any]]) -> list[Problem]:
    return [
        Problem(
            f"rows.{index}.year",
            f"材料清单第 {index + 1} 行：年份应为{year}（与奖补年份一致），现为 {row['year']!r}",
        )
        for index, row in enumerate(rows)
        if "year" in row and (isinstance(row["year"], bool) or row["year"] != year)
    ]


def material_rows(year: int, rows: Sequence[Mapping[str, Any]]) -> tuple[list[Problem], Rows]:
    """Every problem of an edited material list (``core.materials``' rules), or its rows."""
    if not rows:
        return [Problem("rows", "材料清单不能为空，至少需要一行")], []
    problems = _material_year_problems(year, rows)
    try:
        specs = material_rules.specs_from_dicts([{**row, "year": year} for row in rows])
    except material_rules.MaterialListError as error:
        return problems + [Problem("rows", message) for message in error.problems], []
    if problems:
        return problems, []
    return [], [dict(row) for row in material_rules.specs_to_dicts(specs)]


_CHECKERS: dict[
    TableName, Callable[[int, Sequence[Mapping[str, Any]]], tuple[list[Problem], Rows]]
] = {
    TableName.STANDARDS: standards_rows,
    TableName.MATERIALS: material_rows,
}


def replace_table(
    session: Session,
    year: int,
    table: TableName,
    rows: Sequence[Mapping[str, Any]],
    expected: int,
) -> WriteResult:
    """Check the whole table, every problem at once, then store it (200)."""
    row = year_row(session, year, for_update=True)
    check_version(row, expected)
    problems, canonical = _CHECKERS[table](year, rows)
    raise_form_problems(problems)
    setattr(row, table.value, canonical)
    session.flush()
    answer = table_of(row, table).model_dump(mode="json")
    return WriteResult(200, answer, {"ETag": etag(row.version)})
