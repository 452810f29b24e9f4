"""The registry of synced kinds: every table whose model inherits ``Synced``, under its name.

A kind knows which columns leave the server (all but ``__sync_private__``) and how to turn a
row into JSON-ready values quickly: values that JSON has natively pass through untouched and
only dates, timestamps and decimals are converted (decimals as strings, so "51.75" stays
exact). The same encoding serves the changes feed, the 412 conflict body and write responses,
so a client sees one shape everywhere: ``{"kind", "id", "version", "data": {...}}`` where
``data`` holds every synced column except ``id`` and ``version``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import Column, Date, Table, inspect
from sqlalchemy.orm import Mapper

from server.models import Base
from server.models.base import Synced, SyncScope
from server.models.types import Fixed, UtcDateTime

Encoder = Callable[[Any], Any]
_KEY_COLUMNS = ("id", "version")


def _encode_date(value: date) -> str:
    return value.isoformat()


def _encode_datetime(value: datetime) -> str:
    return value.isoformat()


def _encode_decimal(value: Decimal) -> str:
    return format(value, "f")


def _encoder_for(column: Column[Any]) -> Encoder | None:
    column_type = column.type
    if isinstance(column_type, UtcDateTime):
        return _encode_datetime
    if isinstance(column_type, Fixed):
        return _encode_decimal
    if isinstance(column_type, Date):
        return _encode_date
    return None


@dataclass(frozen=True)
class SyncKind:
    """One synced table as the sync API exposes it."""

    name: str
    model: type[Synced]
    table: Table
    scope: SyncScope
    data_columns: tuple[Column[Any], ...]
    data_names: tuple[str, ...]
    attribute_keys: tuple[str, ...]
    encoders: tuple[tuple[int, Encoder], ...]

    @property
    def select_columns(self) -> tuple[Column[Any], ...]:
        """``id``, ``version``, then the data columns: the order ``encode_row`` expects."""
        return (self.table.c.id, self.table.c.version, *self.data_columns)

    def encode_values(self, values: Sequence[Any]) -> dict[str, Any]:
        """The ``data`` object of one row's data-column values (in ``data_columns`` order)."""
        converted = list(values)
        for index, encoder in self.encoders:
            value = converted[index]
            if value is not None:
                converted[index] = encoder(value)
        return dict(zip(self.data_names, converted, strict=True))

    def encode_row(self, row: Sequence[Any]) -> dict[str, Any]:
        """A change entry from a Core row selected with ``select_columns``."""
        return {
            "kind": self.name,
            "id": row[0],
            "version": row[1],
            "data": self.encode_values(row[2:]),
        }

    def encode_object(self, obj: Synced) -> dict[str, Any]:
        """A change entry from an ORM object (after its flush, so ``version`` is stamped)."""
        values = [getattr(obj, key) for key in self.attribute_keys]
        return {
            "kind": self.name,
            "id": obj.id,
            "version": obj.version,
            "data": self.encode_values(values),
        }


def _build(model: type[Synced]) -> SyncKind:
    table: Table = model.__table__  # type: ignore[attr-defined]
    mapper: Mapper[Any] = inspect(model)
    private = model.__sync_private__
    data_columns = tuple(
        column
        for column in table.columns
        if column.name not in _KEY_COLUMNS and column.name not in private
    )
    encoders = tuple(
        (index, encoder)
        for index, column in enumerate(data_columns)
        if (encoder := _encoder_for(column)) is not None
    )
    return SyncKind(
        name=table.name,
        model=model,
        table=table,
        scope=model.__sync_scope__,
        data_columns=data_columns,
        data_names=tuple(column.name for column in data_columns),
        attribute_keys=tuple(mapper.get_property_by_column(column).key for column in data_columns),
        encoders=encoders,
    )


@cache
def sync_kinds() -> Mapping[str, SyncKind]:
    """Every synced kind by name, in table-name order (discovered from the mapped models)."""
    models = [
        mapper.class_ for mapper in Base.registry.mappers if issubclass(mapper.class_, Synced)
    ]
    kinds = [_build(model) for model in models]
    return {kind.name: kind for kind in sorted(kinds, key=lambda kind: kind.name)}


def kind_of(obj: Synced) -> SyncKind:
    return sync_kinds()[obj.__tablename__]  # type: ignore[attr-defined]


def encode_object(obj: Synced) -> dict[str, Any]:
    """The change entry of one synced ORM object."""
    return kind_of(obj).encode_object(obj)
