"""Document templates: a small declarative layout per printed document, kept as TOML files in
``resources/templates/`` so the wording and arrangement of a form can be corrected without
touching the code that fills and draws it.

A template is a title and a list of blocks, drawn top to bottom on A4 pages:

* ``line`` — one line of text (``align`` left/center/right), e.g. the form number line;
* ``grid`` — a bordered grid of label and value cells; ``widths`` are the relative widths of
  its columns, each row lists its cells: a plain string is a shaded label, a table
  ``{ value = "{ship_name}", span = 3 }`` a value spanning columns (``{ label = … }`` a label);
* ``table`` — rows from a list in the document's data (``source``), with a header row that is
  repeated when the table continues on the next page;
* ``paragraph`` — wrapped text, optionally boxed (a declaration to sign);
* ``boxes`` — equal boxes side by side with a title, text and a footer line (the county /
  city / province approval boxes of a fund application form);
* ``signatures`` — a line of signature slots.

Texts may name fields of the document's data in braces (``{applicant_name}``); the loader
checks the shape, the filler (``fill``) checks every field name against the data, so a typo in
a template fails loudly instead of printing a blank.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from string import Formatter
from typing import Any, Literal, cast

Align = Literal["left", "center", "right"]
_ALIGNS = ("left", "center", "right")
TEMPLATE_PACKAGE = "resources"
TEMPLATE_FOLDER = "templates"


class TemplateError(ValueError):
    """A template file that cannot be used, with the file and the place named."""


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    align: Align = "left"
    size: float = 10.5


@dataclass(frozen=True, slots=True)
class GridCell:
    text: str
    span: int = 1
    label: bool = False
    align: Align = "left"


@dataclass(frozen=True, slots=True)
class Grid:
    caption: str
    widths: tuple[float, ...]
    rows: tuple[tuple[GridCell, ...], ...]
    size: float = 10


@dataclass(frozen=True, slots=True)
class TableColumn:
    header: str
    field: str
    width: float = 1
    align: Align = "left"


@dataclass(frozen=True, slots=True)
class Table:
    caption: str
    source: str
    columns: tuple[TableColumn, ...]
    empty: str = "（无）"
    size: float = 9.5


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    boxed: bool = False
    size: float = 10


@dataclass(frozen=True, slots=True)
class Box:
    title: str
    text: str
    footer: str


@dataclass(frozen=True, slots=True)
class Boxes:
    boxes: tuple[Box, ...]
    height: float = 120
    size: float = 10


@dataclass(frozen=True, slots=True)
class Signatures:
    slots: tuple[str, ...]
    size: float = 10.5


Block = Line | Grid | Table | Paragraph | Boxes | Signatures


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    title: str
    subtitle: str
    blocks: tuple[Block, ...]
    footer: str = ""


def _fail(where: str, message: str) -> TemplateError:
    return TemplateError(f"文书模板{where}：{message}")


def _align(raw: Any, where: str) -> Align:
    value = raw if raw is not None else "left"
    if value not in _ALIGNS:
        raise _fail(where, f"对齐方式“{value}”无效，应为 left、center 或 right")
    return cast(Align, value)


def _text(data: Mapping[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise _fail(where, f"缺少文本字段“{key}”")
    return value


def _number(data: Mapping[str, Any], key: str, default: float, where: str) -> float:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise _fail(where, f"“{key}”应为正数")
    return float(value)


def _grid_cell(raw: Any, where: str) -> GridCell:
    if isinstance(raw, str):
        return GridCell(raw, 1, True, "center")
    if not isinstance(raw, dict):
        raise _fail(where, "网格单元应为文本或 {value=…}/{label=…} 表")
    span = raw.get("span", 1)
    if not isinstance(span, int) or span < 1:
        raise _fail(where, "span 应为正整数")
    if "label" in raw:
        return GridCell(
            _text(raw, "label", where), span, True, _align(raw.get("align", "center"), where)
        )
    return GridCell(_text(raw, "value", where), span, False, _align(raw.get("align"), where))


def _grid(data: Mapping[str, Any], where: str) -> Grid:
    widths = data.get("widths")
    if (
        not isinstance(widths, list)
        or not widths
        or not all(isinstance(w, int | float) and w > 0 for w in widths)
    ):
        raise _fail(where, "widths 应为正数列表")
    rows = []
    for number, raw_row in enumerate(data.get("rows", []), start=1):
        at = f"{where}第{number}行"
        if not isinstance(raw_row, list):
            raise _fail(at, "每行应为单元列表")
        cells = tuple(_grid_cell(cell, at) for cell in raw_row)
        if sum(cell.span for cell in cells) != len(widths):
            raise _fail(at, f"各单元跨列之和应为{len(widths)}")
        rows.append(cells)
    if not rows:
        raise _fail(where, "网格没有行")
    return Grid(
        data.get("caption", ""),
        tuple(float(w) for w in widths),
        tuple(rows),
        _number(data, "size", 10, where),
    )


def _table(data: Mapping[str, Any], where: str) -> Table:
    columns = []
    for raw in data.get("columns", []):
        if not isinstance(raw, dict):
            raise _fail(where, "表格列应为表")
        columns.append(
            TableColumn(
                _text(raw, "header", where),
                _text(raw, "field", where),
                _number(raw, "width", 1, where),
                _align(raw.get("align"), where),
            )
        )
    if not columns:
        raise _fail(where, "表格没有列")
    return Table(
        data.get("caption", ""),
        _text(data, "source", where),
        tuple(columns),
        _text(data, "empty", where, "（无）"),
        _number(data, "size", 9.5, where),
    )


def _boxes(data: Mapping[str, Any], where: str) -> Boxes:
    boxes = tuple(
        Box(
            _text(raw, "title", where),
            _text(raw, "text", where, ""),
            _text(raw, "footer", where, ""),
        )
        for raw in data.get("boxes", [])
        if isinstance(raw, dict)
    )
    if not boxes:
        raise _fail(where, "boxes 至少要有一个框")
    return Boxes(boxes, _number(data, "height", 120, where), _number(data, "size", 10, where))


def _block(data: Any, where: str) -> Block:
    if not isinstance(data, dict):
        raise _fail(where, "块应为表")
    kind = data.get("kind")
    if kind == "line":
        return Line(
            _text(data, "text", where),
            _align(data.get("align"), where),
            _number(data, "size", 10.5, where),
        )
    if kind == "grid":
        return _grid(data, where)
    if kind == "table":
        return _table(data, where)
    if kind == "paragraph":
        return Paragraph(
            _text(data, "text", where),
            bool(data.get("boxed", False)),
            _number(data, "size", 10, where),
        )
    if kind == "boxes":
        return _boxes(data, where)
    if kind == "signatures":
        slots = data.get("slots")
        if not isinstance(slots, list) or not all(isinstance(s, str) for s in slots):
            raise _fail(where, "signatures 的 slots 应为文本列表")
        return Signatures(tuple(slots), _number(data, "size", 10.5, where))
    raise _fail(where, f"未知的块类型“{kind}”")


def parse_template(name: str, text: str) -> Template:
    """A template from its TOML text; every problem names the file and the block."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _fail(f"“{name}”", f"TOML 格式错误：{error}") from error
    blocks = tuple(
        _block(raw, f"“{name}”第{number}块") for number, raw in enumerate(data.get("blocks", []), 1)
    )
    if not blocks:
        raise _fail(f"“{name}”", "没有任何块")
    return Template(
        name,
        _text(data, "title", f"“{name}”"),
        data.get("subtitle", ""),
        blocks,
        data.get("footer", ""),
    )


