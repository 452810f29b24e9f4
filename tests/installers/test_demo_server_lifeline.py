"""The demo server never outlives the desktop that started it, even one killed with SIGKILL
(``serve --exit-with-parent``, ``server.lifeline``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from desktop.demo_server import HEALTH_PATH, server_launcher
from server import cli as server_cli
from server import lifeline

REPO_ROOT = Path(__file__).resolve().parents[2]
EXIT_WITHIN_S = 15.0


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    """A demo data dir that already holds an account, so ``serve --demo`` skips generating
    the demo world and starts in seconds."""
    folder = tmp_path / "demo"
    admin = ["--account", "430000-1", "--name", "胡立辉", "--password", "Sha369@!#"]
    assert server_cli.main(["create-admin", "--data-dir", str(folder), *admin]) == 0
    return folder


def _alive(pid: int) -> bool:
    """Running and not a zombie (a container's pid 1 may never reap the orphan)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status


def _wait_gone(pid: int) -> float:
    started = time.monotonic()
    while _alive(pid) and time.monotonic() - started < EXIT_WITHIN_S:
        time.sleep(0.1)
    return time.monotonic() - started


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc, sends SIGKILL")
def test_a_sigkilled_desktop_takes_its_demo_server_down(demo_dir: Path) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-m", "tests.installers.lifeline_parent", str(demo_dir)],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert parent.stdout is not None
        pid_text, url = parent.stdout.readline().split()
        child = int(pid_text)
        assert requests.get(url + HEALTH_PATH, timeout=5).status_code == 200
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(10)
        waited = _wait_gone(child)
        assert not _alive(child), f"the demo server outlived its killed parent by {waited:.1f} s"
    finally:
        parent.kill()
        parent.wait(10)
    with pytest.raises(requests.RequestException):
        requests.get(url + HEALTH_PATH, timeout=2)


def _serve_until_ready(demo_dir: Path, *flags: str) -> subprocess.Popen[str]:
    """``reviewdesk-server serve`` on a free port with a pipe as stdin, once it is up."""
    server = subprocess.Popen(
        [*server_launcher(), "serve", *flags, "--data-dir", str(demo_dir), "--port", "0"],
        cwd=REPO_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert server.stdout is not None
    for line in server.stdout:
        if "Application startup complete" in line:
            break
    return server


def test_closing_its_stdin_stops_the_server_cleanly(demo_dir: Path) -> None:
    server = _serve_until_ready(demo_dir, "--exit-with-parent")
    assert server.stdin is not None and server.stdout is not None
    server.stdin.close()
    assert server.wait(EXIT_WITHIN_S) == 0
    assert "启动本服务的程序已退出，服务随之停止" in server.stdout.read()


def test_without_the_flag_the_server_ignores_its_stdin(demo_dir: Path) -> None:
    server = _serve_until_ready(demo_dir)
    assert server.stdin is not None
    try:
        server.stdin.close()
        with pytest.raises(subprocess.TimeoutExpired):
            server.wait(3)
    finally:
        server.terminate()
        server.wait(EXIT_WITHIN_S)


@pytest.mark.skipif(os.name == "nt", reason="opens a directory as a file descriptor")
def test_an_unreadable_stdin_leaves_the_server_running(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No pipe to watch (stdin cannot be read): say so and keep serving, never stop at once."""
    fd = os.open(tmp_path, os.O_RDONLY)  # reading a directory fails with EISDIR
    try:
        watcher = lifeline.exit_with_parent(fd)
        watcher.join(EXIT_WITHIN_S)
    finally:
        os.close(fd)
    assert not watcher.is_alive()
    assert "无法监视标准输入" in capsys.readouterr().err
