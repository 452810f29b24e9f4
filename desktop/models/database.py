"""Opening a cache file: engine, pragmas, session factories and schema migration.

SQLite in WAL mode lets the list views read while the sync worker writes. ``synchronous=FULL``
makes every committed decision survive a power cut, not only a crash (SPEC §8: "Nothing typed
is ever lost"); a commit costs one fsync, well inside the 50 ms a decision may take.

Two threads write (the UI thread records decisions, the sync worker applies pages and
answers), so every write transaction starts with ``BEGIN IMMEDIATE``: it waits for the write
lock up front (up to the busy timeout) instead of failing with SQLITE_BUSY when it tries to
upgrade a read snapshot that another writer has made stale.

Long streaming reads (a 100,000-row report export) go through a second engine, ``streaming``:
a connection of its own for each read (closed, and its memory given back, when the read
ends), read-only, a small page cache, and sorts that spill to a temporary file instead of
memory. The pooled connections keep a 32 MB page cache and in-memory sorts, which make lists
fast but would make an export's memory grow with its rows (an ``ORDER BY`` over every detail
row is sorted in memory); SPEC §10 wants that memory flat.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, NullPool

from desktop.models.migrate import upgrade

BUSY_TIMEOUT_MS = 15_000
STREAMING_CACHE_KIB = 2048
"""Page cache of a streaming read: enough for index pages, independent of the rows read."""
_IMMEDIATE = "reviewdesk_cache_begin_immediate"


@dataclass(frozen=True)
class CacheDatabase:
    """The engines of one cache file and the session factories on them."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    write_sessions: sessionmaker[Session]
    streaming: Engine
    """Read-only, for long reads whose memory must not grow with the rows (exports)."""

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; its transaction is rolled back, so it leaves no trace."""
        with self.sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction (``BEGIN IMMEDIATE``), committed on success, else rolled back."""
        with self.write_sessions.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
        self.streaming.dispose()


def open_cache(path: Path) -> CacheDatabase:
    """Open (creating or migrating as needed) the cache file at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{path.as_posix()}"
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    upgrade(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    writer = engine.execution_options(**{_IMMEDIATE: True})
    write_sessions = sessionmaker(writer, expire_on_commit=False)
    streaming = create_engine(url, connect_args={"check_same_thread": False}, poolclass=NullPool)
    event.listen(streaming, "connect", _configure_streaming)
    event.listen(streaming, "begin", _begin)
    return CacheDatabase(
        path=path,
        engine=engine,
        sessions=sessions,
        write_sessions=write_sessions,
        streaming=streaming,
    )


def _configure_connection(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    """Pragmas for every connection; the driver's own transaction handling is switched off."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA temp_store=MEMORY")
        cursor.execute("PRAGMA cache_size=-32000")
    finally:
        cursor.close()


def _configure_streaming(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    """Pragmas of a streaming read: read-only, small page cache, sorts spilled to a file."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA query_only=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA temp_store=FILE")
        cursor.execute(f"PRAGMA cache_size=-{STREAMING_CACHE_KIB}")
    finally:
        cursor.close()


def _begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get(_IMMEDIATE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
