"""Reading one record's ``RecordSnapshot`` from the local cache — only ever in a worker thread.

One short read transaction gathers what the workspace shows (fields, parent, audit log,
material list, sync state, review refusals). The refusals are the sync layer's own
(``desktop.sync.local_rules.review_refusals``): the very checks ``LocalActions.decide`` makes,
so the workspace explains a refusal before the reviewer clicks instead of after.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from core import workflow
from core.materials import (
    MaterialListError,
    MaterialSpec,
    MaterialState,
    match_key,
    material_status,
)
from core.vocab import Decision, Level
from desktop.models import (
    AccountRow,
    CachedMaterial,
    ItemState,
    MaterialFile,
    OutboxItem,
    OutboxRow,
    ReviewResult,
)
from desktop.models.database import CacheDatabase
from desktop.models.kinds import RECORD_KINDS
from desktop.models.queries import review_state
from desktop.sync.account import AccountInfo
from desktop.sync.local_effects import REVIEW_RESULTS
from desktop.sync.local_rules import review_refusals
from desktop.sync.rows import read_row
from desktop.views.workspace.material_specs import STAGES, record_specs, year_rules
from desktop.views.workspace.snapshot import (
    AuditLine,
    MaterialLine,
    MaterialRowState,
    Parent,
    RecordSnapshot,
    RecordSync,
    missing_snapshot,
)

CONTEXT = "RecordReader"
UPLOAD_MARK = "materials"
"""The key of the upload mark (√/×) beside the level marks in ``RecordSnapshot.marks``."""
_LEVEL_ORDER = {level.value: index for index, level in enumerate(Level)}
_STATE_ROWS = {
    MaterialState.PRESENT: MaterialRowState.PRESENT,
    MaterialState.MISSING: MaterialRowState.MISSING,
    MaterialState.OPTIONAL_ABSENT: MaterialRowState.OPTIONAL_ABSENT,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def read_snapshot(
    db: CacheDatabase, account: AccountInfo, today: date, kind: str, record_id: str
) -> RecordSnapshot:
    """The snapshot of one record as this account sees it today (see the module docstring)."""
    level = account.review_level
    with db.read() as session:
        row = read_row(session, kind, record_id)
        if row is None:
            reason = _tr("该记录在本地不存在（可能已被删除），请返回列表刷新。")
            return missing_snapshot(kind, record_id, level, today, reason)
        sync, message = _sync_state(session, kind, record_id)
        materials, note = _materials(session, kind, record_id, row.data)
        return RecordSnapshot(
            kind=kind,
            record_id=record_id,
            version=row.version,
            data=row.data,
            sync=sync,
            sync_message=message,
            parent=parent_of(session, kind, row.data),
            audit=_audit(session, record_id),
            materials=materials,
            material_note=note,
            level=level,
            refusals=tuple(_refusals(session, today, kind, row.data, account)),
            today=today,
            marks=_marks(kind, row.data),
        )


# ---- sync state ---------------------------------------------------------------------------


def _sync_state(session: Session, kind: str, record_id: str) -> tuple[RecordSync, str]:
    """The worst state of the record's outbox items, with the server's words for a problem."""
    statement = select(OutboxItem.state, OutboxItem.error).where(
        OutboxItem.record_kind == kind, OutboxItem.record_id == record_id
    )
    items = session.execute(statement).all()
    for state, sync in (
        (ItemState.CONFLICT, RecordSync.CONFLICT),
        (ItemState.FAILED, RecordSync.FAILED),
    ):
        errors = [error for item_state, error in items if item_state == state.value]
        if errors:
            return sync, errors[0]
    if items:
        return RecordSync.PENDING, ""
    return RecordSync.SYNCED, ""


# ---- parent -------------------------------------------------------------------------------


def _named(session: Session, kind: str, row_id: Any) -> Parent | None:
    row = read_row(session, kind, str(row_id)) if row_id else None
    if row is None:
        return None
    return Parent(str(row.data.get("name") or ""), str(row.data.get("address") or ""))


def parent_of(session: Session, kind: str, data: Mapping[str, Any]) -> Parent | None:
    """The applicant of a ship record, the cargo owner of a report or reward."""
    if kind == "applications":
        return _named(session, "applicants", data.get("applicant_id"))
    if kind == "completions":
        application = read_row(session, "applications", str(data.get("application_id") or ""))
        if application is None:
            return None
        return _named(session, "applicants", application.data.get("applicant_id"))
    if kind in ("monthly_reports", "rewards"):
        return _named(session, "cargo_owners", data.get("cargo_owner_id"))
    return None


# ---- audit log ----------------------------------------------------------------------------


def _reviewer_names(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    statement = select(AccountRow.id, AccountRow.name).where(AccountRow.id.in_(ids))
    return {account_id: name or "" for account_id, name in session.execute(statement)}


def _pending_results(session: Session, result_ids: list[str]) -> set[str]:
    if not result_ids:
        return set()
    statement = select(OutboxRow.row_id).where(
        OutboxRow.kind == REVIEW_RESULTS, OutboxRow.row_id.in_(result_ids)
    )
    return set(session.scalars(statement))


def _audit(session: Session, record_id: str) -> tuple[AuditLine, ...]:
    """Every result of every level, newest first (page 3-13), from the cached audit rows."""
    rows = list(session.scalars(select(ReviewResult).where(ReviewResult.record_id == record_id)))
    names = _reviewer_names(session, {row.reviewer for row in rows if row.reviewer})
    pending = _pending_results(session, [row.id for row in rows])
    lines = [
        AuditLine(
            level=row.level or "",
            decision=row.decision or "",
            on=row.review_date,
            opinion=row.opinion or "",
            reviewer=_reviewer(row.reviewer or "", names),
            pending=row.id in pending,
        )
        for row in rows
    ]
    lines.sort(
        key=lambda line: (line.on or date.min, _LEVEL_ORDER.get(line.level, -1)), reverse=True
    )
    return tuple(lines)


def _reviewer(account_id: str, names: Mapping[str, str]) -> str:
    name = names.get(account_id, "")
    return f"{name}（{account_id}）" if name else account_id


# ---- materials ----------------------------------------------------------------------------


def _files(session: Session, record_id: str) -> dict[str, tuple[str, str, int]]:
    """match key → (name, sha256, size) of the record's cached material files."""
    statement = select(MaterialFile.name, MaterialFile.sha256, MaterialFile.size).where(
        MaterialFile.record_id == record_id
    )
    return {
        match_key(name or ""): (name or "", sha or "", int(size or 0))
        for name, sha, size in session.execute(statement)
        if sha
    }


