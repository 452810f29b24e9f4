"""The standards table (奖补标准, manual page 2-1) as data: rows a province admin edits per year.

SPEC §4: the table is rows of (year, description, parameter unit, parameter range,
coefficient, unit), editable per year and copied to a new year, never constants in code. A
row here also carries a structured key (category, policy, project, waters, ship class, ship
type, power form) so the calculators find "the ministry age coefficient of an inland cargo
ship aged 18.532" without parsing the free-text description, which stays exactly as the
admin (or the manual) wrote it.

Lookups fail loudly, in Chinese, naming the year and what is missing: a missing row is a
data gap the admin must fill, never a reason to guess a coefficient.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from core.money import fmt_number
from core.vocab import Area, Policy, PowerForm, Project


class StandardCategory(StrEnum):
    """What a row's coefficient is; one category per input of the formulas of SPEC §4.1."""

    STANDARD = "补贴标准"
    AGE = "船龄系数"
    SHIP_TYPE = "船舶类型系数"
    POWER_FORM = "动力形式系数"
    BASE = "奖补基数"
    LNG_PER_SHIP = "LNG单船奖励"
    ELECTRIC_PASSENGER_PER_KW = "电动客船每千瓦奖励"
    NEW_ENERGY_CARGO_START = "新能源货船区间起点"
    NEW_ENERGY_CARGO_END = "新能源货船区间终点"
    FOREIGN_CONTAINER = "外贸重箱增量奖励"
    DOMESTIC_CONTAINER = "内贸重箱奖励"


class Waters(StrEnum):
    """The waters the ministry standards distinguish: 内河 (省内, 省际) or 沿海."""

    INLAND = "内河"
    COASTAL = "沿海"


class ShipClass(StrEnum):
    """Passenger or cargo: picks the age rows (ministry) and base and rule (province)."""

    PASSENGER = "客船"
    CARGO = "货船"


def waters_of(area: Area) -> Waters:
    """省内 and 省际 ships sail inland waters (the manual's 省际 example uses the 内河 standard)."""
    return Waters.COASTAL if area is Area.COASTAL else Waters.INLAND


_PARAMETER_WORDS: dict[StandardCategory, tuple[str, str]] = {
    StandardCategory.AGE: ("船龄", "年"),
    StandardCategory.LNG_PER_SHIP: ("功率", "千瓦"),
    StandardCategory.ELECTRIC_PASSENGER_PER_KW: ("功率", "千瓦"),
    StandardCategory.NEW_ENERGY_CARGO_START: ("载货吨", "吨"),
    StandardCategory.NEW_ENERGY_CARGO_END: ("载货吨", "吨"),
    StandardCategory.FOREIGN_CONTAINER: ("外贸增量", "标箱"),
}
"""How an error message names the looked-up value: "船龄 26.1 年"."""

_E = TypeVar("_E", bound=StrEnum)

KEY_FIELDS = ("policy", "project", "waters", "ship_class", "ship_type", "power_form")

_RANGE = re.compile(r"^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)?$")


def parse_range(text: str) -> tuple[Decimal | None, Decimal | None]:
    """Bounds of a parameter range, both inclusive: "10.001-15", "101-" (no upper), "" (none).

    The manual writes "10 < X ≤ 15" as "10.001-15" for ages of 3 decimals, so inclusive
    bounds on the stored text reproduce it without a separate open/closed flag.
    """
    stripped = text.strip()
    if not stripped:
        return None, None
    match = _RANGE.match(stripped)
    if match is None:
        raise ValueError(f"参数范围“{text}”格式错误，应为“下限-上限”，如 10.001-15 或 101-")
    lower = Decimal(match.group(1))
    upper = Decimal(match.group(2)) if match.group(2) else None
    if upper is not None and upper < lower:
        raise ValueError(f"参数范围“{text}”的上限小于下限")
    return lower, upper


class StandardNotFoundError(LookupError):
    """No row (or more than one row) of the year's table answers a lookup."""


