"""``POST /records/{kind}/{id}/materials``: inspect a zip and replace the record's files, or
change nothing at all (SPEC §6, manual §3.2.5).

The zip is inspected *before* the write transaction, because a 60 MB zip takes a while and a
SQLite writer locks the whole database. Inside the transaction the record is locked, its
version checked (412), the workflow and the declaration window asked (409), and the material
list computed again from the locked row: when it still equals the one inspected against, that
report is used, otherwise (the record changed in between) the zip is inspected again. Any
problem → 422 ``zip_rejected`` naming every problem, and since nothing was written yet, nothing
is stored: no blob file, no row, no version. On success every accepted PDF is stored by its
SHA-256, the stage's previous files are replaced (deleted rows leave tombstones) and the record
goes back to "waiting for review" with its failure and return flags cleared
(``core.workflow.on_upload``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from core import workflow
from core.declaration import WriteAction
from core.materials import MIB
from core.zip_inspector import (
    InspectionReport,
    ZipChangedError,
    ZipProblem,
    extract_accepted,
    inspect_zip,
)
from server.auth.actor import Actor
from server.materials.blobs import BlobStore, claim_blob
from server.materials.kinds import (
    ZIP_CEILING_MB,
    MaterialKind,
    UploadTarget,
    upload_target,
    zip_limit_bytes,
)
from server.models import MaterialFile
from server.problems import ZIP_REJECTED, ProblemError
from server.records.context import WriteContext
from server.records.refusals import refuse_if
from server.records.state import review_state, store_state
from server.records.window import ensure_open
from server.scope import get_visible, is_visible
from server.services import Services
from server.sync.kinds import encode_object
from server.writes import WriteResult, check_version
from server.writes.preconditions import etag


@dataclass(frozen=True)
class Inspected:
    """A report and the material list and limits it was made against."""

    target: UploadTarget
    report: InspectionReport


@dataclass(frozen=True)
class UploadRequest:
    """One upload as the route received it."""

    kind: MaterialKind
    record_id: str
    expected_version: int
    zip_path: Path
    inspected: Inspected | None


def _visible_record(session: Session, kind: MaterialKind, record_id: str, actor: Actor) -> Any:
    record = session.get(kind.model, record_id)
    if record is None or not is_visible(actor, record.region_code):
        return None
    return record


def upload_limit(services: Services, actor: Actor, kind: MaterialKind, record_id: str) -> int:
    """The zip's byte cap: the record's year limit, else the SPEC's ceiling.

    A record that is missing or not visible gets the ceiling, not an early 404: the 404 then
    comes from inside the keyed write, so a replayed upload still gets its first answer.
    """
    with services.db.read() as session:
        record = _visible_record(session, kind, record_id, actor)
        return ZIP_CEILING_MB * MIB if record is None else zip_limit_bytes(session, record)


def pre_inspect(
    services: Services, actor: Actor, kind: MaterialKind, record_id: str, zip_path: Path
) -> Inspected | None:
    """Inspect against the record as it is now, outside any write transaction (or None)."""
    with services.db.read() as session:
        record = _visible_record(session, kind, record_id, actor)
        if record is None:
            return None
        try:
            target = upload_target(session, kind, record)
        except ProblemError:
            return None  # refused again, and answered, inside the write
    return Inspected(target, inspect_zip(zip_path, target.expectation, target.limits))


def perform_upload(ctx: WriteContext, upload: UploadRequest, store: BlobStore) -> WriteResult:
    """The write: every refusal first, then the zip's verdict, then the files."""
    kind, session = upload.kind, ctx.session
    record = get_visible(session, kind.model, upload.record_id, ctx.actor, for_update=True)
    check_version(record, upload.expected_version)
    facts = kind.handler.facts(ctx, record)
    refuse_if(workflow.can_upload(facts, ctx.actor.as_review_actor()))
    _ensure_window(ctx, kind, record)
    target = upload_target(session, kind, record)
    report = _report_for(upload, target)
    if not report.ok:
        raise zip_rejected(report.problems, report.summary())
    files = _store_files(ctx, kind, record, target, upload.zip_path, report, store)
    _mark_uploaded(ctx, kind, record)
    session.flush()
    body = {"record": encode_object(record), "files": [encode_object(f) for f in files]}
    return WriteResult(200, body, {"ETag": etag(record.version)})


