"""申请审核（平台） / 完结审核（平台） (manual §3.3, §3.6): run the platform joint review of the
county's records and read its results.

The page is the kind's record list scoped to the platform level (what reached it, waiting
records first, the ``联审问题`` column beside the √ / × mark) over a 平台联审 panel: the region,
"保存联审结果" (unticked: a preview that changes nothing, as on page 3-14), the run button and
the run's answer — a summary line, the registries it was judged against, and every record of
the region judged or skipped with its problems or the reason.

Joint review is online only: the registries are on the server, so there is nothing to queue.
Offline (the sync worker's view of the server, or a run that got no answer) the panel says so
and disables the run; it comes back by itself when the server does. A saved run is followed by
a sync, after which the list — and any open workspace — shows the new marks and problems.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core import regions
from core.vocab import Level
from desktop.context import AppContext
from desktop.models.kinds import RECORD_KINDS
from desktop.models.list_queries import ListScope
from desktop.sync.status import SyncStatus
from desktop.views.joint_review.calls import JointReviewRun, RegistryLoad, run_joint_review
from desktop.views.joint_review.columns import platform_list_spec
from desktop.views.joint_review.results_table import RunResultsTable
from desktop.views.lists.list_page import RecordListPage
from desktop.views.lists.opener import RecordOpener
from desktop.views.settings.failures import (
    Failure,
    FailureKind,
    describe,
    without_queue_promise,
)
from desktop.views.settings.widgets import Banner

RESULT_ROWS_SHOWN = 5
"""Rows of the run's table visible without scrolling (the failed ships come first)."""


