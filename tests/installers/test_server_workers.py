"""``reviewdesk-server serve --workers N``: several processes on one PostgreSQL database, and a
clear refusal on SQLite (docs/deploy.md)."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import requests

from server import cli
from tests.pg import PgCluster
from tests.server.helpers import PASSWORD

REPO_ROOT = Path(__file__).resolve().parents[2]
WORKERS = 2
API = "/api/v1"
CHEAP_ARGON2 = {
    "REVIEWDESK_ARGON2_TIME_COST": "1",
    "REVIEWDESK_ARGON2_MEMORY_KIB": "8",
    "REVIEWDESK_ARGON2_PARALLELISM": "1",
}


def _refuse_to_serve(*_args: Any, **_kwargs: Any) -> None:
    raise AssertionError("the server must not start")


def test_several_workers_on_sqlite_are_refused_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli.uvicorn, "run", _refuse_to_serve)
    assert cli.main(["serve", "--workers", "3", "--data-dir", str(tmp_path)]) == cli.EXIT_INVALID
    error = capsys.readouterr().err
    assert "--workers 3 需要 PostgreSQL 数据库" in error
    assert "SQLite 只能用一个工作进程" in error


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _started_workers(server: subprocess.Popen[str]) -> list[int]:
    """Read the log until every worker has started; their process ids."""
    assert server.stdout is not None
    pids: list[int] = []
    ready = 0
    for line in server.stdout:
        pids += [int(pid) for pid in re.findall(r"Started server process \[(\d+)\]", line)]
        ready += "Application startup complete" in line
        if ready == WORKERS:
            return pids
    raise AssertionError(f"the server ended before {WORKERS} workers started")


def test_several_workers_serve_one_postgresql_database(
    pg_cluster: PgCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in CHEAP_ARGON2.items():
        monkeypatch.setenv(name, value)
    url = pg_cluster.url(pg_cluster.create_database())
    database = ["--database-url", url, "--data-dir", str(tmp_path)]
    assert cli.main(["migrate", *database]) == 0
    admin = ["--account", "430000-1", "--name", "胡立辉", "--password", PASSWORD]
    assert cli.main(["create-admin", *admin, *database]) == 0
    port = _free_port()
    serve = ["serve", "--workers", str(WORKERS), "--port", str(port)]
    server = subprocess.Popen(
        [sys.executable, "-m", "server.cli", *serve, *database],
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        pids = _started_workers(server)
        assert len(set(pids)) == WORKERS and server.pid not in pids
        base = f"http://127.0.0.1:{port}{API}"
        for _ in range(2 * WORKERS):
            login = requests.post(
                f"{base}/auth/login", json={"account": "430000-1", "password": PASSWORD}, timeout=30
            )
            assert login.status_code == 200, login.text
    finally:
        server.terminate()
        assert server.wait(60) == 0
