"""Who may manage which account (manual §8.1.1 提示 3, SPEC §3), written once for every account
endpoint.

The rules, and the decisions taken where the manual leaves room:

* Only a 【管理】 account manages accounts (the route's ``require(Permission.MANAGE)``), and only
  those of its own region and the regions below it: an account outside that scope is answered
  like a missing one (404), a new account for a region outside it is 403 ``out_of_scope``.
* At its own region it creates and modifies accounts *without* 【管理】; below, any mix
  ("只能创建和修改本级区划的非管理权限的账号，可以创建和修改下级区划的全部类型的账号"). An own-level
  account that already holds 【管理】 is therefore out of reach altogether — modifying, resetting
  or deactivating it would let one administrator take over another of the same level.
* 【系统】 is never granted here: page 8-2 offers no such box (only 管理/编辑/审核/外审/查询),
  and the manual's own system account (430000-1) holds no 【管理】. System accounts come from the
  server's ``create-admin`` command. An account that holds 【系统】 is not managed here either:
  resetting its password would hand the declaration window to whoever did it.
* An administrator never manages itself through these endpoints: its own name, unit and
  password are the self-service pages (8.2, 8.3, ``/me``), which ask for its password.
* A deactivated account (注销) is gone for good: the manual's 注销 deletes the account (page 8-6
  说明), so it is neither modified, nor given a password, nor reactivated. Its row stays,
  inactive, so audit logs keep the reviewer's name, and its id is never reused.
"""

from __future__ import annotations

from collections.abc import Iterable

from core import regions
from core.field_rules import LABELS, Problem
from core.vocab import Permission
from server.auth.actor import Actor
from server.auth.permissions import decode_permissions
from server.models import Account
from server.problems import ACCOUNT_DEACTIVATED, ACCOUNT_NOT_MANAGEABLE, ProblemError
from server.scope import ensure_in_scope

_PERMISSIONS_LABEL = LABELS["permissions"]


def ensure_region_in_reach(actor: Actor, region_code: str) -> None:
    """403 ``out_of_scope`` when a new account names a Hunan region outside the actor's.

    An unknown or malformed code is left to the form rules, which say what is wrong with it.
    """
    if regions.find(region_code) is not None:
        ensure_in_scope(actor, region_code)


def grant_problems(
    actor: Actor, region_code: str, permissions: Iterable[Permission]
) -> list[Problem]:
    """What the actor may not grant an account of ``region_code``: 【系统】, and 【管理】 at its own
    region. Reported with the form's other problems, beside the permission boxes."""
    granted = frozenset(permissions)
    problems: list[Problem] = []
    if Permission.SYSTEM in granted:
        problems.append(
            Problem(
                "permissions",
                f"{_PERMISSIONS_LABEL}：【系统】权限不能在账号管理中授予，"
                "系统账号由服务器管理员用 create-admin 命令创建，请取消勾选",
            )
        )
    if region_code == actor.region_code and Permission.MANAGE in granted:
        problems.append(
            Problem(
                "permissions",
                f"{_PERMISSIONS_LABEL}：只能创建和修改本级区划无【管理】权限的账号，"
                "本级的管理账号须由上级区划创建，请取消勾选【管理】",
            )
        )
    return problems


def manage_refusal(actor: Actor, account: Account) -> str | None:
    """Why the actor may not manage ``account`` (already known to be in its scope), or None."""
    held = decode_permissions(account.permissions)
    if account.id == actor.account_id:
        return (
            "不能在账号管理中修改、重建密码或注销自己的账号，"
            "请使用【修改(自己)登录者信息】或【注销(自己)登录者】"
        )
    if Permission.SYSTEM in held:
        return f"账号 {account.id} 拥有【系统】权限，不能在账号管理中修改，请联系服务器管理员"
    if account.region_code == actor.region_code and Permission.MANAGE in held:
        return f"账号 {account.id} 是本级区划的【管理】账号，只能由上级区划的管理账号管理"
    return None


def ensure_manageable(actor: Actor, account: Account) -> None:
    """403 ``account_not_manageable`` or 409 ``account_deactivated`` unless the actor may act
    on ``account`` now."""
    refusal = manage_refusal(actor, account)
    if refusal is not None:
        raise ProblemError(ACCOUNT_NOT_MANAGEABLE, refusal)
    if not account.active:
        raise ProblemError(
            ACCOUNT_DEACTIVATED,
            f"账号 {account.id} 已注销，不能再修改、重建密码或注销；如需使用请新建账号",
        )
