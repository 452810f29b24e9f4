"""A throwaway PostgreSQL cluster for tests: initdb into a temporary directory, start it on a
free port of 127.0.0.1 with its unix socket in that directory, create databases, stop and
remove everything at the end.

PostgreSQL refuses to run as root, so when the tests run as root (CI containers) every
server binary runs as the ``postgres`` user, and the directory is handed to that user. Server
and desktop tests share this module through the ``pg_cluster`` fixture of ``tests/conftest.py``.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg

SERVER_USER = "postgres"
_SEARCH_GLOBS = (
    "/usr/lib/postgresql/*/bin",
    "/usr/local/pgsql/bin",
    "/opt/homebrew/opt/postgresql*/bin",
)
_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def find_pg_bin() -> Path | None:
    """The directory holding ``initdb``/``pg_ctl``: $REVIEWDESK_PG_BIN, PATH, or a known place."""
    configured = os.environ.get("REVIEWDESK_PG_BIN")
    if configured:
        return Path(configured) if (Path(configured) / "initdb").exists() else None
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    candidates = sorted(
        (path for pattern in _SEARCH_GLOBS for path in Path("/").glob(pattern.lstrip("/"))),
        key=lambda path: _major_version(path),
    )
    found = [path for path in candidates if (path / "initdb").exists()]
    return found[-1] if found else None


def _major_version(bin_dir: Path) -> int:
    match = re.search(r"(\d+)", bin_dir.parent.name)
    return int(match.group(1)) if match else 0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PgCluster:
    """A running cluster; ``url(name)`` is the SQLAlchemy URL of one of its databases."""

    bin_dir: Path
    root: Path
    port: int
    run_as: str | None

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SERVER_USER}@127.0.0.1:{self.port}/{database}"

    def _admin(self) -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=SERVER_USER, dbname="postgres", autocommit=True
        )

    def create_database(self, name: str | None = None) -> str:
        """Create an empty database (a fresh random name unless given) and return its name."""
        name = name or f"test_{uuid.uuid4().hex[:12]}"
        if not _NAME.fullmatch(name):
            raise ValueError(f"invalid database name {name!r}")
        with self._admin() as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        if not _NAME.fullmatch(name):
            raise ValueError(f"invalid database name {name!r}")
        with self._admin() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        """Stop the server (immediately: its data is thrown away) and remove its directory."""
        try:
            _run(self, "pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def _run(cluster: PgCluster, program: str, *args: str) -> None:
    subprocess.run(
        [str(cluster.bin_dir / program), *args],
        check=True,
        capture_output=True,
        user=cluster.run_as,
        cwd=cluster.root,
    )


def _prepare_root(run_as: str | None) -> Path:
    root = Path(tempfile.mkdtemp(prefix="reviewdesk-pg-"))
    (root / "socket").mkdir()
    if run_as is not None:
        account = pwd.getpwnam(run_as)
        for path in (root, root / "socket"):
            os.chown(path, account.pw_uid, account.pw_gid)
    return root


def start_cluster(bin_dir: Path) -> PgCluster:
    """initdb and start a new cluster; RuntimeError with the server's log on failure."""
    run_as = SERVER_USER if os.geteuid() == 0 else None
    root = _prepare_root(run_as)
    cluster = PgCluster(bin_dir=bin_dir, root=root, port=_free_port(), run_as=run_as)
    options = " ".join(
        (
            "-c listen_addresses=127.0.0.1",
            f"-p {cluster.port}",
            f"-c unix_socket_directories={cluster.socket_dir}",
            "-c fsync=off",
            "-c synchronous_commit=off",
            "-c full_page_writes=off",
            "-c max_connections=200",
        )
    )
    try:
        _run(
            cluster,
            "initdb",
            "-D",
            str(cluster.data_dir),
            "-U",
            SERVER_USER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )
        _run(
            cluster,
            "pg_ctl",
            "-D",
            str(cluster.data_dir),
            "-o",
            options,
            "-l",
            str(root / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )
    except subprocess.CalledProcessError as error:
        log = root / "server.log"
        details = (error.stderr or b"").decode(errors="replace")
        if log.exists():
            details += log.read_text(errors="replace")
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL test cluster failed to start:\n{details}") from error
    return cluster
