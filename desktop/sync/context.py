"""Wiring: everything that syncs one account on one server, built from a data directory.

``SyncContext.open`` opens (or creates) the account's cache file and builds the clock (with the
offset remembered from the last session, so dates are right offline), the API client, the
session keeper, the engine, the outbox views and the material store. The app keeps one
context per logged-in account; tests build them the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.models import STATE_ROW_ID, SyncState
from desktop.models.database import CacheDatabase, open_cache
from desktop.models.paths import cache_path, default_data_dir, materials_dir
from desktop.sync.account import AccountInfo
from desktop.sync.api_client import DEFAULT_BACKOFF, DEFAULT_TIMEOUTS, ApiClient, Timeouts
from desktop.sync.clock import ServerClock, WallClock, system_now
from desktop.sync.engine import SyncEngine
from desktop.sync.local_actions import LocalActions
from desktop.sync.materials import DEFAULT_CACHE_BYTES, MaterialStore
from desktop.sync.outbox_queue import OutboxQueue
from desktop.sync.retry import Backoff
from desktop.sync.session_keeper import SessionKeeper
from desktop.sync.state_store import bind_cache, stored_account


@dataclass(frozen=True)
class ContextOptions:
    """Tunables; the defaults suit a workstation on a county office's network."""

    page_size: int = 2000
    timeouts: Timeouts = DEFAULT_TIMEOUTS
    backoff: Backoff = DEFAULT_BACKOFF
    material_cache_bytes: int = DEFAULT_CACHE_BYTES
    ca_bundle: str | None = None


DEFAULT_OPTIONS = ContextOptions()


class SyncContext:
    """The cache, client, engine and views of one account on one server."""

    def __init__(
        self,
        data_dir: Path | None,
        server_url: str,
        account_id: str,
        *,
        options: ContextOptions = DEFAULT_OPTIONS,
        wall_clock: WallClock = system_now,
    ) -> None:
        """``data_dir`` None means the per-user data directory (``platformdirs``, "reviewdesk")."""
        data_dir = data_dir or default_data_dir()
        self.server_url = server_url
        self.account_id = account_id
        self.db: CacheDatabase = open_cache(cache_path(data_dir, server_url, account_id))
        self.clock = ServerClock(wall_clock, self._stored_offset())
        self.client = ApiClient(
            server_url,
            clock=self.clock,
            timeouts=options.timeouts,
            backoff=options.backoff,
            ca_bundle=options.ca_bundle,
        )
        self.session = SessionKeeper(self.client, server_url, account_id)
        self.engine = SyncEngine(self.db, self.client, self.session, page_size=options.page_size)
        self.outbox = OutboxQueue(self.db, self.clock)
        self.downloads = self.client.sibling()
        self.materials = MaterialStore(
            self.db,
            self.downloads,
            materials_dir(data_dir),
            capacity_bytes=options.material_cache_bytes,
        )
        self.account: AccountInfo | None = stored_account(self.db)

    def log_in(self, password: str, *, remember: bool = False) -> AccountInfo:
        """Log in, bind the cache to the account and keep the account for offline use."""
        account = self.session.log_in(password, remember=remember)
        bind_cache(self.db, self.server_url, account)
        self.account = account
        return account

    @property
    def actions(self) -> LocalActions:
        """Local writes of the logged-in (or last logged-in) account."""
        if self.account is None:
            raise RuntimeError("尚未登录：请先登录一次，之后可离线审核。")
        return LocalActions(self.db, self.account, self.clock)

    def close(self) -> None:
        """Close the connections and the cache file."""
        self.client.close()
        self.downloads.close()
        self.db.dispose()

    def _stored_offset(self) -> float:
        with self.db.read() as session:
            state = session.get(SyncState, STATE_ROW_ID)
            return 0.0 if state is None else float(state.clock_offset_seconds)
