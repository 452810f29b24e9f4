"""Helpers shared by the desktop tests: building logged-in contexts and reading the cache."""

from __future__ import annotations

from pathlib import Path

from keyrings.alt.file import PlaintextKeyring
from sqlalchemy import select

from desktop.models import MIRRORS, STATE_ROW_ID, OtherRow, SyncState
from desktop.sync.api_client import Timeouts
from desktop.sync.clock import WallClock, system_now
from desktop.sync.context import ContextOptions, SyncContext
from desktop.sync.retry import Backoff
from tests.desktop.server_world import PASSWORD, REVIEWER

FAST_OPTIONS = ContextOptions(
    page_size=500,
    timeouts=Timeouts(connect=2.0, read=10.0),
    backoff=Backoff(base=0.01, cap=0.05, attempts=3),
)
"""Quick retries, so tests that cut the network do not sleep for real backoff times."""

OPINION = "材料齐全、符合条件、同意上报。"
RETURN_OPINION = "材料不全，请补正后重新上传。"


def plaintext_keyring(folder: Path) -> PlaintextKeyring:
    """keyrings.alt's plaintext backend, its file in ``folder`` (never a client data dir)."""
    backend = PlaintextKeyring()
    backend.file_path = str(folder / "keyring_pass.cfg")  # type: ignore[misc]
    return backend


def open_context(
    data_dir: Path,
    server_url: str,
    *,
    account_id: str = REVIEWER,
    options: ContextOptions = FAST_OPTIONS,
    wall_clock: WallClock = system_now,
    log_in: bool = True,
    remember: bool = False,
) -> SyncContext:
    """A context on ``data_dir``, logged in unless told otherwise."""
    context = SyncContext(data_dir, server_url, account_id, options=options, wall_clock=wall_clock)
    if log_in:
        context.log_in(PASSWORD, remember=remember)
    return context


def cache_rows(context: SyncContext) -> set[tuple[str, str, int]]:
    """(kind, id, version) of every cached row, mirrored tables and unknown kinds alike."""
    found: set[tuple[str, str, int]] = set()
    with context.db.read() as session:
        for kind, model in MIRRORS.items():
            table = model.__table__  # type: ignore[attr-defined]
            rows = session.execute(select(table.c.id, table.c.version))
            found |= {(kind, row_id, version) for row_id, version in rows}
        others = session.execute(select(OtherRow.kind, OtherRow.id, OtherRow.version))
        found |= {(kind, row_id, version) for kind, row_id, version in others}
    return found


def cache_row_count(context: SyncContext) -> int:
    """Rows stored (to check that no row is stored twice under one id)."""
    total = 0
    with context.db.read() as session:
        for model in MIRRORS.values():
            table = model.__table__  # type: ignore[attr-defined]
            total += len(session.execute(select(table.c.id)).all())
        total += len(session.execute(select(OtherRow.id)).all())
    return total


def cursor_of(context: SyncContext) -> int:
    """The stored sync cursor of the cache."""
    with context.db.read() as session:
        state = session.get(SyncState, STATE_ROW_ID)
        assert state is not None
        return state.cursor
