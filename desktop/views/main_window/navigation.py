"""The menu panel on the left of the main window (manual §1.3: a tree of menu groups).

Shows ``visible_menu`` for the logged-in account; selecting an entry asks the shell to show
its page. Groups are expanded, as the web system's panel opens them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from desktop.sync.account import AccountInfo
from desktop.views.main_window.menu import CONTEXT, MenuEntry, visible_menu
from desktop.views.main_window.pages import has_page

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class NavigationTree(QTreeWidget):
    """The account's menu; ``entry_chosen(key, title)`` when the person picks an entry."""

    entry_chosen = Signal(str, str)

    def __init__(self, account: AccountInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setIndentation(14)
        self.setMinimumWidth(210)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._entries: list[MenuEntry] = []
        for group, entries in visible_menu(account, has_page):
            top = QTreeWidgetItem(self, [QCoreApplication.translate(CONTEXT, group.label)])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for entry in entries:
                title = QCoreApplication.translate(CONTEXT, entry.label)
                item = QTreeWidgetItem(top, [title])
                item.setData(0, KEY_ROLE, entry.key)
                item.setToolTip(0, title)
                self._items[entry.key] = item
                self._entries.append(entry)
        self.expandAll()
        self.currentItemChanged.connect(self._changed)

    @property
    def keys(self) -> list[str]:
        """The keys of every visible entry, in menu order."""
        return [entry.key for entry in self._entries]

    @property
    def entries(self) -> list[MenuEntry]:
        return list(self._entries)

    def group_titles(self) -> list[str]:
        return [self.topLevelItem(i).text(0) for i in range(self.topLevelItemCount())]

    def choose(self, key: str) -> None:
        """Select ``key``'s entry (which shows its page)."""
        self.setCurrentItem(self._items[key])

    def title_of(self, key: str) -> str:
        return self._items[key].text(0)

    def _changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        key = current.data(0, KEY_ROLE)
        if key:
            self.entry_chosen.emit(str(key), current.text(0))
