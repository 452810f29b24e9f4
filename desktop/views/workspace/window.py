"""The review workspace: one record beside its materials, decided in one click, then the next.

Left: the record's fields (page 3-16), its three amounts, the joint review and the audit log.
Right: the material list and the embedded PDF viewer. Below: the decision row. The splitter
positions are remembered between sessions.

Nothing here touches the database or the network on the UI thread:

* records are read as ``RecordSnapshot``s on ``AppContext.tasks``; the neighbours of the
  current record are read ahead, so "next" usually shows at once;
* a decision is committed by ``LocalActions.decide`` on the shared local-writer lane (Anki's
  ``CollectionOp``): control returns as soon as the commit is on disk, the next record opens,
  and the sync worker is asked to push — the server round trip happens in the background;
* materials are verified or downloaded on the download lane (``MaterialOpener``).
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core import workflow
from core.vocab import Decision
from desktop.context import AppContext
from desktop.sync.local_rules import ActionRefused
from desktop.sync.status import Phase, SyncStatus
from desktop.views.documents.record_documents import RecordDocuments
from desktop.views.forms.drafts import DraftStore
from desktop.views.pdf import PdfViewer
from desktop.views.workspace import layout_memory, shortcuts
from desktop.views.workspace.amounts_panel import AmountsPanel
from desktop.views.workspace.audit_panel import AuditPanel
from desktop.views.workspace.decision_bar import DecisionBar
from desktop.views.workspace.fields_panel import FieldsPanel
from desktop.views.workspace.joint_review_panel import JointReviewPanel
from desktop.views.workspace.material_opener import MaterialOpener
from desktop.views.workspace.materials_panel import MaterialsPanel
from desktop.views.workspace.record_header import RecordHeader
from desktop.views.workspace.record_reader import read_snapshot
from desktop.views.workspace.runners import local_writer
from desktop.views.workspace.shortcuts import KEYS
from desktop.views.workspace.snapshot import MaterialLine, RecordSnapshot

NOTE_SAVE_MS = 400


class WorkspaceWindow(QWidget):
    """The review workspace over a list of record ids of one kind (see the module docstring)."""

    record_shown = Signal(str, str)
    """(kind, id) once a record's snapshot is on screen."""
    decision_committed = Signal(str, str, str, float)
    """(kind, id, decision, ms from the click until control returned with the next record)."""

    def __init__(
        self,
        context: AppContext,
        kind: str,
        ids: list[str],
        index: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("reviewWorkspace")
        self._context = context
        self._kind = kind
        self._ids = list(ids)
        self._index = max(0, min(index, len(self._ids) - 1))
        self._snapshots: dict[str, RecordSnapshot] = {}
        self._current: RecordSnapshot | None = None
        self._shown_material: MaterialLine | None = None
        self._open_record: str | None = None
        self._busy = False
        self._open = True
        self._last_phase = Phase.IDLE
        self._drafts = DraftStore(context.data_dir, context.account.id)
        self._opener = MaterialOpener(context, self)
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_MS)
        self._build()
        self._connect()
        self._install_shortcuts()
        self._restore_layout()
        if self._ids:
            self.show_index(self._index)

    @property
    def _alive(self) -> bool:
        """Whether the window is still open (background answers may arrive after it closed)."""
        return self._open and shiboken6.isValid(self)

    # ---- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        self.header = RecordHeader(self)
        self.fields = FieldsPanel(self)
        self.amounts = AmountsPanel(self)
        self.joint_review = JointReviewPanel(self)
        self.audit = AuditPanel(self)
        self.materials = MaterialsPanel(self)
        self.viewer = PdfViewer(self)
        self.material_message = QLabel(self)
        self.material_message.setWordWrap(True)
        self.material_message.setStyleSheet("color: #a40000; font-weight: bold;")
        self.material_message.setVisible(False)
        self.decision_bar = DecisionBar(self)
        self.documents = RecordDocuments(self._context, self._kind, self)
        self.header.add_tool(self.documents.button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("workspaceSplitter")
        self.splitter.addWidget(self._left_pane())
        self.splitter.addWidget(self._right_pane())
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self._rule())
        layout.addWidget(self.decision_bar)

    def _left_pane(self) -> QScrollArea:
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 4, 4, 4)
        for panel in (self.amounts, self.joint_review, self.fields, self.audit):
            column.addWidget(panel)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        return scroll

    def _right_pane(self) -> QSplitter:
        viewer_box = QWidget(self)
        box = QVBoxLayout(viewer_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.material_message)
        box.addWidget(self.viewer, 1)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.right_splitter.setObjectName("materialsSplitter")
        self.right_splitter.addWidget(self.materials)
        self.right_splitter.addWidget(viewer_box)
        self.right_splitter.setStretchFactor(1, 1)
        self.right_splitter.setSizes([170, 600])
        return self.right_splitter

    def _rule(self) -> QFrame:
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line

    def _connect(self) -> None:
        self.header.previous_requested.connect(self.show_previous)
        self.header.next_requested.connect(self.show_next)
        self.record_shown.connect(lambda _kind, record_id: self.documents.set_record(record_id))
        self.decision_bar.approve_requested.connect(self.approve)
        self.decision_bar.return_requested.connect(self.give_back)
        self.decision_bar.note_edited.connect(lambda _text: self._note_timer.start())
        self._note_timer.timeout.connect(self._save_note)
        self.materials.material_chosen.connect(self.open_material)
        self._opener.ready.connect(self._material_ready)
        self._opener.failed.connect(self._material_failed)
        self._opener.progress.connect(self.materials.show_progress)
        self._context.changes.records_changed.connect(self._records_changed)
        self._context.changes.synced.connect(self.refresh)
        self._context.sync_thread.status_changed.connect(self._sync_status)

    def _install_shortcuts(self) -> None:
        shortcuts.bind(self, KEYS.approve, self.approve)
        shortcuts.bind(self, KEYS.give_back, self.give_back)
        shortcuts.bind(self, KEYS.following, self.show_next)
        shortcuts.bind(self, KEYS.previous, self.show_previous)
        self.decision_bar.set_shortcut_tips(shortcuts.APPROVE_TIPS, shortcuts.RETURN_TIPS)
        self.header.set_navigation_tips(list(KEYS.previous), list(KEYS.following))

    # ---- which record -----------------------------------------------------------------------

    @property
    def current(self) -> RecordSnapshot | None:
        return self._current

    @property
    def index(self) -> int:
        return self._index

    def has_snapshot(self, record_id: str) -> bool:
        """Whether ``record_id`` was read ahead (showing it next needs no database read)."""
        return record_id in self._snapshots

    def show_index(self, index: int) -> None:
        """Show the record at ``index`` of the list (at once when it was read ahead)."""
        if not 0 <= index < len(self._ids):
            return
        self._save_note()
        self._index = index
        record_id = self._ids[index]
        snapshot = self._snapshots.get(record_id)
        if snapshot is None:
            self._show_loading()
            self._read(record_id)
            self._read_ahead()
            return
        self._display(snapshot)
        QTimer.singleShot(0, lambda: self._read_around(record_id))

    def _read_around(self, record_id: str) -> None:
        """Re-read the shown record (it may have changed since it was read ahead) and read its
        neighbours — started once the record is on screen, so these reads never hold up the
        reviewer's next click (a worker running Python would make the UI thread wait for the
        interpreter lock)."""
        if self._alive and self._ids[self._index] == record_id:
            self._read(record_id)
            self._read_ahead()

    def show_next(self) -> None:
        if not self._busy:
            self.show_index(self._index + 1)

    def show_previous(self) -> None:
        if not self._busy:
            self.show_index(self._index - 1)

    def refresh(self) -> None:
        """Read the current record again (after a sync, or a change made elsewhere)."""
        self._snapshots.clear()
        if self._ids:
            self._read(self._ids[self._index])
            self._read_ahead()

    def _read_ahead(self) -> None:
        wanted = {
            self._ids[i] for i in (self._index - 1, self._index + 1) if 0 <= i < len(self._ids)
        }
        wanted.add(self._ids[self._index])
        for record_id in list(self._snapshots):
            if record_id not in wanted:
                del self._snapshots[record_id]
        for record_id in wanted - set(self._snapshots) - {self._ids[self._index]}:
            self._read(record_id)

    def _read(self, record_id: str) -> None:
        context, kind = self._context, self._kind
        account, clock = context.account, context.sync.clock
        context.tasks.run(
            lambda: read_snapshot(context.db, account, clock.today(), kind, record_id),
            self._snapshot_read,
            self._read_failed,
        )

    def _snapshot_read(self, snapshot: RecordSnapshot) -> None:
        if not self._alive:
            return
        self._snapshots[snapshot.record_id] = snapshot
        if snapshot.record_id != self._ids[self._index] or snapshot == self._current:
            return
        self._display(snapshot)

    def _read_failed(self, error: BaseException) -> None:
        if self._alive:
            self.decision_bar.show_problem(self.tr("读取本地记录失败：{error}").format(error=error))

    # ---- showing ----------------------------------------------------------------------------

    def _show_loading(self) -> None:
        self.header.show_loading(self._index, len(self._ids))
        self.header.set_position(self._index, len(self._ids))
        self.decision_bar.set_busy(True)

    def _display(self, snapshot: RecordSnapshot) -> None:
        same_record = self._current is not None and self._current.record_id == snapshot.record_id
        self._current = snapshot
        self._hold_materials(snapshot.record_id)
        self.header.show_snapshot(snapshot, self._index, len(self._ids))
        self.header.set_position(self._index, len(self._ids))
        for panel in (self.fields, self.amounts, self.joint_review, self.audit, self.materials):
            panel.show_snapshot(snapshot)
        self.decision_bar.set_today(snapshot.today.isoformat())
        if not same_record:
            self.decision_bar.reset_for_record(
                self._drafts.load_note(self._kind, snapshot.record_id)
            )
        if not self._busy:
            self.decision_bar.show_refusals(snapshot.refusals)
        QTimer.singleShot(0, lambda: self._material_for(snapshot, same_record))
        self.setWindowTitle(self._title(snapshot))
        self.record_shown.emit(snapshot.kind, snapshot.record_id)

    def _title(self, snapshot: RecordSnapshot) -> str:
        name = snapshot.data.get("ship_name") or snapshot.data.get("name") or ""
        return self.tr("审核工作区 — {name}（第 {n} / {count} 条）").format(
            name=name, n=self._index + 1, count=len(self._ids)
        )

    def _hold_materials(self, record_id: str) -> None:
        """Keep the shown record's files from eviction while it is on screen."""
        if self._open_record == record_id:
            return
        store = self._context.materials
        if self._open_record is not None:
            store.close_record(self._open_record)
        store.open_record(record_id)
        self._open_record = record_id

    def _material_for(self, snapshot: RecordSnapshot, same_record: bool) -> None:
        """Right after a record is shown: its file, unless another record came meanwhile."""
        if self._alive and self._current is snapshot:
            self._show_first_material(snapshot, same_record)

    def _show_first_material(self, snapshot: RecordSnapshot, same_record: bool) -> None:
        shown = self._shown_material
        kept = [line for line in snapshot.materials if shown and line.sha256 == shown.sha256]
        if same_record and kept:
            self._shown_material = kept[0]
            self.materials.select(kept[0].sha256)
            return
        first = snapshot.first_openable()
        if first is None:
            self._opener.cancel_pending()
            self._shown_material = None
            self.viewer.clear()
            self._say_material("" if snapshot.materials else snapshot.material_note)
            return
        self.open_material(first)

    def open_material(self, line: MaterialLine) -> None:
        """Show ``line``'s file (verified first, downloaded first if it is not cached)."""
        self._shown_material = line
        self.materials.select(line.sha256)
        self._say_material("")
        self._opener.open(line)

    def _material_ready(self, line: MaterialLine, path: object) -> None:
        if not self._alive or not self._is_shown(line):
            return
        self.materials.hide_progress()
        self.viewer.load_path(str(path), line.name)
        if not line.cached:
            self.refresh()

    def _material_failed(self, line: MaterialLine, message: str) -> None:
        if not self._alive or not self._is_shown(line):
            return
        self.materials.hide_progress()
        self.viewer.clear()
        self._say_material(message)

    def _is_shown(self, line: MaterialLine) -> bool:
        shown = self._shown_material
        return shown is not None and shown.sha256 == line.sha256

    def _say_material(self, text: str) -> None:
        self.material_message.setText(text)
        self.material_message.setVisible(bool(text))

    # ---- deciding ---------------------------------------------------------------------------

    def approve(self) -> None:
        """同意 the shown record with the chosen pass preset and the note."""
        self._decide(Decision.PASS)

    def give_back(self) -> None:
        """退回 the shown record with the chosen reason and the note."""
        self._decide(Decision.RETURN)

    def _decide(self, decision: Decision) -> None:
        snapshot = self._current
        if snapshot is None or self._busy or not snapshot.exists:
            return
        if snapshot.refusals:
            self.decision_bar.show_refusals(snapshot.refusals)
            return
        opinion = self.decision_bar.opinion(decision)
        problem = workflow.opinion_refusal(decision, opinion)
        if problem:
            self.decision_bar.show_problem(problem)
            return
        self._commit(snapshot, decision, opinion)

    def _commit(self, snapshot: RecordSnapshot, decision: Decision, opinion: str) -> None:
        """Commit locally on the writer lane; control comes back when it is on disk."""
        started = time.perf_counter()
        try:
            actions = self._context.actions
        except RuntimeError as error:  # no account bound to the cache yet
            self.decision_bar.show_problem(str(error))
            return
        self._busy = True
        self.decision_bar.set_busy(True)
        kind, record_id = snapshot.kind, snapshot.record_id

        def work() -> None:
            actions.decide(kind, record_id, decision, opinion)

        local_writer().run(
            work,
            lambda _result: self._committed(snapshot, decision, started),
            lambda error: self._commit_failed(snapshot, error),
        )

    def _committed(self, snapshot: RecordSnapshot, decision: Decision, started: float) -> None:
        if not self._alive:
            return
        self._busy = False
        self._drafts.discard_note(snapshot.kind, snapshot.record_id)
        self._snapshots.pop(snapshot.record_id, None)
        if self._index + 1 < len(self._ids):
            self.show_index(self._index + 1)
        else:
            self.refresh()
            self.decision_bar.show_info(self.tr("已是列表中的最后一条记录，本列表已审完。"))
        elapsed = (time.perf_counter() - started) * 1000
        self.decision_committed.emit(snapshot.kind, snapshot.record_id, decision.value, elapsed)
        self._after_commit(snapshot)

    def _after_commit(self, snapshot: RecordSnapshot) -> None:
        """Tell the other views, refresh the outbox count and push — after control returned."""
        self._context.changes.notify(snapshot.kind, [snapshot.record_id])
        self._context.tasks.run(self._context.engine.refresh)
        self._context.sync_thread.request_sync()

    def _commit_failed(self, snapshot: RecordSnapshot, error: BaseException) -> None:
        if not self._alive:
            return
        self._busy = False
        self.decision_bar.set_busy(False)
        if isinstance(error, ActionRefused):
            reasons = "\n".join(f"• {reason}" for reason in error.reasons)
            self.decision_bar.show_problem(
                self.tr("未能保存审核结果：\n{reasons}").format(reasons=reasons)
            )
        else:
            self.decision_bar.show_problem(
                self.tr("未能在本机保存审核结果（{kind}：{error}），请重试。").format(
                    kind=type(error).__name__, error=error
                )
            )
        self._snapshots.pop(snapshot.record_id, None)
        self._read(snapshot.record_id)

    def _save_note(self) -> None:
        snapshot = self._current
        if snapshot is not None and snapshot.exists:
            self._drafts.save_note(snapshot.kind, snapshot.record_id, self.decision_bar.note.text())

    # ---- outside changes --------------------------------------------------------------------

    def _records_changed(self, kind: str, ids: list[str]) -> None:
        if kind != self._kind or self._busy:
            return
        touched = set(ids) if ids else set(self._snapshots)
        for record_id in touched:
            self._snapshots.pop(record_id, None)
        if self._current is not None and (not ids or self._current.record_id in touched):
            self._read(self._current.record_id)

    def _sync_status(self, status: SyncStatus) -> None:
        """When a sync cycle ends, the record's badge and audit log may have changed."""
        ended = self._last_phase is not Phase.IDLE and status.phase is Phase.IDLE
        self._last_phase = status.phase
        if ended and self._alive:
            self.refresh()

    # ---- layout memory and closing ----------------------------------------------------------

    def _restore_layout(self) -> None:
        path = self._context.settings_path()
        layout_memory.restore(path, self, self.splitter, self.right_splitter)

    def save_layout(self) -> None:
        """Remember the splitter positions and the window geometry for the next session."""
        path = self._context.settings_path()
        layout_memory.save(path, self, self.splitter, self.right_splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_note()
        self.save_layout()
        self._open = False
        self._opener.cancel_pending()
        if self._open_record is not None:
            self._context.materials.close_record(self._open_record)
            self._open_record = None
        for signal, slot in (
            (self._context.changes.records_changed, self._records_changed),
            (self._context.changes.synced, self.refresh),
            (self._context.sync_thread.status_changed, self._sync_status),
        ):
            signal.disconnect(slot)
        self.viewer.shutdown()
        super().closeEvent(event)
