"""The three parts of 个人资料: own name and unit (manual 8.2, page 8-5), own password, and
注销(自己)登录者 (8.3, page 8-6).

A changed password ends the account's other sessions and keeps this one (the server's rule);
if the person had ticked "remember password", the keyring gets the new one, so the silent
session renewal keeps working. Deactivating oneself ends every session and forgets the stored
token and password: the account can never log in again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from core.field_rules import Problem
from core.validators import PASSWORD_EXAMPLE
from desktop.context import AppContext
from desktop.sync import credentials
from desktop.views.settings import account_form
from desktop.views.settings.authority import permissions_text, region_label
from desktop.views.settings.failures import Failure
from desktop.views.settings.inline_form import InlineForm, Work
from desktop.views.settings.prompts import ask
from desktop.views.settings.widgets import PasswordEdit, hint_label

EDITABLE = ("name", "unit", "department")


class ProfileForm(InlineForm):
    """Page 8-5: the person's own name, unit and department."""

    saved = Signal(dict)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("修改(自己)登录者信息"), self.tr("保存个人资料"), parent)
        self.setObjectName("profileForm")
        self.account = QLabel(self)
        self.region = QLabel(self)
        self.permissions = QLabel(self)
        self.edits = {key: QLineEdit(self) for key in EDITABLE}
        self.loaded: dict[str, str] = {}
        self.version: int | None = None
        self.fields.add_text(self.tr("登录账号"), self.account)
        self.fields.add_text(self.tr("所在区划"), self.region)
        self.fields.add_text(self.tr("账号权限"), self.permissions)
        self.fields.add("name", self.tr("姓名"), self.edits["name"], self.tr("2-4个汉字"))
        self.fields.add(
            "unit", self.tr("所在单位与部门"), self.edits["unit"], self.tr("5-20个汉字")
        )
        self.fields.add(
            "department", self.tr("部门"), self.edits["department"], self.tr("可空；5-20个汉字")
        )

    def load(self, me: Mapping[str, Any], *, force: bool = False) -> None:
        """Show the server's profile; a field the person is editing keeps what they typed."""
        self.version = int(me["version"])
        self.account.setText(str(me.get("id", "")))
        self.region.setText(region_label(str(me.get("region_code", ""))))
        self.permissions.setText(permissions_text(me.get("permissions", [])))
        for key, edit in self.edits.items():
            value = str(me.get(key) or "")
            if force or edit.text().strip() == self.loaded.get(key, ""):
                edit.setText(value)
            self.loaded[key] = value

    def changes(self) -> dict[str, str]:
        typed = {key: edit.text().strip() for key, edit in self.edits.items()}
        return {key: value for key, value in typed.items() if value != self.loaded.get(key, "")}

    def local_problems(self) -> list[Problem]:
        if self.version is None:
            return [Problem("", self.tr("个人资料尚未从服务器读取，请稍候或点【重试】。"))]
        changes = self.changes()
        if not changes:
            return [Problem("", self.tr("没有修改任何内容。"))]
        return account_form.profile_problems(changes)

    def prepare(self) -> Work:
        api, changes, version = self.api, self.changes(), self.version
        assert version is not None
        return lambda: api.update_me(changes, version)

    def on_success(self, result: Any) -> None:
        self.load(result, force=True)
        self.show_message("")
        self.saved.emit(dict(result))

    def on_conflict(self, failure: Failure) -> None:
        if failure.current_version is not None:
            self.version = failure.current_version
        self.show_message(
            failure.message
            + "\n"
            + self.tr("您填写的内容仍保留；再次点击【保存个人资料】将以您的内容为准。")
        )


def _keep_remembered_password(server_url: str, account_id: str, password: str) -> None:
    """If the person asked the app to remember the password, remember the new one."""
    if credentials.load_password(server_url, account_id) is not None:
        credentials.save_password(server_url, account_id, password)


class OwnPasswordForm(InlineForm):
    """A new password for oneself: the old one, the new one twice."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("修改登录密码"), self.tr("修改密码"), parent)
        self.setObjectName("ownPasswordForm")
        self.old = PasswordEdit(self)
        self.new = PasswordEdit(self)
        self.confirm = PasswordEdit(self)
        hint = self.tr("至少3个不同字母（含大小写）、3个不同数字、3个不同半角标点，如 {}").format(
            PASSWORD_EXAMPLE
        )
        self.fields.add("old_password", self.tr("原密码"), self.old)
        self.fields.add("new_password", self.tr("新密码"), self.new, hint)
        self.fields.add("new_password_confirm", self.tr("确认新密码"), self.confirm)

    def local_problems(self) -> list[Problem]:
        return account_form.own_password_problems(
            self.old.text(), self.new.text(), self.confirm.text()
        )

    def prepare(self) -> Work:
        api, old, new = self.api, self.old.text(), self.new.text()
        server_url, account_id = self.context.server_url, self.context.account.id

        def work() -> None:
            api.change_own_password(old, new)
            _keep_remembered_password(server_url, account_id, new)

        return work

    def on_success(self, result: Any) -> None:
        for edit in (self.old, self.new, self.confirm):
            edit.clear()
        self.changed.emit()


class SelfDeactivationForm(InlineForm):
    """Page 8-6: deactivate one's own account, confirmed with the login password."""

    deactivated = Signal(str)
    """The message for the login window."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("注销(自己)登录者"), self.tr("注销本账号"), parent)
        self.setObjectName("selfDeactivationForm")
        self.password = PasswordEdit(self)
        hint = self.tr("当前账号的登录密码")
        self.fields.add("password", self.tr("登录密码"), self.password, hint)
        self.body.addWidget(
            hint_label(
                self,
                self.tr(
                    "注销后将删除当前账号：立即退出登录，不能再登录，也不能恢复；"
                    "本机尚未同步的操作将无法再以此账号提交。"
                ),
            )
        )
        self.submit_button.setStyleSheet("color: #b00020;")

    def local_problems(self) -> list[Problem]:
        if self.password.text():
            return []
        return [Problem("password", self.tr("登录密码：必须填写（当前账号的登录密码）"))]

    def confirm_then(self, send: Callable[[], None]) -> None:
        account = self.context.account
        ask(
            self,
            self.tr("注销(自己)登录者"),
            self.tr("确定注销您自己的账号 {}【{}】吗？").format(account.id, account.name),
            send,
            yes_text=self.tr("注销"),
            detail=self.tr("注销后不能撤销，您将立即退出登录。"),
        )

    def prepare(self) -> Work:
        api, password = self.api, self.password.text()
        server_url, account_id = self.context.server_url, self.context.account.id

        def work() -> None:
            api.deactivate_self(password)
            credentials.forget_token(server_url, account_id)
            credentials.forget_password(server_url, account_id)

        return work

    def on_success(self, result: Any) -> None:
        self.password.clear()
        account = self.context.account.id
        self.deactivated.emit(self.tr("账号 {} 已注销，不能再登录。").format(account))
