"""A page of several record lists behind tabs: the manual's combined queries.

"拆建申请与完结记录" (§5.1) queries applications and completions, "货主与奖励记录" cargo owners and
their rewards. Each tab is a full list page with its own query form; a tab's list is built the
first time it is shown, so the page opens as fast as a single list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.views.lists.list_page import RecordListPage

ListFactory = Callable[[QWidget], RecordListPage]


class KindTabsPage(QWidget):
    """Tabs of list pages, each built on first show."""

    def __init__(
        self, tabs: Sequence[tuple[str, ListFactory]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._factories = [factory for _title, factory in tabs]
        self._pages: dict[int, RecordListPage] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        for title, _factory in tabs:
            self.tabs.addTab(QWidget(self.tabs), title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._build)
        self._build(0)

    def page(self, index: int) -> RecordListPage:
        """The list of tab ``index`` (built now if it was not yet)."""
        self._build(index)
        return self._pages[index]

    def _build(self, index: int) -> None:
        if index < 0 or index in self._pages:
            return
        page = self._factories[index](self.tabs)
        self._pages[index] = page
        title = self.tabs.tabText(index)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
