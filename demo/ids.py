"""Deterministic row ids in UUID form, ordered like UUIDv7.

Synced rows have UUID string ids (clients make them offline). ``uuid.uuid4`` reads the OS's
randomness, so the demo draws the bits from a seeded stream instead: the same seed gives the
same ids. The ids follow the UUIDv7 layout (RFC 9562): 48 bits of "milliseconds", then random
bits, with the version and variant stamped. The milliseconds are a counter from the start of
the subsidy year, so ids issued later sort later — B-tree indexes then grow at their right
edge instead of splitting pages all over, which is what makes loading a million material rows
into SQLite fast, exactly the reason UUIDv7 exists.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime

_RANDOM_BITS = 80
_VERSION_7 = 0x7 << 76
_VARIANT_RFC = 0b10 << 62
_RAND_A_MASK = (1 << 12) - 1
_RAND_B_MASK = (1 << 62) - 1


class IdSource:
    """A stream of UUIDv7-shaped ids: increasing milliseconds, seeded random tails."""

    def __init__(self, rng: random.Random, start: datetime | None = None) -> None:
        self._bits = rng.getrandbits
        origin = start or datetime(2024, 1, 1, tzinfo=UTC)
        self._millis = int(origin.timestamp() * 1000) + rng.randrange(1 << 20)

    def __call__(self) -> str:
        self._millis += 1
        tail = self._bits(74)
        value = (
            (self._millis << _RANDOM_BITS)
            | _VERSION_7
            | ((tail >> 62) & _RAND_A_MASK) << 64
            | _VARIANT_RFC
            | (tail & _RAND_B_MASK)
        )
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
