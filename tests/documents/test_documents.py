"""The review opinion sheet and the fund application form of single records: text found in
the PDF, the font embedded, a PNG of every page written for people to look at."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pymupdf
import pytest

from core.vocab import RecordKind
from desktop.documents.printing import DocumentKind, print_record
from desktop.documents.records import RecordNotFoundError
from tests.documents.conftest import assert_font_embedded, pdf_text, save_pages
from tests.reports.world import World

PRINTED = date(2024, 11, 11)


def _print(world: World, kind: RecordKind, record_id: str, document: DocumentKind) -> bytes:
    return print_record(world.engine, world.tables, kind, record_id, document, PRINTED)


def test_opinion_sheet_of_an_approved_application(world: World, screenshots: Path) -> None:
    pdf = _print(world, RecordKind.APPLICATION, "A1", DocumentKind.OPINION_SHEET)
    assert_font_embedded(pdf)
    assert pymupdf.open("pdf", pdf).page_count == 1
    text = pdf_text(pdf)
    for expected in (
        "湖南省水运奖补资金审核意见表",
        "长沙（2024）0001",
        "湖南晶泰运输有限公司",
        "企业（省内）",
        "湘长沙货0001",
        "CN20087470692",
        "345",
        "120.50",
        "19.252",
        "2024-06-01",
        "0.1*345*1.5*1.00 = 51.75",
        "三项金额一致",
        "材料齐全、符合条件、同意上报。",
        "资金已复核，符合奖补标准，同意上报。",
        "王小明（430101-1）",
        "胡立辉（430000-1）",
        "2024-07-20",
        "打印日期：2024-11-11",
        "第 1 页  共 1 页",
    ):
        assert expected in text, expected
    assert "材料扫描件不清晰" not in text  # the county's later pass replaced its return
    # The platform's pass: its audit-log opinion, and in words on the 联审情况 line although
    # the record keeps no problem text.
    assert text.count("平台联审通过：证书在各判断日均有效。") == 2
    save_pages(pdf, screenshots, "document-opinion-sheet-A1")


def test_opinion_sheet_shows_failures_differences_and_open_levels(
    world: World, screenshots: Path
) -> None:
    pdf = _print(world, RecordKind.APPLICATION, "A7", DocumentKind.OPINION_SHEET)
    text = pdf_text(pdf)
    for expected in (
        "宜货1号",
        "未通过",
        "营运证无效①；许可证号或经营人名错②",
        "未审",
        "测算 3.60 与复核 3.50 不一致（相差 0.10 万元）",
        "测算 3.60 与机算 3.55 不一致（相差 0.05 万元）",
        "复核 3.50 与机算 3.55 不一致（相差 -0.05 万元）",
    ):
        assert expected in text, expected
    assert text.count("未审") == 3  # 县级, 市级, 省级 have not decided
    save_pages(pdf, screenshots, "document-opinion-sheet-A7")


def test_opinion_sheet_of_a_completion(world: World, screenshots: Path) -> None:
    pdf = _print(world, RecordKind.COMPLETION, "C1", DocumentKind.OPINION_SHEET)
    text = pdf_text(pdf)
    for expected in (
        "拆建完结",
        "湖南晶泰运输有限公司",
        "51.80",
        "2024-07-02",
        "2024-07-01",
        "测算 51.75 与复核 51.80 不一致（相差 -0.05 万元）",
    ):
        assert expected in text, expected
    save_pages(pdf, screenshots, "document-opinion-sheet-C1")


def test_fund_application_form(world: World, screenshots: Path) -> None:
    pdf = _print(world, RecordKind.APPLICATION, "A4", DocumentKind.APPLICATION_FORM)
    assert_font_embedded(pdf)
    assert pymupdf.open("pdf", pdf).page_count == 1
    text = pdf_text(pdf)
    for expected in (
        "湖南省水运奖补资金申请表",
        "船舶新建项目·省政策",
        "张家界（2024）0001",
        "长航局股份有限公司",
        "91430421MA4PDAW5XY",
        "中国农业银行长沙芙蓉支行",
        "2324324242424342",
        "华洋兴旺",
        "2231",
        "1396.00",
        "333.28 万元",
        "人民币叁佰叁拾叁万贰仟捌佰元整",
        "300+0.166389*200 = 333.28",
        "申请人承诺",
        "县级交通运输主管部门意见",
        "市州交通运输主管部门意见",
        "省级交通运输主管部门意见",
        "2024年7月20日",
        "申请日期：2024-08-30",
    ):
        assert expected in text, expected
    save_pages(pdf, screenshots, "document-fund-application-A4")


def test_fund_application_form_before_any_approval_leaves_boxes_blank(world: World) -> None:
    text = pdf_text(_print(world, RecordKind.APPLICATION, "A9", DocumentKind.APPLICATION_FORM))
    assert "人民币捌拾肆万元整" in text
    assert "年　　月　　日" in text
    assert "同意上报" not in text


def test_a_record_missing_from_the_cache_is_named(world: World) -> None:
    with pytest.raises(RecordNotFoundError, match="找不到拆建申请记录：NOPE"):
        _print(world, RecordKind.APPLICATION, "NOPE", DocumentKind.OPINION_SHEET)


def test_only_ship_records_are_printable(world: World) -> None:
    with pytest.raises(ValueError, match="没有可打印"):
        _print(world, RecordKind.REWARD, "R1", DocumentKind.OPINION_SHEET)
