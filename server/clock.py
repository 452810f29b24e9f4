"""The server's notion of "now", replaceable so tests can move time instead of sleeping.

Token expiry, lockouts, rate-limit windows and retention all depend on the current time;
reading it through one injectable callable lets a test expire a token in a microsecond.
Times are always timezone-aware UTC.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from threading import Lock

Clock = Callable[[], datetime]
DEFAULT_START = datetime(2024, 11, 11, 1, 0, tzinfo=UTC)  # 09:00 in Changsha

# Beijing time, the offices' calendar. A fixed offset, not a tz database zone: China has had no
# daylight saving since 1991, and Windows machines running the demo server have no tz database.
LOCAL_ZONE = timezone(timedelta(hours=8), "北京时间")


def system_clock() -> datetime:
    """The real current time in UTC."""
    return datetime.now(UTC)


class ManualClock:
    """A clock that only moves when told to (for tests and reproducible demos)."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or DEFAULT_START
        self._lock = Lock()

    def __call__(self) -> datetime:
        with self._lock:
            return self._now

    def set(self, moment: datetime) -> None:
        """Jump to ``moment`` (aware), e.g. back to the start between tests."""
        if moment.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        with self._lock:
            self._now = moment

    def advance(self, delta: timedelta) -> datetime:
        """Move forward by ``delta`` and return the new time."""
        with self._lock:
            self._now += delta
            return self._now
