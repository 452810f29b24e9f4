"""One record list page: the table, its query, export, and (on queue pages) the queue summary.

The same page serves the manual's 建档 lists (page 3-6 "申请建档及材料", 4-1 …), the level
queues (page 3-15 "申请审核（县级）": what reached the level, waiting records first) and the
query results of ch. 5. Double-click or Enter opens the review workspace on the clicked
record with the whole current result to step through; on 建档 lists a handler also gets
"建档" and "修改".

The page refreshes itself: rows changed by a local action are repainted (``ChangeHub``), and
after each sync cycle the query runs again, keeping the selected record selected.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.query import Query
from core.vocab import Level
from desktop.context import AppContext
from desktop.models.header_facts import known_years, read_queue_counts
from desktop.models.list_columns import ListSpec, list_spec
from desktop.models.list_queries import ALL_RECORDS, ListScope, QueueCounts
from desktop.models.table_model import RecordTableModel
from desktop.views.documents.printable import printable
from desktop.views.lists.export import ListExporter
from desktop.views.lists.opener import RecordOpener
from desktop.views.lists.record_table import RecordTable
from desktop.views.query.query_dialog import QueryDialog
from desktop.views.query.saved_queries import SavedQueries
from desktop.views.query.summary import describe_conditions, describe_sort
from desktop.views.reports.applicant_summary import ApplicantSummaryDialog


class RecordListPage(QWidget):
    """A list of one kind's records; see the module docstring."""

    message = Signal(str)
    """A line for the status bar (export finished, a read failed …)."""

    def __init__(
        self,
        context: AppContext,
        kind: str,
        title: str,
        opener: RecordOpener,
        *,
        scope: ListScope = ALL_RECORDS,
        editable: bool = False,
        spec: ListSpec | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordListPage")
        self.context = context
        self.kind = kind
        self.title = title
        self._opener = opener
        self._spec = spec or list_spec(kind)
        self.model = RecordTableModel(context.db, context.tasks, self._spec, scope, self)
        self.table = RecordTable(self.model, self)
        self._dialog: QueryDialog | None = None
        self._dialog_shows: Query | None = None
        self._exporter = ListExporter(context, self)
        self._keep_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addLayout(self._header(scope))
        layout.addLayout(self._toolbar(editable))
        self._conditions = QLabel(self)
        self._conditions.setObjectName("conditionsLine")
        self._conditions.setWordWrap(True)
        layout.addWidget(self._conditions)
        layout.addWidget(self.table, 1)
        self._wire()
        self.model.reload()
        self._show_query()

    # ---- public ---------------------------------------------------------------------------

    def run_query(self, query: Query) -> None:
        """Show the result of ``query`` (from the dialog, a saved query or a test)."""
        self.model.set_query(query)
        self._show_query()

    def refresh(self) -> None:
        """Run the query again, keeping the selected record selected."""
        row = self.table.current_row()
        self._keep_id = self.model.id_at(row) if row is not None else None
        self.model.reload()

    def open_row(self, row: int) -> None:
        """Open ``row`` in the workspace, with the whole result to step through."""
        ids = self.model.ids()
        if 0 <= row < len(ids):
            self._opener.open_record(self.kind, ids, row, self.window())

    def query_dialog(self) -> QueryDialog:
        """The page's query dialog (created once, then kept with what was typed)."""
        if self._dialog is None:
            saved = SavedQueries(
                self.context.settings_path(),
                self.context.server_url,
                self.context.account.id,
                self.kind,
            )
            self._dialog = QueryDialog(
                self._spec, saved, self.context.account.region_code, self.title, self
            )
            self._dialog.query_chosen.connect(self._run_dialog_query)
            self._dialog.set_query(self.model.query)
            self._dialog_shows = self.model.query
            db = self.context.db
            self.context.tasks.run(
                lambda: known_years(db), self._dialog.set_years, owner=self._dialog
            )
        return self._dialog

    def export_to(self, path: Path | None = None) -> None:
        """Export the current result; asks for the file when no ``path`` is given."""
        target = path if path is not None else self._exporter.ask_path(self.title)
        if target is None:
            return
        self._exporter.start(self._spec, self.model.ids(), target, self.title)

    def print_approved(self) -> QObject:
        """批量打印已通过…: the batch module (and PyMuPDF) is imported on first use."""
        batch_print = importlib.import_module("desktop.views.documents.batch_print")
        batch: QObject = batch_print.BatchPrint(self.context, self.kind, self.model.ids(), self)
        batch.finished.connect(self._exported)
        batch.ask(self.title)
        return batch

    @property
    def exporter(self) -> ListExporter:
        return self._exporter

    def query_text(self) -> str:
        """The conditions and sort line above the table, as shown."""
        return self._conditions.text()

    # ---- building -------------------------------------------------------------------------

    def _header(self, scope: ListScope) -> QHBoxLayout:
        row = QHBoxLayout()
        heading = QLabel(self.title, self)
        heading.setObjectName("pageTitle")
        self._count = QLabel(self)
        self._count.setObjectName("countLabel")
        self._queue = QLabel(self)
        self._queue.setObjectName("queueSummary")
        row.addWidget(heading)
        row.addWidget(self._count)
        row.addSpacing(16)
        row.addWidget(self._queue)
        row.addStretch(1)
        self._waiting_only: QCheckBox | None = None
        if scope.level is not None:
            self._waiting_only = QCheckBox(self.tr("只显示待本级审核"), self)
            self._waiting_only.setChecked(scope.waiting_only)
            self._waiting_only.toggled.connect(self._toggle_waiting)
            row.addWidget(self._waiting_only)
        return row

    def _toolbar(self, editable: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        self._query_button = self._button(row, self.tr("综合查询…"), self.open_query_dialog)
        self._query_button.setToolTip(self.tr("设置查询条件与排序规则（Ctrl+F）"))
        self._query_button.setShortcut("Ctrl+F")
        self._clear_button = self._button(row, self.tr("清空条件"), self._clear_query)
        self._button(row, self.tr("刷新"), self.refresh)
        self._export_button = self._button(row, self.tr("导出查询结果"), lambda: self.export_to())
        if self.kind == "applicants":
            self._button(row, self.tr("汇总"), self.open_applicant_summary)
        self._open_button = self._button(row, self.tr("查看/审核（双击）"), self._open_current)
        if printable(self.kind):
            self._button(row, self.tr("批量打印已通过…"), self.print_approved)
        if editable:
            self._button(row, self.tr("建档"), self._create)
            self._button(row, self.tr("修改"), self._modify)
            if self.kind != "applicants":
                self._button(row, self.tr("上传材料"), self._upload)
        row.addStretch(1)
        self._status = QLabel(self)
        self._status.setObjectName("pageStatus")
        row.addWidget(self._status)
        return row

    def open_applicant_summary(self) -> None:
        """【汇总】 of page 3-1: the applicant summary of page 3-4 (manual 3.1.3)."""
        ApplicantSummaryDialog(self.context, self).show()

    def _button(self, row: QHBoxLayout, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _wire(self) -> None:
        self.table.record_activated.connect(self.open_row)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._failed)
        self._exporter.finished.connect(self._exported)
        self.context.changes.records_changed.connect(self._records_changed)
        self.context.changes.synced.connect(self.refresh)

    # ---- reactions ------------------------------------------------------------------------

    def _loaded(self, count: int) -> None:
        self._show_query()
        self._count.setText(self.tr("共 {0} 条").format(count))
        self._status.setText(
            self.tr("查询用时 {0} 毫秒").format(round(self.model.last_load_seconds * 1000))
        )
        if self._keep_id is not None:
            row = self.model.row_of(self._keep_id)
            if row is not None:
                self.table.select_row(row)
        self._keep_id = None
        self._export_button.setEnabled(count > 0)
        self._open_button.setEnabled(count > 0)
        self._count_queue()

    def _count_queue(self) -> None:
        level = self.model.scope.level
        if level is None:
            return
        db, kind, query = self.context.db, self.kind, self.model.query
        self.context.tasks.run(
            lambda: read_queue_counts(db, kind, query, level),
            lambda counts: self._show_counts(counts, level),
            owner=self,
        )

    def _show_counts(self, counts: QueueCounts, level: Level) -> None:
        text = self.tr("待本级审核 {0} 条 · {1}已审 {2} 条").format(
            counts.waiting, level.value, counts.decided
        )
        if counts.failed_before is not None:
            text += self.tr(" · 未过前审 {0} 条").format(counts.failed_before)
        self._queue.setText(text)

    def _failed(self, message: str) -> None:
        self._status.setText(message)
        self.message.emit(message)

    def _exported(self, _succeeded: bool, message: str) -> None:
        self._status.setText(message)
        self.message.emit(message)

    def _records_changed(self, kind: str, ids: list[str]) -> None:
        if kind != self.kind:
            return
        if self.model.scope.level is not None:
            self.refresh()
        else:
            self.model.invalidate(ids)

    def _show_query(self) -> None:
        query = self.model.query
        conditions = describe_conditions(self.kind, query)
        order = describe_sort(self._spec, query)
        parts = [self.tr("条件：{0}").format(conditions)] if conditions else []
        if order:
            parts.append(self.tr("排序：{0}").format(order))
        self._conditions.setText("　·　".join(parts))
        self._clear_button.setEnabled(bool(query.conditions))

    def _toggle_waiting(self, waiting_only: bool) -> None:
        level = self.model.scope.level
        self.model.set_scope(ListScope(level, waiting_only))

    def open_query_dialog(self) -> None:
        """综合查询…: the dialog with the list's query (or with what was typed last time)."""
        dialog = self.query_dialog()
        self._sync_dialog()
        dialog.open()

    def _sync_dialog(self) -> None:
        """Show the list's query in the dialog where it changed outside the dialog (清空条件,
        a header click): a new sort order only replaces the sort rules, so conditions the
        person typed there — valid yet or not — stay as typed."""
        shown, current = self._dialog_shows, self.model.query
        if self._dialog is None or shown == current:
            return
        if shown is not None and shown.conditions == current.conditions:
            self._dialog.set_sort_rules(current.sort)
        else:
            self._dialog.set_query(current)
        self._dialog_shows = current

    def _run_dialog_query(self, query: Query) -> None:
        self.run_query(query)
        self._dialog_shows = self.model.query

    def _clear_query(self) -> None:
        self.run_query(Query())

    def _open_current(self) -> None:
        row = self.table.current_row()
        self.open_row(row if row is not None else 0)

    def _create(self) -> None:
        dialog = self._opener.open_form(self.kind, None, self.window())
        dialog.finished.connect(lambda _result: self.refresh())

    def _selected_id(self, action: str) -> str | None:
        row = self.table.current_row()
        if row is None:
            self._status.setText(self.tr("请先在列表中选择要{0}的记录。").format(action))
            return None
        return self.model.id_at(row)

    def _modify(self) -> None:
        record_id = self._selected_id(self.tr("修改"))
        if record_id is not None:
            dialog = self._opener.open_form(self.kind, record_id, self.window())
            dialog.finished.connect(lambda _result: self.refresh())

    def _upload(self) -> None:
        record_id = self._selected_id(self.tr("上传材料"))
        if record_id is not None:
            dialog = self._opener.open_upload(self.kind, record_id, self.window())
            dialog.finished.connect(lambda _result: self.refresh())
