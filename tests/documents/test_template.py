"""Templates: the shipped ones load and name only fields the documents fill; broken ones
are refused with the file and the place named."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from core.vocab import RecordKind
from desktop.documents.application_form import application_form_data
from desktop.documents.opinion_sheet import opinion_sheet_data
from desktop.documents.records import ShipRecord, load_ship_records
from desktop.documents.render import DocumentData
from desktop.documents.template import (
    Boxes,
    Grid,
    Signatures,
    Table,
    TemplateError,
    all_fields,
    fill,
    load_template,
    parse_template,
)
from tests.reports.world import World


@pytest.mark.parametrize(
    ("name", "builder"),
    [
        ("review_opinion_sheet", opinion_sheet_data),
        ("fund_application_form", application_form_data),
    ],
)
def test_shipped_templates_use_only_fields_the_documents_fill(
    world: World, name: str, builder: Callable[[ShipRecord, date], DocumentData]
) -> None:
    template = load_template(name)
    (record,) = load_ship_records(world.engine, world.tables, RecordKind.APPLICATION, ["A1"])
    data = builder(record, date(2024, 11, 11))
    assert all_fields(template) <= set(data.values)
    tables = {block.source for block in template.blocks if isinstance(block, Table)}
    assert tables <= set(data.lists)


def test_shipped_template_shapes() -> None:
    sheet = load_template("review_opinion_sheet")
    assert sheet.title == "湖南省水运奖补资金审核意见表"
    assert [type(block).__name__ for block in sheet.blocks] == [
        "Line",
        "Grid",
        "Grid",
        "Grid",
        "Table",
        "Grid",
        "Signatures",
    ]
    form = load_template("fund_application_form")
    boxes = next(block for block in form.blocks if isinstance(block, Boxes))
    assert [box.title for box in boxes.boxes] == [
        "县级交通运输主管部门意见",
        "市州交通运输主管部门意见",
        "省级交通运输主管部门意见",
    ]
    grid = next(block for block in form.blocks if isinstance(block, Grid))
    assert grid.rows[0][0].label and not grid.rows[0][1].label and grid.rows[0][1].span == 3
    assert isinstance(sheet.blocks[-1], Signatures)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('blocks = [{ kind = "line", text = "x" }]', "缺少文本字段“title”"),
        ('title = "t"', "没有任何块"),
        ('title = "t"\nblocks = [{ kind = "chart" }]', "第1块：未知的块类型“chart”"),
        (
            'title = "t"\nblocks = [{ kind = "grid", widths = [1, 1], rows = [["a"]] }]',
            "第1块第1行：各单元跨列之和应为2",
        ),
        (
            'title = "t"\nblocks = [{ kind = "line", text = "x", align = "justify" }]',
            "对齐方式“justify”无效",
        ),
        ('title = "t"\nblocks = [{ kind = "table", source = "s", columns = [] }]', "表格没有列"),
        ('title = "t"\nblocks = [', "TOML 格式错误"),
    ],
)
def test_broken_templates_are_refused_with_the_place_named(text: str, message: str) -> None:
    with pytest.raises(TemplateError, match=message):
        parse_template("坏模板", text)


def test_fill_names_unknown_fields() -> None:
    assert fill("船名：{ship_name}", {"ship_name": "华洋兴旺"}) == "船名：华洋兴旺"
    with pytest.raises(TemplateError, match="不存在的字段“ship_nmae”"):
        fill("船名：{ship_nmae}", {"ship_name": "华洋兴旺"}, "“审核意见表”")


def test_missing_template_file() -> None:
    with pytest.raises(TemplateError, match="找不到文书模板“nope”"):
        load_template("nope")
