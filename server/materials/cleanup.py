"""Freeing the disk of material storage nothing uses: ``reviewdesk-server cleanup-blobs``.

Four things pile up on a server over a year of uploads:

* **unreferenced blobs** — a ``blobs`` row and its file that no material file names any more
  (a re-upload replaced a stage's PDFs, a record was deleted);
* **stray files** — a file in the blob folder without a ``blobs`` row (the upload's transaction
  failed after the file was written; ``server.materials.blobs`` keeps such files harmless);
* **partial files** — ``.incoming-*`` of a write cut short by a crash;
* **upload bodies** — ``uploads/upload-*.zip`` of a server killed in the middle of a request.

Only what is older than the grace period (24 hours unless told) is considered, so nothing an
upload in progress is working with can be touched. On top of that, an upload and the clean-up
take the ``blobs`` row of a content in the same transaction as they check or remove its file:
the upload upserts the row (a row lock on PostgreSQL, the database's write lock on SQLite)
*before* it looks for the file, and the clean-up locks the row — or, for a stray file, inserts
a placeholder row — before it deletes the file and the row. Whichever comes second waits, then
sees the other's outcome: an upload after a clean-up writes the file again; a clean-up after an
upload finds the content in use and leaves it. The ``material_files`` foreign key refuses the
deletion of a row that became referenced meanwhile; that content is then simply skipped.

Without ``apply`` nothing is deleted: the report says what would be.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from server.db import Database
from server.materials.blobs import BlobStore, claim_unknown_blob, is_sha256
from server.models import Blob, MaterialFile
from server.settings import Settings

DEFAULT_GRACE = timedelta(hours=24)
_PARTIAL = re.compile(r"\.incoming-.*")
_UPLOAD_BODY = re.compile(r"upload-.*\.zip")


@dataclass
class Found:
    """How many of one kind of leftover, and their bytes."""

    count: int = 0
    size: int = 0

    def add(self, size: int) -> None:
        self.count += 1
        self.size += size

    def __str__(self) -> str:
        return f"{self.count} 个（{_mb(self.size)}）"


@dataclass
class CleanupReport:
    """What the clean-up found (and removed, when ``applied``)."""

    applied: bool
    unreferenced: Found = field(default_factory=Found)
    strays: Found = field(default_factory=Found)
    partials: Found = field(default_factory=Found)
    skipped_in_use: int = 0
    """Contents that became used again between finding and removing them."""

    @property
    def total_size(self) -> int:
        return self.unreferenced.size + self.strays.size + self.partials.size

    def lines(self) -> list[str]:
        """The report in Chinese, one line a kind, for the operator running the command."""
        lines = [
            f"未被任何材料引用的文件：{self.unreferenced}",
            f"数据库中没有记录的孤立文件：{self.strays}",
            f"中断的写入或上传留下的临时文件：{self.partials}",
        ]
        if self.skipped_in_use:
            lines.append(f"清理期间重新被使用而保留：{self.skipped_in_use} 个")
        if self.applied:
            lines.append(f"已删除，共释放 {_mb(self.total_size)}。")
        else:
            lines.append(
                f"试运行：未删除任何文件，共可释放 {_mb(self.total_size)}；加 --apply 执行删除。"
            )
        return lines


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def cleanup_storage(
    db: Database,
    settings: Settings,
    now: datetime,
    *,
    apply: bool = False,
    grace: timedelta = DEFAULT_GRACE,
) -> CleanupReport:
    """Find (and with ``apply`` remove) what nothing uses and is older than ``grace``."""
    report = CleanupReport(applied=apply)
    store = BlobStore(settings.blob_dir)
    cutoff = now - grace
    for sha256 in _unreferenced(db, cutoff):
        _unreferenced_blob(db, store, sha256, apply, report)
    for sha256, path in _files_before(store.root, cutoff):
        _stray_file(db, sha256, path, apply, report)
    for path in _partials_before(settings, cutoff):
        report.partials.add(_size(path))
        if apply:
            path.unlink(missing_ok=True)
    return report


def _unreferenced(db: Database, cutoff: datetime) -> list[str]:
    used = exists().where(MaterialFile.sha256 == Blob.sha256)
    statement = select(Blob.sha256).where(Blob.created_at < cutoff, ~used).order_by(Blob.sha256)
    with db.read() as session:
        return list(session.scalars(statement))


def _is_used(session: Session, sha256: str) -> bool:
    statement = select(exists().where(MaterialFile.sha256 == sha256))
    return bool(session.execute(statement).scalar())


def _unreferenced_blob(
    db: Database, store: BlobStore, sha256: str, apply: bool, report: CleanupReport
) -> None:
    """Remove one unreferenced blob: lock its row, check again, delete row and file."""
    path = store.path_of(sha256)
    if not apply:
        report.unreferenced.add(_size(path))
        return
    try:
        with db.write() as session:
            locked = select(Blob.sha256).where(Blob.sha256 == sha256).with_for_update()
            if session.execute(locked).first() is None:
                return  # removed meanwhile (another clean-up)
            if _is_used(session, sha256):
                report.skipped_in_use += 1
                return
            session.execute(delete(Blob).where(Blob.sha256 == sha256))
            session.flush()
            size = _size(path)
            path.unlink(missing_ok=True)
    except IntegrityError:
        report.skipped_in_use += 1  # referenced by a material file committed meanwhile
        return
    report.unreferenced.add(size)


def _stray_file(db: Database, sha256: str, path: Path, apply: bool, report: CleanupReport) -> None:
    """Remove one file without a row, holding a placeholder row so no upload claims it."""
    if not apply:
        with db.read() as session:
            if session.get(Blob, sha256) is None:
                report.strays.add(_size(path))
        return
    with db.write() as session:
        size = _size(path)
        if not claim_unknown_blob(session, sha256, size):
            return  # a row exists: the content is known (unreferenced ones were handled above)
        path.unlink(missing_ok=True)
        session.execute(delete(Blob).where(Blob.sha256 == sha256))
    report.strays.add(size)


def _files_before(root: Path, cutoff: datetime) -> Iterator[tuple[str, Path]]:
    """(sha256, path) of every content file in the blob folder last written before ``cutoff``."""
    if not root.is_dir():
        return
    for folder in sorted(root.iterdir()):
        if not folder.is_dir() or len(folder.name) != 2:
            continue
        for path in sorted(folder.iterdir()):
            sha256 = folder.name + path.name
            if is_sha256(sha256) and _older(path, cutoff):
                yield sha256, path


def _partials_before(settings: Settings, cutoff: datetime) -> Iterator[Path]:
    """Partial blob writes and received upload bodies last written before ``cutoff``."""
    root = settings.blob_dir
    if root.is_dir():
        for folder in root.iterdir():
            if folder.is_dir():
                yield from (
                    p for p in folder.iterdir() if _PARTIAL.fullmatch(p.name) and _older(p, cutoff)
                )
    uploads = settings.uploads_dir
    if uploads.is_dir():
        yield from (
            p for p in uploads.iterdir() if _UPLOAD_BODY.fullmatch(p.name) and _older(p, cutoff)
        )


def _older(path: Path, cutoff: datetime) -> bool:
    try:
        modified = datetime.fromtimestamp(path.stat().st_mtime, tz=cutoff.tzinfo)
    except FileNotFoundError:
        return False
    return path.is_file() and modified < cutoff


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0
