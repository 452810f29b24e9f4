"""Both versions of a record, field by field, with the fields that differ marked.

The conflicts view shows "mine" (the cached row with my queued change) beside "theirs" (the
server's current row, from the 412 answer or the pull). The fields come in the order people
know them (``desktop.views.forms.columns``), the differing ones flagged, the bookkeeping ones
(timestamps, creator) left out — a difference there is never what the person decides on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.views.forms.columns import HIDDEN_COLUMNS, column_label, known_columns

SKIPPED = HIDDEN_COLUMNS | {"id", "version"}


@dataclass(frozen=True)
class FieldRow:
    """One field of the two versions."""

    column: str
    label: str
    mine: str
    theirs: str
    changed: bool


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _ordered(columns: set[str]) -> list[str]:
    known = [column for column in known_columns() if column in columns]
    rest = sorted(columns - set(known))
    return known + rest


def field_rows(mine: Mapping[str, Any] | None, theirs: Mapping[str, Any] | None) -> list[FieldRow]:
    """Every compared field of the two versions, the differing ones first (a missing side
    shows as empty), so what the person decides on is at the top without scrolling."""
    mine, theirs = mine or {}, theirs or {}
    columns = (set(mine) | set(theirs)) - SKIPPED
    rows = []
    for column in _ordered(columns):
        left, right = _text(mine.get(column)), _text(theirs.get(column))
        rows.append(FieldRow(column, column_label(column), left, right, left != right))
    return [row for row in rows if row.changed] + [row for row in rows if not row.changed]
