"""Progress and cancellation for long exports and batch printing, without Qt.

SPEC §8: long work runs off the UI thread with a progress bar and can be cancelled. The export
and print functions take two plain callables so a Qt worker (later) can connect them to a
signal and a "取消" button, and tests can drive them directly:

* ``progress(done)`` is called with the number of rows or documents finished so far;
* ``cancelled()`` is polled between rows or documents; once it returns True the work stops,
  raises :class:`Cancelled` and leaves no partial file behind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

ProgressCallback = Callable[[int], None]
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """The person cancelled the work; nothing was written."""

    def __init__(self, done: int) -> None:
        super().__init__(f"已取消：完成 {done} 项后停止，未生成文件。")
        self.done = done


def _never() -> bool:
    return False


def _ignore(_done: int) -> None:
    return None


@dataclass(slots=True)
class Ticker:
    """Reports progress every ``every`` items and checks for cancellation at the same points.

    Calling back on every one of 100,000 rows would cost more than writing them; every few
    hundred rows keeps a progress bar smooth and a cancel responsive (well under a second).
    """

    progress: ProgressCallback = _ignore
    cancelled: CancelCheck = _never
    every: int = 500
    done: int = 0

    def __post_init__(self) -> None:
        if self.every < 1:
            raise ValueError("进度回调间隔必须至少为 1")
        self.check()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the person asked to stop."""
        if self.cancelled():
            raise Cancelled(self.done)

    def step(self, count: int = 1) -> None:
        """Count finished items; report and check for cancellation on every ``every``-th."""
        before = self.done // self.every
        self.done += count
        if self.done // self.every != before:
            self.progress(self.done)
            self.check()

    def finish(self) -> None:
        """Report the final count once more, so the bar reaches its end."""
        self.progress(self.done)


def ticker(
    progress: ProgressCallback | None, cancelled: CancelCheck | None, every: int = 500
) -> Ticker:
    """A :class:`Ticker` from optional callbacks (None means "nobody is listening")."""
    return Ticker(progress or _ignore, cancelled or _never, every)
