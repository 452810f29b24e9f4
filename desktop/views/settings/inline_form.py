"""A form inside a settings page (the three parts of 个人资料), with the behaviour of
``form_dialog.FormDialog``: the core's rules first with every problem beside its field, the
call off the UI thread, the server's ``errors[]`` beside the fields, and what was typed kept
until the server accepted it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from core.field_rules import Problem
from desktop.context import AppContext
from desktop.views.settings.calls import run_in_background
from desktop.views.settings.failures import Failure, FailureKind
from desktop.views.settings.remote import AdminApi
from desktop.views.settings.widgets import FormFields, error_label, set_message

Work = Callable[[], Any]


class InlineForm(QGroupBox):
    """A titled form with one submit button; subclasses implement the hooks."""

    def __init__(
        self, context: AppContext, title: str, button_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.context = context
        self.api = AdminApi(context.client)
        self.fields = FormFields(self)
        self.message = error_label(self, f"{self.__class__.__name__}Message")
        self.submit_button = QPushButton(button_text, self)
        self.submit_button.clicked.connect(self.submit)
        self._button_text = button_text
        self.busy = False
        self.allowed = False
        self.body = QVBoxLayout()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.fields.layout)
        layout.addLayout(self.body)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft)

    # ---- hooks ----------------------------------------------------------------------------

    def local_problems(self) -> list[Problem]:
        raise NotImplementedError

    def prepare(self) -> Work:
        """Read the fields (UI thread); return the call (worker thread)."""
        raise NotImplementedError

    def on_success(self, result: Any) -> None:
        raise NotImplementedError

    def on_conflict(self, failure: Failure) -> None:
        self.show_message(failure.message)

    def on_unreachable(self, failure: Failure) -> None:
        """Offline: the page's banner says so; the form keeps its values."""
        prefix = self.tr("无法连接服务器，未提交（不会离线排队），内容已保留：")
        self.show_message(prefix + failure.message)

    def confirm_then(self, send: Callable[[], None]) -> None:
        send()

    # ---- behaviour ------------------------------------------------------------------------

    def set_allowed(self, allowed: bool) -> None:
        """Whether the server is there to submit to (the page decides)."""
        self.allowed = allowed
        self.submit_button.setEnabled(allowed and not self.busy)

    def show_message(self, text: str) -> None:
        set_message(self.message, text)

    def show_problems(self, problems: Iterable[Problem], detail: str = "") -> None:
        unplaced = self.fields.show(problems)
        lines = [detail] if detail else []
        self.show_message("\n".join(lines + [problem.message for problem in unplaced]))

    def submit(self) -> None:
        if self.busy or not self.allowed:
            return
        problems = self.local_problems()
        self.show_problems(problems)
        if problems:
            return
        work = self.prepare()
        self.confirm_then(lambda: self._send(work))

    def _send(self, work: Work) -> None:
        self._set_busy(True)
        run_in_background(self.context, self, work, self._done, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.submit_button.setEnabled(self.allowed and not busy)
        self.submit_button.setText(self.tr("正在提交…") if busy else self._button_text)

    def _done(self, result: Any) -> None:
        self._set_busy(False)
        self.show_problems([])
        self.on_success(result)

    def _failed(self, failure: Failure) -> None:
        self._set_busy(False)
        if failure.kind is FailureKind.REFUSED:
            self.show_problems(failure.problems, failure.message)
        elif failure.kind is FailureKind.CONFLICT:
            self.on_conflict(failure)
        elif failure.kind is FailureKind.UNREACHABLE:
            self.on_unreachable(failure)
        else:
            self.show_message(failure.message)
