"""Request bodies of the account endpoints (page 8-2 新建/修改账号, page 8-3 新建/重建密码).

Lengths are bounded generously here only so a huge string never reaches the rules; the rules
themselves (2–4 汉字, 5–20 汉字, the 9字密码 …) are the core's and answer in Chinese, all at once.
Permissions are a JSON list of the manual's words (["编辑", "审核", "查询"]): a set with no order.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from core.field_rules import Problem
from core.validators import check_password, check_permissions, parse_permissions
from core.vocab import Permission
from server.auth.permissions import SEPARATOR


class NewAccountBody(BaseModel):
    """Page 8-2 filled in for a new account, with its first password (page 8-3)."""

    model_config = ConfigDict(extra="forbid")

    region_code: str = Field(max_length=20, description="所在区划，6位区划代码，提交后不能更改")
    account_id: str = Field(max_length=40, description="账号：区划代码-1到2位数字，如 430300-1")
    name: str = Field(max_length=40, description="姓名，2-4个汉字")
    unit: str = Field(max_length=80, description="所在单位与部门，5-20个汉字")
    department: str = Field(default="", max_length=80, description="部门，可空")
    permissions: list[str] = Field(max_length=12, description="操作权限组合")
    password: str = Field(max_length=128, description="初始登录密码（9字密码）")


class AccountChanges(BaseModel):
    """Page 8-2 for an existing account: omitted fields stay. Region and id never change."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, max_length=40)
    unit: str | None = Field(default=None, max_length=80)
    department: str | None = Field(default=None, max_length=80)
    permissions: list[str] | None = Field(default=None, max_length=12)
    base_version: int | None = Field(default=None, ge=0)


class PasswordReset(BaseModel):
    """Page 8-3: the new password an administrator sets for an account."""

    model_config = ConfigDict(extra="forbid")

    password: str = Field(max_length=128)
    base_version: int | None = Field(default=None, ge=0)


def permissions_text(names: list[str]) -> str:
    """The list as the core's permission rule reads it ("编辑,审核")."""
    return SEPARATOR.join(name.strip() for name in names)


def permission_problems(names: list[str]) -> list[Problem]:
    """The core's rule: at least one permission, each one of the six words."""
    return check_permissions(permissions_text(names))


def permission_set(names: list[str]) -> frozenset[Permission]:
    """The set of a list that passed ``permission_problems``."""
    return parse_permissions(permissions_text(names))


def password_problems(password: str) -> list[Problem]:
    """The 9字密码 rule of SPEC §3 / manual 1.2, every missing part named."""
    return check_password(password)
