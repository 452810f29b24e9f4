"""The viewer's commands as QActions: one place for their Chinese names and shortcuts.

Shortcuts are scoped to the viewer and its children (WidgetWithChildrenShortcut), so the
review workspace around it can bind its own keys (approve, return, next record) without
ambiguity, and the keys work wherever the focus is inside the viewer.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

Key = QKeySequence.StandardKey


def _distinct(*sequences: QKeySequence) -> list[QKeySequence]:
    """Drop repeats: the platform's standard key often equals an explicit one, and a key bound
    twice to the same action is ambiguous to Qt, which then triggers nothing."""
    unique: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in unique:
            unique.append(sequence)
    return unique


class ViewerActions(QObject):
    """Every command of the PDF viewer; the viewer connects them, the toolbar shows them."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner
        self.thumbnails = self._make(self.tr("缩略图"), self.tr("显示或隐藏页面缩略图"))
        self.thumbnails.setCheckable(True)
        self.thumbnails.setChecked(True)
        self.zoom_out = self._make(self.tr("缩小"), self.tr("缩小（Ctrl+-）"), "zoom-out")
        self.zoom_out.setShortcuts(_distinct(QKeySequence(Key.ZoomOut), QKeySequence("Ctrl+-")))
        self.zoom_in = self._make(self.tr("放大"), self.tr("放大（Ctrl++）"), "zoom-in")
        self.zoom_in.setShortcuts(
            _distinct(QKeySequence(Key.ZoomIn), QKeySequence("Ctrl+="), QKeySequence("Ctrl++"))
        )
        self.fit_width = self._make(
            self.tr("适合宽度"), self.tr("页面宽度适合窗口"), "zoom-fit-width"
        )
        self.fit_page = self._make(
            self.tr("适合页面"), self.tr("整页显示在窗口内"), "zoom-fit-best"
        )
        for action in (self.fit_width, self.fit_page):
            action.setCheckable(True)
        self.rotate_left = self._make(
            self.tr("向左旋转"), self.tr("逆时针旋转 90°"), "object-rotate-left"
        )
        self.rotate_right = self._make(
            self.tr("向右旋转"), self.tr("顺时针旋转 90°"), "object-rotate-right"
        )
        self._navigation()
        self._search()
        self.print = self._make(self.tr("打印…"), self.tr("打印此文件"), "document-print")
        self.save_copy = self._make(
            self.tr("另存为…"), self.tr("把此文件另存一份"), "document-save-as"
        )
        self.copy_text = self._make(
            self.tr("复制本页文字"), self.tr("复制当前页的文字"), "edit-copy"
        )

    def _navigation(self) -> None:
        self.previous_page = self._make(self.tr("上一页"), self.tr("上一页（PgUp）"))
        self.previous_page.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.next_page = self._make(self.tr("下一页"), self.tr("下一页（PgDn）"))
        self.next_page.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.first_page = self._make(self.tr("第一页"), self.tr("第一页（Home）"))
        self.first_page.setShortcut(QKeySequence(Qt.Key.Key_Home))
        self.last_page = self._make(self.tr("最后一页"), self.tr("最后一页（End）"))
        self.last_page.setShortcut(QKeySequence(Qt.Key.Key_End))

    def _search(self) -> None:
        self.find = self._make(self.tr("查找"), self.tr("在文件中查找文字（Ctrl+F）"), "edit-find")
        self.find.setShortcut(QKeySequence(Key.Find))
        self.find_next = self._make(self.tr("下一个"), self.tr("下一个匹配（F3）"), "go-down")
        self.find_next.setShortcut(QKeySequence(Key.FindNext))
        self.find_previous = self._make(
            self.tr("上一个"), self.tr("上一个匹配（Shift+F3）"), "go-up"
        )
        self.find_previous.setShortcut(QKeySequence(Key.FindPrevious))

    def document_actions(self) -> list[QAction]:
        """The commands that need an open document."""
        return [
            self.zoom_out,
            self.zoom_in,
            self.fit_width,
            self.fit_page,
            self.rotate_left,
            self.rotate_right,
            self.previous_page,
            self.next_page,
            self.first_page,
            self.last_page,
            self.find,
            self.find_next,
            self.find_previous,
            self.print,
            self.save_copy,
            self.copy_text,
        ]

    def _make(self, text: str, tip: str, icon: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if icon and QIcon.hasThemeIcon(icon):
            action.setIcon(QIcon.fromTheme(icon))
        self._owner.addAction(action)
        return action
