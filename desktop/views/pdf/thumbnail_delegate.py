"""How a thumbnail row looks: the page centred on grey, framed when current, its number below.

A custom delegate rather than QListView's icon mode, which left-aligns narrow portrait pages
in their cells and draws white pages on a white list with no edge to see.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

_PADDING = 8
_EDGE = QColor(0, 0, 0, 70)

AnyIndex = QModelIndex | QPersistentModelIndex


class ThumbnailDelegate(QStyledItemDelegate):
    """Paints one page thumbnail within a fixed cell."""

    def __init__(self, box: QSize, text_height: int) -> None:
        super().__init__()
        self._box = box
        self._text_height = text_height
        self._cell = QSize(box.width() + 2 * _PADDING, box.height() + text_height + 3 * _PADDING)

    @property
    def cell(self) -> QSize:
        return self._cell

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return self._cell

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        cell: QRect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        accent = palette.highlight().color()
        painter.save()
        if selected:
            tint = QColor(accent)
            tint.setAlpha(50)
            painter.fillRect(cell.adjusted(2, 2, -2, -2), tint)
        image = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(image, QImage) and not image.isNull():
            self._paint_page(painter, cell, image, accent if selected else None)
        self._paint_number(painter, cell, str(index.data(Qt.ItemDataRole.DisplayRole)), palette)
        painter.restore()

    def _paint_page(
        self, painter: QPainter, cell: QRect, image: QImage, frame: QColor | None
    ) -> None:
        scale = min(self._box.width() / image.width(), self._box.height() / image.height())
        width, height = image.width() * scale, image.height() * scale
        target = QRectF(
            cell.x() + (cell.width() - width) / 2,
            cell.y() + _PADDING + (self._box.height() - height) / 2,
            width,
            height,
        )
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(target, image)
        painter.setPen(QPen(frame, 2) if frame is not None else QPen(_EDGE, 1))
        painter.drawRect(target.adjusted(-1, -1, 0, 0))

    def _paint_number(self, painter: QPainter, cell: QRect, text: str, palette: QPalette) -> None:
        top = cell.y() + 2 * _PADDING + self._box.height()
        painter.setPen(palette.text().color())
        painter.drawText(
            QRect(cell.x(), top, cell.width(), self._text_height),
            Qt.AlignmentFlag.AlignCenter,
            text,
        )
