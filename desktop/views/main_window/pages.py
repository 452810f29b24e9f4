"""Which view each menu entry opens: the page catalog the main window composes.

The main window is a thin shell: it knows menu keys, not views. Each key maps to a factory that
builds the page for the logged-in session. An entry whose view is not part of this build
would have no factory and the menu would leave it out
(``desktop.views.main_window.menu.visible_menu``); adding one is one line here. The entries of
汇总与导出报表 open a report page (``desktop.views.reports``) of the catalog entry they name.
Entries of 系统管理 and 账号与登录者 open the matching page of the settings dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from core.vocab import Level
from desktop.context import AppContext
from desktop.models.list_queries import ALL_RECORDS, ListScope
from desktop.views.joint_review import JointReviewPage
from desktop.views.lists.kind_tabs import KindTabsPage
from desktop.views.lists.list_page import RecordListPage
from desktop.views.lists.opener import RecordOpener
from desktop.views.lists.policy_pages import MaterialRulesPage, StandardsPage
from desktop.views.reports.report_page import ReportPage

CONTEXT = "Pages"
PageFactory = Callable[[AppContext, RecordOpener, str, QWidget | None], QWidget]
"""(context, opener, translated title, parent) → the page."""


def _list(kind: str, level: Level | None = None, *, editable: bool = False) -> PageFactory:
    scope = ALL_RECORDS if level is None else ListScope(level)

    def build(
        context: AppContext, opener: RecordOpener, title: str, parent: QWidget | None
    ) -> QWidget:
        return RecordListPage(
            context, kind, title, opener, scope=scope, editable=editable, parent=parent
        )

    return build


def _tabs(*kinds: tuple[str, str]) -> PageFactory:
    """A query page over several kinds; ``kinds`` are (kind, tab title source text)."""

    def build(
        context: AppContext, opener: RecordOpener, title: str, parent: QWidget | None
    ) -> QWidget:
        def factory(kind: str, tab: str) -> Callable[[QWidget], RecordListPage]:
            return lambda owner: RecordListPage(context, kind, tab, opener, parent=owner)

        translated = [(QCoreApplication.translate(CONTEXT, tab), kind) for kind, tab in kinds]
        return KindTabsPage([(tab, factory(kind, tab)) for tab, kind in translated], parent)

    return build


def _platform(kind: str) -> PageFactory:
    def build(
        context: AppContext, opener: RecordOpener, title: str, parent: QWidget | None
    ) -> QWidget:
        return JointReviewPage(context, kind, title, opener, parent)

    return build


def _report(key: str) -> PageFactory:
    """The report page of catalog entry ``key`` (``desktop.reports.catalog``)."""

    def build(
        context: AppContext, _opener: RecordOpener, title: str, parent: QWidget | None
    ) -> QWidget:
        return ReportPage(context, key, title, parent)

    return build


def _standards(
    context: AppContext, _opener: RecordOpener, title: str, parent: QWidget | None
) -> QWidget:
    return StandardsPage(context, title, parent)


def _materials(
    context: AppContext, _opener: RecordOpener, title: str, parent: QWidget | None
) -> QWidget:
    return MaterialRulesPage(context, title, parent)


PAGES: Mapping[str, PageFactory] = MappingProxyType(
    {
        "policy.standards": _standards,
        "policy.materials": _materials,
        "ships.applicants": _list("applicants", editable=True),
        "ships.records": _list("applications", editable=True),
        "ships.platform": _platform("applications"),
        "ships.county": _list("applications", Level.COUNTY),
        "ships.city": _list("applications", Level.CITY),
        "ships.province": _list("applications", Level.PROVINCE),
        "completions.records": _list("completions", editable=True),
        "completions.platform": _platform("completions"),
        "completions.county": _list("completions", Level.COUNTY),
        "completions.city": _list("completions", Level.CITY),
        "completions.province": _list("completions", Level.PROVINCE),
        "cargo.owners": _list("cargo_owners", editable=True),
        "cargo.city": _list("cargo_owners", Level.CITY),
        "cargo.monthly": _list("monthly_reports", editable=True),
        "rewards.records": _list("rewards", editable=True),
        "rewards.city": _list("rewards", Level.CITY),
        "rewards.province": _list("rewards", Level.PROVINCE),
        "query.applicants": _list("applicants"),
        "query.ships": _tabs(
            ("applications", QT_TRANSLATE_NOOP("Pages", "拆建申请记录")),
            ("completions", QT_TRANSLATE_NOOP("Pages", "拆建完结记录")),
        ),
        "query.cargo": _tabs(
            ("cargo_owners", QT_TRANSLATE_NOOP("Pages", "货主记录")),
            ("rewards", QT_TRANSLATE_NOOP("Pages", "奖励申请记录")),
        ),
        "query.monthly": _list("monthly_reports"),
        "reports.joint_review": _report("joint_review_summary"),
        "reports.scrapping": _report("scrapping_funds"),
        "reports.building": _report("building_funds"),
        "reports.annex7": _report("annex7"),
        "reports.cargo": _report("cargo_funds"),
        "reports.annex8": _report("annex8"),
    }
)


SETTINGS_PAGES: Mapping[str, str] = MappingProxyType(
    {
        "system.declaration": "statuses",
        "system.years": "years",
        "accounts.manage": "accounts",
        "accounts.profile": "profile",
        "accounts.deactivate": "profile",
    }
)
"""Menu entries that open a page of the settings dialog (``desktop.views.settings``) rather
than a page of the main window: managing statuses, years and accounts is dialog work."""


def has_page(key: str) -> bool:
    return key in PAGES or key in SETTINGS_PAGES
