"""Material files on disk, addressed by SHA-256: download, verify, resume, evict, prefetch.

* A file is downloaded into ``<sha>.part`` and resumed with ``Range`` after an interruption
  (a 20 MB scan over a bad line need not start over). Only a complete file whose SHA-256
  equals its name is moved into place (Zotero never checks its hashes: we do).
* Every time a file is handed to the viewer its hash is checked again: a file damaged on disk
  is detected, deleted and fetched anew (SPEC §7: "the desktop verifies the hash before it
  shows a file").
* The cache has a size cap; least-recently-used files go first, but never a file of a record
  that is open in the UI or has queued work in the outbox.
* ``prefetch`` fetches, in queue order, the materials of the records waiting for the reviewer's
  level, while they fit in the cap without evicting each other.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from threading import Lock

import requests
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.vocab import Level
from desktop.models import CachedMaterial, MaterialFile, OutboxItem
from desktop.models.database import CacheDatabase
from desktop.models.queries import review_queue
from desktop.sync.api_client import ApiClient, describe_transport_error
from desktop.sync.errors import MaterialCorrupt, ProblemResponse, SyncError

DEFAULT_CACHE_BYTES = 2 * 1024**3
CHUNK_BYTES = 64 * 1024
"""Small enough that a cut connection loses little of what already arrived (the chunk being
read when the connection breaks is lost; every complete one is on disk for the resume)."""
FETCH_ATTEMPTS = 3
_HEX64 = re.compile(r"[0-9a-f]{64}")
_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")


@dataclass(frozen=True)
class PrefetchReport:
    """Files fetched, found already cached, and left out because the cap was reached."""

    fetched: int
    already_cached: int
    skipped_for_space: int


def file_sha256(path: Path) -> str:
    """The SHA-256 (hex) of a file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