def _ensure_window(ctx: WriteContext, kind: MaterialKind, record: Any) -> None:
    """Closed or expired declaration windows forbid uploads (409 ``declaration_closed``)."""
    ensure_open(ctx, WriteAction.UPLOAD, kind.record_kind, year=record.year)


def _report_for(upload: UploadRequest, target: UploadTarget) -> InspectionReport:
    inspected = upload.inspected
    if inspected is not None and inspected.target == target:
        return inspected.report
    return inspect_zip(upload.zip_path, target.expectation, target.limits)


def zip_rejected(problems: tuple[ZipProblem, ...], summary: str) -> ProblemError:
    """422 ``zip_rejected``: the numbered summary as ``detail``, each problem in ``errors``."""
    errors = [
        {"field": "zip", "code": str(p.code), "name": p.name, "message": p.message}
        for p in problems
    ]
    return ProblemError(ZIP_REJECTED, summary, errors=errors)


def _store_files(
    ctx: WriteContext,
    kind: MaterialKind,
    record: Any,
    target: UploadTarget,
    zip_path: Path,
    report: InspectionReport,
    store: BlobStore,
) -> list[MaterialFile]:
    """Write each accepted PDF by its hash, then swap the stage's rows for the new ones."""
    stored: list[tuple[str, str, int]] = []
    try:
        for extracted in extract_accepted(zip_path, report, target.limits):
            claim_blob(ctx.session, extracted.sha256, len(extracted.data))
            store.put(extracted.sha256, extracted.data)
            stored.append((extracted.name, extracted.sha256, len(extracted.data)))
    except ZipChangedError as error:
        raise zip_rejected((), str(error)) from error
    _delete_previous(ctx.session, kind, record, target)
    rows = [
        MaterialFile(
            region_code=record.region_code,
            record_kind=str(kind.record_kind),
            record_id=record.id,
            stage=str(kind.stage),
            name=name,
            sha256=sha256,
            size=size,
            uploaded_at=ctx.now,
        )
        for name, sha256, size in stored
    ]
    ctx.session.add_all(rows)
    ctx.session.flush()
    return rows


def record_files(session: Session, kind: MaterialKind, record_id: str) -> list[MaterialFile]:
    """The files a record's stage holds now, in name order."""
    statement = (
        select(MaterialFile)
        .where(
            MaterialFile.record_kind == str(kind.record_kind),
            MaterialFile.record_id == record_id,
            MaterialFile.stage == str(kind.stage),
        )
        .order_by(MaterialFile.name)
    )
    return list(session.scalars(statement))


def _delete_previous(
    session: Session, kind: MaterialKind, record: Any, target: UploadTarget
) -> None:
    """Drop the previous upload's rows; files the city or province uploaded are not its own.

    Flushed at once: the unit of work would otherwise insert the new rows before deleting the
    old ones and trip the (record, stage, name) unique constraint.
    """
    for row in record_files(session, kind, record.id):
        if row.name not in target.reserved:
            session.delete(row)
    session.flush()


def _mark_uploaded(ctx: WriteContext, kind: MaterialKind, record: Any) -> None:
    """Flags cleared, upload day set; the record always gets a new version (a new upload is a
    change the desktop must see, and a concurrent upload based on the old version gets 412)."""
    state = workflow.on_upload(review_state(kind.record_kind, record), ctx.today)
    store_state(kind.record_kind, record, state)
    flag_modified(record, "materials_uploaded_on")