class JointReviewPage(QWidget):
    """The platform page of one kind (``applications`` or ``completions``)."""

    message = Signal(str)
    """A line for the status bar (the list's: export finished, a read failed …)."""

    def __init__(
        self,
        context: AppContext,
        kind: str,
        title: str,
        opener: RecordOpener,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("jointReviewPage")
        self.context = context
        self.kind = kind
        self.region_code = context.account.region_code
        self._opener = opener
        self.busy = False
        self.offline = False
        self.list_page = RecordListPage(
            context,
            kind,
            title,
            opener,
            scope=ListScope(Level.PLATFORM),
            spec=platform_list_spec(kind),
            parent=self,
        )
        self.list_page.message.connect(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list_page)
        splitter.addWidget(self._panel())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        context.sync_thread.status_changed.connect(self._sync_status)
        if context.engine.status.online is False:
            self._show_offline(context.engine.status.message)

    # ---- building -------------------------------------------------------------------------

    def _panel(self) -> QGroupBox:
        panel = QGroupBox(self.tr("平台联审（水路运政库、船舶登记库、船检登记库）"), self)
        region = regions.find(self.region_code)
        region_label = QLabel(
            self.tr("所在区划：{region}").format(
                region=region.name if region else self.region_code
            ),
            panel,
        )
        self.save_box = QCheckBox(self.tr("保存联审结果"), panel)
        self.save_box.setToolTip(
            self.tr("勾选：保存每条记录的联审结果（通过或未过）；不勾选：只预览，不改变记录。")
        )
        self.run_button = QPushButton(self.tr("开始平台联审"), panel)
        self.run_button.setObjectName("runJointReview")
        self.run_button.clicked.connect(self.run)
        self.progress = QProgressBar(panel)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        row = QHBoxLayout()
        for widget in (region_label, self.save_box, self.run_button, self.progress):
            row.addWidget(widget)
        row.addStretch(1)
        self.banner = Banner(panel)
        self.registries = QLabel(panel)
        self.registries.setObjectName("jointReviewRegistries")
        self.registries.setWordWrap(True)
        self.registries.setStyleSheet("color: palette(dark); font-size: 11px;")
        self.registries.hide()
        self.results = RunResultsTable(panel)
        self.results.row_activated.connect(self._open_result)
        self.results.setMinimumHeight(
            RESULT_ROWS_SHOWN * self.results.verticalHeader().defaultSectionSize()
        )
        self.results.hide()
        column = QVBoxLayout(panel)
        column.setContentsMargins(8, 4, 8, 6)
        column.addLayout(row)
        column.addWidget(self.banner)
        column.addWidget(self.registries)
        column.addWidget(self.results, 1)
        return panel

    # ---- running --------------------------------------------------------------------------

    def run(self) -> None:
        """Run the joint review of the region on the server (off the UI thread)."""
        if self.busy or self.offline:
            return
        save = self.save_box.isChecked()
        client, kind, region_code = self.context.client, self.kind, self.region_code
        self._set_busy(True)
        self.banner.show_message(self._running_text(save), "info")
        self.context.tasks.run(
            lambda: run_joint_review(client, kind, region_code, save=save),
            self._finished,
            lambda error: self._failed(describe(error)),
            owner=self,
        )

    def _finished(self, run: JointReviewRun) -> None:
        self._set_busy(False)
        self.results.show_run(run)
        self.results.setVisible(bool(run.judged or run.skipped))
        self.registries.setText(self._registries_text(run.registries))
        self.registries.setVisible(bool(run.registries))
        self.banner.show_message(self._summary_text(run), "success" if run.saved else "info")
        if run.saved and run.judged:
            self.context.sync_thread.request_sync()

    def _failed(self, failure: Failure) -> None:
        self._set_busy(False)
        if failure.kind is FailureKind.UNREACHABLE:
            self._show_offline(failure.message)
        elif failure.kind is FailureKind.SESSION:
            self.banner.show_message(self.tr("登录已失效，请重新登录后再进行平台联审。"), "error")
        else:
            self.banner.show_message(
                self.tr("平台联审未完成：{reason}").format(reason=failure.message), "error"
            )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.run_button.setEnabled(not busy and not self.offline)
        self.save_box.setEnabled(not busy)

    # ---- offline --------------------------------------------------------------------------

    def _sync_status(self, status: SyncStatus) -> None:
        if status.online is False and not self.offline:
            self._show_offline(status.message)
        elif status.online and self.offline:
            self.offline = False
            self.banner.show_message(self.tr("已重新连接服务器，可以进行平台联审。"), "success")
            self._set_busy(self.busy)

    def _show_offline(self, detail: str) -> None:
        self.offline = True
        lines = [
            self.tr(
                "平台联审需要连接服务器（要查询服务器上的水路运政、船舶登记和船检登记库），"
                "当前处于离线状态，不能联审。"
            ),
            without_queue_promise(detail),
            self.tr("联网后会自动恢复；列表中已同步的联审结果仍可查看。"),
        ]
        self.banner.show_message("\n".join(line for line in lines if line), "warning")
        self._set_busy(self.busy)

    # ---- texts ----------------------------------------------------------------------------

    def _running_text(self, save: bool) -> str:
        if save:
            return self.tr("正在联审并保存结果，请稍候…")
        return self.tr("正在联审（预览，不保存），请稍候…")

    def _summary_text(self, run: JointReviewRun) -> str:
        kind = RECORD_KINDS[self.kind].value
        if run.total == 0:
            return self.tr("本区划没有{kind}记录，无需联审。").format(kind=kind)
        counts = self.tr(
            "本区划共 {total} 条{kind}记录：联审 {checked} 条，通过 {passed} 条，未过 {failed} 条；"
            "跳过 {skipped} 条（原因见下表）。"
        ).format(
            total=run.total,
            kind=kind,
            checked=len(run.judged),
            passed=run.passed,
            failed=run.failed,
            skipped=len(run.skipped),
        )
        if run.saved:
            head = self.tr("联审结果已保存（{day}）。").format(day=run.review_date)
            tail = self.tr("列表将在同步后显示新的联审标记和问题。") if run.judged else ""
        else:
            head = self.tr("联审预览（未保存，记录不变）。")
            tail = self.tr("如需保存结果，请勾选“保存联审结果”后再次联审。")
        return "\n".join(part for part in (head + counts, tail) if part)

    def _registries_text(self, loads: tuple[RegistryLoad, ...]) -> str:
        parts = [
            self.tr("{name} {rows} 条（{loaded} 载入）").format(
                name=load.name, rows=load.row_count, loaded=_local_time(load.loaded_at)
            )
            for load in loads
        ]
        return self.tr("联审依据：{registries}").format(registries="、".join(parts))

    def _open_result(self, row: int) -> None:
        self._opener.open_record(self.kind, self.results.ids, row, self.window())


def _local_time(stamp: str) -> str:
    """A server timestamp (ISO, UTC) as this workstation's local time, to the minute."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
