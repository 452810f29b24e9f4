"""The demo server child process: start on a remembered port, the default account, stop."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from core.vocab import Permission, RegionLevel
from desktop.demo_server import (
    HEALTH_PATH,
    DemoAccount,
    DemoServer,
    DemoServerError,
    pick_county_reviewer,
)
from tests.ui.demo_fixtures import copy_world


def account(account_id: str, *permissions: Permission) -> DemoAccount:
    code = account_id.partition("-")[0]
    return DemoAccount(account_id, "Sha369@!#", code, code, frozenset(permissions))


def test_the_default_account_is_the_real_county_reviewer_with_the_fullest_queue() -> None:
    accounts = [
        account("430101-1", Permission.REVIEW),
        account("430121-2", Permission.REVIEW),
        account("430121-3", Permission.EDIT),
        account("430181-1", Permission.REVIEW, Permission.EDIT),
        account("430100-1", Permission.REVIEW),
    ]
    queues = [("430101", 40), ("430181", 12), ("430121", 9)]
    chosen = pick_county_reviewer(accounts, queues)
    assert chosen.account_id == "430181-1"
    assert chosen.region_level is RegionLevel.COUNTY
    assert pick_county_reviewer(accounts, []).account_id == "430121-2"
    with pytest.raises(DemoServerError):
        pick_county_reviewer([account("430100-1", Permission.REVIEW)], queues)


def test_demo_server_reuses_its_data_and_port_and_stops(
    demo_template: Path, tmp_path: Path
) -> None:
    folder = copy_world(demo_template, tmp_path / "demo")
    server = DemoServer(folder)
    assert server.generated
    server.start()
    try:
        first_port = server.port
        assert requests.get(server.url + HEALTH_PATH, timeout=5).status_code == 200
        default = server.default_account()
        assert Permission.REVIEW in default.permissions
        assert default.region_level is RegionLevel.COUNTY
    finally:
        server.stop()
    assert not server.running
    with pytest.raises(requests.RequestException):
        requests.get(server.url + HEALTH_PATH, timeout=2)
    again = DemoServer(folder)
    again.start()
    try:
        assert again.port == first_port
    finally:
        again.stop()


def test_a_server_that_cannot_start_says_why(tmp_path: Path) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "server.sqlite3").write_bytes(b"this is not a database")
    server = DemoServer(folder, start_timeout_s=60)
    with pytest.raises(DemoServerError, match="演示服务器启动失败"):
        server.start()
    assert not server.running
