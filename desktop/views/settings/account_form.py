"""The rules of page 8-2 (新建/修改账号) and 8-3 (新建/重建密码) as the desktop checks them
before sending — the core's validators, so a form the desktop passes is refused by the
server only for what only the server knows (an id already taken, a newer version).

Qt-free: the dialogs collect plain values and ask here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from core.field_rules import Problem, hanzi_reasons, text_of
from core.forms import validate_account, validate_new_password
from core.validators import check_permissions, check_person_name, check_unit
from core.vocab import Permission
from desktop.sync.account import AccountInfo
from desktop.views.settings.authority import may_grant_manage

DEPARTMENT_LABEL = "部门"
_department_reasons = hanzi_reasons(5, 20)


def department_problems(raw: object) -> list[Problem]:
    """部门 may be empty; otherwise 5–20 Chinese characters (the server's rule)."""
    text = text_of(raw)
    if not text:
        return []
    return [
        Problem("department", f"{DEPARTMENT_LABEL}：{reason}")
        for reason in _department_reasons(text)
    ]


def grant_problems(actor: AccountInfo, region_code: str, granted: Iterable[str]) -> list[Problem]:
    """【管理】 at the administrator's own region, and 【系统】 anywhere, cannot be granted."""
    chosen = set(granted)
    problems = []
    if Permission.SYSTEM.value in chosen:
        problems.append(
            Problem("permissions", "操作权限组合：【系统】权限不能在账号管理中授予，请取消勾选")
        )
    if Permission.MANAGE.value in chosen and not may_grant_manage(actor, region_code):
        problems.append(
            Problem(
                "permissions",
                "操作权限组合：只能创建和修改本级区划无【管理】权限的账号，请取消勾选【管理】",
            )
        )
    return problems


def new_account_problems(actor: AccountInfo, values: Mapping[str, Any]) -> list[Problem]:
    """Everything wrong with a new account (page 8-2 plus its first password), at once."""
    permissions = list(values.get("permissions", []))
    problems = validate_account({**values, "permissions": ",".join(permissions)})
    problems += department_problems(values.get("department"))
    problems += grant_problems(actor, str(values.get("region_code", "")), permissions)
    return problems + validate_new_password(values)


def change_problems(
    actor: AccountInfo, region_code: str, changes: Mapping[str, Any]
) -> list[Problem]:
    """The rules of the fields a modification changes."""
    problems: list[Problem] = []
    if "name" in changes:
        problems += check_person_name(changes["name"])
    if "unit" in changes:
        problems += check_unit(changes["unit"])
    if "department" in changes:
        problems += department_problems(changes["department"])
    if "permissions" in changes:
        permissions = list(changes["permissions"])
        problems += check_permissions(",".join(permissions))
        problems += grant_problems(actor, region_code, permissions)
    return problems


def profile_problems(changes: Mapping[str, Any]) -> list[Problem]:
    """Page 8-5: the person's own name, unit and department."""
    problems: list[Problem] = []
    if "name" in changes:
        problems += check_person_name(changes["name"])
    if "unit" in changes:
        problems += check_unit(changes["unit"])
    if "department" in changes:
        problems += department_problems(changes["department"])
    return problems


def own_password_problems(old: str, new: str, confirm: str) -> list[Problem]:
    """Changing one's own password: the old one typed, the new one by the 9字密码 rule, twice."""
    problems: list[Problem] = []
    if not old:
        problems.append(Problem("old_password", "原密码：必须填写（当前的登录密码）"))
    for problem in validate_new_password({"password": new, "password_confirm": confirm}):
        field = "new_password" if problem.field == "password" else "new_password_confirm"
        message = problem.message
        if problem.field == "password":
            message = "新密码：" + message.removeprefix("密码：")
        problems.append(Problem(field, message))
    if new and new == old:
        problems.append(Problem("new_password", "新密码：不能与原密码相同，请换一个新密码"))
    return problems
