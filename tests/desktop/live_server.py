"""The real central API for desktop tests: uvicorn serving ``create_app`` on a free loopback port.

The server runs on its own thread in the test process (importing the server once keeps a
restart instant; a separate interpreter takes seconds to import it). Everything between the
desktop and the server is real: TCP, HTTP, the app, its SQLite database in the test's
temporary directory. The test opens the same database file through the server's own
``open_database`` to seed rows (the version hook stamps them like any server write) and to
check what the server holds. ``stop``/``start`` on the same port is "the server restarted".
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import requests
import uvicorn

from server.app import create_app
from server.db import Database, open_database
from server.migrate import upgrade
from server.settings import Settings

START_TIMEOUT_S = 30.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def server_settings(data_dir: Path) -> Settings:
    """Cheap argon2, no background maintenance, pages big enough for the bench."""
    return Settings(
        data_dir=data_dir,
        argon2_time_cost=1,
        argon2_memory_kib=8,
        argon2_parallelism=1,
        maintenance_interval_minutes=0,
        login_max_failures_per_ip=1000,
        sync_max_limit=5000,
    )


class LiveServer:
    """One server data directory, served by uvicorn until stopped; can be started again."""

    def __init__(self, data_dir: Path, port: int | None = None) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir = data_dir
        self.port = port or free_port()
        self.settings = server_settings(data_dir)
        self.db: Database = open_database(self.settings.resolved_database_url)
        upgrade(self.db.engine)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        config = uvicorn.Config(
            create_app(self.settings),
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            access_log=False,
            lifespan="on",
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        self._wait_ready()

    def stop(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is None or thread is None:
            return
        server.should_exit = True
        thread.join(timeout=30)

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        self.db.dispose()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._server is not None and self._server.started:
                try:
                    if requests.get(f"{self.url}/api/v1/health", timeout=2).status_code == 200:
                        return
                except requests.RequestException:
                    pass
            time.sleep(0.01)
        raise RuntimeError("server did not become ready")
