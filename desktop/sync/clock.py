"""The desktop's notion of "now": the local clock corrected by what the server's clock says.

Sync correctness never depends on a clock — only server versions order things (Anki settles
conflicts by client clocks; we do not). A clock matters for one thing a person sees: the
review date of a decision (one result per level per day, SPEC §5). Every server answer carries
an HTTP ``Date``; the offset between it and the local clock is remembered (in the cache, so it
holds offline after a restart) and added to the local clock, so a workstation whose clock is a
day off still dates today's decisions today. Review dates are Chinese calendar days (UTC+8, no
daylight saving), whatever time zone the workstation is set to.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from threading import Lock

CHINA_TIME = timezone(timedelta(hours=8), "CST")
WallClock = Callable[[], datetime]
MIN_ADJUSTMENT_SECONDS = 2.0
"""The Date header has whole seconds and travels for a while: smaller differences are noise."""


def system_now() -> datetime:
    return datetime.now(UTC)


class ServerClock:
    """Local UTC time plus the offset learned from the server's ``Date`` headers."""

    def __init__(self, wall: WallClock = system_now, offset_seconds: float = 0.0) -> None:
        self._wall = wall
        self._offset = offset_seconds
        self._lock = Lock()

    @property
    def offset_seconds(self) -> float:
        with self._lock:
            return self._offset

    def observe(self, date_header: str | None) -> None:
        """Learn the offset from one response's ``Date`` header (ignored when unreadable)."""
        if not date_header:
            return
        try:
            server_time = parsedate_to_datetime(date_header)
        except (TypeError, ValueError):
            return
        if server_time.tzinfo is None:
            return
        offset = (server_time - self._wall()).total_seconds()
        with self._lock:
            if abs(offset - self._offset) >= MIN_ADJUSTMENT_SECONDS:
                self._offset = float(round(offset))

    def now(self) -> datetime:
        """The corrected current time (aware, UTC)."""
        return self._wall().astimezone(UTC) + timedelta(seconds=self.offset_seconds)

    def today(self) -> date:
        """Today's date in China, by the corrected clock."""
        return self.now().astimezone(CHINA_TIME).date()
