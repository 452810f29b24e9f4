"""Page 8-2 新建/修改账号: region, account id, name, unit, department, permissions — and, for a
new account, its first password (page 8-3), because the server creates no account without one.

The region picker offers only the administrator's own region and the regions below it; the
account id is that region's code, "-", and a number the person types (the next free number is
suggested, ids are never reused); at the own region the 【管理】 box is disabled with the reason
(manual §8.1.1 提示 3). When modifying, region and id are shown but never change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from core.field_rules import Problem
from core.validators import PASSWORD_EXAMPLE
from desktop.context import AppContext
from desktop.views.settings import account_form
from desktop.views.settings.authority import (
    GRANTABLE,
    may_grant_manage,
    next_free_number,
    region_label,
    regions_in_reach,
)
from desktop.views.settings.failures import Failure
from desktop.views.settings.form_dialog import FormDialog, Work
from desktop.views.settings.widgets import PasswordEdit, hint_label


class PermissionBoxes(QWidget):
    """The five boxes of page 8-2 (never 【系统】)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for permission in GRANTABLE:
            box = QCheckBox(permission.value, self)
            box.setObjectName(f"permission_{permission.value}")
            self.boxes[permission.value] = box
            layout.addWidget(box)
        self.manage_note = hint_label(self, "")
        self.manage_note.setWordWrap(False)
        layout.addWidget(self.manage_note)
        layout.addStretch(1)

    def chosen(self) -> list[str]:
        return [name for name, box in self.boxes.items() if box.isChecked()]

    def set_chosen(self, names: Iterable[str]) -> None:
        wanted = set(names)
        for name, box in self.boxes.items():
            box.setChecked(name in wanted)

    def allow_manage(self, allowed: bool, reason: str) -> None:
        """At the administrator's own region 【管理】 cannot be granted: say so beside it."""
        box = self.boxes["管理"]
        if not allowed:
            box.setChecked(False)
        box.setEnabled(allowed)
        box.setToolTip("" if allowed else reason)
        self.manage_note.setText("" if allowed else self.tr("（本级账号不能授予【管理】）"))


