"""The review workspace (SPEC §8): a record beside its materials, approve or return, next.

``open_workspace`` is what a record list calls on double-click.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.context import AppContext
from desktop.views.workspace.window import WorkspaceWindow

__all__ = ["WorkspaceWindow", "open_workspace"]


def open_workspace(
    context: AppContext, kind: str, ids: list[str], index: int, parent: QWidget | None = None
) -> QWidget:
    """Open the workspace on ``ids[index]`` of a list of records of table ``kind``, shown.

    ``ids`` is the list the reviewer double-clicked in (usually their queue, in its order):
    after each decision the next one opens, and the previous/next buttons walk it. The window
    owns itself (it is deleted when closed); ``parent`` only ties its lifetime to the caller's.
    """
    if not ids:
        raise ValueError("open_workspace needs at least one record id")
    window = WorkspaceWindow(context, kind, ids, index, parent)
    window.show()
    return window
