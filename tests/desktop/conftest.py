"""Desktop test fixtures: a headless keyring, the live server, client data directories.

The keyring is keyrings.alt's plaintext backend, pointed at a file outside every client data
directory (so the "token never in our files" check can grep the data directory honestly) and
set for the test only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from tests.desktop import server_world
from tests.desktop.helpers import plaintext_keyring
from tests.desktop.live_server import LiveServer


@pytest.fixture(autouse=True)
def headless_keyring(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    backend = plaintext_keyring(tmp_path_factory.mktemp("keyring"))
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def started_server(folder: Path, *, applications: int = 5) -> tuple[LiveServer, server_world.World]:
    server = LiveServer(folder)
    world = server_world.seed(server.db, server.settings, applications=applications)
    server.start()
    return server, world


@pytest.fixture(scope="module")
def shared_server(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[LiveServer, server_world.World]]:
    """One server per test module; tests add their own records to it."""
    server, world = started_server(tmp_path_factory.mktemp("server"))
    try:
        yield server, world
    finally:
        server.close()


@pytest.fixture
def live_server(shared_server: tuple[LiveServer, server_world.World]) -> LiveServer:
    server, _world = shared_server
    if not server.running:
        server.start()
    return server


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[LiveServer]:
    """A server of the test's own (for tests that stop, restart or restore it)."""
    server, _world = started_server(tmp_path / "server")
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The client's data directory (where the app writes everything it writes)."""
    folder = tmp_path / "client"
    folder.mkdir()
    return folder
