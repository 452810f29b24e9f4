"""The page thumbnails sidebar: a QListView whose small images are rendered only when seen.

The model never renders: ``data()`` answers from a small cache or with a grey stand-in of the
page's shape, so painting the list cannot block. The panel asks the render thread for the rows
in view (plus a couple beyond) in the thumbnails lane, which yields to the page view and
replaces its own backlog on every scroll, like the page view does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QWidget

from desktop.views.pdf.documents import DocumentInfo
from desktop.views.pdf.geometry import PageSize
from desktop.views.pdf.page_cache import PageCache, PageKey
from desktop.views.pdf.render_requests import RenderResult
from desktop.views.pdf.render_thread import RenderThread
from desktop.views.pdf.render_wishes import RenderWishes
from desktop.views.pdf.task_queue import Lane
from desktop.views.pdf.thumbnail_delegate import ThumbnailDelegate

THUMBNAIL_BOX = QSize(96, 128)
"""The largest a thumbnail gets, in logical pixels; pages keep their shape inside it."""
THUMBNAIL_BUDGET = 24 * 1024 * 1024
_LOOKAHEAD = 2
_STAND_IN = QColor("#f1f3f4")
_LIST_BACKGROUND = QColor("#d5d8dc")
_EDGE = QColor("#b0b4ba")

AnyIndex = QModelIndex | QPersistentModelIndex


def thumbnail_scale(size: PageSize, device_ratio: float) -> float:
    """Device pixels per point that make the page fit the thumbnail box."""
    across = THUMBNAIL_BOX.width() * device_ratio / size.width
    down = THUMBNAIL_BOX.height() * device_ratio / size.height
    return min(across, down)


def _stand_in(width: int, height: int) -> QImage:
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_RGB32)
    image.fill(_STAND_IN)
    painter = QPainter(image)
    painter.setPen(_EDGE)
    painter.drawRect(0, 0, image.width() - 1, image.height() - 1)
    painter.end()
    return image


class ThumbnailModel(QAbstractListModel):
    """One row per page: its number, and its thumbnail once rendered."""

    def __init__(self, cache: PageCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self._info: DocumentInfo | None = None
        self._rotation = 0
        self._device_ratio = 1.0
        self._stand_ins: dict[tuple[int, int], QImage] = {}

    def set_document(self, info: DocumentInfo | None, rotation: int, device_ratio: float) -> None:
        self.beginResetModel()
        if self._info is not None:
            self._cache.drop_document(self._info.doc_id)
        self._info = info
        self._rotation = rotation
        self._device_ratio = device_ratio
        self.endResetModel()

    def set_rotation(self, rotation: int) -> None:
        if rotation == self._rotation:
            return
        self._rotation = rotation
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0), self.index(self.rowCount() - 1), [Qt.ItemDataRole.DecorationRole]
            )

    def document(self) -> DocumentInfo | None:
        return self._info

    def rowCount(self, parent: AnyIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return self._info.page_count if self._info else 0

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._info is None:
            return None
        page = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(page + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.image(page)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("第 {page} 页").format(page=page + 1)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignHCenter
        return None

    def key_for(self, page: int) -> PageKey:
        assert self._info is not None
        size = self._info.page_sizes[page].rotated(self._rotation)
        scale = thumbnail_scale(size, self._device_ratio)
        return PageKey.of(self._info.doc_id, page, scale, self._rotation)

    def has_image(self, page: int) -> bool:
        return self.key_for(page) in self._cache

    def image(self, page: int) -> QImage:
        """The rendered thumbnail, or a grey sheet of the same shape while it renders."""
        key = self.key_for(page)
        image = self._cache.get(key)
        if image is not None:
            return image
        assert self._info is not None
        size = self._info.page_sizes[page].rotated(self._rotation)
        return self._stand_in(round(size.width * key.scale), round(size.height * key.scale))

    def accept(self, result: RenderResult) -> bool:
        """Store a rendered thumbnail of this document; True if it was ours."""
        request = result.request
        if self._info is None or request.doc_id != self._info.doc_id:
            return False
        if request.page >= self.rowCount():
            return False
        self._cache.put(result.key, result.image)
        index = self.index(request.page)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
        return True

    def _stand_in(self, width: int, height: int) -> QImage:
        cached = self._stand_ins.get((width, height))
        if cached is None:
            cached = self._stand_ins[(width, height)] = _stand_in(width, height)
        return cached


class ThumbnailPanel(QListView):
    """The sidebar list; clicking a thumbnail asks the viewer to show that page."""

    page_activated = Signal(int)

    def __init__(self, thread: RenderThread, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thread = thread
        self._model = ThumbnailModel(PageCache(THUMBNAIL_BUDGET), self)
        self._wishes = RenderWishes(thread, Lane.THUMBNAILS)
        self._syncing = False
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._submit_requests)
        self._configure()
        self.setModel(self._model)
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        self.verticalScrollBar().valueChanged.connect(self._schedule)
        thread.page_rendered.connect(self._accept)

    def _configure(self) -> None:
        self._delegate = ThumbnailDelegate(THUMBNAIL_BOX, self.fontMetrics().height())
        self.setItemDelegate(self._delegate)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(self._delegate.cell.height() // 4)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, _LIST_BACKGROUND)
        self.setPalette(palette)
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.setFixedWidth(self._delegate.cell.width() + scroll_bar + 2 * self.frameWidth())

    def pending_renders(self) -> int:
        """Thumbnails asked of the render thread and not back yet."""
        return len(self._wishes)

    def thumbnail_model(self) -> ThumbnailModel:
        return self._model

    def set_document(self, info: DocumentInfo | None, rotation: int) -> None:
        previous = self._model.document()
        if previous is not None:
            self._wishes.withdraw(previous.doc_id)
        self._wishes.forget()
        self._model.set_document(info, rotation, self.devicePixelRatioF())
        self._timer.start()

    def set_rotation(self, rotation: int) -> None:
        self._model.set_rotation(rotation)
        self._timer.start()

    def set_current_page(self, page: int) -> None:
        """Follow the page view without echoing the change back as a click."""
        if page >= self._model.rowCount():
            return
        index = self._model.index(page)
        self._syncing = True
        try:
            self.setCurrentIndex(index)
            self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._syncing = False

    def visible_rows(self) -> range:
        """Rows whose thumbnails intersect the viewport."""
        rows = self._model.rowCount()
        if not rows:
            return range(0)
        first_rect = self.visualRect(self._model.index(0))
        pitch = max(1, self._delegate.cell.height())
        first = max(0, (0 - first_rect.top()) // pitch)
        last = min(rows - 1, (self.viewport().height() - first_rect.top()) // pitch)
        return range(first, last + 1)

    def _schedule(self, *_args: object) -> None:
        """Plan the renders once the scrolling of this event loop pass is over."""
        self._timer.start()

    def _wanted_rows(self) -> list[int]:
        visible = self.visible_rows()
        if not visible:
            return []
        rows = self._model.rowCount()
        after = range(visible.stop, min(rows, visible.stop + _LOOKAHEAD))
        before = range(max(0, visible.start - _LOOKAHEAD), visible.start)
        return [*visible, *after, *reversed(before)]

    def _submit_requests(self) -> None:
        info = self._model.document()
        if info is None or not self.isVisible():
            return
        keys = [self._model.key_for(page) for page in self._wanted_rows()]
        self._wishes.want(info.doc_id, keys, lambda key: self._model.has_image(key.page))

    def _accept(self, result: RenderResult) -> None:
        if result.request.lane is not Lane.THUMBNAILS:
            return
        if self._model.accept(result):
            self._wishes.arrived(result.key)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._syncing:
            self.page_activated.emit(current.row())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._timer.start()
