"""The subsidy year's standards table and material list, as synced in ``subsidy_years.data``.

Both are data, editable per year (SPEC §4): the 政策及规定 pages show them as the server sent
them, so what a reviewer reads is what the server computes with.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop.models.database import CacheDatabase
from desktop.models.mirror import SubsidyYear


@dataclass(frozen=True)
class YearRules:
    """One year's standards rows and material-list rows (plain dicts, server field names)."""

    year: int
    standards: tuple[dict[str, Any], ...]
    materials: tuple[dict[str, Any], ...]


def _rows(data: dict[str, Any], key: str) -> tuple[dict[str, Any], ...]:
    rows = data.get(key)
    if not isinstance(rows, list):
        return ()
    return tuple(row for row in rows if isinstance(row, dict))


def year_rules(db: CacheDatabase, year: int | None = None) -> YearRules | None:
    """The rules of ``year`` (default: the newest synced year); None before any sync."""
    with db.read() as session:
        statement = select(SubsidyYear.year, SubsidyYear.data).where(SubsidyYear.year.is_not(None))
        if year is not None:
            statement = statement.where(SubsidyYear.year == year)
        found = session.execute(statement.order_by(SubsidyYear.year.desc()).limit(1)).first()
    if found is None:
        return None
    found_year, raw = found
    try:
        data = json.loads(raw or "{}")
    except json.JSONDecodeError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    return YearRules(int(found_year), _rows(data, "standards"), _rows(data, "materials"))
