"""The table of one joint-review run: every record of the region, judged or skipped, and why.

The record list below the table shows what is *saved* (after the next sync); this table shows
the run's answer at once — also for a preview, which saves nothing — with the failed ships
first, since they are the ones the county has to chase. A skipped record carries the server's
reason (county already decided, no materials, another subsidy year), so "why was my ship not
checked" needs no question to the province.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from core import workflow
from core.joint_review import PROBLEM_SEPARATOR
from desktop.views.joint_review.calls import JointReviewRun

FAILED_COLOUR = QColor("#a40000")
PASSED_COLOUR = QColor("#2e7d32")
SKIPPED_COLOUR = QColor("#6b6b6b")


class RunResultsTable(QTableWidget):
    """船名 · 联审结果 · 问题或跳过原因, one row per record of the run."""

    row_activated = Signal(int)
    """A double-clicked row; ``ids`` holds the records in row order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("jointReviewResults")
        self.setHorizontalHeaderLabels(
            [self.tr("船名"), self.tr("联审结果"), self.tr("问题或跳过原因")]
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._ids: list[str] = []
        self.cellDoubleClicked.connect(lambda row, _column: self.row_activated.emit(row))

    def show_run(self, run: JointReviewRun) -> None:
        """Fill the table: failed, then passed, then skipped records."""
        failed = [r for r in run.judged if not r.passed]
        passed = [r for r in run.judged if r.passed]
        rows = [
            *[
                (
                    r.record_id,
                    r.ship_name,
                    self._failed_text(),
                    PROBLEM_SEPARATOR.join(r.problems),
                    FAILED_COLOUR,
                )
                for r in failed
            ],
            *[(r.record_id, r.ship_name, self._passed_text(), "", PASSED_COLOUR) for r in passed],
            *[
                (r.record_id, r.ship_name, self.tr("跳过"), r.reason, SKIPPED_COLOUR)
                for r in run.skipped
            ],
        ]
        self.setRowCount(len(rows))
        self._ids = [row[0] for row in rows]
        for index, (_id, ship, result, detail, colour) in enumerate(rows):
            for column, text in enumerate((ship, result, detail)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column > 0:
                    cell.setForeground(QBrush(colour))
                self.setItem(index, column, cell)

    def texts(self, column: int) -> list[str]:
        """The texts of ``column``, top to bottom, as shown."""
        return [self.item(row, column).text() for row in range(self.rowCount())]

    def _failed_text(self) -> str:
        return self.tr("{mark} 未过").format(mark=workflow.FAIL_MARK)

    def _passed_text(self) -> str:
        return self.tr("{mark} 通过").format(mark=workflow.PASS_MARK)

    @property
    def ids(self) -> list[str]:
        """The records of the rows, top to bottom (to step through in the workspace)."""
        return list(self._ids)