def _cached(session: Session, shas: list[str]) -> set[str]:
    if not shas:
        return set()
    statement = select(CachedMaterial.sha256).where(CachedMaterial.sha256.in_(shas))
    return set(session.scalars(statement))


def _materials(
    session: Session, kind: str, record_id: str, data: Mapping[str, Any]
) -> tuple[tuple[MaterialLine, ...], str]:
    """Required / present / missing rows of the year's list, then files it does not name."""
    if kind not in STAGES:
        return (), _tr("该类记录没有材料。")
    files = _files(session, record_id)
    cached = _cached(session, [sha for _name, sha, _size in files.values()])
    specs, note = _specs_or_note(session, kind, data)
    lines: list[MaterialLine] = []
    for status in material_status(specs, [name for name, _sha, _size in files.values()]):
        found = files.pop(match_key(status.spec.name), None)
        lines.append(
            _line(status.spec.name, _STATE_ROWS[status.state], status.spec.required, found, cached)
        )
    for name, sha, size in files.values():
        lines.append(_line(name, MaterialRowState.EXTRA, False, (name, sha, size), cached))
    return tuple(lines), note


def _specs_or_note(
    session: Session, kind: str, data: Mapping[str, Any]
) -> tuple[list[MaterialSpec], str]:
    """The record's list rows, or none and a note saying why the list cannot be shown."""
    try:
        rules = year_rules(session, data.get("year"))
        if rules is None:
            year = data.get("year") or _tr("（未知）")
            return [], _tr("本地尚无 {year} 年的材料清单（请先同步）。").format(year=year)
        return record_specs(kind, data, rules.specs), ""
    except (MaterialListError, ValueError) as error:
        return [], _tr("无法确定该记录的材料清单：{reason}").format(reason=error)


def _line(
    name: str,
    state: MaterialRowState,
    required: bool,
    found: tuple[str, str, int] | None,
    cached: set[str],
) -> MaterialLine:
    if found is None:
        return MaterialLine(name=name, state=state, required=required)
    _name, sha, size = found
    return MaterialLine(name, state, required, sha, size, sha in cached)


# ---- review -------------------------------------------------------------------------------


def _refusals(
    session: Session, today: date, kind: str, data: Mapping[str, Any], account: AccountInfo
) -> list[str]:
    """Why this account may not decide the record now (empty: it may)."""
    if kind not in RECORD_KINDS:
        return [_tr("该类记录不需要审核。")]
    sample = workflow.preset_opinions(Decision.PASS)[0]
    return review_refusals(
        session,
        today,
        kind,
        data,
        account.review_level,
        Decision.PASS,
        sample,
        account.rules_actor(),
    )


def _marks(kind: str, data: Mapping[str, Any]) -> dict[str, str]:
    """Each level's list mark (√ × 退) and the upload mark, as pages 3-6 and 3-15 show them."""
    if kind not in RECORD_KINDS:
        return {}
    state = review_state(data)
    marks = {level.value: mark for level, mark in workflow.marks(RECORD_KINDS[kind], state).items()}
    if "materials_uploaded_on" in data:
        marks[UPLOAD_MARK] = workflow.upload_mark(state)
    return marks
