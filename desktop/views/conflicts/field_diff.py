"""Both versions of a record, field by field, with the fields that differ marked.

The conflicts view shows "mine" (the cached row with my queued change) beside "theirs" (the
server's current row, from the 412 answer or the pull). The fields come in the order people
know them (``desktop.views.forms.columns``), the differing ones flagged, the bookkeeping ones
(timestamps, creator) left out — a difference there is never what the person decides on.
A reference field (the applicant, the cargo owner, the application) shows the name of the row
it points to (``references``); whether it changed is still judged on the ids, since two
applicants may share a name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from desktop.views.conflicts.references import REFERENCES
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


def _named(column: str, text: str, names: Mapping[str, str]) -> str:
    """A reference field's id as the name of its row (when the cache knows it)."""
    return names.get(text, text) if column in REFERENCES else text


def _ordered(columns: set[str]) -> list[str]:
    known = [column for column in known_columns() if column in columns]
    rest = sorted(columns - set(known))
    return known + rest


def field_rows(
    mine: Mapping[str, Any] | None,
    theirs: Mapping[str, Any] | None,
    names: Mapping[str, str] = MappingProxyType({}),
) -> list[FieldRow]:
    """Every compared field of the two versions, the differing ones first (a missing side
    shows as empty), so what the person decides on is at the top without scrolling.

    ``names``: id → name of the rows the reference fields point to (``references``)."""
    mine, theirs = mine or {}, theirs or {}
    columns = (set(mine) | set(theirs)) - SKIPPED
    rows = []
    for column in _ordered(columns):
        left, right = _text(mine.get(column)), _text(theirs.get(column))
        label = column_label(column)
        shown_left, shown_right = _named(column, left, names), _named(column, right, names)
        rows.append(FieldRow(column, label, shown_left, shown_right, left != right))
    return [row for row in rows if row.changed] + [row for row in rows if not row.changed]
