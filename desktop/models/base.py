"""The declarative base of the local cache and the ``Mirrored`` mixin of synced tables.

A mirrored table holds the rows of one sync kind (a server table, SPEC §7) as this account
sees them:

* ``id`` — the server's id (client-made UUIDs for rows created offline keep theirs),
* ``version`` — the server version the local row is based on (0: never seen on the server,
  i.e. created here and not pushed yet),
* ``region_code`` — the owning region, for the region-prefix filters of every list,
* ``data`` — the whole server row as JSON text, so a field the desktop does not (yet) show is
  never lost and the conflict view can show the row exactly as the server sent it,
* plus every scalar field of the row as a real, typed column, so lists of 100,000 rows sort and
  filter in SQL with indexes (SPEC §10) instead of parsing JSON.

Local, not yet pushed changes are applied to the columns and to ``data`` alike; what the
server last said about such a row is kept aside in ``server_copies`` (see ``desktop.sync``).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import BigInteger, Index, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.sql.schema import SchemaItem

from desktop.models.types import IsoDate, Scaled, UtcTimestamp

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID_LENGTH = 36
REGION_LENGTH = 6
SHA256_HEX_LENGTH = 64


class CacheBase(DeclarativeBase):
    """Every table of the local cache file."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UtcTimestamp(),
        date: IsoDate(),
        Decimal: Scaled(2),
    }


class Mirrored:
    """Mixin of tables that mirror one sync kind; see the module docstring."""

    __sync_kind__: ClassVar[str]
    __extra_indexes__: ClassVar[tuple[tuple[str, ...], ...]] = ()

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True, sort_order=-30)
    version: Mapped[int] = mapped_column(BigInteger, default=0, sort_order=-20)
    region_code: Mapped[str | None] = mapped_column(String(REGION_LENGTH), sort_order=-10)
    data: Mapped[str] = mapped_column(Text, default="{}", sort_order=100)

    @declared_attr.directive
    @classmethod
    def __tablename__(cls) -> str:
        return cls.__sync_kind__

    @declared_attr.directive
    @classmethod
    def __table_args__(cls) -> tuple[SchemaItem, ...]:
        table = cls.__sync_kind__
        extra = tuple(
            Index(f"ix_{table}_{'_'.join(columns)}", *columns) for columns in cls.__extra_indexes__
        )
        return (Index(f"ix_{table}_region_code", "region_code"), *extra)
