"""Uploading a record's material zip (page 3-11), checked on this machine first.

SPEC §6: a zip is rejected with every problem at once. The same inspection the server runs
(``core.zip_inspector``) runs here first, against the record's rows of the cached material list
and the year's limits, and its full report is shown before anything is sent — a county office
on a slow line should not upload 60 MB to learn that one name has ASCII parentheses.

Sending needs the server (a zip is not queued offline: it may be large, and the server must
judge it against the record as it is then); it runs off the UI thread, and a failure says in
Chinese why — offline, rejected (every problem), or the record changed meanwhile. The answer
(the record, reset to waiting for review, and its new files) goes straight into the cache,
and a sync is requested for the replaced files' tombstones.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.materials import MaterialListError, MaterialSpec
from core.zip_inspector import Expectation, InspectionReport, ZipLimits, inspect_zip
from desktop.context import AppContext
from desktop.models import OutboxItem
from desktop.models.database import CacheDatabase
from desktop.sync.errors import (
    AuthenticationRequired,
    NetworkError,
    ProblemResponse,
    SyncError,
    TlsError,
)
from desktop.sync.outbox_store import apply_remote
from desktop.sync.rows import parse_row, read_row
from desktop.tasks import TaskControl
from desktop.views.workspace.material_specs import expectation, record_specs, year_rules
from desktop.views.workspace.record_reader import parent_of

MATERIAL_FILES = "material_files"


@dataclass(frozen=True)
class UploadTarget:
    """The record an upload is for, what its zip must hold, and whether it can be sent now."""

    kind: str
    record_id: str
    version: int
    data: dict[str, Any]
    parent_name: str
    specs: tuple[MaterialSpec, ...]
    expectation: Expectation | None
    limits: ZipLimits
    pending: int
    problem: str


def read_target(db: CacheDatabase, kind: str, record_id: str) -> UploadTarget:
    """The upload target of a cached record (worker thread)."""
    with db.read() as session:
        row = read_row(session, kind, record_id)
        data = dict(row.data) if row is not None else {}
        pending = len(
            session.scalars(
                select(OutboxItem.seq).where(
                    OutboxItem.record_kind == kind, OutboxItem.record_id == record_id
                )
            ).all()
        )
        parent = _parent_name(session, kind, data)
        specs, limits, problem = _rules(session, kind, data)
    return UploadTarget(
        kind=kind,
        record_id=record_id,
        version=row.version if row is not None else 0,
        data=data,
        parent_name=parent,
        specs=tuple(specs),
        expectation=expectation(specs) if specs else None,
        limits=limits,
        pending=pending,
        problem=problem,
    )


def _parent_name(session: Session, kind: str, data: dict[str, Any]) -> str:
    """The applicant (or cargo owner) line of page 3-11; a cargo owner names itself."""
    parent = parent_of(session, kind, data)
    if parent is not None:
        return f"{parent.name} · {parent.address}" if parent.address else parent.name
    return str(data.get("name") or "")


def _rules(
    session: Session, kind: str, data: dict[str, Any]
) -> tuple[list[MaterialSpec], ZipLimits, str]:
    try:
        rules = year_rules(session, data.get("year"))
        if rules is None:
            return [], ZipLimits(), "year"
        return record_specs(kind, data, rules.specs), rules.limits, ""
    except (MaterialListError, ValueError) as error:
        return [], ZipLimits(), str(error)


def send_zip(context: AppContext, target: UploadTarget, path: Path, control: TaskControl) -> int:
    """Upload the zip and lay the answer into the cache; returns the number of files stored."""
    control.check()
    client = context.client.sibling()
    try:
        answer = client.upload_zip(
            f"/records/{target.kind}/{target.record_id}/materials",
            path.name,
            path.read_bytes(),
            str(uuid.uuid4()),
            target.version,
        )
    finally:
        client.close()
    body = answer.body if isinstance(answer.body, dict) else {}
    files = [parse_row(MATERIAL_FILES, raw) for raw in body.get("files", [])]
    rows = ([parse_row(target.kind, body["record"])] if "record" in body else []) + files
    now = datetime.now(UTC)
    with context.db.write() as session:
        for row in rows:
            apply_remote(session, row, now)
    return len(files)


class UploadDialog(QDialog):
    """Page 3-11: choose a zip, see the inspection's full report, then upload."""

    uploaded = Signal(int)
    """The number of files stored once the upload succeeded."""
    inspected = Signal(object)
    """The ``InspectionReport`` of the chosen zip."""

    def __init__(
        self, context: AppContext, kind: str, record_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._target: UploadTarget | None = None
        self._path: Path | None = None
        self._report: InspectionReport | None = None
        self._open = True
        self.setWindowTitle(self.tr("上传材料压缩包"))
        self.resize(820, 560)
        self._build()
        context.tasks.run(
            lambda: read_target(context.db, kind, record_id), self._target_read, self._failed
        )

    def _build(self) -> None:
        self.applicant = QLabel(self)
        self.ship = QLabel(self)
        self.previous = QLabel(self)
        self.zip_label = QLabel(self.tr("（尚未选择）"), self)
        self.choose_button = QPushButton(self.tr("选择Zip文件…"), self)
        self.choose_button.clicked.connect(self.choose)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setObjectName("zipReport")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.upload_button = QPushButton(self.tr("上传"), self)
        self.upload_button.setEnabled(False)
        self.upload_button.clicked.connect(self.upload)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._facts())
        layout.addWidget(self.report, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.upload_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def _facts(self) -> QGridLayout:
        grid = QGridLayout()
        rows = (
            (self.tr("申请人"), self.applicant),
            (self.tr("船名及申请类型"), self.ship),
            (self.tr("前次上传日期"), self.previous),
            (self.tr("待传Zip压缩包"), self.zip_label),
        )
        for row, (title, value) in enumerate(rows):
            grid.addWidget(QLabel(title + self.tr("："), self), row, 0)
            grid.addWidget(value, row, 1)
        grid.addWidget(self.choose_button, 3, 2)
        grid.setColumnStretch(1, 1)
        return grid

    # ---- the record -------------------------------------------------------------------------

    def _target_read(self, target: UploadTarget) -> None:
        if not self._alive:
            return
        self._target = target
        data = target.data
        self.applicant.setText(target.parent_name)
        ship = " • ".join(
            str(data.get(c)) for c in ("ship_name", "ship_type", "project") if data.get(c)
        )
        self.ship.setText(ship or str(data.get("name") or ""))
        previous = str(data.get("materials_uploaded_on") or self.tr("（未上传过）"))
        self.previous.setText(
            previous + self.tr("　（本次提交的材料将覆盖前次的，并重置为待审状态）")
        )
        self.report.setPlainText(self._expected_text(target))

    def _expected_text(self, target: UploadTarget) -> str:
        if target.problem == "year":
            return self.tr("本机尚无该记录年度的材料清单，请先同步后再上传。")
        if target.problem:
            return self.tr("无法确定应上传的材料：{reason}").format(reason=target.problem)
        lines = [self.tr("压缩包中应包含以下 PDF 文件（名称须与清单完全一致，含中文括号）：")]
        for spec in target.specs:
            if spec.uploaded_by_city_or_province:
                continue
            need = self.tr("必需") if spec.required else self.tr("非必需")
            lines.append(
                self.tr("• {name}（{need}，不超过 {mb} MB）").format(
                    name=spec.name, need=need, mb=spec.max_mb
                )
            )
        return "\n".join(lines)

    def _failed(self, error: BaseException) -> None:
        if self._alive:
            self._say(self.tr("读取本地记录失败：{error}").format(error=error), error=True)

    # ---- choosing and inspecting ------------------------------------------------------------

    def choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("选择材料压缩包"), "", self.tr("Zip 压缩包 (*.zip);;所有文件 (*)")
        )
        if path:
            self.inspect(Path(path))

    def inspect(self, path: Path) -> None:
        """Check ``path`` on this machine; the full report follows (``inspected``)."""
        target = self._target
        if target is None or target.expectation is None:
            return
        self._path = path
        self._report = None
        self.upload_button.setEnabled(False)
        self.zip_label.setText(str(path))
        self.report.setPlainText(self.tr("正在检查压缩包…"))
        wanted, limits = target.expectation, target.limits
        self._context.tasks.run(
            lambda: inspect_zip(path, wanted, limits), self._inspected, self._failed
        )

    def _inspected(self, report: InspectionReport) -> None:
        if not self._alive:
            return
        self._report = report
        lines = [report.summary()]
        if report.files:
            lines.append(self.tr("通过检查的文件："))
            lines += [f"  √ {accepted.name}" for accepted in report.files]
        self.report.setPlainText("\n".join(lines))
        ready = report.ok and self._sendable()
        self.upload_button.setEnabled(ready)
        if not report.ok:
            self._say(
                self.tr("压缩包未通过检查，请按上面列出的问题全部改正后重新选择。"), error=True
            )
        self.inspected.emit(report)

    def _sendable(self) -> bool:
        target = self._target
        if target is None:
            return False
        if target.version <= 0:
            self._say(
                self.tr("该记录是在本机新建的，尚未同步到服务器；请先同步，再上传材料。"),
                error=True,
            )
            return False
        if target.pending:
            self._say(
                self.tr("该记录有 {n} 项尚未同步的操作，请先同步，再上传材料。").format(
                    n=target.pending
                )
                + self.tr("（修改记录会要求重传材料。）"),
                error=True,
            )
            return False
        self._say(self.tr("压缩包检查通过，可以上传。"))
        return True

    # ---- sending ----------------------------------------------------------------------------

    def upload(self) -> None:
        target, path = self._target, self._path
        if target is None or path is None or self._report is None or not self._report.ok:
            return
        self.upload_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.progress.setVisible(True)
        self._say(self.tr("正在上传，压缩包较大时可能需要几分钟…"))
        context = self._context
        context.tasks.run_cancellable(
            lambda control: send_zip(context, target, path, control), self._sent, self._send_failed
        )

    def _sent(self, count: int) -> None:
        if not self._alive:
            return
        self.progress.setVisible(False)
        self.choose_button.setEnabled(True)
        target = self._target
        if target is not None:
            self._context.changes.notify(target.kind, [target.record_id])
            self._context.changes.notify(MATERIAL_FILES, [])
        self._context.sync_thread.request_sync()
        self._say(self.tr("上传成功：共 {n} 个文件，记录已重置为待审状态。").format(n=count))
        self.uploaded.emit(count)

    def _send_failed(self, error: BaseException) -> None:
        if not self._alive:
            return
        self.progress.setVisible(False)
        self.choose_button.setEnabled(True)
        self.upload_button.setEnabled(bool(self._report and self._report.ok))
        self._say(self.failure_text(error), error=True)

    def failure_text(self, error: BaseException) -> str:
        """Why the upload did not happen, in words the handler can act on."""
        if isinstance(error, NetworkError | TlsError):
            return self.tr(
                "无法连接服务器，压缩包没有上传。上传材料必须联网（记录的修改可以离线保存）。\n原因：{reason}"
            ).format(reason=error.message)
        if isinstance(error, AuthenticationRequired):
            return self.tr("登录已失效，请重新登录后再上传。")
        if isinstance(error, ProblemResponse):
            return self._refusal_text(error)
        if isinstance(error, SyncError):
            return error.message
        return self.tr("上传失败（{kind}：{error}）。").format(
            kind=type(error).__name__, error=error
        )

    def _refusal_text(self, error: ProblemResponse) -> str:
        if error.status == 412:
            return self.tr("该记录已在服务器上被修改，请先同步，核对后再上传。")
        items = error.body.get("errors")
        if isinstance(items, list) and items:
            lines = [str(item.get("message", "")) for item in items if isinstance(item, dict)]
            head = self.tr("服务器拒收压缩包（共 {n} 个问题）：").format(n=len(lines))
            return "\n".join([head, *(f"{i}. {line}" for i, line in enumerate(lines, 1))])
        return self.tr("服务器拒绝了上传：{detail}").format(detail=error.detail)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(
            "color: #a40000; font-weight: bold;" if error else "color: #2e7d32;"
        )

    @property
    def _alive(self) -> bool:
        """Whether the dialog is still open (background answers may arrive after it closed)."""
        return self._open and shiboken6.isValid(self)

    def done(self, result: int) -> None:
        self._open = False
        super().done(result)
