"""``cleanup-blobs``: material storage nothing uses is reported, then removed, on SQLite and
PostgreSQL; what is in use or younger than the grace period stays, and an upload racing the
clean-up never ends up naming a file that is gone."""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from core.vocab import RecordKind, Stage
from server.auth.passwords import Passwords
from server.clock import ManualClock
from server.db import Database
from server.materials.blobs import BlobStore, claim_blob
from server.materials.cleanup import CleanupReport, cleanup_storage
from server.models import Application, Blob, MaterialFile
from server.settings import Settings
from tests.server.material_checks import record_version, upload, valid_files
from tests.server.ship_world import World, seed
from tests.server.zips import pdf, zip_of

OLD = timedelta(days=2)


@pytest.fixture
def storage(settings: Settings) -> Settings:
    """The module's settings with empty blob and upload folders (earlier tests leave files)."""
    for folder in (settings.blob_dir, settings.uploads_dir):
        shutil.rmtree(folder, ignore_errors=True)
    return settings


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _age(path: Path, clock: ManualClock) -> None:
    """Make ``path`` look written ``OLD`` before the clock's now."""
    moment = (clock() - OLD).timestamp()
    os.utime(path, (moment, moment))


def _rows(database: Database) -> set[str]:
    with database.read() as session:
        return set(session.scalars(select(Blob.sha256)))


def _used(database: Database) -> set[str]:
    with database.read() as session:
        return set(session.scalars(select(MaterialFile.sha256)))


@dataclass(frozen=True)
class Replaced:
    """A seeded world whose record's materials were uploaded twice, and the first set's
    contents by SHA-256: used by nothing since the second upload."""

    world: World
    unused: dict[str, bytes]
    later: datetime
    """Two days on, when the clean-up runs (the test's logins stay valid: no clock change)."""


@pytest.fixture
def replaced(
    client: TestClient,
    database: Database,
    passwords: Passwords,
    storage: Settings,
    clock: ManualClock,
) -> Replaced:
    world = seed(client, database, passwords)
    return Replaced(world, _replaced_upload(client, database, world), clock() + OLD)


def _replaced_upload(client: TestClient, database: Database, world: World) -> dict[str, bytes]:
    """Upload the materials, then a second set with other content."""
    first = valid_files()
    version = record_version(database, world.application_id)
    assert upload(client, world.editor, world.application_id, zip_of(first), version=version)
    second = {name: pdf(f"{name} 重新上传") for name in first}
    version = record_version(database, world.application_id)
    response = upload(client, world.editor, world.application_id, zip_of(second), version=version)
    assert response.status_code == 200, response.text
    return {_sha(data): data for data in first.values()}


def _stray(settings: Settings, title: str) -> Path:
    """A content file in the blob store that no row names."""
    content = pdf(title)
    stray = BlobStore(settings.blob_dir).path_of(_sha(content))
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(content)
    return stray


def _body(settings: Settings, name: str) -> Path:
    """An upload body in the uploads folder."""
    settings.uploads_dir.mkdir(parents=True, exist_ok=True)
    body = settings.uploads_dir / name
    body.write_bytes(b"PK\x03\x04 cut short")
    return body


def _leftovers(settings: Settings, clock: ManualClock) -> list[Path]:
    """A stray file (no row), a partial blob write and a received upload body, all old."""
    stray = _stray(settings, "没有记录的文件")
    partial = stray.parent / ".incoming-abc123"
    partial.write_bytes(b"%PDF-1.7 half")
    leftovers = [stray, partial, _body(settings, "upload-xyz.zip")]
    for path in leftovers:
        _age(path, clock)
    return leftovers