class AccountDialog(FormDialog):
    """Create an account (``row`` None) or modify ``row`` (a page 8-1 row)."""

    saved = Signal(dict)
    """The account as the server now has it."""

    def __init__(
        self,
        context: AppContext,
        existing_ids: Iterable[str],
        row: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("新建账号") if row is None else self.tr("修改账号")
        super().__init__(context, title, parent)
        self.setObjectName("accountDialog")
        self.row = dict(row) if row is not None else None
        self._existing = list(existing_ids)
        self._suggested = ""
        self.region = QComboBox(self)
        self.number = QLineEdit(self)
        self.prefix = QLabel(self)
        self.name = QLineEdit(self)
        self.unit = QLineEdit(self)
        self.department = QLineEdit(self)
        self.permissions = PermissionBoxes(self)
        self.password = PasswordEdit(self)
        self.password_confirm = PasswordEdit(self)
        self._build()
        self.resize(760, self.sizeHint().height())
        self.mark_clean()

    # ---- building -------------------------------------------------------------------------

    def _build(self) -> None:
        if self.row is None:
            self._build_new_identity()
        else:
            self._build_fixed_identity(self.row)
        self.fields.add("name", self.tr("姓名"), self.name, self.tr("2-4个汉字"))
        self.fields.add("unit", self.tr("所在单位与部门"), self.unit, self.tr("5-20个汉字"))
        self.fields.add("department", self.tr("部门"), self.department, self.tr("可空；5-20个汉字"))
        self.fields.add("permissions", self.tr("操作权限组合"), self.permissions)
        self.body.addWidget(hint_label(self, self._permission_help()))
        if self.row is None:
            hint = self.tr(
                "至少3个不同字母（含大小写）、3个不同数字、3个不同半角标点，如 {}"
            ).format(PASSWORD_EXAMPLE)
            self.fields.add("password", self.tr("登录密码"), self.password, hint)
            self.fields.add("password_confirm", self.tr("确认密码"), self.password_confirm)
            self._region_changed()
        else:
            self._fill(self.row)

    def _build_new_identity(self) -> None:
        for region in regions_in_reach(self.context.account):
            self.region.addItem(region_label(region.code), region.code)
        self.region.currentIndexChanged.connect(self._region_changed)
        self.number.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,2}")))
        self.number.setMaximumWidth(80)
        identity = QWidget(self)
        line = QHBoxLayout(identity)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.prefix)
        line.addWidget(self.number)
        line.addStretch(1)
        self.fields.add("region_code", self.tr("所在区划"), self.region, self.tr("提交后不能更改"))
        self.fields.add(
            "account_id", self.tr("账号"), identity, self.tr("区划代码-1到2位数字，如 430300-1")
        )

    def _build_fixed_identity(self, row: Mapping[str, Any]) -> None:
        region = QLabel(region_label(str(row.get("region_code", ""))), self)
        account = QLabel(str(row.get("id", "")), self)
        self.fields.add("region_code", self.tr("所在区划"), region, self.tr("不能更改"))
        self.fields.add("account_id", self.tr("账号"), account, self.tr("不能更改"))
        region_code = str(row.get("region_code", ""))
        self.permissions.allow_manage(
            may_grant_manage(self.context.account, region_code), self._manage_reason()
        )

    def _fill(self, row: Mapping[str, Any]) -> None:
        self.name.setText(str(row.get("name", "")))
        self.unit.setText(str(row.get("unit", "")))
        self.department.setText(str(row.get("department", "")))
        self.permissions.set_chosen(row.get("permissions", []))

    def _permission_help(self) -> str:
        return self.tr(
            "【管理】管理本级和下级区划账号。【编辑】可以增加、修改、删除记录，上传下载与查看"
            "文件。【查询】查询本级及下级区划记录和报表。【审核】可以做平台联审和机构审核。"
            "【外审】为外部人员特设的审核账号。权限之间没有高低与包含关系。"
        )

    def _manage_reason(self) -> str:
        return self.tr(
            "只能创建和修改本级区划无【管理】权限的账号；本级的管理账号须由上级区划创建。"
        )

    def _region_changed(self) -> None:
        code = self.region_code
        self.prefix.setText(f"{code}-")
        self.permissions.allow_manage(
            may_grant_manage(self.context.account, code), self._manage_reason()
        )
        if self.number.text() in ("", self._suggested):
            number = next_free_number(self._existing, code)
            self._suggested = "" if number is None else str(number)
            self.number.setText(self._suggested)

    # ---- values ---------------------------------------------------------------------------

    @property
    def region_code(self) -> str:
        if self.row is not None:
            return str(self.row.get("region_code", ""))
        return str(self.region.currentData() or "")

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "name": self.name.text().strip(),
            "unit": self.unit.text().strip(),
            "department": self.department.text().strip(),
            "permissions": self.permissions.chosen(),
        }
        if self.row is None:
            values.update(
                region_code=self.region_code,
                account_id=f"{self.region_code}-{self.number.text().strip()}",
                password=self.password.text(),
                password_confirm=self.password_confirm.text(),
            )
        return values

    def changes(self) -> dict[str, Any]:
        """The fields a modification changes (only those are sent)."""
        assert self.row is not None
        return {key: value for key, value in self.values().items() if self._differs(key, value)}

    def _differs(self, key: str, value: Any) -> bool:
        assert self.row is not None
        old = self.row.get(key)
        if key == "permissions":
            return sorted(value) != sorted(old or [])
        return bool(value != (old or ""))

    def local_problems(self) -> list[Problem]:
        actor = self.context.account
        if self.row is None:
            values = self.values()
            if not self.number.text().strip():
                values["account_id"] = ""
            return account_form.new_account_problems(actor, values)
        changes = self.changes()
        if not changes:
            return [Problem("", self.tr("没有修改任何内容。"))]
        return account_form.change_problems(actor, self.region_code, changes)

    def prepare(self) -> Work:
        api = self.api
        if self.row is None:
            body = {k: v for k, v in self.values().items() if k != "password_confirm"}
            return lambda: api.create_account(body)
        account_id, version, changes = str(self.row["id"]), int(self.row["version"]), self.changes()
        return lambda: api.modify_account(account_id, changes, version)

    def on_success(self, result: Any) -> None:
        self.saved.emit(dict(result))

    def on_conflict(self, failure: Failure) -> None:
        """Base the next attempt on the server's version; keep what was typed."""
        if self.row is not None and failure.current_version is not None:
            self.row["version"] = failure.current_version
        super().on_conflict(failure)
