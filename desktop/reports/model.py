"""What every report is, whatever it counts: a title, a multi-level header, typed columns and
rows that know whether they are a detail or a total.

The official tables of manual ch. 6 differ in their columns but not in their shape, so one
model serves all of them and one exporter (``xlsx``), one PDF renderer (``pdf``) and, later,
one Qt preview read it. Rows are not stored in the report: a report over 100,000 records
streams them from the database each time it is iterated (``Report.rows``), so neither the
preview nor an export has to hold them all in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

Cell = str | int | Decimal | date | None
"""A value in a report cell. Money is Decimal, never float (SPEC §4.1)."""


class CellFormat(StrEnum):
    """How a column's values are shown: the exporter maps each to an Excel number format."""

    TEXT = "文本"
    INTEGER = "整数"
    MONEY = "万元"
    DECIMAL_2 = "两位小数"
    DECIMAL_3 = "三位小数"
    DATE = "日期"


class RowKind(StrEnum):
    """What a row is: exporters style totals apart from details, as the printed tables do."""

    PROVINCE_TOTAL = "省总计"
    CITY_TOTAL = "市合计"
    COUNTY_SUBTOTAL = "县小计"
    CATEGORY_TOTAL = "分类合计"
    DETAIL = "明细"


@dataclass(frozen=True, slots=True)
class Column:
    """One leaf column: its key, its header text and its format.

    ``blank_zero`` shows zero as an empty cell, as the manual's applicant summary (page 3-4)
    does, so the few non-zero figures stand out.
    """

    key: str
    label: str
    fmt: CellFormat = CellFormat.TEXT
    blank_zero: bool = False


_DECIMAL_PLACES = {CellFormat.MONEY: 2, CellFormat.DECIMAL_2: 2, CellFormat.DECIMAL_3: 3}


def display_text(value: Cell, column: Column) -> str:
    """A cell as a person reads it on screen or paper: 1,234.50 万元, 2,931 标箱, 2024-08-30.

    Excel formats cells itself (``xlsx``); the PDF table and the Qt preview show this text.
    """
    if value is None or (column.blank_zero and value == 0):
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return value
    places = _DECIMAL_PLACES.get(column.fmt)
    if places is not None:
        separator = "," if column.fmt is CellFormat.MONEY else ""
        return f"{Decimal(value):{separator}.{places}f}"
    if column.fmt is CellFormat.INTEGER:
        return f"{value:,}"
    return str(value)


@dataclass(frozen=True, slots=True)
class Group:
    """A header cell spanning the columns below it, e.g. 奖补资金（万元） over 测算/复核/机算."""

    label: str
    children: Sequence[Column | Group]

    def __post_init__(self) -> None:
        object.__setattr__(self, "children", tuple(self.children))
        if not self.children:
            raise ValueError(f"表头分组“{self.label}”没有下级列")


@dataclass(frozen=True, slots=True)
class HeaderCell:
    """One header cell placed on the header grid (0-based) with its merge span."""

    text: str
    row: int
    col: int
    height: int = 1
    width: int = 1


@dataclass(frozen=True, slots=True)
class Header:
    """The header grid: ``depth`` rows, leaf columns left to right, merged cells as placed."""

    depth: int
    cells: tuple[HeaderCell, ...]


def _depth(node: Column | Group) -> int:
    if isinstance(node, Column):
        return 1
    return 1 + max(_depth(child) for child in node.children)


def _place(
    node: Column | Group,
    row: int,
    col: int,
    depth: int,
    cells: list[HeaderCell],
    columns: list[Column],
) -> int:
    """Place ``node`` at (row, col); return how many leaf columns it covers.

    A leaf reaches down to the last header row, so 市(县) under no group spans the whole
    header height, as on the printed tables.
    """
    if isinstance(node, Column):
        cells.append(HeaderCell(node.label, row, col, depth - row, 1))
        columns.append(node)
        return 1
    width = 0
    for child in node.children:
        width += _place(child, row + 1, col + width, depth, cells, columns)
    cells.append(HeaderCell(node.label, row, col, 1, width))
    return width


def build_header(spec: Sequence[Column | Group]) -> tuple[tuple[Column, ...], Header]:
    """The leaf columns and the placed header of a nested header specification."""
    if not spec:
        raise ValueError("报表至少要有一列")
    depth = max(_depth(node) for node in spec)
    cells: list[HeaderCell] = []
    columns: list[Column] = []
    col = 0
    for node in spec:
        col += _place(node, 0, col, depth, cells, columns)
    keys = [column.key for column in columns]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    if repeated:
        raise ValueError(f"报表列键重复：{'、'.join(repeated)}")
    ordered = sorted(cells, key=lambda cell: (cell.row, cell.col))
    return tuple(columns), Header(depth, tuple(ordered))


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One row: its kind, one value per leaf column and an indent for nested category labels."""

    kind: RowKind
    cells: tuple[Cell, ...]
    indent: int = 0


RowSource = Callable[[], Iterator[ReportRow]]
"""Produces the rows afresh on each call, e.g. by running the report's query again."""


@dataclass(frozen=True)
class Report:
    """A built report, ready to preview, export or print.

    ``row_count`` is the number of rows counted when the report was built; it drives progress
    bars. The rows themselves are read when iterated (one database statement per iteration,
    so totals and details agree with each other even if a sync commits meanwhile).
    ``frozen_columns`` keeps the identifying columns (序号, 市(县)) on screen when scrolling
    right in Excel. ``caption`` is the attachment label printed above an official table
    (附件7).
    """

    key: str
    title: str
    subtitle: str
    unit_note: str
    columns: tuple[Column, ...]
    header: Header
    row_count: int
    source: RowSource = field(repr=False)
    caption: str = ""
    frozen_columns: int = 0

    def __post_init__(self) -> None:
        widths = {cell.col + cell.width for cell in self.header.cells}
        if max(widths, default=0) != len(self.columns):
            raise ValueError(f"报表“{self.title}”的表头宽度与列数不一致")

    def rows(self) -> Iterator[ReportRow]:
        """The rows, read now; each call reads them again."""
        width = len(self.columns)
        for row in self.source():
            if len(row.cells) != width:
                raise ValueError(f"报表“{self.title}”的一行有{len(row.cells)}个值，应为{width}个")
            yield row

    @property
    def file_stem(self) -> str:
        """A file name (without extension) people recognise: the caption and the title."""
        stem = f"{self.caption}{self.title}" if self.caption else self.title
        return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in stem)


def materialize(report: Report) -> list[ReportRow]:
    """All rows in a list: for small reports, previews of a few hundred rows and tests."""
    return list(report.rows())


class Layout:
    """Puts a row's values, given by column key, in column order.

    Built once per report so a row costs one lookup per column; a value for a key the report
    has no column for is a programming error, caught on the spot rather than silently lost.
    """

    __slots__ = ("_key_set", "_keys")

    def __init__(self, columns: Sequence[Column]) -> None:
        self._keys = tuple(column.key for column in columns)
        self._key_set = frozenset(self._keys)

    def row(self, values: dict[str, Cell]) -> tuple[Cell, ...]:
        if not values.keys() <= self._key_set:
            unknown = sorted(values.keys() - self._key_set)
            raise KeyError(f"报表没有这些列：{'、'.join(unknown)}")
        return tuple(map(values.get, self._keys))
