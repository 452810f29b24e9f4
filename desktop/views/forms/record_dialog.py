"""The handler's form of one record (建档/修改, pages 3-2, 3-7, 3-18, 4-2, 4-6, 4-8).

* Every problem at once: 提交 runs the core validator of the kind and shows each problem beside
  its field (and the count at the top); nothing is sent while one remains.
* Nothing typed is lost: the values are saved as a draft a moment after each edit and when the
  dialog closes, and restored the next time the form of the same record opens — after a crash
  too. The draft goes only once the record is committed locally.
* Offline-ready: a valid form is committed through ``LocalActions`` (cache + outbox in one
  transaction, on the local-writer lane) and reaches the server with the next sync.
* The machine amount is previewed live from the cached standards; the applicant (or
  application, or cargo owner) is chosen with the picker of pages 3-8 / 4-4.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.container_reward import MonthlyVolume
from core.standards import StandardCategory
from desktop.context import AppContext
from desktop.sync.local_rules import ActionRefused
from desktop.views.forms.drafts import DraftStore
from desktop.views.forms.field_grid import FieldGrid
from desktop.views.forms.form_data import (
    FormData,
    ParentChoice,
    read_form_data,
    read_owner_months,
    read_parent,
)
from desktop.views.forms.form_specs import FormSpec, ParentKind
from desktop.views.forms.machine_preview import PreviewPanel, preview_for
from desktop.views.forms.parent_row import ParentRow
from desktop.views.forms.pickers import PickerDialog
from desktop.views.forms.validation import (
    FORM_LEVEL,
    changed_values,
    form_problems,
    request_values,
)
from desktop.views.forms.zip_upload import UploadDialog
from desktop.views.workspace.material_specs import STAGES
from desktop.views.workspace.runners import local_writer

DRAFT_SAVE_MS = 500
PREVIEW_MS = 120
PARENT_KEY = "@parent"
"""The draft entry holding the chosen parent's id."""
BANNER_STYLE = "background: #fff4d6; color: #5d4000; padding: 6px;"
ERROR_STYLE = "background: #fde2e1; color: #a40000; padding: 6px; font-weight: bold;"


