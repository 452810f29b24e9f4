"""Sync off the UI thread: a thin Qt wrapper around ``desktop.sync.engine.SyncEngine``.

``SyncWorker`` lives in its own ``QThread`` (Anki's taskman and napari's thread workers are the
model: the network and the writes it brings never run on the UI thread). It syncs when asked,
every ``interval`` while things are well, and after a failure again with jittered exponential
backoff (honouring the server's ``Retry-After``), so the outbox drains by itself as soon as the
server is reachable (SPEC §8). Every ``SyncStatus`` change is forwarded as ``status_changed``,
which Qt delivers on the receiver's (UI) thread.

``SyncThread`` owns the thread and the worker and is what the main window holds:
``request_sync()`` after a local action, ``cancel()`` for the progress bar's button,
``shutdown()`` on exit.

``MaterialFetch`` is a ``QThreadPool`` runnable that fetches and verifies one material file
for the viewer, so opening a record never waits on the network on the UI thread.
"""

from __future__ import annotations

from dataclasses import replace
from threading import Lock

from PySide6.QtCore import QObject, QRunnable, Qt, QThread, QTimer, Signal, Slot

from core.vocab import Level
from desktop.sync.engine import SyncEngine, SyncOutcome
from desktop.sync.errors import SyncError
from desktop.sync.materials import MaterialStore
from desktop.sync.retry import RetrySchedule
from desktop.sync.status import Phase, SyncStatus

DEFAULT_INTERVAL_MS = 60_000
FIRST_RETRY_MS = 2_000
MAX_RETRY_MS = 300_000


class SyncWorker(QObject):
    """Runs sync cycles on the thread it was moved to; see the module docstring."""

    status_changed = Signal(object)
    stopped = Signal()

    def __init__(
        self,
        engine: SyncEngine,
        *,
        materials: MaterialStore | None = None,
        prefetch_levels: tuple[Level, ...] = (),
        interval_ms: int = DEFAULT_INTERVAL_MS,
        first_retry_ms: int = FIRST_RETRY_MS,
        max_retry_ms: int = MAX_RETRY_MS,
    ) -> None:
        super().__init__()
        self._engine = engine
        self._materials = materials
        self._prefetch_levels = prefetch_levels
        self._schedule_rule = RetrySchedule(
            interval=interval_ms / 1000, first=first_retry_ms / 1000, longest=max_retry_ms / 1000
        )
        self._timer: QTimer | None = None
        self._stopping = False
        self._requested = False
        self._request_lock = Lock()
        engine.set_listener(self.status_changed.emit)

    @Slot()
    def start(self) -> None:
        """Create the timer on this thread and sync at once."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self.status_changed.emit(self._engine.status)
        self.sync_now()

    @Slot()
    def sync_now(self) -> None:
        """One cycle now; requests made while it runs are coalesced into one more cycle."""
        with self._request_lock:
            self._requested = False
        if self._stopping:
            return
        outcome = self._engine.sync()
        if outcome.ok:
            self._prefetch()
        self._schedule(outcome)

    def claim_request(self) -> bool:
        """True when no cycle is already requested (called from any thread)."""
        with self._request_lock:
            if self._requested:
                return False
            self._requested = True
            return True

    @Slot()
    def stop(self) -> None:
        self._stopping = True
        if self._timer is not None:
            self._timer.stop()
        self.stopped.emit()

    def _schedule(self, outcome: SyncOutcome) -> None:
        if self._timer is None or self._stopping:
            return
        delay = self._schedule_rule.next_delay(outcome.ok, outcome.transient, outcome.retry_after)
        self._timer.start(int(delay * 1000))

    def _prefetch(self) -> None:
        """Fetch the queue's materials while idle; a failure here is retried next cycle.

        The prefetch stops at the next file when the cycle is cancelled (the status bar's 取消,
        logging out, closing the app): ``stop`` cannot reach this thread while it downloads.
        """
        if self._materials is None or not self._prefetch_levels:
            return
        try:
            self._materials.prefetch(self._prefetch_levels, self._engine.cancel_requested)
        except SyncError as error:
            self.status_changed.emit(_with_message(self._engine.status, error.message))


def _with_message(status: SyncStatus, message: str) -> SyncStatus:
    return replace(status, phase=Phase.IDLE, message=message)


class SyncThread(QObject):
    """The sync worker on its own thread, as the main window uses it."""

    status_changed = Signal(object)
    _sync_requested = Signal()
    _stop_requested = Signal()

    def __init__(self, worker: SyncWorker, engine: SyncEngine) -> None:
        super().__init__()
        self._engine = engine
        self._thread = QThread()
        self._thread.setObjectName("reviewdesk-sync")
        self._worker = worker
        worker.moveToThread(self._thread)
        self._thread.started.connect(worker.start)
        self._sync_requested.connect(worker.sync_now)
        self._stop_requested.connect(worker.stop)
        worker.status_changed.connect(self.status_changed)
        worker.stopped.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)

    def start(self) -> None:
        self._thread.start()

    def request_sync(self) -> None:
        """Ask for a cycle soon (after a decision, or the person's "同步" button)."""
        if self._worker.claim_request():
            self._sync_requested.emit()

    def cancel(self) -> None:
        """Stop the running cycle at the next page or item (thread-safe)."""
        self._engine.cancel()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel, stop the worker and wait for the thread; True when it ended in time."""
        self._engine.cancel()
        self._stop_requested.emit()
        return self._thread.wait(timeout_ms)


class MaterialSignals(QObject):
    """What a ``MaterialFetch`` reports, delivered on the receiver's (UI) thread."""

    ready = Signal(str, str)
    """(sha256, path of the verified file)"""
    failed = Signal(str, str)
    """(sha256, Chinese message for the person)"""


class MaterialFetch(QRunnable):
    """Fetch and verify one material file on a ``QThreadPool`` thread, for the PDF viewer.

    Downloads never block the UI, and a file is handed over only after its SHA-256 matched.
    Keep a reference to ``signals`` until one of them fired.
    """

    def __init__(self, materials: MaterialStore, sha256: str) -> None:
        super().__init__()
        self.signals = MaterialSignals()
        self._materials = materials
        self._sha256 = sha256

    def run(self) -> None:
        try:
            path = self._materials.path(self._sha256)
        except SyncError as error:
            self.signals.failed.emit(self._sha256, error.message)
        except ValueError as error:
            self.signals.failed.emit(self._sha256, str(error))
        except OSError as error:
            message = f"无法在本机保存材料文件（{error.strerror or error}），请检查磁盘空间和权限。"
            self.signals.failed.emit(self._sha256, message)
        else:
            self.signals.ready.emit(self._sha256, str(path))
