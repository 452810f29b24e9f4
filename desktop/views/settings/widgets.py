"""Small widgets the settings pages share: a form grid that shows problems beside the fields,
a password field with a show/hide eye, and a banner for offline and result messages.

Problems come from the core validators (before sending) and from the server's
``errors[{field, message}]`` (after): both name fields by the same keys, so one mapping puts
every problem beside its field at once (补正 "tell everything at once"), and a problem whose
field the form does not show is not lost but listed in the form's general message.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from core.field_rules import Problem

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #666666;"
SHORT_HINT_CHARS = 14
"""Hints up to this many characters stand beside the field; longer ones go under it."""
_BANNER_COLOURS = {
    "warning": ("#fff4ce", "#e0c36a", "#5c4500"),
    "error": ("#fde7e9", "#e8a0a8", "#8a0010"),
    "info": ("#e8f1fb", "#a9c8ec", "#0b3a6b"),
    "success": ("#e6f4ea", "#9fd1ad", "#0d5224"),
}
"""(background, border, text) of each banner style."""


def error_label(parent: QWidget, name: str) -> QLabel:
    """A red, word-wrapped label, hidden while it has nothing to say."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def hint_label(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(HINT_STYLE)
    label.setWordWrap(True)
    return label


def set_message(label: QLabel, text: str) -> None:
    """Show ``text`` (or hide the label when it is empty)."""
    label.setText(text)
    label.setVisible(bool(text))


class FormFields:
    """A grid of label | field | hint rows, each with a problem line under the field."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self.layout = QGridLayout()
        self.layout.setColumnStretch(1, 1)
        self.layout.setHorizontalSpacing(12)
        self.layout.setVerticalSpacing(2)
        self._errors: dict[str, QLabel] = {}
        self._rows = 0

    def add(self, key: str, label: str, widget: QWidget, hint: str = "") -> QWidget:
        """Add a field whose problems (by ``key``) show under it; returns ``widget``.

        A short hint ("2-4个汉字") stands to the right, as on the manual's pages; a long one
        (the password rule) goes under the field, where it has the width to be read whole.
        """
        row = self._rows
        caption = QLabel(label, self._parent)
        caption.setBuddy(widget)
        self.layout.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignVCenter)
        self.layout.addWidget(widget, row, 1)
        if hint and len(hint) <= SHORT_HINT_CHARS:
            beside = QLabel(hint, self._parent)
            beside.setStyleSheet(HINT_STYLE)
            self.layout.addWidget(beside, row, 2)
        elif hint:
            row += 1
            self.layout.addWidget(hint_label(self._parent, hint), row, 1, 1, 2)
        error = error_label(self._parent, f"error_{key}")
        self.layout.addWidget(error, row + 1, 1, 1, 2)
        self._errors[key] = error
        self._rows = row + 2
        return widget

    def alias(self, key: str, shown_as: str) -> None:
        """Show problems of ``key`` beside the field of ``shown_as`` (one field, two names)."""
        self._errors[key] = self._errors[shown_as]

    def add_text(self, label: str, widget: QWidget) -> None:
        """A read-only row (what cannot be changed), without a problem line."""
        self.layout.addWidget(QLabel(label, self._parent), self._rows, 0)
        self.layout.addWidget(widget, self._rows, 1, 1, 2)
        self._rows += 1

    def clear(self) -> None:
        for label in self._errors.values():
            set_message(label, "")

    def show(self, problems: Iterable[Problem]) -> list[Problem]:
        """Put every problem beside its field; returns those of fields this form lacks."""
        self.clear()
        grouped: dict[int, list[str]] = {}
        labels: dict[int, QLabel] = {}
        unplaced: list[Problem] = []
        for problem in problems:
            label = self._errors.get(problem.field)
            if label is None:
                unplaced.append(problem)
                continue
            labels[id(label)] = label
            messages = grouped.setdefault(id(label), [])
            if problem.message not in messages:
                messages.append(problem.message)
        for key, messages in grouped.items():
            set_message(labels[key], "\n".join(messages))
        return unplaced

    def error_text(self, key: str) -> str:
        """The problems shown beside ``key`` ("" when there are none)."""
        return self._errors[key].text()


def eye_icon(visible: bool) -> QIcon:
    """An eye (struck through while the password is hidden), drawn so no icon file is needed."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#444444"), 2.4))
    outline = QPainterPath(QPointF(3, 16))
    outline.quadTo(QPointF(16, 2), QPointF(29, 16))
    outline.quadTo(QPointF(16, 30), QPointF(3, 16))
    painter.drawPath(outline)
    painter.setBrush(QColor("#444444"))
    painter.drawEllipse(QRectF(12, 12, 8, 8))
    if not visible:
        painter.setPen(QPen(QColor("#444444"), 2.6))
        painter.drawLine(QPointF(5, 27), QPointF(27, 5))
    painter.end()
    return QIcon(pixmap)


class PasswordEdit(QLineEdit):
    """A password field with an eye at its end that shows or hides what was typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setMaxLength(64)
        self.eye = QAction(self)
        self.eye.setCheckable(True)
        self.eye.toggled.connect(self._show_text)
        self.addAction(self.eye, QLineEdit.ActionPosition.TrailingPosition)
        self._show_text(False)

    def _show_text(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.setEchoMode(mode)
        self.eye.setIcon(eye_icon(shown))
        self.eye.setToolTip(self.tr("隐藏密码") if shown else self.tr("显示密码"))


class Banner(QFrame):
    """A coloured message across a page (offline, done, refused), with an optional button."""

    action_clicked = Signal()

    def __init__(self, parent: QWidget | None = None, action_text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel(self)
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button = QPushButton(action_text, self)
        self.button.setVisible(bool(action_text))
        self.button.clicked.connect(self.action_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_message(self, text: str, style: str = "info", *, with_action: bool = False) -> None:
        background, border, text_colour = _BANNER_COLOURS[style]
        self.setStyleSheet(
            f"QFrame#banner {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 4px; }} QLabel#bannerText {{ color: {text_colour}; }}"
        )
        self.label.setText(text)
        self.button.setVisible(with_action and bool(self.button.text()))
        self.show()

    def clear(self) -> None:
        self.label.setText("")
        self.hide()

    @property
    def text(self) -> str:
        """The message shown ("" when the banner is hidden)."""
        return "" if self.isHidden() else self.label.text()
