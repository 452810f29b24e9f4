"""Backoff with jitter, and the server's ``Retry-After``.

Full jitter (a random delay between zero and the exponential bound, as AWS's architecture
blog recommends) keeps a room full of desktops that lost the network together from all
knocking again at the same instant when it comes back. A ``Retry-After`` from the server is a
floor: we never come back sooner than asked.

Delays use the monotonic clock only (a workstation whose wall clock is a day off still waits
the right time). An HTTP-date ``Retry-After`` is read relative to the response's own ``Date``
header, not to the local clock, for the same reason.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff: ``base × 2**attempt`` capped at ``cap`` seconds, fully jittered."""

    base: float = 0.5
    cap: float = 30.0
    attempts: int = 3

    def delay(
        self, attempt: int, retry_after: float | None = None, rng: random.Random | None = None
    ) -> float:
        """Seconds to wait before retry number ``attempt`` (0-based)."""
        bound = min(self.cap, self.base * (2**attempt))
        jittered = (rng or random).uniform(0, bound)
        if retry_after is not None:
            return max(retry_after, jittered)
        return jittered


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """``Retry-After`` as seconds: a number, or an HTTP-date measured from the ``Date`` header."""
    raw = headers.get("Retry-After")
    if raw is None:
        return None
    raw = raw.strip()
    if raw.isdigit():
        return float(raw)
    try:
        until = parsedate_to_datetime(raw)
        sent = parsedate_to_datetime(headers.get("Date", raw))
    except (TypeError, ValueError):
        return None
    return max(0.0, (until - sent).total_seconds())


class RetrySchedule:
    """When the background sync runs next: every ``interval`` while well; after failures that
    may pass (network, 5xx, 429) sooner, with jittered exponential backoff from ``first`` up to
    ``longest`` seconds, and never before the server's ``Retry-After``."""

    def __init__(
        self, *, interval: float, first: float, longest: float, rng: random.Random | None = None
    ) -> None:
        self.interval = interval
        self.first = first
        self.longest = longest
        self.failures = 0
        self._rng = rng or random.Random()

    def next_delay(self, ok: bool, transient: bool, retry_after: float | None = None) -> float:
        """Seconds until the next cycle, given how the last one ended."""
        if ok:
            self.failures = 0
            return self.interval
        if not transient:
            return self.interval
        self.failures += 1
        bound = min(self.longest, self.first * 2 ** (self.failures - 1))
        delay = self._rng.uniform(bound / 2, bound)
        return max(delay, retry_after) if retry_after is not None else delay
