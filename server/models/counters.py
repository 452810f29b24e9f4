"""Server-wide counters kept as rows, so that bumping one is an ``UPDATE … RETURNING``.

A row (not a database sequence) is deliberate: the row lock taken by the update is held until
the writing transaction commits, so the next writer gets the next value only after the previous
one is visible. Sequences hand out numbers without that ordering, and a client reading
"changes since" could then skip a row committed late with a low version (SPEC §7).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import BigInteger, Connection, String, Table, event, insert
from sqlalchemy.orm import Mapped, mapped_column

from server.models.base import Base


class CounterName(StrEnum):
    """The counters that exist, each created with its initial value."""

    VERSION = "version"
    SESSION_EPOCH = "session_epoch"
    TOMBSTONES_PRUNED_THROUGH = "tombstones_pruned_through"


INITIAL_VALUES: dict[CounterName, int] = {
    CounterName.VERSION: 0,
    CounterName.SESSION_EPOCH: 1,
    CounterName.TOMBSTONES_PRUNED_THROUGH: 0,
}


class ServerCounter(Base):
    """One named, monotonically increasing value (see ``CounterName``)."""

    __tablename__ = "server_counters"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


def initial_rows() -> list[dict[str, Any]]:
    """The rows a fresh schema starts with (used by ``create_all`` and the first migration)."""
    return [{"name": str(name), "value": value} for name, value in INITIAL_VALUES.items()]


@event.listens_for(ServerCounter.__table__, "after_create")
def _insert_initial_counters(table: Table, connection: Connection, **_: Any) -> None:
    connection.execute(insert(table), initial_rows())
