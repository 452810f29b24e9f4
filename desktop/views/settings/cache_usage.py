"""What the local cache holds and uses, and clearing what can safely be fetched again.

Decision (shown in the 服务器与缓存 page): **清除缓存 deletes downloaded material PDFs only.**
They are the bulk of the disk use, they are addressed by SHA-256 and fetched again (and
verified) when opened. It never deletes:

* the outbox — decisions and edits not yet on the server (SPEC §8: nothing typed is lost),
  nor the conflicts and refusals waiting for the person's choice, nor the cached rows they
  are based on (the record data stays, so the lists keep working offline);
* the material files of records with queued work, in this account's cache or in any other
  account's cache on the same workstation (the material folder is shared by all caches of a
  data directory): the reviewer who decided offline must still be able to look at what they
  decided on until it is synced.

A file the PDF viewer holds open cannot be deleted on Windows; it is left in place and
counted as kept. Qt-free; runs on a worker thread.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import CachedMaterial, MaterialFile, OutboxItem
from desktop.models.database import CacheDatabase
from desktop.models.paths import CACHE_DIR_NAME, materials_dir
from desktop.sync.outbox_queue import OutboxCounts, outbox_counts

_OTHER_CACHE_PROTECTED = (
    "SELECT DISTINCT m.sha256 FROM material_files AS m "
    "JOIN outbox AS o ON o.record_id = m.record_id WHERE m.sha256 IS NOT NULL"
)


@dataclass(frozen=True)
class CacheUsage:
    """The numbers the page shows."""

    data_dir: Path
    cache_file: Path
    cache_bytes: int
    material_bytes: int
    material_files: int
    outbox: OutboxCounts


@dataclass(frozen=True)
class ClearReport:
    """What 清除缓存 did: files (and bytes) removed and kept (protected or in use)."""

    removed_files: int
    removed_bytes: int
    kept_files: int
    kept_bytes: int


def _file_bytes(path: Path) -> int:
    """The cache file with its WAL and shared-memory files (all of it is on the disk)."""
    total = 0
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            total += candidate.stat().st_size
    return total


def measure(db: CacheDatabase, data_dir: Path) -> CacheUsage:
    """Sizes and the outbox counts of one account's cache."""
    with db.read() as session:
        rows = session.execute(select(CachedMaterial.size)).scalars().all()
        counts = outbox_counts(session)
    return CacheUsage(
        data_dir=data_dir,
        cache_file=db.path,
        cache_bytes=_file_bytes(db.path),
        material_bytes=int(sum(rows)),
        material_files=len(rows),
        outbox=counts,
    )


def _protected_here(session: Session) -> set[str]:
    records = select(OutboxItem.record_id).distinct()
    statement = select(MaterialFile.sha256).where(MaterialFile.record_id.in_(records))
    return {sha for sha in session.scalars(statement) if sha}


def _protected_elsewhere(data_dir: Path, own_cache: Path) -> set[str]:
    """Files other accounts' caches on this workstation still need for their queued work."""
    found: set[str] = set()
    for path in sorted((data_dir / CACHE_DIR_NAME).glob("*.sqlite3")):
        if path.resolve() == own_cache.resolve():
            continue
        try:
            with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
                found |= {row[0] for row in conn.execute(_OTHER_CACHE_PROTECTED)}
        except sqlite3.Error:
            continue  # an empty or foreign file protects nothing, and blocks nothing
    return found


def clear_materials(db: CacheDatabase, data_dir: Path) -> ClearReport:
    """Delete every downloaded material file not protected (see the module docstring)."""
    with db.read() as session:
        cached = [(row.sha256, row.size) for row in session.scalars(select(CachedMaterial))]
        protected = _protected_here(session)
    protected |= _protected_elsewhere(data_dir, db.path)
    folder = materials_dir(data_dir)
    removed: list[tuple[str, int]] = []
    kept_files = kept_bytes = 0
    for sha256, size in cached:
        if sha256 in protected or not _unlink(folder / sha256[:2] / sha256):
            kept_files, kept_bytes = kept_files + 1, kept_bytes + size
            continue
        removed.append((sha256, size))
    _forget(db, [sha256 for sha256, _size in removed])
    return ClearReport(len(removed), sum(size for _sha, size in removed), kept_files, kept_bytes)


def _unlink(path: Path) -> bool:
    """Delete one file; False when it is in use (open in the viewer on Windows)."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def _forget(db: CacheDatabase, shas: list[str]) -> None:
    """Drop the index rows of deleted files, so the next open fetches them again."""
    if not shas:
        return
    with db.write() as session:
        for start in range(0, len(shas), 500):
            chunk = shas[start : start + 500]
            for row in session.scalars(
                select(CachedMaterial).where(CachedMaterial.sha256.in_(chunk))
            ):
                session.delete(row)
