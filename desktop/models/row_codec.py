"""Turning server rows into cache rows and back, for any mirrored table.

A server row is ``{kind, id, version, data}`` (``/sync/changes``, 412 bodies, write answers);
its cache row is ``id``, ``version``, ``data`` (the JSON text of ``data``) and one column per
field, filled straight from ``data`` — the column types (``desktop.models.types``) accept the
server's ISO strings and decimal strings as they are, so no per-field code is needed here.

Bulk writes (a 100,000-row initial sync) skip SQLAlchemy's per-statement parameter machinery:
each column's own bind processor (the very code an ORM insert would run) converts the values
into a plain tuple, and the whole page goes to the driver's ``executemany`` as one prepared
upsert. The conversion rules stay in the column types; only the bookkeeping around them goes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache, partial
from typing import Any

from sqlalchemy import Dialect, Table
from sqlalchemy.dialects import sqlite
from sqlalchemy.types import TypeDecorator, TypeEngine

from desktop.models.mirror import MIRRORS, OtherRow

_KEY_COLUMNS = frozenset({"id", "version", "data"})


def dump_data(data: Mapping[str, Any]) -> str:
    """The JSON text a row's ``data`` is stored as (compact, Chinese kept readable)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def load_data(text: str | None) -> dict[str, Any]:
    return {} if not text else dict(json.loads(text))


@dataclass(frozen=True)
class MirrorCodec:
    """How the rows of one known kind are stored in its mirrored table.

    ``fields`` are the data columns in table order between ``id``/``version`` (first) and
    ``data`` (last); ``conversions`` lists, by position in the stored tuple, the columns whose
    type converts the value (dates, timestamps, decimals, booleans).
    """

    kind: str
    table: Table
    fields: tuple[str, ...]
    conversions: tuple[tuple[int, Callable[[Any], Any]], ...]
    upsert_newer_sql: str

    def values(self, row_id: str, version: int, data: Mapping[str, Any]) -> dict[str, Any]:
        """The column values of one server row (for ORM-level statements)."""
        values = {name: data.get(name) for name in self.fields}
        values["id"] = row_id
        values["version"] = version
        values["data"] = dump_data(data)
        return values

    def stored(self, row_id: str, version: int, data: Mapping[str, Any]) -> tuple[Any, ...]:
        """The values of one row as the driver stores them, in table column order."""
        stored = [row_id, version, *map(data.get, self.fields), dump_data(data)]
        for index, convert in self.conversions:
            value = stored[index]
            if value is not None:
                stored[index] = convert(value)
        return tuple(stored)


def _conversion(column_type: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """The value conversion of one column type for SQLite.

    For our own types (``desktop.models.types``), whose storage types need no conversion of
    their own, that is their ``process_bind_param`` called directly — the same code, without
    the generic wrapper around it that costs as much again on 5 million values.
    """
    if isinstance(column_type, TypeDecorator):
        impl = column_type.impl_instance
        if impl.bind_processor(dialect) is None:
            return partial(_bind_param, column_type, dialect)
    return column_type.bind_processor(dialect)


def _bind_param(column_type: TypeDecorator[Any], dialect: Dialect, value: Any) -> Any:
    return column_type.process_bind_param(value, dialect)


def _conversions(table: Table) -> tuple[tuple[int, Callable[[Any], Any]], ...]:
    """(position, conversion) of every column whose type converts values for SQLite."""
    dialect = sqlite.dialect()
    found = []
    for index, column in enumerate(table.columns):
        convert = _conversion(column.type, dialect)
        if convert is not None:
            found.append((index, convert))
    return tuple(found)


def upsert_newer_sql(table: Table, keys: tuple[str, ...]) -> str:
    """``INSERT … ON CONFLICT DO UPDATE … WHERE excluded.version > version`` for ``table``."""
    names = [column.name for column in table.columns]
    quoted = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" for _ in names)
    updates = ", ".join(f'"{name}" = excluded."{name}"' for name in names if name not in keys)
    conflict = ", ".join(f'"{key}"' for key in keys)
    return (
        f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks}) '
        f"ON CONFLICT ({conflict}) DO UPDATE SET {updates} "
        f'WHERE excluded."version" > "{table.name}"."version"'
    )


@cache
def codec_for(kind: str) -> MirrorCodec | None:
    """The codec of ``kind``, or None when this desktop does not know the kind."""
    model = MIRRORS.get(kind)
    if model is None:
        return None
    table: Table = model.__table__  # type: ignore[attr-defined]
    names = [column.name for column in table.columns]
    if names[:2] != ["id", "version"] or names[-1] != "data":
        raise RuntimeError(f"{table.name}: 镜像表的列顺序应为 id、version、…、data")
    return MirrorCodec(
        kind=kind,
        table=table,
        fields=tuple(names[2:-1]),
        conversions=_conversions(table),
        upsert_newer_sql=upsert_newer_sql(table, ("id",)),
    )


def other_values(kind: str, row_id: str, version: int, data: Mapping[str, Any]) -> dict[str, Any]:
    """The ``other_rows`` values of a row of an unknown kind."""
    return {
        "kind": kind,
        "id": row_id,
        "version": version,
        "region_code": data.get("region_code"),
        "data": dump_data(data),
    }


OTHER_TABLE: Table = OtherRow.__table__  # type: ignore[assignment]
OTHER_UPSERT_NEWER_SQL = upsert_newer_sql(OTHER_TABLE, ("kind", "id"))
OTHER_COLUMNS = tuple(column.name for column in OTHER_TABLE.columns)
