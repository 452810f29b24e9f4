"""``GET /records/{kind}/{id}/materials``: the reviewer's material list of one record.

Each row of the record's list (its year, stage, policy, project, operation or month) with
required / present / missing from ``core.materials.material_status``, the stored file when
there is one (its SHA-256 is the download address), and the files the record holds that the
list no longer names (the list was edited after the upload) — shown, never hidden.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel
from sqlalchemy.orm import Session

from core.materials import MaterialState, match_key, material_status, missing_required
from server.materials.kinds import MaterialKind, upload_target
from server.materials.upload import record_files
from server.models import MaterialFile


class StoredFile(BaseModel):
    """A stored PDF; download it from ``/materials/{sha256}``."""

    id: str
    name: str
    sha256: str
    size: int
    uploaded_at: datetime


class MaterialRow(BaseModel):
    """One row of the list and its state (已上传 / 缺少 / 未上传（非必需）)."""

    code: str
    name: str
    required: bool
    max_mb: Decimal
    uploaded_by_city_or_province: bool
    state: MaterialState
    present: bool
    file: StoredFile | None


class MaterialSummary(BaseModel):
    required: int
    present: int
    missing: int


class MaterialList(BaseModel):
    """The record's material list, as the review workspace shows it."""

    kind: str
    record_id: str
    version: int
    stage: str
    uploaded_on: date | None
    materials: list[MaterialRow]
    others: list[StoredFile]
    summary: MaterialSummary


def _stored(row: MaterialFile) -> StoredFile:
    return StoredFile(
        id=row.id, name=row.name, sha256=row.sha256, size=row.size, uploaded_at=row.uploaded_at
    )


def material_list(session: Session, kind: MaterialKind, record: Any) -> MaterialList:
    """The list of a visible record (409 when its year has no usable material list)."""
    target = upload_target(session, kind, record)
    files = {match_key(f.name): f for f in record_files(session, kind, record.id)}
    statuses = material_status(target.specs, [f.name for f in files.values()])
    rows = [
        MaterialRow(
            code=s.spec.code,
            name=s.spec.name,
            required=s.spec.required,
            max_mb=s.spec.max_mb,
            uploaded_by_city_or_province=s.spec.uploaded_by_city_or_province,
            state=s.state,
            present=s.present,
            file=_stored(files[match_key(s.spec.name)]) if s.present else None,
        )
        for s in statuses
    ]
    listed = {match_key(s.name) for s in target.specs}
    return MaterialList(
        kind=kind.name,
        record_id=record.id,
        version=record.version,
        stage=str(kind.stage),
        uploaded_on=record.materials_uploaded_on,
        materials=rows,
        others=[_stored(f) for key, f in files.items() if key not in listed],
        summary=MaterialSummary(
            required=sum(s.spec.required for s in statuses),
            present=sum(s.present for s in statuses),
            missing=len(missing_required(statuses)),
        ),
    )
