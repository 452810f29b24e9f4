"""The sync engine: one cycle pushes the outbox, pulls changes, and pushes what came in meanwhile.

Plain methods, no Qt: tests drive it directly and the Qt worker (``desktop.workers``) only
calls ``sync()`` on its thread and forwards ``SyncStatus`` changes as a signal.

Pushing first gets the reviewer's decisions to the server as early as possible; conflicts are
found by the server's 412 either way, since an item carries the version it was based on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from threading import Event, Lock

from desktop.models import STATE_ROW_ID, SyncState
from desktop.models.database import CacheDatabase
from desktop.sync.api_client import ApiClient
from desktop.sync.errors import AuthenticationRequired, NetworkError, SyncError, TlsError
from desktop.sync.outbox_queue import outbox_counts
from desktop.sync.pull import Cancelled, Puller, PullReport
from desktop.sync.push import Pusher, PushReport
from desktop.sync.session_keeper import SessionKeeper
from desktop.sync.status import Phase, SyncStatus

StatusListener = Callable[[SyncStatus], None]
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncOutcome:
    """How a cycle ended: ``ok``; else whether to retry soon (``transient``) and not before
    ``retry_after`` seconds if the server asked for that."""

    ok: bool
    transient: bool = False
    retry_after: float | None = None
    pushed: PushReport | None = None
    pulled: PullReport | None = None


class SyncEngine:
    """Synchronises one cache with its server; see the module docstring."""

    def __init__(
        self,
        db: CacheDatabase,
        client: ApiClient,
        session: SessionKeeper,
        *,
        page_size: int = 2000,
        listener: StatusListener | None = None,
    ) -> None:
        self._db = db
        self._client = client
        self._session = session
        self._page_size = page_size
        self._listener = listener or (lambda _status: None)
        self._cancel = Event()
        self._lock = Lock()
        self._status = SyncStatus(last_success_at=self._stored_last_success())
        self._refresh_counts()

    @property
    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    def set_listener(self, listener: StatusListener) -> None:
        self._listener = listener

    def cancel(self) -> None:
        """Stop the running cycle at the next page or item; what is committed stays."""
        self._cancel.set()

    def cancel_requested(self) -> bool:
        """Whether ``cancel`` was called since the last cycle began (thread-safe): work that
        follows a cycle on the same thread (the material prefetch) stops on it too."""
        return self._cancel.is_set()

    def refresh(self) -> None:
        """Publish fresh outbox counts (after a local action or a conflict choice)."""
        self._refresh_counts()

    def sync(self) -> SyncOutcome:
        """One full cycle: push, pull, push. Never raises for server or network trouble."""
        self._cancel.clear()
        self._refresh_counts()
        try:
            return self._cycle()
        except Cancelled:
            self._update(message="同步已取消，已完成的部分均已保存。")
            return SyncOutcome(ok=False)
        except AuthenticationRequired as error:
            self._client.token = None
            self._update(online=True, needs_login=True, message=error.message)
            return SyncOutcome(ok=False)
        except SyncError as error:
            return self._failed(error)
        finally:
            self._update(phase=Phase.IDLE, progress_done=0, progress_total=0)
            self._refresh_counts()

    def _cycle(self) -> SyncOutcome:
        if not self._ensure_session():
            return SyncOutcome(ok=False)
        first = self._push()
        pulled = self._pull()
        second = self._push()
        self._succeeded()
        return SyncOutcome(ok=True, pushed=first + second, pulled=pulled)

    # ---- steps ----------------------------------------------------------------------------

    def _ensure_session(self) -> bool:
        if self._client.token or self._session.resume():
            return True
        self._update(
            needs_login=True, message="登录已失效，请重新登录（待同步的操作已安全保存在本机）。"
        )
        return False

    def _push(self) -> PushReport:
        self._update(phase=Phase.PUSHING, progress_done=0, progress_total=0)
        pusher = Pusher(
            self._db,
            self._client,
            self._client.clock,
            renew_session=self._session.renew,
            on_item_done=self._item_done,
            cancelled=self._cancel.is_set,
        )
        return pusher.push()

    def _pull(self) -> PullReport:
        self._update(phase=Phase.PULLING, progress_done=0, progress_total=0)
        puller = Puller(
            self._db,
            self._client,
            self._client.clock,
            page_size=self._page_size,
            progress=self._pull_progress,
            cancelled=self._cancel.is_set,
        )
        return puller.pull()

    def _item_done(self) -> None:
        with self._db.read() as session:
            counts = outbox_counts(session)
        done = self.status.progress_done + 1
        self._update(
            online=True,
            progress_done=done,
            progress_total=done + counts.pending,
            outbox_pending=counts.pending,
            conflicts=counts.conflicts,
            failed=counts.failed,
        )

    def _pull_progress(self, done: int, total: int) -> None:
        self._update(online=True, progress_done=done, progress_total=total)

    # ---- outcomes -------------------------------------------------------------------------

    def _succeeded(self) -> None:
        now = self._client.clock.now()
        with self._db.write() as session:
            state = session.get(SyncState, STATE_ROW_ID)
            if state is not None:
                state.last_success_at = now
                state.clock_offset_seconds = self._client.clock.offset_seconds
        self._update(online=True, last_success_at=now, message="", needs_login=False)

    def _failed(self, error: SyncError) -> SyncOutcome:
        logger.warning("同步未完成：%s", error.message)
        offline = isinstance(error, NetworkError | TlsError)
        self._update(online=not offline, message=error.message)
        return SyncOutcome(
            ok=False, transient=error.transient, retry_after=getattr(error, "retry_after", None)
        )

    def _stored_last_success(self) -> object | None:
        with self._db.read() as session:
            state = session.get(SyncState, STATE_ROW_ID)
            return None if state is None else state.last_success_at

    def _refresh_counts(self) -> None:
        with self._db.read() as session:
            counts = outbox_counts(session)
        self._update(
            outbox_pending=counts.pending, conflicts=counts.conflicts, failed=counts.failed
        )

    def _update(self, **changes: object) -> None:
        with self._lock:
            updated = replace(self._status, **changes)  # type: ignore[arg-type]
            if updated == self._status:
                return
            self._status = updated
        self._listener(updated)
