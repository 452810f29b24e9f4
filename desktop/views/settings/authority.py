"""Who may manage which account, as the account pages show it before anything is sent.

The server decides (``server.account_admin.authority``); the desktop asks the same questions
first, so a button that would only earn a refusal is disabled with the reason beside it, and
the region picker offers only what the administrator may choose (manual §8.1.1 提示 3):

* regions: its own and every region below it;
* at its own region only accounts without 【管理】; below it any mix;
* 【系统】 is never granted here (page 8-2 has no such box);
* never itself (self service is 个人资料), never an own-level 【管理】 account, never a 【系统】
  account, never a deactivated account (注销 deletes the account for good).

Qt-free.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from core import regions
from core.vocab import Permission, RegionLevel
from desktop.sync.account import AccountInfo

GRANTABLE = (
    Permission.MANAGE,
    Permission.EDIT,
    Permission.REVIEW,
    Permission.EXTERNAL_REVIEW,
    Permission.QUERY,
)
"""The boxes of page 8-2, in its order."""

MAX_ACCOUNT_NUMBER = 99


def regions_in_reach(account: AccountInfo) -> list[regions.Region]:
    """The administrator's own region and every region below it, in code order."""
    own = regions.get(account.region_code)
    if own.level is RegionLevel.PROVINCE:
        return list(regions.all_regions())
    if own.level is RegionLevel.CITY:
        return [own, *regions.counties(own.code)]
    return [own]


def region_label(code: str) -> str:
    """The code the account id starts with, and the name people know: 430121 长沙县."""
    region = regions.find(code)
    return f"{code} {region.name}" if region is not None else code


def may_grant_manage(actor: AccountInfo, region_code: str) -> bool:
    """【管理】 only for accounts below the administrator's own region."""
    return region_code != actor.region_code


def held_permissions(row: Mapping[str, Any]) -> frozenset[Permission]:
    return frozenset(Permission(value) for value in row.get("permissions", []))


def manage_refusal(actor: AccountInfo, row: Mapping[str, Any]) -> str | None:
    """Why ``actor`` may not modify, reset or deactivate the account ``row``, or None."""
    held = held_permissions(row)
    account_id = str(row.get("id", ""))
    if account_id == actor.id:
        return "这是您自己的账号：请在【个人资料】中修改姓名、单位和密码。"
    if Permission.SYSTEM in held:
        return f"账号 {account_id} 拥有【系统】权限，不能在账号管理中修改，请联系服务器管理员。"
    if row.get("region_code") == actor.region_code and Permission.MANAGE in held:
        return f"账号 {account_id} 是本级区划的【管理】账号，只能由上级区划的管理账号管理。"
    if not row.get("active", True):
        return f"账号 {account_id} 已注销，不能再修改、重建密码或注销；如需使用请新建账号。"
    return None


def next_free_number(existing_ids: Iterable[str], region_code: str) -> int | None:
    """The smallest account number not yet used in ``region_code`` (ids are never reused)."""
    used = set()
    for account_id in existing_ids:
        region, _, number = account_id.partition("-")
        if region == region_code and number.isdigit():
            used.add(int(number))
    return next((n for n in range(1, MAX_ACCOUNT_NUMBER + 1) if n not in used), None)


def permissions_text(values: Iterable[str]) -> str:
    """Page 8-1 writes the set as 管理,编辑,审核,查询 — in the page's box order."""
    order = list(Permission)
    known = sorted((Permission(value) for value in values), key=order.index)
    return ",".join(permission.value for permission in known)
