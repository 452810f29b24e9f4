"""Column types that behave the same on SQLite and PostgreSQL.

* ``UtcDateTime`` — SQLite forgets time zones; every timestamp the server writes is UTC, so
  it is stored naive-UTC there and handed back aware, and compared aware everywhere.
* ``Fixed`` — exact decimals (money in 万元 with 2 places, ship age with 3). PostgreSQL keeps
  NUMERIC natively; SQLite stores a REAL, which for 12 significant digits round-trips exactly
  once re-quantised to the column's scale, so the value read back equals the value written and
  no float ever reaches domain code (SPEC §4.1: Decimal, never float).
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import DateTime, Dialect, Numeric
from sqlalchemy.types import TypeDecorator, TypeEngine


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on every backend."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Fixed(TypeDecorator[Decimal]):
    """NUMERIC(precision, scale) that always yields ``Decimal`` quantised to ``scale``."""

    impl = Numeric
    cache_ok = True

    def __init__(self, precision: int, scale: int) -> None:
        super().__init__(precision, scale)
        self.precision = precision
        self.scale = scale
        self._quantum = Decimal(1).scaleb(-scale)

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(Numeric(self.precision, self.scale, asdecimal=False))
        return dialect.type_descriptor(Numeric(self.precision, self.scale))

    def process_bind_param(self, value: Decimal | int | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        quantised = Decimal(value).quantize(self._quantum, rounding=ROUND_HALF_UP)
        return float(quantised) if dialect.name == "sqlite" else quantised

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if isinstance(value, float):
            return Decimal(f"{value:.{self.scale}f}")
        if isinstance(value, Decimal) and value.as_tuple().exponent == -self.scale:
            return value  # NUMERIC(p, s) already answers at scale s: skip the quantize
        return Decimal(value).quantize(self._quantum, rounding=ROUND_HALF_UP)


def money() -> Fixed:
    """An amount in 万元 with 2 decimals (SPEC §4.1)."""
    return Fixed(12, 2)