class RecordFormDialog(QDialog):
    """Create (``record_id`` None) or modify one record; see the module docstring."""

    loaded = Signal()
    """The record and its helpers were read; the form is ready for typing."""
    submitted = Signal(str, str)
    """(kind, record id) once the record was committed locally."""

    def __init__(
        self,
        context: AppContext,
        spec: FormSpec,
        record_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordForm")
        self._context = context
        self._spec = spec
        self._record_id = record_id
        self._new_id = record_id or str(uuid.uuid4())
        self._drafts = DraftStore(context.data_dir, context.account.id)
        self._data: FormData | None = None
        self._parent: ParentChoice | None = None
        self._months: tuple[MonthlyVolume, ...] = ()
        self._dirty = False
        self._checked = False
        self._problem_count = 0
        self._busy = False
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_SAVE_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_MS)
        self._preview_timer.timeout.connect(self._update_preview)
        self._build()
        self._set_title("")
        self.resize(1180 if spec.per_row > 2 else 900, 760)
        self._read()

    @property
    def _alive(self) -> bool:
        """Whether the dialog still exists (background answers may arrive after it is gone)."""
        return shiboken6.isValid(self)

    # ---- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setObjectName("formBanner")
        self.banner.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("problemSummary")
        self.summary.setStyleSheet("color: #c62828; font-weight: bold;")
        self.summary.setVisible(False)
        self.grid = FieldGrid(self._spec, self)
        self.grid.edited.connect(self._edited)
        self.parent_row = ParentRow(self._spec.parent, self) if self._spec.parent else None
        if self.parent_row is not None:
            self.parent_row.pick_requested.connect(self.pick_parent)
        self.preview = PreviewPanel(self)
        self.preview.setVisible(False)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #777777;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(self._scroll(), 1)
        layout.addWidget(self.preview)
        layout.addLayout(self._buttons())

    def _scroll(self) -> QScrollArea:
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(4, 4, 4, 4)
        if self.parent_row is not None:
            column.addWidget(self.parent_row)
            line = QFrame(content)
            line.setFrameShape(QFrame.Shape.HLine)
            column.addWidget(line)
        column.addWidget(self.grid)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        return scroll

    def _buttons(self) -> QHBoxLayout:
        self.upload_button = QPushButton(self.tr("上传材料…"), self)
        self.upload_button.setVisible(self._record_id is not None and self._spec.kind in STAGES)
        self.upload_button.clicked.connect(self.open_upload)
        self.discard_button = QPushButton(self.tr("放弃草稿"), self)
        self.discard_button.setToolTip(self.tr("丢弃未提交的内容，恢复为本机保存的记录"))
        self.discard_button.setVisible(False)
        self.discard_button.clicked.connect(self.discard_draft)
        self.submit_button = QPushButton(self.tr("提交"), self)
        self.submit_button.setObjectName("submitButton")
        self.submit_button.setEnabled(False)
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        close = QPushButton(self.tr("关闭"), self)
        close.setToolTip(self.tr("关闭表单；未提交的内容作为草稿保留，下次打开时恢复"))
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.upload_button)
        row.addWidget(self.discard_button)
        row.addWidget(self.status, 1)
        row.addWidget(self.submit_button)
        row.addWidget(close)
        return row

    def _set_title(self, name: str) -> None:
        noun = self._spec.translated_noun()
        if self._record_id is None:
            self.setWindowTitle(self.tr("建档{noun}").format(noun=noun))
        else:
            self.setWindowTitle(self.tr("修改{noun} {name}").format(noun=noun, name=name).strip())

    # ---- loading ----------------------------------------------------------------------------

    def _read(self) -> None:
        context, spec, record_id = self._context, self._spec, self._record_id
        account, clock = context.account, context.sync.clock
        self.status.setText(self.tr("正在读取…"))
        context.tasks.run(
            lambda: read_form_data(context.db, account, clock.today(), spec, record_id),
            self._loaded,
            self._read_failed,
        )

    def _loaded(self, data: FormData) -> None:
        if not self._alive:
            return
        self._data = data
        self._months = data.months
        self.grid.set_values(data.values)
        self._set_parent(data.parent)
        self.grid.set_ship_types(_ship_types(data))
        self._restore_draft()
        self._set_title(str(data.values.get("ship_name") or data.values.get("name") or ""))
        self._show_state(data)
        self._update_preview()
        self.status.setText("")
        self.loaded.emit()

    def _show_state(self, data: FormData) -> None:
        if data.missing:
            self._say(self.tr("该记录在本地不存在（可能已被删除），不能修改。"), error=True)
        elif data.refusals:
            reasons = "\n".join(f"• {reason}" for reason in data.refusals)
            self._say(
                self.tr("现在不能修改此记录：\n{reasons}").format(reasons=reasons), error=True
            )
        self.submit_button.setEnabled(not data.missing and not data.refusals)
        fixed = self._spec.parent is ParentKind.APPLICATION and self._record_id is not None
        if self.parent_row is not None and fixed:
            self.parent_row.lock()

    def _read_failed(self, error: BaseException) -> None:
        if self._alive:
            self._say(self.tr("读取本地记录失败：{error}").format(error=error), error=True)

    def _restore_draft(self) -> None:
        draft = self._drafts.load_form(self._spec.kind, self._record_id)
        if not draft:
            return
        self.grid.set_values({k: v for k, v in draft.items() if k != PARENT_KEY})
        parent_id = draft.get(PARENT_KEY, "")
        if (
            parent_id
            and self._spec.parent
            and (self._parent is None or self._parent.id != parent_id)
        ):
            self._choose_parent(parent_id)
        self._dirty = True
        self.discard_button.setVisible(True)
        self._say(
            self.tr("已恢复上次未提交的内容（草稿）。提交后草稿自动删除；点“放弃草稿”恢复原记录。")
        )

    # ---- typing and drafts ------------------------------------------------------------------

    def _edited(self, _column: str) -> None:
        self._dirty = True
        self.discard_button.setVisible(True)
        self._draft_timer.start()
        self._preview_timer.start()
        if self._checked:
            self._validate()

    def values(self) -> dict[str, str]:
        return self.grid.values()

    def save_draft(self) -> None:
        """Write what is typed to the draft file now (also on close)."""
        self._draft_timer.stop()
        if not self._dirty or self._data is None:
            return
        values = self.values()
        if self._parent is not None:
            values[PARENT_KEY] = self._parent.id
        self._drafts.save_form(self._spec.kind, self._record_id, values)
        self.status.setText(self.tr("草稿已保存在本机。"))

    def discard_draft(self) -> None:
        """Forget the draft and show the record as stored (or an empty form)."""
        self._drafts.discard_form(self._spec.kind, self._record_id)
        self._dirty = False
        self.discard_button.setVisible(False)
        self.banner.setVisible(False)
        if self._data is not None:
            self.grid.set_values(self._data.values)
            self._set_parent(self._data.parent)
        self._checked = False
        self._show_problems({})
        self._update_preview()

    # ---- parent -----------------------------------------------------------------------------

    def pick_parent(self) -> None:
        """Page 3-8 / 4-4: choose the parent in the picker (double-click)."""
        if self._spec.parent is None:
            return
        picker = PickerDialog(self._context, self._spec.parent, self)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen is not None:
            self._choose_parent(picker.chosen.id, copy=True)

    def _choose_parent(self, parent_id: str, *, copy: bool = False) -> None:
        kind = self._spec.parent
        assert kind is not None
        db = self._context.db
        self._context.tasks.run(
            lambda: read_parent(db, kind, parent_id),
            lambda choice: self._parent_read(choice, copy),
            self._read_failed,
        )

    def _parent_read(self, choice: ParentChoice | None, copy: bool) -> None:
        if not self._alive or choice is None:
            return
        self._set_parent(choice)
        if copy:
            self._copy_from(choice)
            self._edited(self._spec.parent_column)
        if choice.kind is ParentKind.CARGO_OWNER and self._data is not None:
            self._read_months(choice.id, self._data.year)
        self._update_preview()

    def _set_parent(self, choice: ParentChoice | None) -> None:
        self._parent = choice
        if self.parent_row is not None:
            self.parent_row.show_parent(choice)

    def _copy_from(self, choice: ParentChoice) -> None:
        """Page 3-8: picking an applicant copies it into 所有人 and 经营人 when they are empty."""
        if choice.kind is not ParentKind.APPLICANT:
            return
        for column in ("owners", "operator"):
            editor = self.grid.editors.get(column)
            if editor is not None and not editor.text().strip():
                editor.set_text(choice.name)

    def _read_months(self, owner_id: str, year: int) -> None:
        db, record_id = self._context.db, self._record_id
        self._context.tasks.run(
            lambda: read_owner_months(db, owner_id, year, record_id), self._months_read
        )

    def _months_read(self, result: tuple[frozenset[int], tuple[MonthlyVolume, ...]]) -> None:
        if not self._alive or self._data is None:
            return
        months, volumes = result
        self._months = volumes
        self._data = _with_months(self._data, months, volumes)
        self._update_preview()
        if self._checked:
            self._validate()

    # ---- checking and submitting ------------------------------------------------------------

    def _update_preview(self) -> None:
        if self._data is None:
            return
        shown = preview_for(self._spec.kind, self.values(), self._data, self._parent, self._months)
        self.preview.show_preview(shown)

    def _validate(self) -> dict[str, list[str]]:
        assert self._data is not None
        problems = form_problems(self._spec, self.values(), self._data, self._parent)
        self._show_problems(problems)
        return problems

    def _show_problems(self, problems: dict[str, list[str]]) -> None:
        self.grid.show_problems(problems)
        if self.parent_row is not None:
            self.parent_row.show_problems(problems.get(self._spec.parent_column, []))
        count = sum(len(found) for found in problems.values())
        self._problem_count = count
        general = problems.get(FORM_LEVEL, [])
        self.summary.setVisible(bool(count))
        text = self.tr("共 {count} 处问题，请按各栏下方的红字逐项改正后再提交。").format(
            count=count
        )
        self.summary.setText("\n".join([text, *general]) if count else "")

    def problem_count(self) -> int:
        """How many problems the last check showed (0 when none, or not checked yet)."""
        return self._problem_count

    def submit(self) -> None:
        """Check everything; commit locally when nothing is wrong, else show every problem."""
        if self._data is None or self._busy:
            return
        self._checked = True
        problems = self._validate()
        if problems:
            self.grid.focus_first(list(problems))
            return
        body = self._body()
        if body is None:
            return
        self._commit(body)

    def _body(self) -> dict[str, Any] | None:
        """The create body, or the changed fields of a modification (None: nothing changed)."""
        assert self._data is not None
        typed = self.values()
        if self._record_id is None:
            body = request_values(self._spec, typed)
            if self._parent is not None:
                body[self._spec.parent_column] = self._parent.id
            region = self._parent.region_code if self._parent else ""
            body["region_code"] = region or self._context.account.region_code
            return body
        changes = changed_values(self._spec, self._data.values, typed)
        stored_parent = self._data.parent.id if self._data.parent else None
        if self._parent is not None and self._parent.id != stored_parent:
            changes[self._spec.parent_column] = self._parent.id
        if not changes:
            self._say(self.tr("没有修改任何内容，无需提交。"))
            return None
        return changes

    def _commit(self, body: dict[str, Any]) -> None:
        self._busy = True
        self.submit_button.setEnabled(False)
        self.status.setText(self.tr("正在保存到本机…"))
        actions, engine = self._context.actions, self._context.engine
        kind, record_id, new_id = self._spec.kind, self._record_id, self._new_id

        def work() -> str:
            if record_id is None:
                saved = actions.create(kind, body, record_id=new_id)
            else:
                actions.modify(kind, record_id, body)
                saved = record_id
            engine.refresh()
            return saved

        local_writer().run(work, self._committed, self._commit_failed)

    def _committed(self, saved_id: str) -> None:
        if not self._alive:
            return
        self._busy = False
        self._dirty = False
        self._drafts.discard_form(self._spec.kind, self._record_id)
        self._context.changes.notify(self._spec.kind, [saved_id])
        self._context.sync_thread.request_sync()
        self.submitted.emit(self._spec.kind, saved_id)
        self.accept()

    def _commit_failed(self, error: BaseException) -> None:
        if not self._alive:
            return
        self._busy = False
        self.submit_button.setEnabled(True)
        self.status.setText("")
        if isinstance(error, ActionRefused):
            reasons = "\n".join(f"• {reason}" for reason in error.reasons)
            self._say(self.tr("未能保存：\n{reasons}").format(reasons=reasons), error=True)
        else:
            self._say(
                self.tr("未能保存到本机（{kind}：{error}）；填写的内容已作为草稿保留。").format(
                    kind=type(error).__name__, error=error
                ),
                error=True,
            )

    def _say(self, text: str, *, error: bool = False) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(ERROR_STYLE if error else BANNER_STYLE)
        self.banner.setVisible(bool(text))

    # ---- materials and closing --------------------------------------------------------------

    def open_upload(self) -> None:
        """Page 3-11: upload the record's material zip (checked here first)."""
        if self._record_id is not None:
            UploadDialog(self._context, self._spec.kind, self._record_id, self).exec()

    def done(self, result: int) -> None:
        """Closing by 关闭, Esc or after a submit: whatever is typed stays as a draft."""
        self.save_draft()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_draft()
        super().closeEvent(event)


def _ship_types(data: FormData) -> list[str]:
    """The ship types of the year's standards table, for the ship-type suggestions."""
    if data.standards is None:
        return []
    names = [
        row.ship_type for row in data.standards.rows if row.category is StandardCategory.SHIP_TYPE
    ]
    return list(dict.fromkeys(name for name in names if name))


def _with_months(
    data: FormData, months: frozenset[int], volumes: tuple[MonthlyVolume, ...]
) -> FormData:
    return replace(data, reported_months=months, months=volumes)
