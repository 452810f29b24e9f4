"""Column types of the local cache that keep values exact and sortable in SQLite.

* ``Scaled`` — a decimal (money in 万元, ship age, power) stored as an integer count of its
  smallest unit (0.01 万元 → 1). SQLite has no decimal type and a REAL would put floats
  between the server's "51.75" and the reviewer (SPEC §4.1: Decimal, never float); an integer
  is exact, indexes and sorts numerically, and turns back into the very same ``Decimal``.
* ``UtcTimestamp`` — a UTC instant stored as fixed-width ISO text
  ("2024-11-11 09:00:00.000000"), so text order is time order and an index serves sorting.
  The server sends ISO strings with an offset; both strings and aware datetimes are accepted.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, Dialect, String
from sqlalchemy.types import TypeDecorator

_TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S.%f"
TIMESTAMP_LENGTH = 26
_ISO_DATE_LENGTH = 10


class Scaled(TypeDecorator[Decimal]):
    """A ``Decimal`` with ``scale`` places, stored as the integer ``value × 10**scale``."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int) -> None:
        super().__init__()
        self.scale = scale
        self._quantum = Decimal(1).scaleb(-scale)

    def process_bind_param(self, value: Decimal | str | int | None, dialect: Dialect) -> int | None:
        if value is None or value == "":
            return None
        exact = Decimal(value).quantize(self._quantum, rounding=ROUND_HALF_UP)
        return int(exact.scaleb(self.scale))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.scale).quantize(self._quantum)

    def process_literal_param(self, value: Any, dialect: Dialect) -> str:
        bound = self.process_bind_param(value, dialect)
        return "NULL" if bound is None else str(bound)


def to_utc(value: datetime | str) -> datetime:
    """An aware UTC datetime from an ISO string or a datetime (naive ones are taken as UTC)."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


class UtcTimestamp(TypeDecorator[datetime]):
    """A timezone-aware UTC instant stored as sortable fixed-width text."""

    impl = String(TIMESTAMP_LENGTH)
    cache_ok = True

    def process_bind_param(self, value: datetime | str | None, dialect: Dialect) -> str | None:
        if value is None or value == "":
            return None
        return to_utc(value).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.strptime(value, _TIMESTAMP_FORMAT).replace(tzinfo=UTC)

    def process_literal_param(self, value: Any, dialect: Dialect) -> str:
        bound = self.process_bind_param(value, dialect)
        return "NULL" if bound is None else f"'{bound}'"


class IsoDate(TypeDecorator[date]):
    """A calendar date stored as ISO text ("2024-05-01"); the server's strings pass as they are."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: date | str | None, dialect: Dialect) -> str | None:
        if value is None or value == "":
            return None
        if isinstance(value, str):
            day = date.fromisoformat(value)
            plain = len(value) == _ISO_DATE_LENGTH and value[4] == value[7] == "-"
            return value if plain else day.isoformat()
        return value.isoformat()

    def process_result_value(self, value: Any, dialect: Dialect) -> date | None:
        return None if value is None else date.fromisoformat(value)

    def process_literal_param(self, value: Any, dialect: Dialect) -> str:
        bound = self.process_bind_param(value, dialect)
        return "NULL" if bound is None else f"'{bound}'"
