"""Load the generated demo world into an empty, migrated server database.

``reviewdesk-server serve --demo [--records N]`` calls ``load_demo``; ``python -m demo`` does
the same without serving. The world (``demo.world``) arrives as batches of plain rows; they go
in with Core inserts — synced tables through ``server.versioning.insert_synced``, which stamps
each row with its own version from the one counter, the only sanctioned bulk path — in chunks,
so 100,000 applications never become ORM objects. Everything is inserted in one transaction:
a load either completes or leaves the database empty, never half a world.

Three kinds of work overlap, because the machine the demo runs on has two cores and 100,000
records must load in under three minutes:

* a large world is generated in a second process while this one inserts the batches it sends;
* the demo passwords are hashed in a thread from the start (argon2 releases the GIL and is slow
  on purpose), each distinct password once, the hash reused for every account of its role;
* blob files are written by another thread while the rows go in.

Material contents go to the blob store's layout (``server.materials.blobs``) before the rows
naming them commit. They are written without the store's per-file fsync: the store pays two
fsyncs a file so an upload survives a power cut, which for tens of thousands of generated PDFs
would cost minutes, while demo data lost in a crash is simply generated again. Each file is
still written under a temporary name and renamed into place, so a reader never sees half a
file. The accounts CSV, the registry CSVs and the demo zips are written beside the database once
the transaction has committed.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from demo.accounts import DEMO_PASSWORDS
from demo.config import WorldConfig
from demo.world import Batch, generate
from server.auth.passwords import Passwords
from server.materials.blobs import BlobStore
from server.models import Base, Synced
from server.settings import Settings
from server.versioning import insert_synced

CHUNK_ROWS = 5000
"""Rows per INSERT statement: large enough to amortise, small enough to bound memory."""
PARALLEL_FROM_RECORDS = 5000
"""Worlds this large are generated in a second process; smaller ones are not worth its start."""
QUEUED_BATCHES = 3
"""Batches the generating process may run ahead of the inserts (bounds the memory in flight)."""
WORKER_POLL_SECONDS = 5.0
BULK_CACHE_KIB = 256 * 1024
"""SQLite page cache while loading: a million material rows keep their indexes in memory."""

PasswordHashes = Callable[[], Mapping[str, str]]
"""Blocks until every demo password is hashed; then password → hash."""


class DemoGenerationError(RuntimeError):
    """The generating process failed; the message carries its traceback."""


@dataclass(frozen=True)
class _Failed:
    """What the generating process sends instead of a batch when it fails."""

    details: str


@dataclass(frozen=True)
class _Packed:
    """A batch as it crosses the process boundary: each table's column names once and its
    rows as tuples. Pickling a million dicts repeats every key in every row and costs three
    times as long on both sides."""

    tables: tuple[tuple[str, tuple[str, ...], list[tuple[Any, ...]]], ...]
    blobs: dict[str, bytes]
    files: dict[str, bytes]
    passwords: dict[str, str]


def _pack(batch: Batch) -> _Packed:
    """The compact form of a batch; every row of a table must have exactly its columns."""
    tables = []
    for table, rows in batch.tables():
        columns = tuple(rows[0])
        pick = itemgetter(*columns)
        if any(len(row) != len(columns) for row in rows):
            raise ValueError(f"{table} 的行列名不一致，无法批量插入")
        values = [pick(row) for row in rows] if len(columns) > 1 else [(pick(r),) for r in rows]
        tables.append((table, columns, values))
    return _Packed(tuple(tables), batch.blobs, batch.files, batch.passwords)


def _unpack(packed: _Packed) -> Batch:
    batch = Batch(blobs=packed.blobs, files=packed.files, passwords=packed.passwords)
    for table, columns, values in packed.tables:
        batch.add(table, [dict(zip(columns, row, strict=True)) for row in values])
    return batch


def _models() -> dict[str, type[Any]]:
    """Mapped classes by table name."""
    return {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers}


def _insert(session: Session, model: type[Any], rows: list[dict[str, Any]]) -> None:
    """Insert rows in chunks; synced tables get their versions from ``insert_synced``."""
    for start in range(0, len(rows), CHUNK_ROWS):
        chunk = rows[start : start + CHUNK_ROWS]
        if issubclass(model, Synced):
            insert_synced(session, model, chunk)
        else:
            table: Table = model.__table__
            session.connection().execute(insert(table), chunk)


def store_blob(store: BlobStore, sha256: str, content: bytes) -> None:
    """Put generated content at its content address (see the module docstring: no fsync)."""
    if store.has(sha256, len(content)):
        return
    path = store.path_of(sha256)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".incoming-{path.name}")
    partial.write_bytes(content)
    os.replace(partial, path)


def _store_all(store: BlobStore, blobs: Mapping[str, bytes]) -> None:
    for sha256, content in blobs.items():
        store_blob(store, sha256, content)


def _with_hashes(
    rows: list[dict[str, Any]], passwords: Mapping[str, str], hashes: PasswordHashes
) -> list[dict[str, Any]]:
    """Account rows with the hash of their demo password."""
    hashed = hashes()
    return [{**row, "password_hash": hashed[passwords[row["id"]]]} for row in rows]


def insert_world(
    session: Session, batches: Iterable[Batch], store: BlobStore, hashes: PasswordHashes
) -> tuple[Counter[str], dict[str, bytes]]:
    """Insert every batch; returns row counts and the files to write.

    Blob files are written by a second thread while the rows go in (file writes release the
    GIL, so the disk and the inserts overlap); every file is on disk before this returns, so
    before the transaction naming them commits.
    """
    models = _models()
    counts: Counter[str] = Counter()
    files: dict[str, bytes] = {}
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-blobs") as writer:
        written = []
        for batch in batches:
            written.append(writer.submit(_store_all, store, batch.blobs))
            for table, rows in batch.tables():
                if table == "accounts":
                    rows = _with_hashes(rows, batch.passwords, hashes)
                _insert(session, models[table], rows)
                counts[table] += len(rows)
            files.update(batch.files)
        for future in written:
            future.result()
    return counts, files


def _produce(config: WorldConfig, out: Any) -> None:
    """The generating process: every batch into the queue, then None (or the failure)."""
    try:
        for batch in generate(config):
            out.put(_pack(batch))
        out.put(None)
    except BaseException:
        out.put(_Failed(traceback.format_exc()))
        raise


def _process_context() -> Any:
    """fork on Linux (no re-import, so callers need no ``__main__`` guard); spawn elsewhere,
    where fork is unavailable (Windows) or unsafe with system frameworks (macOS)."""
    return multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")


def generated_elsewhere(config: WorldConfig) -> Generator[Batch, None, None]:
    """The world's batches, generated in a second process started right now.

    Start it before any other thread of this process: a fork copies only the calling thread,
    and a lock held by another thread at that moment would stay locked in the child.
    """
    context = _process_context()
    channel = context.Queue(maxsize=QUEUED_BATCHES)
    worker = context.Process(target=_produce, args=(config, channel), name="demo-world")
    worker.start()
    return _received(worker, channel)


def _received(worker: Any, channel: Any) -> Generator[Batch, None, None]:
    """Batches as the worker sends them; its failure or death is raised here, and the worker
    is stopped if the consumer gives up early."""
    try:
        while True:
            try:
                item = channel.get(timeout=WORKER_POLL_SECONDS)
            except queue.Empty:
                if not worker.is_alive():
                    raise DemoGenerationError(
                        f"演示数据生成进程意外退出（退出码 {worker.exitcode}）"
                    ) from None
                continue
            if item is None:
                break
            if isinstance(item, _Failed):
                raise DemoGenerationError(f"演示数据生成失败：\n{item.details}")
            yield _unpack(item)
        worker.join()
    finally:
        if worker.is_alive():
            worker.terminate()
            worker.join()
        channel.close()


@contextmanager
def _bulk_cache(session: Session) -> Iterator[None]:
    """A large SQLite page cache for the load, the connection's own size restored after."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(previous)}")


