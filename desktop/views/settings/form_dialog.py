"""The frame of every small settings form (page 8-2 账号, 8-3 密码, 7-2 申报状态, 7-4 年份).

One behaviour for all of them:

* 提交 checks the form with the core's rules first and shows every problem beside its field at
  once; only a clean form is sent, off the UI thread;
* the server's answer is shown the same way: ``errors[]`` beside the fields (a field this form
  does not show is listed under the fields, never dropped), other refusals under the fields;
* the form stays open with everything typed until the server has accepted it — offline,
  refused or in conflict, nothing typed is lost; 放弃 on a changed form asks first;
* while a submission is on its way the form cannot be closed, so its answer is never lost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from core.field_rules import Problem
from desktop.context import AppContext
from desktop.views.settings.calls import run_in_background
from desktop.views.settings.failures import Failure, FailureKind
from desktop.views.settings.prompts import ask
from desktop.views.settings.remote import AdminApi
from desktop.views.settings.widgets import FormFields, error_label, set_message

Work = Callable[[], Any]


class FormDialog(QDialog):
    """Base of the settings forms; see the module docstring.

    Subclasses build their fields into ``self.fields``, call ``mark_clean()`` at the end of
    their ``__init__``, and implement ``values``, ``local_problems``, ``prepare`` and
    ``on_success``; ``confirm_then`` may ask before sending.
    """

    def __init__(self, context: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.context = context
        self.api = AdminApi(context.client)
        self.fields = FormFields(self)
        self.message = error_label(self, "formMessage")
        self.buttons = QDialogButtonBox(self)
        self.submit_button = self.buttons.addButton(
            self.tr("提交"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.submit_button.setObjectName("submitButton")
        self.cancel_button = self.buttons.addButton(
            self.tr("放弃"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.busy = False
        self._initial: dict[str, Any] = {}
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.fields.layout)
        layout.addLayout(self.body)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # ---- for subclasses -------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the person typed (to tell a changed form from an untouched one)."""
        raise NotImplementedError

    def local_problems(self) -> list[Problem]:
        """The core's rules, before anything is sent."""
        raise NotImplementedError

    def prepare(self) -> Work:
        """Read the fields (UI thread) and return the call to make (worker thread)."""
        raise NotImplementedError

    def on_success(self, result: Any) -> None:
        """The server accepted the form (UI thread, before the form closes)."""

    def on_conflict(self, failure: Failure) -> None:
        """412: another administrator changed the row. Default: base the next try on theirs."""
        self.show_message(
            failure.message
            + "\n"
            + self.tr("您填写的内容仍保留在表单中；再次点击【提交】将以您的内容为准覆盖。")
        )

    def confirm_then(self, send: Callable[[], None]) -> None:
        """Ask before sending, where the action has wide effects. Default: send at once."""
        send()

    # ---- state ----------------------------------------------------------------------------

    def mark_clean(self) -> None:
        self._initial = self.values()

    @property
    def dirty(self) -> bool:
        return self.values() != self._initial

    def show_message(self, text: str) -> None:
        set_message(self.message, text)

    def show_problems(self, problems: Iterable[Problem], detail: str = "") -> None:
        """Every problem beside its field; the rest (and ``detail``) under the fields."""
        unplaced = self.fields.show(problems)
        lines = [detail] if detail else []
        lines += [problem.message for problem in unplaced]
        self.show_message("\n".join(lines))
        self.fit_height()

    def fit_height(self) -> None:
        """Grow so that every problem line shown is readable (never shrink what was sized)."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed < 0:
            needed = self.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.submit_button.setEnabled(not busy)
        self.submit_button.setText(self.tr("正在提交…") if busy else self.tr("提交"))

    # ---- submitting -----------------------------------------------------------------------

    def accept(self) -> None:
        """提交: check locally, then (maybe after a question) send off the UI thread."""
        if self.busy:
            return
        problems = self.local_problems()
        self.show_problems(problems)
        if problems:
            return
        work = self.prepare()
        self.confirm_then(lambda: self._send(work))

    def _send(self, work: Work) -> None:
        self._set_busy(True)
        self.show_message("")
        run_in_background(self.context, self, work, self._done, self._failed)

    def _done(self, result: Any) -> None:
        self._set_busy(False)
        self.on_success(result)
        super().accept()

    def _failed(self, failure: Failure) -> None:
        self._set_busy(False)
        if failure.kind is FailureKind.REFUSED:
            self.show_problems(failure.problems, failure.message)
        elif failure.kind is FailureKind.CONFLICT:
            self.on_conflict(failure)
        elif failure.kind is FailureKind.UNREACHABLE:
            prefix = self.tr("无法连接服务器，未提交（管理操作不会离线排队），内容已保留：")
            self.show_message(prefix + failure.message)
        else:
            self.show_message(failure.message)

    # ---- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        """放弃: never while a submission is on its way; ask first when something was typed."""
        if self.busy:
            self.show_message(self.tr("正在提交，请等待服务器答复后再关闭。"))
            return
        if not self.dirty:
            super().reject()
            return
        ask(
            self,
            self.tr("放弃填写的内容"),
            self.tr("表单中填写的内容尚未提交，确定放弃吗？"),
            lambda: QDialog.reject(self),
            yes_text=self.tr("放弃"),
        )
