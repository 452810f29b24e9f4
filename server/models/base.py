"""The declarative base and the ``Synced`` mixin every syncing table inherits.

A table that inherits ``Synced`` gets, with no further code:

* a string primary key ``id`` (a UUID by default; clients may choose it, so rows created
  offline keep their id when they reach the server),
* ``region_code`` — the 6-digit region that owns the row, used by every scoped query and
  never changed after insert (a client scoped to the old region would keep a stale copy),
* ``version`` — stamped from the one server-wide counter on every insert, synced-column update
  and delete (``server.versioning``), indexed alone and with ``region_code`` so that
  "changes since" pages are index range scans,
* a place in the sync API under its table name (``server.sync.kinds``) and a tombstone when
  deleted.

Class attributes tune it: ``__sync_scope__`` ("region": visible by region prefix; "global":
visible to every account, e.g. declaration statuses) and ``__sync_private__`` (columns that
never leave the server and whose changes do not bump the version, e.g. password hashes and
login counters).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar, Literal

from sqlalchemy import JSON, BigInteger, Date, Index, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.sql.schema import SchemaItem

from server.models.types import Fixed, UtcDateTime

SyncScope = Literal["region", "global"]

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID_LENGTH = 36
REGION_LENGTH = 6


def new_id() -> str:
    """A fresh random UUID string, the default id of synced rows."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    """All server tables. Plain Python types map to portable column types."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UtcDateTime(),
        date: Date(),
        Decimal: Fixed(12, 2),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class Synced:
    """Mixin for rows that sync to desktops; see the module docstring."""

    __sync_scope__: ClassVar[SyncScope] = "region"
    __sync_private__: ClassVar[frozenset[str]] = frozenset()
    __extra_table_args__: ClassVar[tuple[SchemaItem, ...]] = ()

    id: Mapped[str] = mapped_column(
        String(ID_LENGTH), primary_key=True, default=new_id, sort_order=-30
    )
    region_code: Mapped[str] = mapped_column(String(REGION_LENGTH), sort_order=-20)
    version: Mapped[int] = mapped_column(BigInteger, default=0, sort_order=-10)

    @declared_attr.directive
    @classmethod
    def __table_args__(cls) -> tuple[SchemaItem, ...]:
        table = cls.__tablename__  # type: ignore[attr-defined]
        return (
            Index(f"ix_{table}_version", "version", unique=True),
            Index(f"ix_{table}_region_code_version", "region_code", "version"),
            *cls.__extra_table_args__,
        )
