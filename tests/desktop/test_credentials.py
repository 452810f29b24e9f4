"""Secrets stay in the OS keyring: the token never appears in any file the app writes, the
password is kept only when the person asks, and an ended session is renewed with it."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
from keyring.backends.fail import Keyring as FailKeyring

from core.vocab import Decision
from desktop.models import Application
from desktop.sync import credentials
from desktop.sync.credentials import SERVICE
from server.auth.sessions import end_all_sessions
from tests.desktop import server_world
from tests.desktop.helpers import OPINION, open_context
from tests.desktop.live_server import LiveServer


def _files_containing(folder: Path, needle: bytes) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file() and needle in path.read_bytes()]


def test_the_token_never_appears_in_any_file_the_app_writes(
    live_server: LiveServer, data_dir: Path
) -> None:
    _applicant, ids = server_world.add_applications(live_server.db, server_world.COUNTY, 3)
    sha = server_world.add_material(
        live_server.db, live_server.settings, ids[0], "申请表.pdf", os.urandom(4096)
    )
    context = open_context(data_dir, live_server.url)
    context.engine.sync()
    context.actions.decide("applications", ids[1], Decision.PASS, OPINION)
    context.engine.sync()
    context.materials.path(sha)
    stored = credentials.load_token(live_server.url, server_world.REVIEWER)
    assert stored is not None and stored.token == context.client.token
    context.db.dispose()

    written = [path for path in data_dir.rglob("*") if path.is_file()]
    assert any(path.suffix == ".sqlite3" for path in written)
    assert _files_containing(data_dir, stored.token.encode()) == []
    assert _files_containing(data_dir, server_world.PASSWORD.encode()) == []


def test_the_password_is_kept_only_when_asked(live_server: LiveServer, data_dir: Path) -> None:
    open_context(data_dir, live_server.url, remember=False)
    assert credentials.load_password(live_server.url, server_world.REVIEWER) is None

    open_context(data_dir, live_server.url, remember=True)
    assert (
        credentials.load_password(live_server.url, server_world.REVIEWER) == server_world.PASSWORD
    )

    open_context(data_dir, live_server.url, remember=False)
    assert credentials.load_password(live_server.url, server_world.REVIEWER) is None


def test_keys_are_per_server_and_account(live_server: LiveServer) -> None:
    token = credentials.StoredToken("t-1", server_world.now())
    credentials.save_token("HTTP://Example.org:8443/", "430121-1", token)

    assert credentials.load_token("http://example.org:8443", "430121-1") == token
    assert credentials.load_token("http://example.org:8444", "430121-1") is None
    assert credentials.load_token("http://example.org:8443", "430121-2") is None
    assert keyring.get_password(SERVICE, "token:http://example.org:8443|430121-1") is not None


def test_an_ended_session_is_renewed_with_the_remembered_password(
    live_server: LiveServer, data_dir: Path
) -> None:
    _applicant, ids = server_world.add_applications(live_server.db, server_world.COUNTY, 2)
    context = open_context(data_dir, live_server.url, remember=True)
    context.engine.sync()
    old_token = context.client.token
    with live_server.db.write() as session:
        end_all_sessions(session)
    queued = context.actions.decide("applications", ids[0], Decision.PASS, OPINION)

    outcome = context.engine.sync()

    assert outcome.ok and context.client.token != old_token
    assert server_world.submissions_of(live_server.db, [queued.review_id]) == {queued.review_id: 1}


def test_without_a_remembered_password_the_person_is_asked_and_nothing_is_lost(
    live_server: LiveServer, data_dir: Path
) -> None:
    _applicant, ids = server_world.add_applications(live_server.db, server_world.COUNTY, 2)
    context = open_context(data_dir, live_server.url, remember=False)
    context.engine.sync()
    with live_server.db.write() as session:
        end_all_sessions(session)
    queued = context.actions.decide("applications", ids[0], Decision.PASS, OPINION)

    outcome = context.engine.sync()

    assert not outcome.ok
    assert context.engine.status.needs_login
    assert "会话已结束" in context.engine.status.message
    assert context.outbox.counts().pending == 1

    context.log_in(server_world.PASSWORD)
    assert context.engine.sync().ok
    assert server_world.submissions_of(live_server.db, [queued.review_id]) == {queued.review_id: 1}


def test_without_a_usable_keyring_the_login_lives_in_memory_only(
    live_server: LiveServer, data_dir: Path
) -> None:
    _applicant, ids = server_world.add_applications(live_server.db, server_world.COUNTY, 1)
    working = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        context = open_context(data_dir, live_server.url, remember=True)
        context.engine.sync()
        problem = context.session.keyring_problem
        token = context.client.token
        with context.db.read() as session:
            cached = session.get(Application, ids[0])
        context.db.dispose()
    finally:
        keyring.set_keyring(working)

    assert token and cached is not None
    assert problem is not None and "系统密钥环" in problem and "重新输入密码" in problem
    assert credentials.load_token(live_server.url, server_world.REVIEWER) is None
    assert credentials.load_password(live_server.url, server_world.REVIEWER) is None
    assert _files_containing(data_dir, token.encode()) == []
    assert _files_containing(data_dir, server_world.PASSWORD.encode()) == []
