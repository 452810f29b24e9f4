"""The navigation menu of the main window, as the manual's menu panel has it (§1.4).

Nine groups, each with its entries; an entry states which region levels and permissions see
it, so a county reviewer finds 申请审核（县级） and never 申请审核（市级）, a query-only account
finds only the queries and reports, and only the province's 系统 accounts see 系统管理.
Completions (部政策拆解船) are kept by a city's 市辖区 accounts (manual §3.2.2), so their
建档 and county/platform entries show only to those accounts.

``visible_menu`` also drops entries no view is installed for (``available``): the menu never
leads to an empty page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.vocab import Level, Permission, RegionLevel
from desktop.sync.account import AccountInfo

CONTEXT = "Menu"
_P = Permission
_REVIEWERS = frozenset({_P.REVIEW, _P.EXTERNAL_REVIEW})
_COUNTY = frozenset({RegionLevel.COUNTY})
_CITY = frozenset({RegionLevel.CITY})
_PROVINCE = frozenset({RegionLevel.PROVINCE})
_CITY_UP = frozenset({RegionLevel.CITY, RegionLevel.PROVINCE})
_ANY_LEVEL: frozenset[RegionLevel] = frozenset()


@dataclass(frozen=True)
class MenuEntry:
    """One menu item; ``permissions`` empty means anyone, else any one of them suffices."""

    key: str
    label: str
    levels: frozenset[RegionLevel] = _ANY_LEVEL
    permissions: frozenset[Permission] = frozenset()
    city_district_only: bool = False
    queue_level: Level | None = None

    def allows(self, account: AccountInfo) -> bool:
        if self.levels and account.region_level not in self.levels:
            return False
        if self.permissions and not self.permissions & account.permissions:
            return False
        return not self.city_district_only or account.city_district


@dataclass(frozen=True)
class MenuGroup:
    label: str
    entries: tuple[MenuEntry, ...]


def _e(
    key: str,
    label: str,
    levels: frozenset[RegionLevel] = _ANY_LEVEL,
    *permissions: Permission,
    district: bool = False,
    queue: Level | None = None,
) -> MenuEntry:
    return MenuEntry(key, label, levels, frozenset(permissions), district, queue)


MENU: tuple[MenuGroup, ...] = (
    MenuGroup(
        QT_TRANSLATE_NOOP("Menu", "政策及规定"),
        (
            _e("policy.standards", QT_TRANSLATE_NOOP("Menu", "奖补标准及计算公式与样例")),
            _e("policy.materials", QT_TRANSLATE_NOOP("Menu", "上传材料及命名规定一览表")),
        ),
    ),
    MenuGroup(
        QT_TRANSLATE_NOOP("Menu", "拆建申请与审核（部省船舶）"),
        (
            _e("ships.applicants", QT_TRANSLATE_NOOP("Menu", "申请人建档"), _COUNTY, _P.EDIT),
            _e("ships.records", QT_TRANSLATE_NOOP("Menu", "申请建档及材料"), _COUNTY, _P.EDIT),
            _e("ships.platform", QT_TRANSLATE_NOOP("Menu", "申请审核（平台）"), _COUNTY, _P.REVIEW),
            _e(
                "ships.county",
                QT_TRANSLATE_NOOP("Menu", "申请审核（县级）"),
                _COUNTY,
                *_REVIEWERS,
                queue=Level.COUNTY,
            ),
            _e(
                "ships.city",
                QT_TRANSLATE_NOOP("Menu", "申请审核（市级）"),
                _CITY,
                *_REVIEWERS,
                queue=Level.CITY,
            ),
            _e(
                "ships.province",
                QT_TRANSLATE_NOOP("Menu", "申请审核（省级）"),
                _PROVINCE,
                *_REVIEWERS,
                queue=Level.PROVINCE,
            ),
        ),
    ),
    MenuGroup(
        QT_TRANSLATE_NOOP("Menu", "拆建完结与审核（部拆建船）"),
        (
            _e(
                "completions.records",
                QT_TRANSLATE_NOOP("Menu", "完结建档及材料"),
                _COUNTY,
                _P.EDIT,
                district=True,
            ),
            _e(
                "completions.platform",
                QT_TRANSLATE_NOOP("Menu", "完结审核（平台）"),
                _COUNTY,
                _P.REVIEW,
                district=True,
            ),
            _e(
                "completions.county",
                QT_TRANSLATE_NOOP("Menu", "完结审核（县级）"),
                _COUNTY,
                *_REVIEWERS,
                district=True,
                queue=Level.COUNTY,
            ),
            _e(
                "completions.city",
                QT_TRANSLATE_NOOP("Menu", "完结审核（市级）"),
                _CITY,
                *_REVIEWERS,
                queue=Level.CITY,
            ),
            _e(
                "completions.province",
                QT_TRANSLATE_NOOP("Menu", "完结审核（省级）"),
                _PROVINCE,
                *_REVIEWERS,
                queue=Level.PROVINCE,
            ),
        ),
    ),
    MenuGroup(
        QT_TRANSLATE_NOOP("Menu", "货主申请与审核"),
        (
            _e("cargo.owners", QT_TRANSLATE_NOOP("Menu", "货主建档及材料"), _CITY, _P.EDIT),
            _e(
                "cargo.city",
                QT_TRANSLATE_NOOP("Menu", "货主审核（市级）"),
                _CITY,
                *_REVIEWERS,
                queue=Level.CITY,
            ),
            _e("cargo.monthly", QT_TRANSLATE_NOOP("Menu", "集装箱月报及材料"), _CITY, _P.EDIT),
        ),
    ),
    MenuGroup(
        QT_TRANSLATE_NOOP("Menu", "货主奖励与审核"),
        (
            _e("rewards.records", QT_TRANSLATE_NOOP("Menu", "奖励建档及材料"), _CITY, _P.EDIT),
            _e(
                "rewards.city",
                QT_TRANSLATE_NOOP("Menu", "奖励审核（市级）"),
                _CITY,
                *_REVIEWERS,
                queue=Level.CITY,
            ),
            _e(
                "rewards.province",
                QT_TRANSLATE_NOOP("Menu", "奖励审核（省级）"),
                _PROVINCE,
                *_REVIEWERS,
                queue=Level.PROVINCE,
            ),
        ),
    ),
    MenuGroup(
        QT_TRANSLATE_NOOP("Menu", "查询与导出结果"),
        (
            _e("query.applicants", QT_TRANSLATE_NOOP("Menu", "拆建申请人"), _ANY_LEVEL, _P.QUERY),
            _e(
                "query.ships",
                QT_TRANSLATE_NOOP("Menu", "拆建申请与完结记录"),
                _ANY_LEVEL,
                _P.QUERY,
            ),
            _e("query.cargo", QT_TRANSLATE_NOOP("Menu", "货主与奖励记录"), _CITY_UP, _P.QUERY),
            _e("query.monthly", QT_TRANSLATE_NOOP("Menu", "货主集装箱月报"), _CITY_UP, _P.QUERY),
        ),
    ),
    MenuGroup(
        QT_TRANSLATE_NOOP("Menu", "汇总与导出报表"),
        (
            _e(
                "reports.joint_review",
                QT_TRANSLATE_NOOP("Menu", "平台联审情况汇总"),
                _ANY_LEVEL,
                _P.QUERY,
            ),
            _e(
                "reports.scrapping",
                QT_TRANSLATE_NOOP("Menu", "资金测算与复核表（拆解）"),
                _ANY_LEVEL,
                _P.QUERY,
            ),
            _e(
                "reports.building",
                QT_TRANSLATE_NOOP("Menu", "资金测算与复核表（新改）"),
                _ANY_LEVEL,
                _P.QUERY,
            ),
            _e("reports.annex7", QT_TRANSLATE_NOOP("Menu", "导出附件7"), _ANY_LEVEL, _P.QUERY),
            _e(
                "reports.cargo",
                QT_TRANSLATE_NOOP("Menu", "资金测算与复核表（货主）"),
                _CITY_UP,
                _P.QUERY,
            ),
            _e("reports.annex8", QT_TRANSLATE_NOOP("Menu", "导出附件8"), _CITY_UP, _P.QUERY),
        ),
    ),
    MenuGroup(
        QT_TRANSLATE_NOOP("Menu", "系统管理"),
        (
            _e(
                "system.declaration",
                QT_TRANSLATE_NOOP("Menu", "管理奖补申报状态"),
                _PROVINCE,
                _P.SYSTEM,
            ),
            _e("system.years", QT_TRANSLATE_NOOP("Menu", "管理奖补年份"), _PROVINCE, _P.SYSTEM),
        ),
    ),
    MenuGroup(
        QT_TRANSLATE_NOOP("Menu", "账号与登录者"),
        (
            _e(
                "accounts.manage",
                QT_TRANSLATE_NOOP("Menu", "管理本级与下级账号"),
                _ANY_LEVEL,
                _P.MANAGE,
            ),
            _e("accounts.profile", QT_TRANSLATE_NOOP("Menu", "修改(自己)登录者信息")),
            _e("accounts.deactivate", QT_TRANSLATE_NOOP("Menu", "注销(自己)登录账号")),
        ),
    ),
)


def visible_menu(
    account: AccountInfo, available: Callable[[str], bool] = lambda _key: True
) -> list[tuple[MenuGroup, tuple[MenuEntry, ...]]]:
    """The groups and entries ``account`` sees (empty groups left out)."""
    shown: list[tuple[MenuGroup, tuple[MenuEntry, ...]]] = []
    for group in MENU:
        entries = tuple(e for e in group.entries if e.allows(account) and available(e.key))
        if entries:
            shown.append((group, entries))
    return shown


def all_entries() -> Iterable[MenuEntry]:
    return (entry for group in MENU for entry in group.entries)


def entry(key: str) -> MenuEntry:
    for candidate in all_entries():
        if candidate.key == key:
            return candidate
    raise KeyError(key)
