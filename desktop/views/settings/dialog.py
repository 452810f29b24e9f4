"""The settings dialog (SPEC §8 "Settings dialog"; manual ch. 7 and 8): a list of pages on the
left, the page on the right.

Which pages an account sees follows its permissions and level, as the manual's menu does:
服务器与缓存 and 个人资料 for everyone, 账号管理 with 【管理】, 申报状态 and 奖补年份 for
province 【系统】 accounts. The server enforces the same rules on every call; hiding a page only
spares the person a refusal.

``session_ended(message)``: the person's own session is over — a declaration status or a
subsidy year was created or deleted (every session in the province ends), or they
deactivated their own account. The dialog closes; the main window returns to the login
window and shows ``message`` there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.vocab import Permission, RegionLevel
from desktop.context import AppContext
from desktop.sync.account import AccountInfo
from desktop.views.settings.accounts_page import AccountsPage
from desktop.views.settings.profile_page import ProfilePage
from desktop.views.settings.remote_page import RemotePage
from desktop.views.settings.server_page import ServerCachePage
from desktop.views.settings.statuses_page import StatusesPage
from desktop.views.settings.years_page import YearsPage

SERVER, ACCOUNTS, PROFILE, STATUSES, YEARS = "server", "accounts", "profile", "statuses", "years"


def visible_pages(account: AccountInfo) -> list[str]:
    """The page keys ``account`` sees, in the list's order."""
    pages = [SERVER]
    if Permission.MANAGE in account.permissions:
        pages.append(ACCOUNTS)
    pages.append(PROFILE)
    if Permission.SYSTEM in account.permissions and account.region_level is RegionLevel.PROVINCE:
        pages += [STATUSES, YEARS]
    return pages


class SettingsDialog(QDialog):
    """The dialog; see the module docstring."""

    session_ended = Signal(str)
    profile_changed = Signal(dict)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("设置"))
        self.context = context
        self.page_list = QListWidget(self)
        self.page_list.setObjectName("pageList")
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        for key in visible_pages(context.account):
            self._add(key)
        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold; padding: 2px 0 6px 0;")
        self.page_list.currentRowChanged.connect(self._page_chosen)
        self.page_list.setCurrentRow(0)
        self._lay_out()
        self.resize(1280, 780)

    def _titles(self) -> dict[str, str]:
        return {
            SERVER: self.tr("服务器与缓存"),
            ACCOUNTS: self.tr("账号管理"),
            PROFILE: self.tr("个人资料"),
            STATUSES: self.tr("申报状态"),
            YEARS: self.tr("奖补年份"),
        }

    def _build(self, key: str) -> QWidget:
        builders = {
            SERVER: ServerCachePage,
            ACCOUNTS: AccountsPage,
            PROFILE: ProfilePage,
            STATUSES: StatusesPage,
            YEARS: YearsPage,
        }
        page: QWidget = builders[key](self.context, self.stack)
        if isinstance(page, RemotePage):
            page.session_ended.connect(self._session_ended)
        if isinstance(page, ProfilePage):
            page.profile_changed.connect(self.profile_changed)
        return page

    def _add(self, key: str) -> None:
        page = self._build(key)
        self.pages[key] = page
        self.stack.addWidget(page)
        self.page_list.addItem(self._titles()[key])

    def _page_chosen(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        item = self.page_list.item(row)
        self.heading.setText(item.text() if item is not None else "")

    def _lay_out(self) -> None:
        self.page_list.setFixedWidth(150)
        self.page_list.setStyleSheet("QListWidget::item { padding: 7px 8px; }")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.stack, 1)
        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)

    def show_page(self, key: str) -> QWidget:
        """Bring page ``key`` to the front (KeyError when this account does not see it)."""
        page = self.pages[key]
        self.page_list.setCurrentRow(list(self.pages).index(key))
        return page

    def _session_ended(self, message: str) -> None:
        self.session_ended.emit(message)
        self.accept()


def open_settings(context: AppContext, parent: QWidget | None = None) -> QDialog:
    """Open the settings dialog window-modal (without blocking) and return it.

    Connect its ``session_ended(str)`` signal to return to the login window; it is deleted
    when closed.
    """
    dialog = SettingsDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