def _write_files(data_dir: Path, files: Mapping[str, bytes]) -> None:
    """Files the world puts beside the database (accounts CSV, registries, demo zips)."""
    for relative, content in files.items():
        path = data_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)


def _hash_each(passwords: Passwords, plain: Iterable[str]) -> dict[str, str]:
    return {password: passwords.hash(password) for password in sorted(plain)}


def load_demo(
    session_factory: Callable[[], Session],
    data_dir: Path,
    records: int,
    seed: int = 2024,
    *,
    passwords: Passwords | None = None,
    today: date | None = None,
    in_process: bool | None = None,
) -> Counter[str]:
    """Generate the demo world of ``records`` applications into an empty database.

    ``passwords`` hashes the demo passwords (default: the costs of the environment's settings);
    ``today`` places the open declaration status (default: today); ``in_process`` forces
    (True) or forbids (False) generating in this process (default: a second process for
    worlds of ``PARALLEL_FROM_RECORDS`` or more). Returns the rows inserted per table.
    """
    config = WorldConfig(records=records, seed=seed, today=today or date.today())
    hasher = passwords or Passwords(Settings.from_env())
    store = BlobStore(data_dir / "blobs")
    separate = records >= PARALLEL_FROM_RECORDS if in_process is None else not in_process
    batches = generated_elsewhere(config) if separate else generate(config)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-passwords") as hashing:
        hashed = hashing.submit(_hash_each, hasher, DEMO_PASSWORDS)
        with (
            closing(batches),
            session_factory() as session,
            session.begin(),
            _bulk_cache(session),
        ):
            counts, files = insert_world(session, batches, store, hashed.result)
    _write_files(data_dir, files)
    return counts
