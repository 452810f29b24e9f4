"""A consistent backup of a running server: ``reviewdesk-server backup --to DIR [--cleanup]``.

What must be saved is the database and the material store (``docs/deploy.md``). The order is
what makes the pair consistent while uploads go on: the database is dumped **first** (one
snapshot: ``pg_dump``, or SQLite's online backup), then every file of the store that the
backup does not hold yet is copied. A file is on disk before the row naming it commits, so
every file the dump names is already there when the copy starts; files newer than the dump
are harmless extras. The copy only ever adds, so one copy of the store serves every dump kept
beside it. With ``cleanup`` the unused files are removed from the live store *after* the copy
(``server.materials.cleanup``), never before: a file a dump still names stays in the backup.

The backup folder holds ``server-<time>.dump`` (PostgreSQL, custom format for ``pg_restore``)
or ``server-<time>.sqlite3`` (a SQLite database file), and ``blobs/`` laid out as the store.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from server.materials.blobs import is_sha256
from server.settings import Settings


class BackupError(Exception):
    """The backup could not be made; the message says why, in Chinese."""


@dataclass(frozen=True)
class BackupReport:
    database_file: Path
    database_bytes: int
    files_copied: int
    bytes_copied: int
    files_present: int
    """Store files the backup already held from an earlier run."""

    def lines(self) -> list[str]:
        return [
            f"数据库已备份到 {self.database_file}（{self.database_bytes / 1_000_000:.1f} MB）",
            f"材料文件：新复制 {self.files_copied} 个（{self.bytes_copied / 1_000_000:.1f} MB），"
            f"已有 {self.files_present} 个",
        ]


def backup(
    settings: Settings, target: Path, now: datetime, *, pg_dump: str = "pg_dump"
) -> BackupReport:
    """Dump the database into ``target``, then add the store's new files to ``target/blobs``."""
    target.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    url = make_url(settings.resolved_database_url)
    if url.get_backend_name() == "sqlite":
        dump = target / f"server-{stamp}.sqlite3"
        _backup_sqlite(Path(url.database or ""), dump)
    else:
        dump = target / f"server-{stamp}.dump"
        _dump_postgres(url.set(drivername="postgresql"), dump, pg_dump)
    copied, size, present = _copy_store(settings.blob_dir, target / "blobs")
    return BackupReport(dump, dump.stat().st_size, copied, size, present)


def _backup_sqlite(source: Path, dump: Path) -> None:
    """SQLite's online backup: a consistent copy while the server keeps writing."""
    if not source.is_file():
        raise BackupError(f"找不到数据库文件 {source}")
    part = dump.with_name(dump.name + ".part")
    live = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(part)
        try:
            live.backup(copy)
        finally:
            copy.close()
    finally:
        live.close()
    os.replace(part, dump)


def _dump_postgres(url: URL, dump: Path, pg_dump: str) -> None:
    """``pg_dump`` in custom format; the password goes through the environment, not the
    command line (which every user of the machine can read)."""
    part = dump.with_name(dump.name + ".part")
    dbname = url._replace(password=None).render_as_string(hide_password=False)
    command = [pg_dump, "--format=custom", f"--file={part}", f"--dbname={dbname}"]
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    except FileNotFoundError as error:
        raise BackupError(
            f"找不到 pg_dump（{pg_dump}）：请安装与数据库同版本的 PostgreSQL 客户端，"
            "或用 --pg-dump 指定其路径"
        ) from error
    if done.returncode != 0:
        part.unlink(missing_ok=True)
        raise BackupError(f"pg_dump 未能备份数据库：{done.stderr.strip()}")
    os.replace(part, dump)


def _copy_store(store: Path, copy: Path) -> tuple[int, int, int]:
    """Copy the content files the backup lacks (add-only); returns (copied, bytes, present)."""
    copied = size = present = 0
    if not store.is_dir():
        return copied, size, present
    for folder in sorted(p for p in store.iterdir() if p.is_dir()):
        for path in sorted(folder.iterdir()):
            if not is_sha256(folder.name + path.name):
                continue  # partial writes (.incoming-*) are not content
            kept = copy / folder.name / path.name
            if kept.exists():
                present += 1
                continue
            kept.parent.mkdir(parents=True, exist_ok=True)
            part = kept.with_name(f".{path.name}.part")
            shutil.copyfile(path, part)
            os.replace(part, kept)
            copied += 1
            size += kept.stat().st_size
    return copied, size, present