@dataclass(frozen=True)
class StandardRow:
    """One row of page 2-1 plus the structured key the calculators look it up by."""

    year: int
    code: str
    category: StandardCategory
    description: str
    param_unit: str
    param_range: str
    coefficient: Decimal
    unit: str
    placeholder: bool = False
    policy: Policy | None = None
    project: Project | None = None
    waters: Waters | None = None
    ship_class: ShipClass | None = None
    ship_type: str | None = None
    power_form: PowerForm | None = None
    lower: Decimal | None = field(init=False, repr=False, compare=False)
    upper: Decimal | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Validate once, so a table never holds a row a lookup would trip over later."""
        if isinstance(self.year, bool) or not isinstance(self.year, int):
            raise TypeError("标准的年份必须是整数")
        if not 2000 <= self.year <= 2099:
            raise ValueError(f"标准的年份 {self.year} 超出范围 2000-2099")
        if not self.code.strip():
            raise ValueError("标准的编码不能为空")
        if not isinstance(self.coefficient, Decimal) or not self.coefficient.is_finite():
            raise TypeError(f"标准 {self.code} 的系数必须是有限的 Decimal")
        if self.coefficient < 0:
            raise ValueError(f"标准 {self.code} 的系数不能为负数")
        lower, upper = parse_range(self.param_range)
        object.__setattr__(self, "lower", lower)
        object.__setattr__(self, "upper", upper)

    @property
    def key(self) -> tuple[Any, ...]:
        """Category and structured key: rows with equal keys must not have overlapping ranges."""
        return (self.category, *(getattr(self, name) for name in KEY_FIELDS))

    def covers(self, value: Decimal) -> bool:
        """Whether ``value`` lies in the row's inclusive range (a row without range covers all)."""
        return (self.lower is None or self.lower <= value) and (
            self.upper is None or value <= self.upper
        )

    def overlaps(self, other: StandardRow) -> bool:
        """Whether the two rows' ranges share at least one value."""
        low = max((b for b in (self.lower, other.lower) if b is not None), default=None)
        high = min((b for b in (self.upper, other.upper) if b is not None), default=None)
        return low is None or high is None or low <= high

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict for database and sync: enums as Chinese values, Decimal as text."""
        return {
            "year": self.year,
            "code": self.code,
            "category": self.category.value,
            "description": self.description,
            "param_unit": self.param_unit,
            "param_range": self.param_range,
            "coefficient": str(self.coefficient),
            "unit": self.unit,
            "placeholder": self.placeholder,
            **{name: _plain(getattr(self, name)) for name in KEY_FIELDS},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StandardRow:
        """Rebuild a row from ``to_dict`` output; a float coefficient is refused, not rounded."""
        return cls(
            year=data["year"],
            code=data["code"],
            category=StandardCategory(data["category"]),
            description=data["description"],
            param_unit=data["param_unit"],
            param_range=data["param_range"],
            coefficient=_decimal(data["coefficient"], data["code"]),
            unit=data["unit"],
            placeholder=bool(data.get("placeholder", False)),
            policy=_enum(Policy, data.get("policy")),
            project=_enum(Project, data.get("project")),
            waters=_enum(Waters, data.get("waters")),
            ship_class=_enum(ShipClass, data.get("ship_class")),
            ship_type=data.get("ship_type"),
            power_form=_enum(PowerForm, data.get("power_form")),
        )


def _plain(value: object) -> object:
    """Enum members as their values; everything else as is."""
    return value.value if isinstance(value, StrEnum) else value


def _enum(kind: type[_E], value: str | None) -> _E | None:
    """Optional enum from its Chinese value."""
    return None if value is None else kind(value)


def _decimal(value: object, code: str) -> Decimal:
    """A coefficient from text or an integer; floats would carry binary error into money."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"标准 {code} 的系数必须以文本或整数保存")
    try:
        return Decimal(value)
    except InvalidOperation as exc:
        raise ValueError(f"标准 {code} 的系数“{value}”不是有效数值") from exc


@dataclass(frozen=True)
class Criteria:
    """The structured part of a lookup: a field left ``None`` does not constrain the search."""

    policy: Policy | None = None
    project: Project | None = None
    waters: Waters | None = None
    ship_class: ShipClass | None = None
    ship_type: str | None = None
    power_form: PowerForm | None = None

    def matches(self, row: StandardRow) -> bool:
        """Every given field equals the row's field."""
        return all(
            getattr(self, name) is None or getattr(self, name) == getattr(row, name)
            for name in KEY_FIELDS
        )

    def qualifiers(self) -> str:
        """The non-policy fields for a message, e.g. "（货船，内河）"."""
        parts = [str(getattr(self, name)) for name in KEY_FIELDS[1:] if getattr(self, name)]
        return f"（{'，'.join(parts)}）" if parts else ""


