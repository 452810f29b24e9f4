"""Content-addressed material storage: ``<data_dir>/blobs/ab/cdef…`` and the ``blobs`` rows.

A file is named by its SHA-256, so storing the same PDF twice (two records, or a re-upload)
keeps one copy, and a name can never point at other content. A file is written to a temporary
name in its final folder, flushed to disk and renamed into place: a reader (or a crash) sees
either no file or the whole file, never a half-written one. Files are written before the
transaction that names them commits, and only after the transaction has claimed the content's
``blobs`` row (``claim_blob``); if that transaction fails, the file stays unnamed and harmless
(the next upload of the same content reuses it, ``server.materials.cleanup`` removes it).
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from server.models import Blob
from server.versioning import session_now

SHA256_PATTERN = re.compile(r"[0-9a-f]{64}")


def is_sha256(text: str) -> bool:
    """Whether ``text`` is a lower-case hex SHA-256, the only form the API uses."""
    return SHA256_PATTERN.fullmatch(text) is not None


class BlobStore:
    """The blob folder of one server."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, sha256: str) -> Path:
        """Where the content of ``sha256`` lives: two-character fan-out folder, then the rest."""
        if not is_sha256(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:]

    def has(self, sha256: str, size: int) -> bool:
        """Whether the content is on disk already (same size: a name implies the content)."""
        path = self.path_of(sha256)
        return path.is_file() and path.stat().st_size == size

    def put(self, sha256: str, data: bytes) -> None:
        """Store ``data`` under its SHA-256 (checked), atomically; a no-op when already there."""
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError("content does not match its SHA-256")
        if self.has(sha256, len(data)):
            return
        target = self.path_of(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".incoming-", dir=target.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _sync_directory(target.parent)


def _sync_directory(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


_INSERTS = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}
"""INSERT … ON CONFLICT of the two databases the server supports (``server.db``)."""


def _insert(session: Session, sha256: str, size: int) -> Any:
    values = {"sha256": sha256, "size": size, "created_at": session_now(session)}
    return _INSERTS[session.get_bind().dialect.name](Blob).values(values)


def claim_blob(session: Session, sha256: str, size: int) -> None:
    """Insert the ``blobs`` row, or lock it if it exists, before the file is looked at.

    Concurrent uploads of one PDF both succeed (the second waits for the first's commit), and
    the storage clean-up (``server.materials.cleanup``), which locks the row before deleting
    an unused file, can never delete a file an upload has just found and is about to use.
    """
    statement = _insert(session, sha256, size)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[Blob.sha256], set_={"size": statement.excluded.size}
        )
    )


def claim_unknown_blob(session: Session, sha256: str, size: int) -> bool:
    """Insert a placeholder row for content that has none; False when a row exists.

    The clean-up holds it while deleting a stray file, so an upload of the same content
    waits and then writes the file anew.
    """
    statement = _insert(session, sha256, size).on_conflict_do_nothing()
    return session.execute(statement.returning(Blob.sha256)).first() is not None
