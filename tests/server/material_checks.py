"""Assertions shared by the material tests: upload calls and "nothing changed" snapshots."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from server.db import Database
from server.models import Application, Blob, CounterName, MaterialFile, Tombstone
from server.settings import Settings
from server.versioning import read_counter
from tests.server.helpers import write_headers
from tests.server.ship_world import required_files
from tests.server.zips import pdf, zip_of

ZIP_NAME = "计划申请及完结材料（新建、营运船、船检安环合一）.zip"


def materials_url(record_id: str, kind: str = "applications") -> str:
    return f"/api/v1/records/{kind}/{record_id}/materials"


def upload(
    client: TestClient,
    auth: dict[str, str],
    record_id: str,
    data: bytes,
    *,
    version: int | None,
    key: str | None = None,
    kind: str = "applications",
) -> httpx.Response:
    """POST the zip as the desktop does: multipart field ``zip``, If-Match, Idempotency-Key."""
    return client.post(
        materials_url(record_id, kind),
        files={"zip": (ZIP_NAME, data, "application/zip")},
        headers=write_headers(auth, key=key, version=version),
    )


@functools.cache
def _made_files() -> tuple[tuple[str, bytes], ...]:
    return tuple((name, pdf(name.removesuffix(".pdf"))) for name in required_files())


def valid_files() -> dict[str, bytes]:
    """Every required PDF of a province new-build cargo ship, each with its own content."""
    return dict(_made_files())


def record_version(database: Database, record_id: str) -> int:
    with database.read() as session:
        row = session.get(Application, record_id)
        assert row is not None
        return row.version


def valid_zip() -> bytes:
    return zip_of(valid_files())


@dataclass(frozen=True)
class Snapshot:
    """What an upload may change: blob files, rows, the version counter, the record."""

    blob_files: tuple[str, ...]
    upload_files: tuple[str, ...]
    blobs: int
    material_files: int
    tombstones: int
    version_counter: int
    record_version: int
    uploaded_on: date | None


def _listing(folder: Path) -> tuple[str, ...]:
    if not folder.exists():
        return ()
    return tuple(sorted(str(p.relative_to(folder)) for p in folder.rglob("*")))


def _count(session: Any, model: type) -> int:
    return int(session.scalar(select(func.count()).select_from(model)))


def snapshot(database: Database, settings: Settings, record_id: str) -> Snapshot:
    with database.read() as session:
        record = session.get(Application, record_id)
        assert record is not None
        return Snapshot(
            blob_files=_listing(settings.blob_dir),
            upload_files=_listing(settings.uploads_dir),
            blobs=_count(session, Blob),
            material_files=_count(session, MaterialFile),
            tombstones=_count(session, Tombstone),
            version_counter=read_counter(session, CounterName.VERSION),
            record_version=record.version,
            uploaded_on=record.materials_uploaded_on,
        )
