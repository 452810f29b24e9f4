"""What every view of the logged-in session needs, in one small object (``AppContext``).

The main window builds one after login and hands it to each view it composes — the lists,
the review workspace, the forms, the conflicts view — so no view reaches for globals or builds
its own database connection. The fields are stable: colleagues' views import this class.

The database and network objects come from ``desktop.sync.context.SyncContext`` (the sync
colleague's wiring of one account on one server); this class adds what the UI needs around
it: the Qt sync thread, the task runner for off-UI-thread work and a change hub so that a
decision made in one window refreshes the lists in another (Anki's ``CollectionOp`` hook).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.models.database import CacheDatabase
from desktop.sync.account import AccountInfo
from desktop.sync.api_client import ApiClient
from desktop.sync.context import SyncContext
from desktop.sync.engine import SyncEngine
from desktop.sync.local_actions import LocalActions
from desktop.sync.materials import MaterialStore
from desktop.sync.outbox_queue import OutboxQueue
from desktop.tasks import TaskRunner
from desktop.workers import DEFAULT_INTERVAL_MS, SyncThread, SyncWorker

SETTINGS_FILE = "desktop.ini"


class ChangeHub(QObject):
    """Tells every open view that cached rows changed, so each refreshes itself.

    ``records_changed(kind, ids)``: rows of table ``kind`` changed locally (a decision, an
    edit) — ``ids`` empty means "any row of that kind". ``synced()``: a sync cycle committed
    pulled rows; lists re-run their query. Emit on the UI thread.
    """

    records_changed = Signal(str, list)
    synced = Signal()

    def notify(self, kind: str, ids: Iterable[str] = ()) -> None:
        self.records_changed.emit(kind, list(ids))


@dataclass(eq=False)
class AppContext:
    """The logged-in session: cache, sync, client, account, data dir and task runner.

    - ``sync``: the account's ``SyncContext`` (cache database, API client, engine, outbox,
      material store); the properties below are shortcuts into it.
    - ``sync_thread``: the engine on its own ``QThread``; ``request_sync()`` after a local
      action, its ``status_changed`` signal feeds the status bar.
    - ``account``: who is logged in (id, region, level, permissions).
    - ``data_dir``: the per-user data directory (caches, materials, saved settings).
    - ``tasks``: run database reads and long jobs off the UI thread.
    - ``changes``: the change hub every view listens to.
    """

    sync: SyncContext
    sync_thread: SyncThread
    account: AccountInfo
    data_dir: Path
    tasks: TaskRunner
    changes: ChangeHub

    @property
    def server_url(self) -> str:
        return self.sync.server_url

    @property
    def db(self) -> CacheDatabase:
        """The cache: ``db.read()`` / ``db.write()`` sessions — only ever off the UI thread."""
        return self.sync.db

    @property
    def client(self) -> ApiClient:
        return self.sync.client

    @property
    def engine(self) -> SyncEngine:
        return self.sync.engine

    @property
    def outbox(self) -> OutboxQueue:
        return self.sync.outbox

    @property
    def materials(self) -> MaterialStore:
        return self.sync.materials

    @property
    def actions(self) -> LocalActions:
        """Local decisions and edits (cache + outbox in one transaction)."""
        return self.sync.actions

    def record_changed(self, kind: str, ids: Iterable[str] = ()) -> None:
        """After a local action: refresh the views and push soon."""
        self.engine.refresh()
        self.changes.notify(kind, ids)
        self.sync_thread.request_sync()

    def settings_path(self) -> Path:
        """The desktop's own settings file (saved queries, window layout), an INI file."""
        return self.data_dir / SETTINGS_FILE

    def close(self, timeout_ms: int = 30_000) -> None:
        """Stop sync and background tasks, then close the cache and client (on exit)."""
        self.sync_thread.shutdown(timeout_ms)
        self.tasks.wait(timeout_ms)
        self.sync.close()


def start_app_context(
    sync: SyncContext,
    account: AccountInfo,
    data_dir: Path,
    tasks: TaskRunner,
    *,
    interval_ms: int = DEFAULT_INTERVAL_MS,
) -> AppContext:
    """The session of a logged-in (or offline) account, its sync thread already running.

    The worker prefetches the materials of the account's review queue while idle, so the
    first PDF of a record opens from the disk even when the network is slow.
    """
    prefetch = (account.review_level,) if account.reviews else ()
    worker = SyncWorker(
        sync.engine, materials=sync.materials, prefetch_levels=prefetch, interval_ms=interval_ms
    )
    thread = SyncThread(worker, sync.engine)
    context = AppContext(
        sync=sync,
        sync_thread=thread,
        account=account,
        data_dir=data_dir,
        tasks=tasks,
        changes=ChangeHub(),
    )
    thread.start()
    return context
