"""The list columns of the platform pages: the kind's usual list plus the problems themselves.

On the county's and city's queues the 联审 column's √ / × is enough; on the platform pages the
person runs the joint review to see *why* a ship failed (manual §3.3 提示 3), so the stored
problem texts ("营运证无效①；无所有权登记②") stand right after that mark, where the eye already
is. Everything else — column order, sorting, export — stays the kind's list
(``desktop.models.list_columns``).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.vocab import Level
from desktop.models.list_columns import Display, ListColumn, ListSpec, list_spec

PROBLEMS = ListColumn(
    "joint_review_problems", QT_TRANSLATE_NOOP("ListColumns", "联审问题"), Display.PROBLEMS
)


def platform_list_spec(kind: str) -> ListSpec:
    """``kind``'s list columns with the problems column after the platform mark."""
    spec = list_spec(kind)
    columns = list(spec.columns)
    mark = next(i for i, column in enumerate(columns) if column.level is Level.PLATFORM)
    columns.insert(mark + 1, PROBLEMS)
    return replace(spec, columns=tuple(columns))
