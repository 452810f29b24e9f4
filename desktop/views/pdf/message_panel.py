"""What the viewer shows instead of pages: nothing opened yet, or why a file cannot be shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QToolButton, QVBoxLayout, QWidget

_ICON_SIZE = 48


class MessagePanel(QWidget):
    """A centred headline, an explanation, and (for failures) the "另存为…" escape hatch."""

    def __init__(self, save_copy: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfMessagePanel")
        self.icon = QLabel(self)
        self.title = QLabel(self)
        self.detail = QLabel(self)
        self.save_button = QToolButton(self)
        self.save_button.setDefaultAction(save_copy)
        self.save_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._style_labels()
        column = QVBoxLayout()
        column.addWidget(self.icon)
        column.addWidget(self.title)
        column.addWidget(self.detail)
        column.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)
        self.show_hint("")

    def _style_labels(self) -> None:
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        # Labels span the column (no alignment flag in the layout), or word-wrapped Chinese
        # would get one line's height and be clipped.
        for label in (self.title, self.detail):
            label.setWordWrap(True)
        for label in (self.icon, self.title, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self.title, self.detail):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_hint(self, text: str) -> None:
        """A quiet line of guidance, e.g. before any material is chosen."""
        self.icon.hide()
        self.title.hide()
        self.save_button.hide()
        self.detail.setText(text)

    def show_failure(self, title: str, detail: str) -> None:
        """Why the file cannot be shown and what to do, with a way to save it anyway."""
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(pixmap.pixmap(_ICON_SIZE, _ICON_SIZE))
        self.icon.show()
        self.title.setText(title)
        self.title.show()
        self.detail.setText(detail)
        self.save_button.show()

    def text(self) -> str:
        """Everything the panel says, for accessibility and tests."""
        parts = [self.title.text() if self.title.isVisibleTo(self) else "", self.detail.text()]
        return "\n".join(part for part in parts if part)
