"""The local demo server a newcomer's first ``reviewdesk`` starts (SPEC §2).

With no server configured, the desktop runs ``reviewdesk-server serve --demo --records 3000`` as
a child process on 127.0.0.1 and logs in to it, so one command shows a working app full of
realistic data. The server's data directory lives in the per-user data dir
(``…/reviewdesk/demo-server``) and is reused: the server generates the demo world only when its
database is empty, so only the first start waits for the generation (about a minute).

The port is remembered beside the data and reused while it is free: the desktop's cache is one
file per server URL (``desktop.models.paths``), and a new port every run would mean a new cache
and a full sync every time.

From a source checkout the child is ``python -m server.cli``; a frozen build runs its own
executable with the hidden ``--demo-server-child`` argument (``desktop.app`` hands the rest to
``reviewdesk-server``).

The child must not outlive the desktop, even one killed outright (``kill -9``, Task Manager),
which skips every clean-up. So it is started with ``--exit-with-parent`` and a pipe as its
stdin that only this process holds: when the desktop dies, however, the operating system
closes the pipe, and the server sees end-of-file and shuts down (``server.lifeline``). Unlike
polling the parent's pid this works the same on Windows, and a recycled pid cannot fool it.

``start()`` blocks until ``/api/v1/health`` answers (or the child dies, or the caller cancels);
the desktop calls it off the UI thread. ``stop()`` ends the child on exit.

The demo accounts and their passwords are public by design (``demo-accounts.csv``); the login
window offers them in a dropdown. The default account is the county reviewer whose queue holds
the most records, read from the server's database file, so the first screen is a full queue.
"""

from __future__ import annotations

import contextlib
import csv
import os
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import requests

from core import regions
from core.vocab import Permission, RegionLevel

DEMO_RECORDS = 3000
HOST = "127.0.0.1"
HEALTH_PATH = "/api/v1/health"
ACCOUNTS_FILE = "demo-accounts.csv"
DATABASE_FILE = "server.sqlite3"
PORT_FILE = "desktop-port.txt"
LOG_FILE = "demo-server.log"
START_TIMEOUT_S = 900.0
POLL_S = 0.2
STOP_TIMEOUT_S = 10.0
LOG_TAIL_CHARS = 1500
DEMO_SERVER_CHILD = "--demo-server-child"

Cancelled = Callable[[], bool]


class DemoServerError(RuntimeError):
    """The demo server could not be started; the message says why (Chinese)."""


class DemoStartCancelled(DemoServerError):
    """The person closed the window while the demo server was starting."""


def default_demo_dir() -> Path:
    """``<user data dir>/reviewdesk/demo-server``."""
    return Path(platformdirs.user_data_dir("reviewdesk", appauthor=False)) / "demo-server"


@dataclass(frozen=True)
class DemoAccount:
    """One line of ``demo-accounts.csv``."""

    account_id: str
    password: str
    region_code: str
    region_name: str
    permissions: frozenset[Permission]

    @property
    def region_level(self) -> RegionLevel:
        return regions.level_of(self.region_code)

    @property
    def reviews(self) -> bool:
        return bool(self.permissions & {Permission.REVIEW, Permission.EXTERNAL_REVIEW})

    @property
    def permission_text(self) -> str:
        return "、".join(p.value for p in Permission if p in self.permissions)


def read_demo_accounts(path: Path) -> list[DemoAccount]:
    """The accounts of ``demo-accounts.csv`` (UTF-8 with BOM; region is "430121 湖南省…")."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [_account(row) for row in csv.DictReader(handle)]


def _account(row: dict[str, str]) -> DemoAccount:
    code, _, name = row["region"].partition(" ")
    granted = frozenset(
        Permission(part) for part in row["permissions"].replace(",", "、").split("、") if part
    )
    return DemoAccount(row["account"], row["password"], code, name, granted)


_QUEUE_SQL = """
SELECT region_code, COUNT(*) FROM applications
WHERE materials_uploaded_on IS NOT NULL AND platform_result = '同意' AND county_result IS NULL
GROUP BY region_code ORDER BY COUNT(*) DESC, region_code
"""


def county_queue_sizes(database: Path) -> list[tuple[str, int]]:
    """(county code, records waiting for county review), largest first, read-only."""
    uri = f"{database.resolve().as_uri()}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=30)) as connection:
        return [(str(code), int(count)) for code, count in connection.execute(_QUEUE_SQL)]


def pick_county_reviewer(
    accounts: Sequence[DemoAccount], queue_sizes: Sequence[tuple[str, int]]
) -> DemoAccount:
    """The 审核 account of the real county (not a 市辖区) with the largest county queue."""
    reviewers = {
        account.region_code: account
        for account in reversed(accounts)
        if Permission.REVIEW in account.permissions
        and account.region_level is RegionLevel.COUNTY
        and not _is_city_pseudo(account.region_code)
    }
    for code, _count in queue_sizes:
        if code in reviewers:
            return reviewers[code]
    if reviewers:
        return reviewers[min(reviewers)]
    raise DemoServerError("演示数据中没有县级审核账号，请删除演示数据目录后重新启动以重新生成。")


def _is_city_pseudo(code: str) -> bool:
    region = regions.find(code)
    return region is not None and region.is_city_pseudo


def server_launcher() -> list[str]:
    """How to run ``reviewdesk-server`` here (see the module docstring)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, DEMO_SERVER_CHILD]
    return [sys.executable, "-m", "server.cli"]


