"""How one page looks in the view: the rendered image, a stand-in while it renders, highlights.

Separated from the scrolling logic so the paint code stays a list of small drawing steps.
A page never paints blank: before its image arrives it shows a sized white sheet with its
number, and after a zoom it shows the old image stretched until the sharp one is ready.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from desktop.views.pdf.geometry import PageSize, Rect, page_rect_to_pixels

BACKGROUND = QColor("#8a8f98")
PAPER = QColor("#ffffff")
_BORDER = QColor(0, 0, 0, 70)
_PLACEHOLDER_TEXT = QColor("#9aa0a6")
_ERROR_TEXT = QColor("#b3261e")
_HIT_FILL = QColor(255, 214, 0, 100)
_CURRENT_FILL = QColor(255, 128, 0, 130)
_CURRENT_EDGE = QColor(220, 80, 0)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfViewer", text)


def paint_sheet(painter: QPainter, target: QRect) -> None:
    """White paper with a thin edge, under every page whatever its state."""
    painter.fillRect(target, PAPER)
    painter.setPen(QPen(_BORDER, 1))
    painter.drawRect(target.adjusted(-1, -1, 0, 0))


def paint_image(painter: QPainter, target: QRect, image: QImage, device_ratio: float) -> None:
    """Draw a rendered page; pixel-for-pixel when it has the target's size, stretched otherwise."""
    natural = QSizeF(image.width() / device_ratio, image.height() / device_ratio)
    if abs(natural.width() - target.width()) <= 1 and abs(natural.height() - target.height()) <= 1:
        painter.drawImage(QRectF(QPointF(target.topLeft()), natural), image)
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.drawImage(QRectF(target), image)
    painter.restore()


def paint_placeholder(painter: QPainter, target: QRect, page: int, failed: bool) -> None:
    """The page number (or a failure note) on the blank sheet while nothing better exists."""
    painter.setPen(_ERROR_TEXT if failed else _PLACEHOLDER_TEXT)
    if failed:
        text = _tr("第 {page} 页无法显示").format(page=page + 1)
    else:
        text = _tr("第 {page} 页").format(page=page + 1)
    painter.drawText(target, Qt.AlignmentFlag.AlignCenter, text)


def paint_highlights(
    painter: QPainter,
    target: QRect,
    geometry: tuple[PageSize, int, float],
    hits: Sequence[Rect],
    current: Rect | None,
) -> None:
    """Translucent boxes over the search hits of a page, the current one stronger.

    ``geometry`` is the page's displayed size, the view rotation and logical pixels per point.
    """
    size, rotation, scale = geometry
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    for rect in hits:
        painter.fillRect(_to_view(rect, size, rotation, scale, target), _HIT_FILL)
    if current is not None:
        box = _to_view(current, size, rotation, scale, target)
        painter.fillRect(box, _CURRENT_FILL)
        painter.setPen(QPen(_CURRENT_EDGE, 1.5))
        painter.drawRect(box)
    painter.restore()


def _to_view(rect: Rect, size: PageSize, rotation: int, scale: float, target: QRect) -> QRectF:
    x0, y0, x1, y1 = page_rect_to_pixels(rect, size, rotation, scale)
    return QRectF(target.x() + x0, target.y() + y0, x1 - x0, y1 - y0).adjusted(-1, -1, 1, 1)
