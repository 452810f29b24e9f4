"""The two spellings of a record's fields: API/database columns and core form keys.

Requests and responses use the column names (the shape of ``data`` in ``/sync/changes``, so a
desktop sends back what it stored); ``core.forms`` validates by form keys (``ship_id``,
``port`` …). Each kind declares one ``FieldMap`` (column → form key); these helpers move values
and problems between the two, so every 422 names the field the client actually sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from core.field_rules import Problem
from server.models.types import Fixed
from server.problems import validation_problem
from server.validation_messages import FieldProblem

FieldMap = Mapping[str, str]
"""Column name → core form key."""


def form_values(values: Mapping[str, Any], fields: FieldMap) -> dict[str, Any]:
    """Column-named values (a request body) as form-keyed values; other keys are dropped."""
    return {fields[column]: value for column, value in values.items() if column in fields}


def stored_values(row: Any, fields: FieldMap) -> dict[str, Any]:
    """The column-named values of a stored row, the base a partial modification is merged into."""
    return {column: getattr(row, column) for column in fields}


def column_problems(
    problems: Iterable[Problem], fields: FieldMap, extra: Mapping[str, str] | None = None
) -> list[FieldProblem]:
    """Core problems renamed to the columns the client sent (``extra`` maps other form keys)."""
    reverse = {form_key: column for column, form_key in fields.items()}
    reverse.update(extra or {})
    return [FieldProblem(reverse.get(p.field, p.field), p.message) for p in problems]


def raise_if_invalid(problems: Iterable[FieldProblem]) -> None:
    """One 422 ``validation_failed`` listing every problem, or nothing when there is none."""
    found = list(problems)
    if found:
        raise validation_problem(found)


def fitted(model: type[Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` with decimals at their column's scale (30 → 30.00 in a money column).

    The database stores them at that scale; setting them so before the flush makes the row a
    write returns identical to the row the sync feed will return later.
    """
    columns = model.__table__.c
    result = dict(values)
    for name, value in values.items():
        column_type = columns[name].type if name in columns else None
        if isinstance(column_type, Fixed) and isinstance(value, Decimal | int):
            quantum = Decimal(1).scaleb(-column_type.scale)
            result[name] = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    return result
