"""Engines and session factories for the two supported databases.

SQLite (the one-machine default, SPEC §2) is opened in WAL mode with foreign keys enforced
and a busy timeout, and with transaction control taken from the driver so that write
transactions start with ``BEGIN IMMEDIATE``: a write then takes SQLite's single write lock
before it reads the row it is about to check, instead of failing with SQLITE_BUSY_SNAPSHOT
when it tries to upgrade a stale read snapshot. PostgreSQL (production) goes through psycopg 3
(``postgresql+psycopg://``); there writers serialise on row locks and on the version counter row
(see ``server.versioning``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from server.clock import Clock, system_clock

SQLITE_BUSY_TIMEOUT_MS = 15_000
_IMMEDIATE = "reviewdesk_begin_immediate"


@dataclass(frozen=True)
class Database:
    """One engine and the two session factories built on it.

    ``sessions`` is for reads and for work that needs no write lock up front; ``write_sessions``
    begins every transaction as a writer (``BEGIN IMMEDIATE`` on SQLite, a plain ``BEGIN`` on
    PostgreSQL, where row locks do that job).
    """

    engine: Engine
    sessions: sessionmaker[Session]
    write_sessions: sessionmaker[Session]

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reads: its transaction is rolled back when the block ends.

        Closing (not expiring) keeps the objects loaded in the block readable afterwards,
        detached from any session.
        """
        with self.sessions() as session:
            yield session

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A read-only Core connection whose statements all see one snapshot.

        PostgreSQL needs REPEATABLE READ for that (READ COMMITTED gives each statement its own);
        a SQLite read transaction in WAL mode is a snapshot from its first read on.
        """
        with self.engine.connect() as connection:
            if self.is_postgres:
                connection = connection.execution_options(
                    isolation_level="REPEATABLE READ", postgresql_readonly=True
                )
            with connection.begin() as transaction:
                yield connection
                transaction.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A writer transaction committed on success and rolled back on any exception."""
        with self.write_sessions.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, clock: Clock = system_clock, echo: bool = False) -> Database:
    """The engine for ``url`` and session factories whose version stamps use ``clock``."""
    engine = create_db_engine(url, echo=echo)
    info = {"clock": clock}
    sessions = sessionmaker(engine, expire_on_commit=False, info=info)
    writer_engine = engine.execution_options(**{_IMMEDIATE: True})
    write_sessions = sessionmaker(writer_engine, expire_on_commit=False, info=info)
    return Database(engine=engine, sessions=sessions, write_sessions=write_sessions)


def create_db_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine configured for the URL's backend (SQLite or PostgreSQL via psycopg 3)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url, echo=echo)
    if parsed.get_backend_name() == "postgresql":
        return create_engine(url, echo=echo, pool_pre_ping=True, pool_size=10, max_overflow=20)
    raise ValueError(f"不支持的数据库：{parsed.get_backend_name()}")


def _sqlite_engine(url: str, *, echo: bool) -> Engine:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _configure_sqlite_connection)
    event.listen(engine, "begin", _begin_sqlite_transaction)
    return engine


def _configure_sqlite_connection(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    """Pragmas every connection needs; the driver's own BEGIN handling is switched off."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _begin_sqlite_transaction(connection: Connection) -> None:
    """Emit BEGIN ourselves: IMMEDIATE for writer sessions, deferred for readers."""
    immediate = connection.get_execution_options().get(_IMMEDIATE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
