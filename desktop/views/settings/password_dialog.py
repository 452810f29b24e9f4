"""Page 8-3 新建/重建登录密码: an administrator sets a new password for an account.

The 9字密码 rule is the core's and its message appears beside the field before anything is
sent (the server checks the same rule). A reset ends the account's sessions and lifts a
lockout — usually why the reset was asked for — so the page says so when it is done.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from core.field_rules import Problem
from core.forms import validate_new_password
from core.validators import PASSWORD_EXAMPLE
from desktop.context import AppContext
from desktop.views.settings.failures import Failure
from desktop.views.settings.form_dialog import FormDialog, Work
from desktop.views.settings.widgets import PasswordEdit


class PasswordDialog(FormDialog):
    """Set a new password for the account of a page 8-1 ``row``."""

    password_set = Signal(str)
    """The account id whose password was set."""

    def __init__(
        self, context: AppContext, row: Mapping[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, self.tr("新建/重建登录密码"), parent)
        self.setObjectName("passwordDialog")
        self.row = dict(row)
        self.password = PasswordEdit(self)
        self.password_confirm = PasswordEdit(self)
        who = QLabel(f"{row.get('id', '')}【{row.get('name', '')}】", self)
        self.fields.add_text(self.tr("账号"), who)
        hint = self.tr("至少3个不同字母（含大小写）、3个不同数字、3个不同半角标点，如 {}").format(
            PASSWORD_EXAMPLE
        )
        self.fields.add("password", self.tr("新密码"), self.password, hint)
        self.fields.add("password_confirm", self.tr("确认密码"), self.password_confirm)
        self.resize(640, self.sizeHint().height())
        self.mark_clean()

    def values(self) -> dict[str, Any]:
        return {"password": self.password.text(), "password_confirm": self.password_confirm.text()}

    def local_problems(self) -> list[Problem]:
        return validate_new_password(self.values())

    def prepare(self) -> Work:
        api, password = self.api, self.password.text()
        account_id, version = str(self.row["id"]), int(self.row["version"])
        return lambda: api.reset_password(account_id, password, version)

    def on_success(self, result: Any) -> None:
        self.password_set.emit(str(self.row["id"]))

    def on_conflict(self, failure: Failure) -> None:
        if failure.current_version is not None:
            self.row["version"] = failure.current_version
        super().on_conflict(failure)
