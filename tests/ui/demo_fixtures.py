"""Fixtures of the shell and list tests: a real server holding a generated demo world.

The world is generated once per run (``server.demo_load.load_demo``, the code behind
``reviewdesk-server serve --demo``) with cheap password hashing, then served by the sync tests'
``LiveServer`` (uvicorn on a free loopback port, in this process). Accounts of every level come
from its ``demo-accounts.csv``, as the login window offers them. Secrets go to keyrings.alt's
plaintext backend in a temporary folder (the sync tests' helper), never the person's keyring.

Test modules import the fixtures they use from here (``from tests.ui.demo_fixtures import …``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from core.vocab import Permission, RegionLevel
from desktop.context import AppContext, start_app_context
from desktop.demo_server import (
    DATABASE_FILE,
    DemoAccount,
    county_queue_sizes,
    pick_county_reviewer,
    read_demo_accounts,
)
from desktop.sync.context import SyncContext
from desktop.tasks import TaskRunner
from server.auth.passwords import Passwords
from server.demo_load import load_demo
from tests.desktop.helpers import FAST_OPTIONS, plaintext_keyring
from tests.desktop.live_server import LiveServer

DEMO_RECORDS = 600
QUIET_INTERVAL_MS = 3_600_000
"""Sync interval in tests: one cycle at start, then only when a test asks."""


@pytest.fixture(autouse=True)
def ui_keyring(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    backend = plaintext_keyring(tmp_path_factory.mktemp("keyring"))
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A server data directory holding a generated demo world (not served)."""
    folder = tmp_path_factory.mktemp("demo-template") / "server"
    server = LiveServer(folder)
    try:
        load_demo(
            server.db.write_sessions,
            folder,
            DEMO_RECORDS,
            passwords=Passwords(server.settings),
            in_process=True,
        )
    finally:
        server.close()
    return folder


def copy_world(template: Path, target: Path) -> Path:
    """A private copy of the demo world's data directory."""
    shutil.copytree(template, target)
    return target


@pytest.fixture(scope="session")
def demo_live(
    demo_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """The demo world served on 127.0.0.1 for the whole run."""
    folder = copy_world(demo_template, tmp_path_factory.mktemp("demo-live") / "server")
    server = LiveServer(folder)
    server.start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="session")
def demo_accounts(demo_live: LiveServer) -> list[DemoAccount]:
    return read_demo_accounts(demo_live.data_dir / "demo-accounts.csv")


@pytest.fixture(scope="session")
def county_reviewer(demo_live: LiveServer, demo_accounts: list[DemoAccount]) -> DemoAccount:
    sizes = county_queue_sizes(demo_live.data_dir / DATABASE_FILE)
    return pick_county_reviewer(demo_accounts, sizes)


def find_account(
    accounts: list[DemoAccount], level: RegionLevel, *needed: Permission
) -> DemoAccount:
    """The first account of ``level`` holding every permission in ``needed``."""
    for account in accounts:
        if account.region_level is level and set(needed) <= account.permissions:
            return account
    raise LookupError(f"no {level} account with {needed}")


ContextFactory = Callable[[DemoAccount], AppContext]


@pytest.fixture
def app_context(qapp: object, demo_live: LiveServer, tmp_path: Path) -> Iterator[ContextFactory]:
    """Log an account in, sync its cache once, and give its running ``AppContext``."""
    opened: list[AppContext] = []
    tasks = TaskRunner()

    def open_for(account: DemoAccount) -> AppContext:
        data_dir = tmp_path / f"client-{account.account_id}"
        sync = SyncContext(data_dir, demo_live.url, account.account_id, options=FAST_OPTIONS)
        info = sync.log_in(account.password)
        outcome = sync.engine.sync()
        assert outcome.ok, sync.engine.status.message
        context = start_app_context(sync, info, data_dir, tasks, interval_ms=QUIET_INTERVAL_MS)
        opened.append(context)
        return context

    try:
        yield open_for
    finally:
        for context in opened:
            context.close()
        tasks.wait()
