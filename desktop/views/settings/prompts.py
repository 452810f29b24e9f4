"""Confirmations that do not block: a question box opened window-modal with ``open()``.

A nested ``exec()`` event loop would keep running the rest of the app underneath (sync
answers, list refreshes) in the middle of a half-finished click handler; ``open()`` returns at
once and the action continues from the box's answer. Cancel is the default button, so a
reflexive Enter never deletes a status or deactivates an account.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

CONFIRM_BOX = "confirmBox"
CONFIRM_BUTTON = "confirmYes"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsPrompts", text)


def ask(
    parent: QWidget,
    title: str,
    text: str,
    on_yes: Callable[[], None],
    *,
    yes_text: str = "",
    detail: str = "",
) -> QMessageBox:
    """Ask ``text``; ``on_yes()`` runs only if the person presses the confirm button."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName(CONFIRM_BOX)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if detail:
        box.setInformativeText(detail)
    yes = box.addButton(yes_text or _tr("确定"), QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName(CONFIRM_BUTTON)
    cancel = box.addButton(_tr("取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def answered() -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(answered)
    box.open()
    return box
