"""Setting a widget's style only when it changes.

``setStyleSheet`` re-polishes the widget and its children even when the sheet is the same;
the workspace repaints a dozen labels for every record the reviewer moves to, within the
50 ms a decision may take, so unchanged styles are left alone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def set_style(widget: QWidget, sheet: str) -> None:
    """``widget.setStyleSheet(sheet)`` unless it already has exactly that sheet."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)
