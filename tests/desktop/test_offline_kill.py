"""SPEC §10 "Nothing lost": 1,000 decisions made with the server stopped, the client process
SIGKILLed in the middle of pushing them, restarted, the server restarted → the server holds
exactly 1,000 results, none twice, and the cache equals the server."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from keyring.backend import KeyringBackend
from sqlalchemy import func, select

from server.models import ReviewResult
from tests.desktop import server_world
from tests.desktop.helpers import cache_rows, open_context
from tests.desktop.live_server import LiveServer

REPO_ROOT = Path(__file__).resolve().parents[2]
DECISIONS = 1000


def _client(data_dir: Path, url: str, keyring_file: Path, *args: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "tests.desktop.client_process", str(data_dir), url]
    return subprocess.Popen(
        [*command, str(keyring_file), *args],
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )


def _finish(process: subprocess.Popen[str]) -> list[str]:
    output, _ = process.communicate(timeout=900)
    assert process.returncode == 0, output[-2000:]
    return output.splitlines()


def _kill_midway(process: subprocess.Popen[str], after: int) -> int:
    """SIGKILL the client once it reported ``after`` pushed items; returns the last reported."""
    assert process.stdout is not None
    pushed = 0
    for line in process.stdout:
        if line.startswith("pushed "):
            pushed = int(line.split()[1])
            if pushed >= after:
                os.kill(process.pid, signal.SIGKILL)
                break
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    return pushed


def test_thousand_offline_decisions_survive_a_killed_client_and_a_restarted_server(
    own_server: LiveServer, data_dir: Path, headless_keyring: KeyringBackend
) -> None:
    server_world.add_applications(own_server.db, server_world.COUNTY, DECISIONS)
    keyring_file = Path(headless_keyring.file_path)  # type: ignore[attr-defined]
    _finish(_client(data_dir, own_server.url, keyring_file, "login"))

    own_server.stop()
    review_ids = _finish(_client(data_dir, own_server.url, keyring_file, "decide", str(DECISIONS)))
    assert len(set(review_ids)) == DECISIONS
    assert server_world.submission_count(own_server.db) == 0

    own_server.start()
    kill_after = random.Random(7).randint(DECISIONS // 5, DECISIONS * 4 // 5)
    reported = _kill_midway(_client(data_dir, own_server.url, keyring_file, "sync"), kill_after)
    applied_before_restart = server_world.submission_count(own_server.db)
    assert reported <= applied_before_restart < DECISIONS

    own_server.restart()
    lines = _finish(_client(data_dir, own_server.url, keyring_file, "sync"))
    assert lines[-1] == "done True"

    counts = server_world.submissions_of(own_server.db, review_ids)
    assert counts == dict.fromkeys(review_ids, 1)
    assert server_world.submission_count(own_server.db) == DECISIONS
    with own_server.db.read() as session:
        results = session.scalar(select(func.count()).select_from(ReviewResult))
    assert results == DECISIONS
    context = open_context(data_dir, own_server.url, log_in=False)
    assert context.outbox.counts().total == 0
    assert cache_rows(context) == server_world.visible_rows(own_server.db)