def test_unused_storage_is_reported_then_removed(
    database: Database, storage: Settings, clock: ManualClock, replaced: Replaced
) -> None:
    unused, later = replaced.unused, replaced.later
    in_use = _used(database)
    assert unused and in_use and not set(unused) & in_use
    leftovers = _leftovers(storage, clock)
    fresh = _leftovers_young(storage)

    dry = cleanup_storage(database, storage, later)
    assert (dry.unreferenced.count, dry.strays.count, dry.partials.count) == (len(unused), 1, 2)
    assert dry.unreferenced.size == sum(len(data) for data in unused.values())
    assert not dry.applied and "试运行" in dry.lines()[-1]
    assert set(unused) <= _rows(database) and all(p.exists() for p in leftovers)

    done = cleanup_storage(database, storage, later, apply=True)
    assert _counts(done) == _counts(dry) and done.total_size == dry.total_size
    store = BlobStore(storage.blob_dir)
    assert _rows(database) == in_use
    assert not any(store.path_of(sha).exists() for sha in unused)
    assert all(store.path_of(sha).exists() for sha in in_use)
    assert not any(p.exists() for p in leftovers) and all(p.exists() for p in fresh)
    assert "共释放" in done.lines()[-1]

    again = cleanup_storage(database, storage, later, apply=True)
    assert _counts(again) == (0, 0, 0)


def _leftovers_young(settings: Settings) -> list[Path]:
    """Leftover-looking files written just now: an upload may be using them."""
    return [_stray(settings, "刚写入的文件"), _body(settings, "upload-now.zip")]


def _counts(report: CleanupReport) -> tuple[int, int, int]:
    return report.unreferenced.count, report.strays.count, report.partials.count


def test_nothing_younger_than_the_grace_period_is_touched(
    database: Database, storage: Settings, clock: ManualClock, replaced: Replaced
) -> None:
    fresh = _leftovers_young(storage)
    done = cleanup_storage(database, storage, clock() + timedelta(hours=23), apply=True)
    assert _counts(done) == (0, 0, 0)
    assert set(replaced.unused) <= _rows(database) and all(p.exists() for p in fresh)


def test_an_upload_of_cleaned_up_content_stores_it_again(
    client: TestClient, database: Database, storage: Settings, replaced: Replaced
) -> None:
    """Also when a clean-up was cut short after the file went but before the row did."""
    unused, world = replaced.unused, replaced.world
    cleanup_storage(database, storage, replaced.later, apply=True)
    half_done = next(iter(unused))
    with database.write() as session:  # the row of a file that is gone
        claim_blob(session, half_done, len(unused[half_done]))

    version = record_version(database, world.application_id)
    response = upload(
        client, world.editor, world.application_id, zip_of(valid_files()), version=version
    )

    assert response.status_code == 200, response.text
    store = BlobStore(storage.blob_dir)
    for sha, data in unused.items():
        assert store.path_of(sha).read_bytes() == data
    assert set(unused) <= _used(database)


def test_a_cleanup_waits_for_an_upload_that_claimed_the_content(
    database: Database, storage: Settings, clock: ManualClock, replaced: Replaced
) -> None:
    """The race the row lock is for: an upload has claimed unused content and found its file;
    the clean-up must wait, then leave it (PostgreSQL: the row lock; SQLite: the write lock)."""
    sha, data = next(iter(replaced.unused.items()))
    reports: list[CleanupReport] = []

    def clean_up() -> None:
        reports.append(cleanup_storage(database, storage, replaced.later, apply=True))

    with database.write() as session:
        claim_blob(session, sha, len(data))  # the upload's first step: the row lock
        cleaner = threading.Thread(target=clean_up)
        cleaner.start()
        cleaner.join(timeout=1.0)
        assert cleaner.is_alive()  # waiting for the upload
        record = session.get(Application, replaced.world.application_id)
        assert record is not None
        session.add(
            MaterialFile(
                region_code=record.region_code,
                record_kind=str(RecordKind.APPLICATION),
                record_id=record.id,
                stage=str(Stage.COMPLETION),
                name="另一份材料.pdf",
                sha256=sha,
                size=len(data),
                uploaded_at=clock(),
            )
        )
    cleaner.join(timeout=30)
    assert not cleaner.is_alive() and reports
    assert reports[0].skipped_in_use == 1
    assert BlobStore(storage.blob_dir).path_of(sha).exists()
    assert sha in _rows(database)
