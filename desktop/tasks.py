"""Off-UI-thread work for views: a small task runner in the manner of Anki's ``taskman``.

Views never touch the cache database or the network on the UI thread (SPEC §8, and the
freezes Anki had to fix in ankitects/anki#1065). They hand a plain function to ``TaskRunner``;
it runs on a ``QThreadPool`` and the result, error or progress comes back as a queued signal,
so the callbacks run on the UI thread and may touch widgets.

Two pools, as in Anki: ``reads`` for database reads (several may run at once, SQLite in WAL
mode lets them read beside the sync writer) and ``slow`` for long jobs (exports, printing
many documents) that report progress and can be cancelled, so a long export never delays
the rows a list is waiting for.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")
LOG = logging.getLogger(__name__)

DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]
ProgressCallback = Callable[[int, int], None]


class TaskCancelled(Exception):
    """Raised inside a task by ``TaskControl.check()`` once the person pressed cancel."""


@dataclass
class TaskControl:
    """What a cancellable task sees: progress reporting and the cancel flag (thread-safe)."""

    _cancel: threading.Event = field(default_factory=threading.Event)
    _report: Callable[[int, int], None] = field(default=lambda _done, _total: None)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Stop the task here (by raising ``TaskCancelled``) when cancel was asked for."""
        if self._cancel.is_set():
            raise TaskCancelled

    def progress(self, done: int, total: int) -> None:
        """Report progress; ``total`` 0 means unknown. Also a cancellation point."""
        self._report(done, total)
        self.check()


class _Relay(QObject):
    """Created on the UI thread, so signals emitted from the pool arrive there (queued)."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class TaskHandle(Generic[T]):
    """A running task: ``cancel()`` it, or ask whether it is ``finished``."""

    def __init__(self, control: TaskControl) -> None:
        self._control = control
        self.finished = False

    def cancel(self) -> None:
        self._control.cancel()

    @property
    def cancelled(self) -> bool:
        return self._control.cancelled


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # every failure must reach the UI thread
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Runs functions off the UI thread and calls back on it; see the module docstring."""

    def __init__(self, parent: QObject | None = None, *, read_threads: int = 2) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(read_threads)
        self._slow = QThreadPool(self)
        self._slow.setMaxThreadCount(1)
        self._live: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorCallback | None = None,
        *,
        owner: QObject | None = None,
    ) -> TaskHandle[T]:
        """Run a short read ``work()`` on the read pool; callbacks on the UI thread.

        ``owner``: the widget or model the callbacks touch; when it has been deleted by the
        time the answer arrives (its window was closed), the callbacks are skipped.
        """
        relay = _Relay()
        control = TaskControl()
        return self._start(
            self._reads, relay, lambda: work(), control, (on_done, on_error, None), owner
        )

    def run_cancellable(
        self,
        work: Callable[[TaskControl], T],
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorCallback | None = None,
        on_progress: ProgressCallback | None = None,
        *,
        owner: QObject | None = None,
    ) -> TaskHandle[T]:
        """Run a long ``work(control)`` on the slow pool with progress and cancel.

        A task that stops by ``TaskCancelled`` reports it to ``on_error`` like any failure, so
        the caller can tell "cancelled" from "done" and close its progress dialog either way.
        ``owner`` as for ``run``.
        """
        relay = _Relay()
        control = TaskControl(_report=relay.progressed.emit)
        return self._start(
            self._slow,
            relay,
            lambda: work(control),
            control,
            (on_done, on_error, on_progress),
            owner,
        )

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Wait for every task to finish (on exit, and in tests); True when all ended."""
        reads = self._reads.waitForDone(timeout_ms)
        slow = self._slow.waitForDone(timeout_ms)
        return reads and slow

    @property
    def active(self) -> int:
        return self._reads.activeThreadCount() + self._slow.activeThreadCount()

    def _start(
        self,
        pool: QThreadPool,
        relay: _Relay,
        work: Callable[[], Any],
        control: TaskControl,
        callbacks: tuple[
            Callable[[Any], None] | None, ErrorCallback | None, ProgressCallback | None
        ],
        owner: QObject | None,
    ) -> TaskHandle[Any]:
        on_done, on_error, on_progress = callbacks
        handle: TaskHandle[Any] = TaskHandle(control)
        self._live.add(relay)

        def alive() -> bool:
            return owner is None or shiboken6.isValid(owner)

        @Slot(object)
        def succeeded(result: object) -> None:
            self._finish(relay, handle)
            if on_done is not None and alive():
                on_done(result)

        @Slot(object)
        def failed(error: BaseException) -> None:
            self._finish(relay, handle)
            if on_error is not None and alive():
                on_error(error)
            elif not isinstance(error, TaskCancelled):
                LOG.error("后台任务失败", exc_info=error)

        @Slot(int, int)
        def progressed(done: int, total: int) -> None:
            if on_progress is not None and alive():
                on_progress(done, total)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        relay.progressed.connect(progressed)
        pool.start(_Runnable(work, relay))
        return handle

    def _finish(self, relay: _Relay, handle: TaskHandle[Any]) -> None:
        handle.finished = True
        self._live.discard(relay)
        relay.deleteLater()
