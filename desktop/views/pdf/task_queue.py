"""The render thread's inbox: lanes by priority, newest requests first, stale ones dropped.

PyMuPDF must only ever be used from one thread, so everything that touches a document — open,
render, search, page text, print rendering — is a task on one queue. What matters to a reviewer
is what is on screen *now*: a new batch for a (lane, owner) replaces whatever that owner still
had waiting in that lane (pages scrolled away, an abandoned search), and among owners of the same
lane the most recent submitter is served first. The control lane (open/close) is a plain FIFO
and is never dropped, so a document is always opened before it is rendered and closed after.
"""

from __future__ import annotations

import enum
import itertools
import threading
from collections import deque
from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class Lane(enum.IntEnum):
    """Task classes in the order the render thread serves them (lower first)."""

    CONTROL = 0
    VIEW = 1
    TEXT = 2
    SEARCH = 3
    THUMBNAILS = 4
    PRINT = 5


class TaskQueue(Generic[T]):
    """A thread-safe priority inbox; ``take`` blocks until a task arrives or the queue closes."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._pending: dict[tuple[Lane, Hashable], deque[T]] = {}
        self._stamps: dict[tuple[Lane, Hashable], int] = {}
        self._clock = itertools.count()
        self._closed = False

    def push(self, lane: Lane, owner: Hashable, task: T) -> None:
        """Append one task behind the owner's other tasks in that lane."""
        with self._cond:
            if self._closed:
                return
            slot = (lane, owner)
            self._pending.setdefault(slot, deque()).append(task)
            self._stamps[slot] = next(self._clock)
            self._cond.notify()

    def replace(self, lane: Lane, owner: Hashable, tasks: Iterable[T]) -> list[T]:
        """Make ``tasks`` the owner's whole backlog in the lane; return the dropped stale ones."""
        fresh = deque(tasks)
        with self._cond:
            slot = (lane, owner)
            dropped = list(self._pending.pop(slot, ()))
            if fresh and not self._closed:
                self._pending[slot] = fresh
                self._stamps[slot] = next(self._clock)
                self._cond.notify()
            return dropped

    def drop_owner(self, owner: Hashable) -> list[T]:
        """Remove every pending task of an owner in every lane (its document is closing)."""
        with self._cond:
            dropped: list[T] = []
            for slot in [slot for slot in self._pending if slot[1] == owner]:
                dropped.extend(self._pending.pop(slot))
            return dropped

    def take(self, timeout: float | None = None) -> T | None:
        """The most urgent task, or None once the queue is closed (or the timeout passes)."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._closed or self._pending, timeout):
                return None
            if self._closed:
                return None
            slot = min(self._pending, key=lambda s: (s[0], -self._stamps[s]))
            backlog = self._pending[slot]
            task = backlog.popleft()
            if not backlog:
                del self._pending[slot]
            return task

    def wait_for_urgent(self, lane: Lane, timeout: float) -> None:
        """Sleep (holding no lock, no GIL) until a task in ``lane`` or a more urgent one is
        queued, the queue closes, or ``timeout`` seconds pass."""
        with self._cond:
            self._cond.wait_for(
                lambda: self._closed or any(slot[0] <= lane for slot in self._pending), timeout
            )

    def pending(self, lane: Lane | None = None) -> int:
        """Tasks waiting, in one lane or in all."""
        with self._cond:
            return sum(
                len(backlog)
                for slot, backlog in self._pending.items()
                if lane is None or slot[0] is lane
            )

    def close(self) -> list[T]:
        """Stop serving: wake the consumer and hand back everything that will never run."""
        with self._cond:
            self._closed = True
            dropped = [task for backlog in self._pending.values() for task in backlog]
            self._pending.clear()
            self._cond.notify_all()
            return dropped

    @property
    def closed(self) -> bool:
        with self._cond:
            return self._closed
