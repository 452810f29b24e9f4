"""The multi-condition query of manual §5.2, as data that compiles to SQLAlchemy Core.

The desktop builds a :class:`Query` from the query form, may save it, runs it against its local
cache and sends it (``to_dict``) to the server, which runs the very same compiled expression on
PostgreSQL. Combination rules (manual 5.2.2):

* an empty text, an empty multi-select, a range with neither bound, or a dropdown left at
  "no choice" (``None``) is ignored;
* different conditions must all hold (AND);
* several options of one multi-select: any may hold (OR inside the condition);
* dropdowns are equality, text boxes "contains", ranges inclusive and open-ended on either side;
* the region dropdown matches by code prefix: "4301" is the whole of Changsha (SPEC §3).

Choices made so both databases answer alike: "contains" ignores ASCII case (SQLite's LIKE does,
PostgreSQL's does not, so both use ``lower()``) and treats ``%`` and ``_`` literally; sorting
puts empty values last in either direction, then breaks ties by the primary key so a result is
the same on every run and pages never overlap.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, and_, inspect, or_, true
from sqlalchemy.sql import FromClause

Scalar = str | int | float | bool | Decimal | date | datetime | None
"""A value a condition may compare with: what the query form's widgets produce."""

QUERY_FORMAT_VERSION = 1

_TEXT_FORBIDDEN = re.compile(r"[\s\x00-\x1f\x7f\u200b-\u200f\u2028-\u202f\u2060\ufeff]")
_PREFIX = re.compile(r"[0-9]{1,6}")


class UnknownColumnError(LookupError):
    """A condition or sort rule names a column the table does not have."""


class QueryFormatError(ValueError):
    """A saved or received query cannot be read."""


