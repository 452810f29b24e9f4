"""The workspace's keyboard shortcuts: decide and move on without touching the mouse.

Ctrl+Enter approves, Ctrl+R (or Ctrl+Shift+Enter) returns, Alt+→ / Alt+← (or Ctrl+PgDn /
Ctrl+PgUp) move through the list. Plain PgDn/PgUp stay with the PDF viewer, which turns pages
with them. The shortcuts are window-wide, so they work whichever panel has the focus, and the
buttons' tooltips name them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Keys:
    """What Qt listens for (``Return`` is the main key, ``Enter`` the keypad's)."""

    approve: tuple[str, ...] = ("Ctrl+Return", "Ctrl+Enter")
    give_back: tuple[str, ...] = ("Ctrl+R", "Ctrl+Shift+Return", "Ctrl+Shift+Enter")
    following: tuple[str, ...] = ("Alt+Right", "Ctrl+PgDown")
    previous: tuple[str, ...] = ("Alt+Left", "Ctrl+PgUp")


KEYS = Keys()
APPROVE_TIPS = ["Ctrl+Enter"]
RETURN_TIPS = ["Ctrl+R", "Ctrl+Shift+Enter"]
"""How the tooltips name them (people say Enter for both keys)."""


def bind(window: QWidget, keys: tuple[str, ...], slot: Callable[[], None]) -> QAction:
    """A window-wide action triggering ``slot`` on any of ``keys``."""
    action = QAction(window)
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(slot)
    window.addAction(action)
    return action