def load_template(name: str) -> Template:
    """The template ``resources/templates/<name>.toml`` shipped with the application."""
    path = resources.files(TEMPLATE_PACKAGE).joinpath(TEMPLATE_FOLDER, f"{name}.toml")
    if not path.is_file():
        raise TemplateError(f"找不到文书模板“{name}”（{TEMPLATE_FOLDER}/{name}.toml）")
    return parse_template(name, path.read_text(encoding="utf-8"))


class _Strict(dict[str, str]):
    def __missing__(self, key: str) -> str:
        raise KeyError(key)


def fields_of(text: str) -> set[str]:
    """The field names a template text refers to."""
    return {name for _, name, _, _ in Formatter().parse(text) if name}


def fill(text: str, values: Mapping[str, str], where: str = "") -> str:
    """``text`` with its ``{field}``s replaced; an unknown field is a template error."""
    try:
        return text.format_map(_Strict(values))
    except KeyError as error:
        raise TemplateError(f"文书模板{where}引用了不存在的字段“{error.args[0]}”") from error
    except (ValueError, IndexError) as error:
        raise TemplateError(f"文书模板{where}的文本“{text}”格式错误：{error}") from error


def all_fields(template: Template) -> set[str]:
    """Every plain field the template's texts refer to (table row fields excluded)."""
    texts: list[str] = [template.title, template.subtitle, template.footer]
    for block in template.blocks:
        texts.extend(_texts(block))
    return set().union(*(fields_of(text) for text in texts))


def _texts(block: Block) -> Sequence[str]:
    if isinstance(block, Line | Paragraph):
        return [block.text]
    if isinstance(block, Grid):
        return [block.caption, *(cell.text for row in block.rows for cell in row)]
    if isinstance(block, Table):
        return [block.caption, block.empty, *(column.header for column in block.columns)]
    if isinstance(block, Boxes):
        return [text for box in block.boxes for text in (box.title, box.text, box.footer)]
    return list(block.slots)
