"""Desktop sync figures (SPEC §10): initial sync of N records, an incremental sync of 100
changes, and the latency of committing a decision locally.

The whole desktop stack is measured — ``SyncContext`` (API client, engine, cache file in WAL
mode with ``synchronous=FULL``) against the real server (uvicorn serving ``create_app`` over a
SQLite file) started in its own process on 127.0.0.1, as a server on another machine would be:
the client's parsing and cache writes overlap with the server's work instead of sharing one
interpreter with it. Baselines, measured in the same run:

* initial sync — one plain HTTP GET of as many bytes as the sync received, from the same
  server (a material blob of that size): the floor set by the network stack alone;
* incremental sync — a sync cycle with nothing to do (one empty page);
* decision commit — committing one tiny row to a SQLite file with the cache's pragmas: the
  fsync the durability costs, below which no decision can go.

Secrets go to an in-memory keyring for the run; the person's real keyring is never touched.
"""

from __future__ import annotations

import hashlib
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import keyring
import requests
from keyring.backend import KeyringBackend
from sqlalchemy import select

from bench.figures import BenchContext, Figure, benchmark, stopwatch
from core.vocab import Decision, Permission
from desktop.models.queries import review_queue
from desktop.sync.context import ContextOptions, SyncContext
from server.auth.passwords import Passwords
from server.auth.permissions import encode_permissions
from server.db import Database, open_database
from server.materials.blobs import BlobStore
from server.migrate import upgrade
from server.models import (
    Account,
    Applicant,
    Application,
    Blob,
    DeclarationStatus,
    MaterialFile,
    SubsidyYear,
)
from server.settings import Settings
from server.versioning import insert_synced

COUNTY = "430121"
ACCOUNT = f"{COUNTY}-9"
PASSWORD = "Sha369@!#"
PAGE = 5000
CHUNK = 5000
INCREMENTAL_CHANGES = 100
DECISIONS = 300
INITIAL_TARGET_S = 20.0
INCREMENTAL_TARGET_S = 0.3
COMMIT_TARGET_MS = 50.0
CHINA = ZoneInfo("Asia/Shanghai")
OPINION = "材料齐全、符合条件、同意上报。"

_SERVE = (
    "import sys, uvicorn\n"
    "from server.app import create_app\n"
    "from server.settings import Settings\n"
    "uvicorn.run(create_app(Settings.from_env()), host='127.0.0.1', port=int(sys.argv[1]),\n"
    "            log_level='warning', access_log=False)\n"
)


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything when the benchmark ends."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._secrets.pop((service, username), None)


# ---- the server's data ------------------------------------------------------------------------


def _today() -> date:
    return datetime.now(CHINA).date()


def _application(index: int, applicant_id: str, now: datetime) -> dict[str, Any]:
    """An application waiting for county review, every list column filled."""
    today = _today()
    return {
        "id": str(uuid.UUID(int=(1 << 64) + index)),
        "region_code": COUNTY,
        "year": today.year,
        "note": "",
        "created_on": today - timedelta(days=30),
        "created_at": now,
        "created_by": f"{COUNTY}-1",
        "updated_at": now,
        "applicant_id": applicant_id,
        "form_no": f"长沙（{today.year}）{index % 10000:04d}",
        "owners": "长沙畅达水运有限公司",
        "operator": "长沙畅达水运有限公司",
        "control_status": "自有",
        "licence_no": f"湘长XKA{index % 10000:04d}",
        "policy": "省",
        "project": "拆解",
        "area": "省内",
        "power_form": "燃油",
        "ship_type": "干货船",
        "ship_name": f"湘长沙货{index:06d}",
        "ship_id_no": f"CN2015{index:07d}",
        "port_of_registry": "长沙",
        "operation_cert_no": f"湘长沙SJ（2022）{index % 10000:04d}",
        "gross_tonnage": 345,
        "capacity": 600,
        "power_kw": "180.50",
        "built_date": date(2008, 5, 1),
        "application_date": today - timedelta(days=30),
        "deregistration_date": today - timedelta(days=40),
        "dismantle_start": None,
        "dismantle_finish": None,
        "refit_from_name": "",
        "estimate_amount": "37.26",
        "check_amount": None,
        "machine_amount": "37.26",
        "machine_formula": "0.1*345*1.5*0.72",
        "ship_age": "16.200",
        "materials_uploaded_on": today - timedelta(days=20),
        "platform_result": "同意",
        "platform_on": today - timedelta(days=19),
        "joint_review_problems": "",
    }