class MaterialStore:
    """The material file cache of one data directory, used through one account's cache."""

    def __init__(
        self, db: CacheDatabase, client: ApiClient, directory: Path, *, capacity_bytes: int
    ) -> None:
        self._db = db
        self._client = client
        self._directory = directory
        self._capacity = capacity_bytes
        self._open_records: dict[str, int] = {}
        self._guard = Lock()
        self._locks: dict[str, Lock] = {}

    # ---- what the UI calls ----------------------------------------------------------------

    def open_record(self, record_id: str) -> None:
        """The record is shown: its files must not be evicted until ``close_record``."""
        with self._guard:
            self._open_records[record_id] = self._open_records.get(record_id, 0) + 1

    def close_record(self, record_id: str) -> None:
        """The record is no longer shown (balanced with ``open_record``)."""
        with self._guard:
            count = self._open_records.get(record_id, 0) - 1
            if count > 0:
                self._open_records[record_id] = count
            else:
                self._open_records.pop(record_id, None)

    def path(self, sha256: str) -> Path:
        """The verified local file of ``sha256``, downloaded (or re-downloaded) if needed."""
        sha256 = _checked(sha256)
        return self._ensure(sha256, {sha256})

    def _ensure(self, sha256: str, keep: set[str]) -> Path:
        with self._lock_for(sha256):
            final = self._final(sha256)
            if final.exists():
                if file_sha256(final) == sha256:
                    self._touch(sha256, final.stat().st_size)
                    return final
                self._forget(sha256)
            self._fetch(sha256)
            self._make_room(0, keep)
            return final

    def is_cached(self, sha256: str) -> bool:
        """Whether a verified copy is on disk (without checking its hash again)."""
        with self._db.read() as session:
            return session.get(CachedMaterial, _checked(sha256)) is not None

    def used_bytes(self) -> int:
        """Bytes of material files on disk, compared with the cap."""
        with self._db.read() as session:
            return int(session.scalar(select(func.coalesce(func.sum(CachedMaterial.size), 0))) or 0)

    def prefetch(
        self, levels: tuple[Level, ...], cancelled: Callable[[], bool] = lambda: False
    ) -> PrefetchReport:
        """Fetch the materials of the records waiting for ``levels``, oldest first, in the cap."""
        fetched = cached = skipped = 0
        wanted: set[str] = set()
        for sha256, size in self._queue_files(levels):
            if cancelled():
                break
            wanted.add(sha256)
            if self.is_cached(sha256):
                cached += 1
                continue
            if not self._make_room(size, wanted):
                skipped += 1
                break
            self._ensure(sha256, wanted)
            fetched += 1
        return PrefetchReport(fetched, cached, skipped)

    # ---- download -------------------------------------------------------------------------

    def _fetch(self, sha256: str) -> None:
        """Download (resuming after interruptions) until a complete file matches its hash.

        A part file left by an earlier interruption is resumed; if the joined file does not
        match (the part held damaged bytes, or bytes were damaged in transit) it is thrown
        away and fetched whole, at most ``FETCH_ATTEMPTS`` times.
        """
        part = self._final(sha256).with_suffix(".part")
        if part.exists() and file_sha256(part) == sha256:
            self._finish(sha256, part)
            return
        interruptions = mismatches = 0
        while True:
            try:
                self._download(sha256, part)
            except SyncError as error:
                if not error.transient or interruptions + 1 >= FETCH_ATTEMPTS:
                    raise
                self._client.pause_before_retry(interruptions)
                interruptions += 1
                continue
            if file_sha256(part) == sha256:
                self._finish(sha256, part)
                return
            part.unlink(missing_ok=True)
            mismatches += 1
            if mismatches >= FETCH_ATTEMPTS:
                raise MaterialCorrupt(_corrupt_message(sha256))

    def _finish(self, sha256: str, part: Path) -> None:
        size = part.stat().st_size
        part.replace(self._final(sha256))
        self._touch(sha256, size)

    def _download(self, sha256: str, part: Path) -> None:
        """Fetch the rest of ``part`` (all of it when there is none, or the server sends all)."""
        part.parent.mkdir(parents=True, exist_ok=True)
        offset = part.stat().st_size if part.exists() else 0
        try:
            response = self._client.open_material(sha256, offset)
        except ProblemResponse as problem:
            if problem.status != 416 or offset == 0:
                raise
            part.unlink(missing_ok=True)
            offset, response = 0, self._client.open_material(sha256, 0)
        with response:
            mode = "ab" if response.status_code == 206 and _resumes_at(response, offset) else "wb"
            try:
                with part.open(mode) as handle:
                    for chunk in response.iter_content(CHUNK_BYTES):
                        handle.write(chunk)
            except requests.exceptions.RequestException as error:
                raise describe_transport_error(error, self._client.host) from None

    # ---- bookkeeping ----------------------------------------------------------------------

    def _final(self, sha256: str) -> Path:
        return self._directory / sha256[:2] / sha256

    def _lock_for(self, sha256: str) -> Lock:
        with self._guard:
            return self._locks.setdefault(sha256, Lock())

    def _touch(self, sha256: str, size: int) -> None:
        with self._db.write() as session:
            tick = (
                int(
                    session.scalar(select(func.coalesce(func.max(CachedMaterial.last_used), 0)))
                    or 0
                )
                + 1
            )
            row = session.get(CachedMaterial, sha256)
            if row is None:
                session.add(CachedMaterial(sha256=sha256, size=size, last_used=tick))
            else:
                row.size, row.last_used = size, tick

    def _forget(self, sha256: str) -> None:
        self._final(sha256).unlink(missing_ok=True)
        with self._db.write() as session:
            row = session.get(CachedMaterial, sha256)
            if row is not None:
                session.delete(row)

    def _protected(self, session: Session, extra: Iterable[str]) -> set[str]:
        """Files of open records and of records with queued work, plus ``extra``."""
        with self._guard:
            records = set(self._open_records)
        records |= set(session.scalars(select(OutboxItem.record_id).distinct()))
        protected = set(extra)
        if records:
            statement = select(MaterialFile.sha256).where(MaterialFile.record_id.in_(records))
            protected |= {sha for sha in session.scalars(statement) if sha}
        return protected

    def _make_room(self, incoming: int, keep: Iterable[str]) -> bool:
        """Evict unprotected files, least recently used first, until ``incoming`` more fits."""
        with self._db.read() as session:
            protected = self._protected(session, keep)
            used = int(session.scalar(select(func.coalesce(func.sum(CachedMaterial.size), 0))) or 0)
            candidates = [
                (row.sha256, row.size)
                for row in session.scalars(
                    select(CachedMaterial).order_by(CachedMaterial.last_used)
                )
                if row.sha256 not in protected
            ]
        for sha256, size in candidates:
            if used + incoming <= self._capacity:
                break
            self._forget(sha256)
            used -= size
        return used + incoming <= self._capacity

    def _queue_files(self, levels: tuple[Level, ...]) -> list[tuple[str, int]]:
        """(sha256, size) of the materials of the queue's records, in queue order, once each."""
        with self._db.read() as session:
            order = {
                record_id: index
                for index, (_kind, record_id) in enumerate(review_queue(session, levels))
            }
            if not order:
                return []
            files = session.execute(
                select(MaterialFile.record_id, MaterialFile.sha256, MaterialFile.size).where(
                    MaterialFile.record_id.in_(list(order))
                )
            ).all()
        files.sort(key=lambda row: (order[row[0]], row[1] or ""))
        return list({sha: (sha, int(size or 0)) for _record, sha, size in files if sha}.values())


def _checked(sha256: str) -> str:
    value = sha256.strip().lower()
    if not _HEX64.fullmatch(value):
        raise ValueError(f"材料校验值“{sha256}”格式不正确（应为 64 位十六进制 SHA-256）。")
    return value


def _corrupt_message(sha256: str) -> str:
    return (
        f"材料文件 {sha256[:12]}… 下载了 {FETCH_ATTEMPTS} 次，内容都与校验值不符，"
        "为避免显示错误的材料已停止。请稍后重试或联系系统管理员。"
    )


def _resumes_at(response: object, offset: int) -> bool:
    """Whether a 206 answer's ``Content-Range`` starts exactly where our part file ends."""
    header = getattr(response, "headers", {}).get("Content-Range", "")
    match = _CONTENT_RANGE.fullmatch(header.strip())
    return bool(match) and int(match.group(1)) == offset