def _encode(value: Scalar) -> Any:
    """A JSON-able form of ``value``; Decimal and dates are tagged so they come back typed."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, str):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"查询数值{value}无效，请输入有限的数字。")
        return value
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"查询数值{value}无效，请输入有限的数字。")
        return {"decimal": str(value)}
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    raise TypeError(f"查询条件不支持{type(value).__name__}类型的值：{value!r}")


_DECODERS = {
    "decimal": Decimal,
    "datetime": datetime.fromisoformat,
    "date": date.fromisoformat,
}


def _decode(raw: Any) -> Scalar:
    """The value ``_encode`` wrote."""
    if raw is None or isinstance(raw, str | bool | int | float):
        return raw
    if isinstance(raw, Mapping) and len(raw) == 1:
        ((tag, text),) = raw.items()
        decoder = _DECODERS.get(tag)
        if decoder is not None and isinstance(text, str):
            try:
                value = decoder(text)
            except (ArithmeticError, ValueError) as error:
                raise QueryFormatError(f"无法读取查询值{raw!r}") from error
            if not isinstance(value, Decimal) or value.is_finite():
                return value
    raise QueryFormatError(f"无法读取查询值{raw!r}")


@dataclass(frozen=True, slots=True)
class Equal:
    """下拉框: the column equals the chosen value; ``None`` means nothing was chosen."""

    column: str
    value: Scalar
    kind: ClassVar[str] = "equal"

    def is_empty(self) -> bool:
        return self.value is None

    def clause(self, column: ColumnElement[Any]) -> ColumnElement[bool]:
        return column == self.value

    def payload(self) -> dict[str, Any]:
        return {"value": _encode(self.value)}

    @classmethod
    def from_payload(cls, column: str, data: Mapping[str, Any]) -> Equal:
        return cls(column, _decode(data.get("value")))


@dataclass(frozen=True, slots=True)
class Contains:
    """文本框: the column contains the text, ASCII case ignored, ``%`` and ``_`` literal."""

    column: str
    text: str
    kind: ClassVar[str] = "contains"

    def __post_init__(self) -> None:
        if _TEXT_FORBIDDEN.search(self.text):
            raise ValueError(f"查询文本“{self.text}”含空格等不可见字符，请删除后再查询。")

    def is_empty(self) -> bool:
        return not self.text

    def clause(self, column: ColumnElement[Any]) -> ColumnElement[bool]:
        return column.icontains(self.text, autoescape=True)

    def payload(self) -> dict[str, Any]:
        return {"text": self.text}

    @classmethod
    def from_payload(cls, column: str, data: Mapping[str, Any]) -> Contains:
        text = data.get("text", "")
        if not isinstance(text, str):
            raise QueryFormatError(f"包含条件的文本应为字符串：{text!r}")
        return cls(column, text)


@dataclass(frozen=True, slots=True)
class AnyOf:
    """多选框: the column equals any of the values; ``None`` among them matches empty (未审)."""

    column: str
    values: tuple[Scalar, ...]
    kind: ClassVar[str] = "any_of"

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", tuple(self.values))

    def is_empty(self) -> bool:
        return not self.values

    def clause(self, column: ColumnElement[Any]) -> ColumnElement[bool]:
        present = [value for value in self.values if value is not None]
        parts: list[ColumnElement[bool]] = []
        if present:
            parts.append(column.in_(present))
        if len(present) < len(self.values):
            parts.append(column.is_(None))
        return or_(*parts)

    def payload(self) -> dict[str, Any]:
        return {"values": [_encode(value) for value in self.values]}

    @classmethod
    def from_payload(cls, column: str, data: Mapping[str, Any]) -> AnyOf:
        values = data.get("values", [])
        if not isinstance(values, list):
            raise QueryFormatError(f"多选条件的取值应为列表：{values!r}")
        return cls(column, tuple(_decode(value) for value in values))


@dataclass(frozen=True, slots=True)
class Range:
    """起止框: low ≤ column ≤ high, either bound may be left empty."""

    column: str
    low: Scalar = None
    high: Scalar = None
    kind: ClassVar[str] = "range"

    def __post_init__(self) -> None:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"起值{self.low}大于止值{self.high}，请交换两个值或清空其中一个。")

    def is_empty(self) -> bool:
        return self.low is None and self.high is None

    def clause(self, column: ColumnElement[Any]) -> ColumnElement[bool]:
        parts: list[ColumnElement[bool]] = []
        if self.low is not None:
            parts.append(column >= self.low)
        if self.high is not None:
            parts.append(column <= self.high)
        return and_(*parts)

    def payload(self) -> dict[str, Any]:
        return {"low": _encode(self.low), "high": _encode(self.high)}

    @classmethod
    def from_payload(cls, column: str, data: Mapping[str, Any]) -> Range:
        return cls(column, _decode(data.get("low")), _decode(data.get("high")))


@dataclass(frozen=True, slots=True)
class IsNull:
    """The column is empty, e.g. 完结归档日 not yet filled."""

    column: str
    kind: ClassVar[str] = "is_null"

    def is_empty(self) -> bool:
        return False

    def clause(self, column: ColumnElement[Any]) -> ColumnElement[bool]:
        return column.is_(None)

    def payload(self) -> dict[str, Any]:
        return {}

    @classmethod
    def from_payload(cls, column: str, data: Mapping[str, Any]) -> IsNull:
        return cls(column)


@dataclass(frozen=True, slots=True)
class NotNull:
    """The column is filled, e.g. materials uploaded (上传 as opposed to 未传)."""

    column: str
    kind: ClassVar[str] = "not_null"

    def is_empty(self) -> bool:
        return False

    def clause(self, column: ColumnElement[Any]) -> ColumnElement[bool]:
        return column.is_not(None)

    def payload(self) -> dict[str, Any]:
        return {}

    @classmethod
    def from_payload(cls, column: str, data: Mapping[str, Any]) -> NotNull:
        return cls(column)


@dataclass(frozen=True, slots=True)
class RegionPrefix:
    """所在区划: the region code starts with the prefix ("43" all, "4301" Changsha and counties)."""

    column: str
    prefix: str
    kind: ClassVar[str] = "region_prefix"

    def __post_init__(self) -> None:
        if self.prefix and not _PREFIX.fullmatch(self.prefix):
            raise ValueError(f"区划前缀“{self.prefix}”应为1-6位数字，例如4301表示长沙市全域。")

    def is_empty(self) -> bool:
        return not self.prefix

    def clause(self, column: ColumnElement[Any]) -> ColumnElement[bool]:
        return column.startswith(self.prefix, autoescape=True)

    def payload(self) -> dict[str, Any]:
        return {"prefix": self.prefix}

    @classmethod
    def from_payload(cls, column: str, data: Mapping[str, Any]) -> RegionPrefix:
        prefix = data.get("prefix", "")
        if not isinstance(prefix, str):
            raise QueryFormatError(f"区划前缀应为字符串：{prefix!r}")
        return cls(column, prefix)


Condition = Equal | Contains | AnyOf | Range | IsNull | NotNull | RegionPrefix

_KINDS: dict[str, type[Condition]] = {
    cls.kind: cls for cls in (Equal, Contains, AnyOf, Range, IsNull, NotNull, RegionPrefix)
}


@dataclass(frozen=True, slots=True)
class SortRule:
    """One key of the 排序规则: a column, ascending unless ``descending``."""

    column: str
    descending: bool = False


@dataclass(frozen=True, slots=True)
class _Columns:
    """The columns of a table or ORM entity by name, and its primary key for tie-breaking."""

    label: str
    by_name: Mapping[str, ColumnElement[Any]]
    primary_key: tuple[str, ...]

    def get(self, name: str) -> ColumnElement[Any]:
        try:
            return self.by_name[name]
        except KeyError:
            known = "、".join(sorted(self.by_name))
            raise UnknownColumnError(
                f"查询或排序引用了“{self.label}”中不存在的列“{name}”。可用的列：{known}。"
            ) from None


def _resolve(source: Any) -> _Columns:
    """Columns of a Table/alias/subquery, or of an ORM class (by attribute name)."""
    if isinstance(source, FromClause):
        by_name = dict(source.c.items())
        primary = tuple(col.key for col in source.primary_key)
        return _Columns(str(getattr(source, "name", source.description)), by_name, primary)
    inspected = inspect(source, raiseerr=False)
    mapper = getattr(inspected, "mapper", None)
    if mapper is None:
        raise TypeError(f"无法从{source!r}解析列：应为 SQLAlchemy 表或 ORM 映射类。")
    by_name = {key: getattr(source, key) for key, _ in mapper.columns.items()}
    primary = tuple(mapper.get_property_by_column(col).key for col in mapper.primary_key)
    return _Columns(mapper.class_.__name__, by_name, primary)


@dataclass(frozen=True, slots=True)
class Query:
    """Conditions (all must hold) and sort rules; JSON-able and compilable for any table."""

    conditions: tuple[Condition, ...] = ()
    sort: tuple[SortRule, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "conditions", tuple(self.conditions))
        object.__setattr__(self, "sort", tuple(self.sort))
        keys = [rule.column for rule in self.sort]
        repeated = sorted({key for key in keys if keys.count(key) > 1})
        if repeated:
            raise ValueError(f"排序规则中的列{'、'.join(repeated)}重复，每列只能设置一次。")

    def column_names(self) -> frozenset[str]:
        """Every column the query reads, so a server can check them against what it exposes."""
        names = {c.column for c in self.conditions} | {rule.column for rule in self.sort}
        return frozenset(names)

    def compile(self, source: Any) -> tuple[ColumnElement[bool], list[ColumnElement[Any]]]:
        """The WHERE clause and ORDER BY list for ``source`` (Table, subquery or ORM class)."""
        columns = _resolve(source)
        for name in sorted(self.column_names()):
            columns.get(name)
        clauses = [c.clause(columns.get(c.column)) for c in self.conditions if not c.is_empty()]
        where = and_(*clauses) if clauses else true()
        return where, _order_by(self.sort, columns)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able form for saved queries and the API."""
        return {
            "version": QUERY_FORMAT_VERSION,
            "conditions": [
                {"kind": c.kind, "column": c.column, **c.payload()} for c in self.conditions
            ],
            "sort": [{"column": r.column, "descending": r.descending} for r in self.sort],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Query:
        """The query ``to_dict`` wrote; malformed input raises :class:`QueryFormatError`."""
        if data.get("version") != QUERY_FORMAT_VERSION:
            raise QueryFormatError(
                f"查询格式版本{data.get('version')!r}不受支持，应为{QUERY_FORMAT_VERSION}。"
            )
        conditions = tuple(_condition_from(item) for item in _list(data, "conditions"))
        sort = tuple(_sort_from(item) for item in _list(data, "sort"))
        try:
            return cls(conditions, sort)
        except ValueError as error:
            raise QueryFormatError(str(error)) from error


def _order_by(rules: Sequence[SortRule], columns: _Columns) -> list[ColumnElement[Any]]:
    """The sort keys, empty values last, then the primary key for a total order."""
    order: list[ColumnElement[Any]] = []
    for rule in rules:
        column = columns.get(rule.column)
        direction = column.desc() if rule.descending else column.asc()
        order.append(direction.nulls_last())
    sorted_by = {rule.column for rule in rules}
    order.extend(columns.get(key).asc() for key in columns.primary_key if key not in sorted_by)
    return order


def _list(data: Mapping[str, Any], key: str) -> Iterable[Mapping[str, Any]]:
    items = data.get(key, [])
    if not isinstance(items, list) or not all(isinstance(item, Mapping) for item in items):
        raise QueryFormatError(f"查询的“{key}”应为对象列表。")
    return items


def _column_name(item: Mapping[str, Any]) -> str:
    column = item.get("column")
    if not isinstance(column, str) or not column:
        raise QueryFormatError(f"查询条件缺少列名：{dict(item)!r}")
    return column


def _condition_from(item: Mapping[str, Any]) -> Condition:
    kind = item.get("kind")
    cls = _KINDS.get(kind) if isinstance(kind, str) else None
    if cls is None:
        known = "、".join(_KINDS)
        raise QueryFormatError(f"未知的查询条件类型{kind!r}，应为：{known}。")
    try:
        return cls.from_payload(_column_name(item), item)
    except QueryFormatError:
        raise
    except (TypeError, ValueError) as error:
        raise QueryFormatError(str(error)) from error


def _sort_from(item: Mapping[str, Any]) -> SortRule:
    descending = item.get("descending", False)
    if not isinstance(descending, bool):
        raise QueryFormatError(f"排序方向应为 true/false：{descending!r}")
    return SortRule(_column_name(item), descending)
