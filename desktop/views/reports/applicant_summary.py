"""页 3-4 汇总拆建申请人及申请记录, opened by 【汇总】 on the applicant list (manual 3.1.3).

The manual puts this summary on the applicant page rather than in the report menu, so it opens
in its own window beside the list: the person keeps the list and its query where they were.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.views.reports.report_page import ReportPage

KEY = "applicant_summary"
SIZE = (1200, 640)


class ApplicantSummaryDialog(QDialog):
    """A non-modal window holding the applicant summary's report page, summarized at once
    (the manual's 【汇总】 shows the table straight away)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("汇总拆建申请人及申请记录")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.page = ReportPage(context, KEY, title, self, summarize_at_once=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.resize(*SIZE)
