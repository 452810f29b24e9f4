"""One report page of 汇总与导出报表 (manual 页 6-1 … 6-5) or the applicant summary (页 3-4).

The person picks the page's choices, presses 汇总 and reads the official table on screen;
导出报表 writes the report of the current choices as .xlsx. Both read the local cache off the
UI thread (``desktop.tasks``), so the page works offline and never freezes the window. A
choice that cannot be used gets a Chinese message saying what to change; a result without
any record says so instead of showing a table of zeros.

A report on screen follows the cache: after a sync or a local decision the page reads the
cache's data mark (a few counts, off the UI thread) and, only when it differs from the mark
the report was built on, summarizes the same choices again — at once when the page is on
screen, else when it is next shown — keeping the scroll position.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.models.header_facts import known_years
from desktop.models.report_tables import DataMark
from desktop.reports.catalog import BY_KEY
from desktop.reports.filters import ReportFilter
from desktop.reports.model import Report
from desktop.views.reports.export import ReportExporter
from desktop.views.reports.filter_panel import ReportFilterPanel
from desktop.views.reports.header_view import GroupedHeaderView
from desktop.views.reports.report_source import (
    ShownReport,
    build_export,
    build_shown,
    data_mark,
)
from desktop.views.reports.table_model import ReportTableModel

logger = logging.getLogger(__name__)

MAX_COLUMN_WIDTH = 260
"""Owner lists of several companies would otherwise make one column wider than the window."""
MEASURED_ROWS = 60
"""Rows measured (besides the visible ones) when fitting the columns: measuring Qt's default
1,000 rows cost 2 s on the UI thread for the 18 columns of a 10,000-ship table, 60 cost 0.1 s."""


class ReportPage(QWidget):
    """The page of catalog entry ``key``; see the module docstring."""

    message = Signal(str)
    """A line for the main window's status bar (report built, export finished …)."""
    shown = Signal()
    """A report was built and shown (or found empty)."""

    def __init__(
        self,
        context: AppContext,
        key: str,
        title: str,
        parent: QWidget | None = None,
        *,
        summarize_at_once: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportPage")
        self.context = context
        self.entry = BY_KEY[key]
        self.title = title
        self.shown_report: ShownReport | None = None
        self._building = False
        self._checking = False
        self._recheck = False
        """A change arrived while building or checking: look at the mark again afterwards."""
        self._stale = False
        """The cache changed while the page was hidden: summarize again when shown."""
        self._summarize_at_once = summarize_at_once
        self.filters = ReportFilterPanel(self.entry, context.account.region_code, self)
        self.model = ReportTableModel(self)
        self.table = self._table()
        self.exporter = ReportExporter(context.tasks, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addLayout(self._heading())
        layout.addLayout(self._controls())
        self.caption = QLabel(self)
        self.caption.setObjectName("conditionsLine")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.notice = QLabel(self)
        self.notice.setObjectName("reportNotice")
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.notice)
        layout.addWidget(self.body, 1)
        self._wire()
        self._show_notice(self.tr("正在读取本地数据的奖补年份……"))
        self.summarize_button.setEnabled(False)
        self.export_button.setEnabled(False)
        db = context.db
        context.tasks.run(lambda: known_years(db), self._years_known, owner=self)

    # ---- public ---------------------------------------------------------------------------

    def summarize(self) -> None:
        """汇总: build the report of the current choices and show it."""
        report_filter = self._chosen_filter()
        if report_filter is None or self._building:
            return
        self._build(report_filter, refreshing=False)

    def _build(self, report_filter: ReportFilter, *, refreshing: bool) -> None:
        self._set_building(True)
        self._stale = False
        db, key = self.context.db, self.entry.key
        self.context.tasks.run(
            lambda: build_shown(db, key, report_filter),
            lambda shown: self._show(shown, refreshing=refreshing),
            self._build_failed,
            owner=self,
        )

    def export_to(self, path: Path | None = None) -> None:
        """导出报表: the report of the current choices; asks for the file without ``path``."""
        report_filter = self._chosen_filter()
        if report_filter is None or self.exporter.running:
            return
        db, key = self.context.db, self.entry.key
        self._status.setText(self.tr("正在准备导出……"))
        self.context.tasks.run(
            lambda: build_export(db, key, report_filter),
            lambda report: self._export_built(report, path),
            lambda error: self._say(self.tr("导出失败：{0}").format(error)),
            owner=self,
        )

    def status_text(self) -> str:
        return self._status.text()

    # ---- building -------------------------------------------------------------------------

    def _heading(self) -> QHBoxLayout:
        row = QHBoxLayout()
        heading = QLabel(self.title, self)
        heading.setObjectName("pageTitle")
        row.addWidget(heading)
        row.addStretch(1)
        self._status = QLabel(self)
        self._status.setObjectName("pageStatus")
        row.addWidget(self._status)
        return row

    def _controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.filters, 1)
        row.addSpacing(12)
        self.summarize_button = QPushButton(self.tr("汇总"), self)
        self.summarize_button.setDefault(True)
        self.summarize_button.setToolTip(self.tr("按所选条件汇总本地数据（离线也可用）"))
        self.export_button = QPushButton(self.tr("导出报表"), self)
        self.export_button.setToolTip(self.tr("将所选条件的报表导出为 Excel 文件"))
        row.addWidget(self.summarize_button)
        row.addWidget(self.export_button)
        return row

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("reportTable")
        header = GroupedHeaderView(table)
        header.setResizeContentsPrecision(MEASURED_ROWS)
        table.setHorizontalHeader(header)
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setAlternatingRowColors(False)
        table.setWordWrap(False)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        return table

    @property
    def header(self) -> GroupedHeaderView:
        header = self.table.horizontalHeader()
        assert isinstance(header, GroupedHeaderView)
        return header

    def _wire(self) -> None:
        self.summarize_button.clicked.connect(self.summarize)
        self.export_button.clicked.connect(lambda: self.export_to())
        self.exporter.finished.connect(self._exported)
        self.filters.changed.connect(self._choices_changed)
        self.context.changes.synced.connect(self.check_for_changes)
        self.context.changes.records_changed.connect(self._records_changed)

    # ---- reactions ------------------------------------------------------------------------

    def _choices_changed(self) -> None:
        """The table shows the last 汇总's choices: say so once they differ."""
        if self.shown_report is not None and not self._building:
            self._status.setText(self.tr("条件已更改，点击【汇总】更新报表。"))

    def _records_changed(self, _kind: str, _ids: list[str]) -> None:
        self.check_for_changes()

    def check_for_changes(self) -> None:
        """Summarize again if the cache changed since the shown report was built."""
        if self.shown_report is None:
            return
        if self._building or self._checking:
            self._recheck = True
            return
        self._checking = True
        db = self.context.db
        self.context.tasks.run(
            lambda: data_mark(db), self._mark_read, self._mark_failed, owner=self
        )

    def _mark_read(self, mark: DataMark) -> None:
        self._checking = False
        shown = self.shown_report
        if shown is not None and mark != shown.mark:
            if self.isVisible():
                self._build(shown.report_filter, refreshing=True)
            else:
                self._stale = True
        self._check_again_if_asked()

    def _mark_failed(self, error: BaseException) -> None:
        """The table stays as it is; the next sync checks again."""
        self._checking = False
        logger.warning("无法读取本地数据的变化标记：%s", error)
        self._check_again_if_asked()

    def _check_again_if_asked(self) -> None:
        if self._recheck and not (self._building or self._checking):
            self._recheck = False
            self.check_for_changes()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        shown = self.shown_report
        if self._stale and shown is not None and not self._building:
            self._build(shown.report_filter, refreshing=True)

    def _years_known(self, years: list[int]) -> None:
        """The year dropdown is filled: the page can summarize (a guessed year could not)."""
        self.filters.set_years(years)
        self.summarize_button.setEnabled(True)
        self.export_button.setEnabled(True)
        if self._summarize_at_once:
            self.summarize()
        else:
            self._show_notice(self.tr("请选择条件后点击【汇总】。"))

    def _chosen_filter(self) -> ReportFilter | None:
        try:
            return self.filters.report_filter()
        except ValueError as problem:
            self._say(self.tr("条件有误：{0}").format(problem))
            return None

    def _set_building(self, building: bool) -> None:
        self._building = building
        self.summarize_button.setEnabled(not building)
        if building:
            self._status.setText(self.tr("正在汇总……"))

    def _show(self, shown: ShownReport, *, refreshing: bool) -> None:
        self._set_building(False)
        self.shown_report = shown
        report = shown.report
        scrolled = self.table.verticalScrollBar().value()
        self.header.set_header(report.header)
        self.model.set_rows(report.columns, shown.rows)
        self._fit_columns(report.frozen_columns)
        if refreshing:
            self.table.verticalScrollBar().setValue(scrolled)
        self.caption.setText(
            "　".join(part for part in (report.caption, report.title, report.subtitle) if part)
            + f"（{report.unit_note}）"
        )
        if shown.empty:
            self._show_notice(
                self.tr(
                    "没有符合条件的记录：{0}。请换一个奖补年份或所在区划，"
                    "或放宽审核层次、船舶范围等条件后再点击【汇总】。"
                ).format(report.subtitle)
            )
            done = self.tr("汇总完成：没有符合条件的记录。")
        else:
            self.body.setCurrentWidget(self.table)
            done = self.tr("汇总完成：共 {0} 行。").format(len(shown.rows))
        self._say(self._refreshed_text(shown) if refreshing else done)
        self.shown.emit()
        self._check_again_if_asked()

    def _refreshed_text(self, shown: ShownReport) -> str:
        """The table changed by itself: say so, and whether the choices still differ."""
        text = self.tr("本地数据已更新，已按原条件重新汇总（{0}）。").format(
            datetime.now().strftime("%H:%M")
        )
        try:
            same = self.filters.report_filter() == shown.report_filter
        except ValueError:
            same = False
        if not same:
            text += self.tr("条件已更改，点击【汇总】更新报表。")
        return text

    def _fit_columns(self, frozen: int) -> None:
        """Columns as wide as their contents, the identifying ones never cut."""
        self.table.resizeColumnsToContents()
        for column in range(frozen, self.model.columnCount()):
            if self.table.columnWidth(column) > MAX_COLUMN_WIDTH:
                self.table.setColumnWidth(column, MAX_COLUMN_WIDTH)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.body.setCurrentWidget(self.notice)

    def _build_failed(self, error: BaseException) -> None:
        self._set_building(False)
        self._say(self.tr("汇总失败：{0}").format(error))
        self._check_again_if_asked()

    def _export_built(self, report: Report, path: Path | None) -> None:
        target = path if path is not None else self.exporter.ask_path(report)
        if target is None:
            self._status.clear()
            return
        self.exporter.start(report, target)

    def _exported(self, _succeeded: bool, text: str) -> None:
        self._say(text)

    def _say(self, text: str) -> None:
        self._status.setText(text)
        self.message.emit(text)