def _port_free(port: int) -> bool:
    """Whether the server could listen on ``port`` now.

    The probe sets SO_REUSEADDR like uvicorn does on POSIX, so connections of the previous
    run lingering in TIME_WAIT do not make the remembered port look taken (on Windows the
    option would let two listeners share a port, so it is left off there).
    """
    with socket.socket() as probe:
        if os.name != "nt":
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((HOST, port))
        except OSError:
            return False
    return True


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


class DemoServer:
    """The demo server child process; see the module docstring."""

    def __init__(
        self,
        data_dir: Path | None = None,
        *,
        records: int = DEMO_RECORDS,
        start_timeout_s: float = START_TIMEOUT_S,
    ) -> None:
        self.data_dir = data_dir or default_demo_dir()
        self.records = records
        self._start_timeout_s = start_timeout_s
        self._process: subprocess.Popen[bytes] | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def pid(self) -> int:
        """The child's process id (0 before it starts), for logs and diagnostics."""
        return self._process.pid if self._process is not None else 0

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def generated(self) -> bool:
        """True once the demo world exists (the next start does not generate it again)."""
        return (self.data_dir / ACCOUNTS_FILE).is_file()

    def start(self, cancelled: Cancelled = lambda: False) -> None:
        """Start the child and wait until it answers; raises ``DemoServerError``."""
        if self.running:
            return
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.port = self._choose_port()
        log = (self.data_dir / LOG_FILE).open("wb")
        try:
            self._process = subprocess.Popen(
                self._command(),
                stdin=subprocess.PIPE,
                stdout=log,
                stderr=subprocess.STDOUT,
                env={**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONUTF8": "1"},
            )
        finally:
            log.close()
        try:
            self._wait_healthy(cancelled)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """End the child (politely, then firmly)."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.stdin is not None:
            process.stdin.close()
        if process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(STOP_TIMEOUT_S)

    def accounts(self) -> list[DemoAccount]:
        return read_demo_accounts(self.data_dir / ACCOUNTS_FILE)

    def default_account(self) -> DemoAccount:
        """The county reviewer with the fullest queue (see the module docstring)."""
        sizes = county_queue_sizes(self.data_dir / DATABASE_FILE)
        return pick_county_reviewer(self.accounts(), sizes)

    def _command(self) -> list[str]:
        return [
            *server_launcher(),
            "serve",
            "--exit-with-parent",
            "--demo",
            "--records",
            str(self.records),
            "--data-dir",
            str(self.data_dir),
            "--host",
            HOST,
            "--port",
            str(self.port),
        ]

    def _choose_port(self) -> int:
        remembered = self.data_dir / PORT_FILE
        with contextlib.suppress(OSError, ValueError):
            port = int(remembered.read_text(encoding="ascii").strip())
            if 1024 <= port <= 65535 and _port_free(port):
                return port
        port = _free_port()
        remembered.write_text(str(port), encoding="ascii")
        return port

    def _wait_healthy(self, cancelled: Cancelled) -> None:
        deadline = time.monotonic() + self._start_timeout_s
        with requests.Session() as http:
            while time.monotonic() < deadline:
                if cancelled():
                    raise DemoStartCancelled("已取消启动演示服务器。")
                if self._process is None or self._process.poll() is not None:
                    raise DemoServerError(f"演示服务器启动失败：\n{self._log_tail()}")
                with contextlib.suppress(requests.RequestException):
                    if http.get(self.url + HEALTH_PATH, timeout=1).status_code == 200:
                        return
                time.sleep(POLL_S)
        raise DemoServerError(
            f"演示服务器在 {int(self._start_timeout_s)} 秒内没有就绪：\n{self._log_tail()}"
        )

    def _log_tail(self) -> str:
        try:
            text = (self.data_dir / LOG_FILE).read_bytes().decode("utf-8", errors="replace")
        except OSError:
            return ""
        return text[-LOG_TAIL_CHARS:].strip()
