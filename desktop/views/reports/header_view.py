"""A horizontal header that paints a report's multi-level header with its merged cells.

The official tables group columns under shared headings (奖补资金（万元） over 测算/复核/机算)
and let an ungrouped column such as 市(县) run the full header height. ``QHeaderView`` knows one
row of sections, so this view keeps the sections (one per leaf column, so resizing and
scrolling work as usual) and paints, for each section, the slice of every header cell above
it: a merged cell is drawn whole but clipped to the section being painted, so neighbouring
sections draw the same cell seamlessly, whatever part of the header is repainted.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

from desktop.reports.model import Header, HeaderCell

PADDING = 8
MAX_SECTION = 220
"""Widest a column gets from its header text; a longer label wraps instead."""


class GroupedHeaderView(QHeaderView):
    """The header of one report; ``set_header`` before the model's rows are reset."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("reportHeader")
        self.setSectionsClickable(False)
        self.setHighlightSections(False)
        self._depth = 1
        self._above: dict[int, list[HeaderCell]] = {}
        self._bold = QFont(self.font())
        self._bold.setBold(True)

    def set_header(self, header: Header) -> None:
        """Show ``header``; each leaf column lists the cells painted above it."""
        self._depth = header.depth
        self._above = {}
        for cell in header.cells:
            for column in range(cell.col, cell.col + cell.width):
                self._above.setdefault(column, []).append(cell)
        self.updateGeometry()
        self.viewport().update()

    def cell_texts(self, logical: int) -> list[str]:
        """The texts above column ``logical``, top to bottom (what a reader sees there)."""
        return [cell.text for cell in sorted(self._above.get(logical, []), key=lambda c: c.row)]

    def metrics(self) -> QFontMetrics:
        """Of the bold font the style sheet gives header sections."""
        return QFontMetrics(self._bold)

    def row_height(self) -> int:
        return self.metrics().height() + PADDING

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.row_height() * self._depth + 2)

    def sectionSizeFromContents(self, logical: int) -> QSize:
        """Wide enough for the leaf label and for its share of any group label above it."""
        metrics = self.metrics()
        width = 0
        for cell in self._above.get(logical, []):
            share = metrics.horizontalAdvance(cell.text) // cell.width
            width = max(width, share)
        return QSize(min(width + 2 * PADDING, MAX_SECTION), self.sizeHint().height())

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        for cell in self._above.get(logical, []):
            painter.save()
            painter.setClipRect(rect)
            self._paint_cell(painter, self._cell_rect(cell, rect), cell.text, logical)
            painter.restore()

    def _cell_rect(self, cell: HeaderCell, section: QRect) -> QRect:
        """Where the whole (merged) cell lies, in viewport coordinates."""
        height = self.row_height()
        left = self.sectionViewportPosition(cell.col)
        width = sum(self.sectionSize(col) for col in range(cell.col, cell.col + cell.width))
        top = section.top() + cell.row * height
        last_row = cell.row + cell.height == self._depth
        bottom = section.bottom() if last_row else top + cell.height * height - 1
        return QRect(left, top, width, bottom - top + 1)

    def _paint_cell(self, painter: QPainter, rect: QRect, text: str, logical: int) -> None:
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logical
        option.text = ""
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        painter.setFont(self._bold)
        painter.setPen(self.palette().buttonText().color())
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(rect.adjusted(3, 1, -3, -1), int(flags), text)