def describe(category: StandardCategory, criteria: Criteria) -> str:
    """What a lookup asked for, in the manual's words: "部政策船龄系数（货船，内河）"."""
    prefix = f"{criteria.policy}政策" if criteria.policy else ""
    return f"{prefix}{category}{criteria.qualifiers()}"


class StandardsTable:
    """One subsidy year's standards: validated rows and the lookups the calculators need."""

    def __init__(self, year: int, rows: Iterable[StandardRow]) -> None:
        """Keep the rows in table order; refuse foreign years, duplicate codes and overlaps."""
        self.year = year
        self.rows: tuple[StandardRow, ...] = tuple(rows)
        self._validate()

    def _validate(self) -> None:
        """Overlapping rows would make a lookup's answer depend on row order: refuse them."""
        codes: set[str] = set()
        by_key: dict[tuple[Any, ...], list[StandardRow]] = {}
        for row in self.rows:
            if row.year != self.year:
                raise ValueError(
                    f"标准 {row.code} 属于 {row.year} 年度，不能放入 {self.year} 年度标准表"
                )
            if row.code in codes:
                raise ValueError(f"{self.year}年度标准表中编码 {row.code} 重复")
            codes.add(row.code)
            for other in by_key.setdefault(row.key, []):
                if row.overlaps(other):
                    pair = f"{other.code} 与 {row.code}"
                    raise ValueError(
                        f"{self.year}年度标准表中 {pair} 的参数范围重叠：{row.description}"
                    )
            by_key[row.key].append(row)

    def __len__(self) -> int:
        return len(self.rows)

    def find(
        self, category: StandardCategory, criteria: Criteria, value: Decimal | None = None
    ) -> StandardRow:
        """The single row of ``category`` matching ``criteria`` whose range covers ``value``."""
        found = [
            row
            for row in self.rows
            if row.category is category
            and criteria.matches(row)
            and (value is None or row.covers(value))
        ]
        if len(found) == 1:
            return found[0]
        what = describe(category, criteria)
        if found:
            codes = "、".join(row.code for row in found)
            raise StandardNotFoundError(
                f"{self.year}年度标准表中有多行（{codes}）同时适用于{what}，请在【奖补年份】中修正标准"
            )
        subject = _subject(category, value)
        raise StandardNotFoundError(
            f"{self.year}年度标准表中没有{subject}{what}，请在【奖补年份】中补充标准"
        )

    def select(self, category: StandardCategory, criteria: Criteria) -> tuple[StandardRow, ...]:
        """All rows of ``category`` matching ``criteria``, ordered by lower bound (tiers)."""
        rows = [row for row in self.rows if row.category is category and criteria.matches(row)]
        return tuple(sorted(rows, key=lambda row: row.lower or Decimal(0)))

    def copy_to_year(self, year: int) -> StandardsTable:
        """The same rows for a new subsidy year (SPEC §4: a new year copies the previous one)."""
        return StandardsTable(year, (replace(row, year=year) for row in self.rows))

    def with_row(self, row: StandardRow) -> StandardsTable:
        """A table where ``row`` replaces the row of the same code, or is appended."""
        rows = [row if old.code == row.code else old for old in self.rows]
        if all(old.code != row.code for old in self.rows):
            rows.append(row)
        return StandardsTable(self.year, rows)

    def without_row(self, code: str) -> StandardsTable:
        """A table without the row ``code``; an unknown code is an error, not a no-op."""
        if all(row.code != code for row in self.rows):
            raise KeyError(f"{self.year}年度标准表中没有编码 {code}")
        return StandardsTable(self.year, (row for row in self.rows if row.code != code))

    def to_dicts(self) -> list[dict[str, Any]]:
        """Plain JSON-able rows, in table order."""
        return [row.to_dict() for row in self.rows]

    @classmethod
    def from_dicts(cls, year: int, rows: Iterable[Mapping[str, Any]]) -> StandardsTable:
        """Rebuild a table from ``to_dicts`` output."""
        return cls(year, (StandardRow.from_dict(row) for row in rows))


def _subject(category: StandardCategory, value: Decimal | None) -> str:
    """ "船龄 26.1 年对应的" for a ranged lookup, nothing for a plain one."""
    if value is None:
        return ""
    name, unit = _PARAMETER_WORDS.get(category, ("参数", ""))
    return f"{name} {fmt_number(value)} {unit}对应的"
