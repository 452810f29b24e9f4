"""A record's review position as ``core.workflow`` sees it, read from and written to its columns.

The per-level columns (``county_result``/``county_on`` …) and ``materials_uploaded_on`` are
the denormalised current state (``server.models.record_parts``); the workflow rules work on
``ReviewState``. These two functions are the only translation between them, so a rule change
in the core never needs a column-by-column edit in a handler.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from core import workflow
from core.vocab import Decision, Level, RecordKind
from core.workflow import LevelResult, ReviewState

_PREFIX: Mapping[Level, str] = MappingProxyType(
    {
        Level.PLATFORM: "platform",
        Level.COUNTY: "county",
        Level.CITY: "city",
        Level.PROVINCE: "province",
    }
)


def level_columns(level: Level) -> tuple[str, str]:
    """The result and date column names of ``level``: ("county_result", "county_on")."""
    prefix = _PREFIX[level]
    return f"{prefix}_result", f"{prefix}_on"


def review_state(kind: RecordKind, row: Any) -> ReviewState:
    """The review state stored on ``row`` (levels outside the kind's chain stay empty)."""
    state = ReviewState(materials_uploaded_at=getattr(row, "materials_uploaded_on", None))
    for level in workflow.chain(kind):
        result_column, date_column = level_columns(level)
        decision = getattr(row, result_column)
        result = LevelResult(
            None if decision is None else Decision(decision), getattr(row, date_column)
        )
        state = state.with_result(level, result)
    return state


def store_state(kind: RecordKind, row: Any, state: ReviewState) -> None:
    """Write ``state`` back to ``row``; a cleared joint-review failure drops its problem text."""
    for level in workflow.chain(kind):
        result_column, date_column = level_columns(level)
        result = state.result(level)
        setattr(row, result_column, None if result.decision is None else str(result.decision))
        setattr(row, date_column, result.on)
    if hasattr(row, "materials_uploaded_on"):
        row.materials_uploaded_on = state.materials_uploaded_at
    if hasattr(row, "joint_review_problems") and state.platform.decision is None:
        row.joint_review_problems = ""


def passed(row: Any, level: Level) -> bool:
    """Whether ``level``'s latest result on ``row`` is 同意."""
    return getattr(row, level_columns(level)[0], None) == Decision.PASS
