"""The viewer's toolbar: the actions plus the zoom box, the page box and the search field."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.views.pdf.actions import ViewerActions
from desktop.views.pdf.zoom import PRESETS, parse_percent, percent_text


class SearchField(QLineEdit):
    """Enter finds the next hit, Shift+Enter the previous one."""

    submitted = Signal(str, bool)
    """The text, and whether to go backwards."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            backwards = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.submitted.emit(self.text(), backwards)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


class PdfToolBar(QWidget):
    """Two rows: viewing (pages, zoom, rotation) above, find and file commands below.

    Two rows because the viewer often gets half of the review workspace: in one row the
    search field, print and save would vanish into the overflow menu below ~1,000 px.
    The bar shows the viewer's state and turns typing into requests; it decides nothing.
    """

    zoom_entered = Signal(float)
    page_entered = Signal(int)
    """0-based page index."""
    search_submitted = Signal(str, bool)
    search_cleared = Signal()

    def __init__(self, actions: ViewerActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._syncing = False
        self._zoom_text = ""
        self.zoom_box = self._zoom_box()
        self.page_box = self._page_box()
        self.search_field = self._search_field()
        self.hits_label = QLabel(self)
        self.hits_label.setMinimumWidth(72)
        self.view_row = self._row()
        self.find_row = self._row()
        self._populate_view_row(actions)
        self._populate_find_row(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view_row)
        layout.addWidget(self.find_row)
        self.set_page_count(0)

    def _row(self) -> QToolBar:
        row = QToolBar(self)
        row.setMovable(False)
        row.setFloatable(False)
        row.setIconSize(QSize(18, 18))
        row.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonFollowStyle)
        return row

    def _populate_view_row(self, actions: ViewerActions) -> None:
        """Most important first: whatever does not fit goes to the overflow menu at the end."""
        row = self.view_row
        row.addAction(actions.thumbnails)
        row.addWidget(self.page_box)
        row.addSeparator()
        row.addAction(actions.zoom_out)
        row.addWidget(self.zoom_box)
        row.addAction(actions.zoom_in)
        row.addAction(actions.fit_width)
        row.addAction(actions.fit_page)
        row.addSeparator()
        row.addAction(actions.rotate_left)
        row.addAction(actions.rotate_right)

    def _populate_find_row(self, actions: ViewerActions) -> None:
        row = self.find_row
        row.addWidget(self.search_field)
        row.addAction(actions.find_previous)
        row.addAction(actions.find_next)
        row.addWidget(self.hits_label)
        spacer = QWidget(row)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(spacer)
        row.addAction(actions.print)
        row.addAction(actions.save_copy)

    def _zoom_box(self) -> QComboBox:
        box = QComboBox(self)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.setToolTip(self.tr("缩放比例（50%–400%）"))
        box.addItems([percent_text(zoom) for zoom in PRESETS])
        box.setMinimumContentsLength(5)
        box.activated.connect(lambda _index: self._zoom_typed())
        line = box.lineEdit()
        assert line is not None
        line.editingFinished.connect(self._zoom_typed)
        return box

    def _page_box(self) -> QSpinBox:
        box = QSpinBox(self)
        box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.setKeyboardTracking(False)
        box.setAccelerated(False)
        box.setToolTip(self.tr("输入页码后按回车跳转"))
        box.setPrefix(self.tr("第 "))
        box.valueChanged.connect(self._page_typed)
        return box

    def _search_field(self) -> SearchField:
        field = SearchField(self)
        field.setPlaceholderText(self.tr("在文件中查找"))
        field.setClearButtonEnabled(True)
        field.setMinimumWidth(160)
        field.setMaximumWidth(240)
        field.submitted.connect(self.search_submitted)
        field.textChanged.connect(lambda text: None if text else self.search_cleared.emit())
        return field

    def set_zoom(self, zoom: float) -> None:
        self._zoom_text = percent_text(zoom)
        self.zoom_box.setEditText(self._zoom_text)

    def set_page_count(self, count: int) -> None:
        """Size the page box for a new document ("第 n / N 页"), or disable it when empty."""
        self._syncing = True
        try:
            self.page_box.setRange(1 if count else 0, max(count, 0))
            self.page_box.setSuffix(self.tr(" / {total} 页").format(total=count))
            self.page_box.setSpecialValueText("" if count else self.tr("第 – / – 页"))
            self.page_box.setEnabled(count > 0)
            self.page_box.setValue(1 if count else 0)
        finally:
            self._syncing = False

    def set_current_page(self, page: int) -> None:
        self._syncing = True
        try:
            self.page_box.setValue(page + 1)
        finally:
            self._syncing = False

    def set_hits_text(self, text: str) -> None:
        self.hits_label.setText(text)

    def _zoom_typed(self) -> None:
        """Only a zoom the reviewer changed counts: leaving the box must not end fit mode."""
        text = self.zoom_box.currentText()
        if text == self._zoom_text:
            return
        zoom = parse_percent(text)
        if zoom is None:
            self.zoom_box.setEditText(self._zoom_text)
            return
        self.zoom_entered.emit(zoom)

    def _page_typed(self, value: int) -> None:
        if not self._syncing and value > 0:
            self.page_entered.emit(value - 1)