def _applicant(index: int, now: datetime) -> dict[str, Any]:
    return {
        "id": str(uuid.UUID(int=index + 1)),
        "region_code": COUNTY,
        "year": _today().year,
        "note": "",
        "created_on": _today() - timedelta(days=40),
        "created_at": now,
        "created_by": f"{COUNTY}-1",
        "updated_at": now,
        "name": "长沙畅达水运有限公司",
        "credit_code": "91430421MA4PDAW5XY",
        "address": "湖南省长沙市长沙县星沙街道1号",
        "applicant_type": "企业",
        "contact": "朱清明",
        "phone": "13974868888",
        "bank_name": "中国农业银行长沙县支行",
        "bank_account": "2324324242424342",
    }


def _settings(folder: Path) -> Settings:
    return Settings(
        data_dir=folder,
        maintenance_interval_minutes=0,
        sync_max_limit=PAGE,
        argon2_time_cost=1,
        argon2_memory_kib=8,
        argon2_parallelism=1,
    )


def _seed(db: Database, settings: Settings, records: int) -> None:
    """The year, an open window, the county reviewer and ``records`` applications."""
    now = datetime.now(UTC)
    today = _today()
    with db.write() as session:
        session.add(
            SubsidyYear(
                id=str(today.year),
                region_code="430000",
                year=today.year,
                pdf_limit_mb=20,
                zip_limit_mb=60,
                standards=[],
                materials=[],
                note="基准测试",
                created_at=now,
                created_by="430000-1",
            )
        )
        session.add(
            DeclarationStatus(
                region_code="430000",
                year=today.year,
                state="开放",
                ship_deadline=today + timedelta(days=30),
                cargo_deadline=today + timedelta(days=30),
                policy_scope="部省政策",
                check_ownership=True,
                check_inspection=True,
                note="基准测试开放申报",
                created_on=today,
                created_at=now,
                created_by="430000-1",
            )
        )
        session.add(
            Account(
                id=ACCOUNT,
                region_code=COUNTY,
                name="胡立辉",
                unit="长沙县交通运输局",
                department="水运管理办公室",
                permissions=encode_permissions({Permission.REVIEW, Permission.QUERY}),
                password_hash=Passwords(settings).hash(PASSWORD),
                active=True,
                created_at=now,
                login_count=0,
                failed_logins=0,
                session_epoch=1,
            )
        )
        applicants = [_applicant(index, now) for index in range(max(1, records // 20))]
        insert_synced(session, Applicant, applicants)
        for start in range(0, records, CHUNK):
            rows = [
                _application(index, applicants[index % len(applicants)]["id"], now)
                for index in range(start, min(start + CHUNK, records))
            ]
            insert_synced(session, Application, rows)


def _add_blob(db: Database, settings: Settings, size: int) -> str:
    """A material of ``size`` bytes the account may download (the plain-GET baseline)."""
    content = os.urandom(size)
    sha = hashlib.sha256(content).hexdigest()
    BlobStore(settings.blob_dir).put(sha, content)
    with db.write() as session:
        session.add(Blob(sha256=sha, size=size, created_at=datetime.now(UTC)))
        session.flush()
        session.add(
            MaterialFile(
                region_code=COUNTY,
                record_kind="拆建申请",
                record_id=str(uuid.UUID(int=(1 << 64))),
                stage="申请",
                name="基准.pdf",
                sha256=sha,
                size=size,
                uploaded_at=datetime.now(UTC),
            )
        )
    return sha


def _change(db: Database, count: int) -> None:
    """Another person's edits of ``count`` applications (new versions to pull)."""
    with db.write() as session:
        rows = session.scalars(
            select(Application).order_by(Application.version.desc()).limit(count)
        )
        for row in rows:
            row.note = "基准测试修改"
            row.updated_at = datetime.now(UTC)


# ---- the server process -----------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def _server(folder: Path) -> Iterator[str]:
    port = _free_port()
    environment = {
        **os.environ,
        "REVIEWDESK_DATA_DIR": str(folder),
        "REVIEWDESK_SYNC_MAX_LIMIT": str(PAGE),
        "REVIEWDESK_MAINTENANCE_INTERVAL_MINUTES": "0",
        "REVIEWDESK_ARGON2_TIME_COST": "1",
        "REVIEWDESK_ARGON2_MEMORY_KIB": "8",
        "REVIEWDESK_ARGON2_PARALLELISM": "1",
    }
    process = subprocess.Popen([sys.executable, "-c", _SERVE, str(port)], env=environment)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def _wait_ready(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("基准测试的服务器进程意外退出")
        try:
            if requests.get(f"{url}/api/v1/health", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            time.sleep(0.1)
    raise RuntimeError("基准测试的服务器未能启动")


@contextmanager
def _memory_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


# ---- measurements -----------------------------------------------------------------------------


def _plain_get_seconds(url: str, token: str, sha: str) -> float:
    with stopwatch() as elapsed:
        response = requests.get(
            f"{url}/api/v1/materials/{sha}",
            headers={"Authorization": f"Bearer {token}"},
            timeout=600,
        )
        response.raise_for_status()
        assert len(response.content) > 0
    return elapsed[0]


def _commit_floor_ms(folder: Path, samples: int) -> list[float]:
    """Latency of committing one tiny row with the cache's pragmas (WAL, synchronous=FULL)."""
    connection = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)")
    timings = []
    for index in range(samples):
        start = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO t (v) VALUES (?)", (f"决定{index}",))
        connection.execute("COMMIT")
        timings.append((time.perf_counter() - start) * 1000)
    connection.close()
    return timings


def _decision_ms(context: SyncContext, samples: int) -> list[float]:
    assert context.account is not None
    with context.db.read() as session:
        queue = review_queue(session, (context.account.review_level,))[:samples]
    timings = []
    for kind, record_id in queue:
        start = time.perf_counter()
        context.actions.decide(kind, record_id, Decision.PASS, OPINION)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


@benchmark("desktop_sync")
def desktop_sync(context: BenchContext) -> Iterator[Figure]:
    """Initial and incremental sync into a fresh cache, then local decision latency."""
    root = Path(context.workdir) / "desktop-sync"
    settings = _settings(root / "server")
    db = open_database(settings.resolved_database_url)
    upgrade(db.engine)
    _seed(db, settings, context.records)
    with _memory_keyring(), _server(root / "server") as url:
        client = SyncContext(root / "client", url, ACCOUNT, options=ContextOptions(page_size=PAGE))
        client.log_in(PASSWORD)
        with stopwatch() as initial:
            assert client.engine.sync().ok, client.engine.status.message
        received = client.client.bytes_received
        sha = _add_blob(db, settings, received)
        baseline = _plain_get_seconds(url, client.client.token or "", sha)
        yield Figure(
            f"desktop initial sync {context.records} records",
            initial[0],
            "s",
            INITIAL_TARGET_S,
            baseline,
        )
        assert client.engine.sync().ok
        with stopwatch() as idle:
            client.engine.sync()
        _change(db, INCREMENTAL_CHANGES)
        with stopwatch() as incremental:
            outcome = client.engine.sync()
        assert outcome.ok and outcome.pulled is not None
        assert outcome.pulled.rows >= INCREMENTAL_CHANGES
        yield Figure(
            f"desktop incremental sync {INCREMENTAL_CHANGES} changes",
            incremental[0],
            "s",
            INCREMENTAL_TARGET_S,
            idle[0],
        )
        decisions = _decision_ms(client, DECISIONS)
        floor = _commit_floor_ms(root, DECISIONS)
        yield Figure(
            "decision commit p50",
            statistics.median(decisions),
            "ms",
            COMMIT_TARGET_MS,
            statistics.median(floor),
        )
        yield Figure(
            "decision commit p99",
            _percentile(decisions, 0.99),
            "ms",
            COMMIT_TARGET_MS,
            _percentile(floor, 0.99),
        )
        client.close()
    db.dispose()
