"""Reports printed as PDF tables: every report renders with the embedded font, a PNG of its
first page goes to artifacts/screenshots, long tables repeat their header on each page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pymupdf
import pytest
from sqlalchemy import Engine

from desktop.documents.report_pdf import report_pdf, save_report_pdf
from desktop.reports.annex7 import annex7
from desktop.reports.annex8 import annex8
from desktop.reports.applicants import applicant_summary
from desktop.reports.building_funds import building_funds
from desktop.reports.cargo_funds import cargo_funds
from desktop.reports.filters import ReportFilter
from desktop.reports.joint_review import joint_review_summary
from desktop.reports.model import (
    CellFormat,
    Column,
    Group,
    Report,
    ReportRow,
    RowKind,
    build_header,
)
from desktop.reports.progress import Cancelled
from desktop.reports.scrapping_funds import scrapping_funds
from desktop.reports.tables import ReportTables
from tests.documents.conftest import assert_font_embedded, pdf_text, save_pages
from tests.reports.world import World

Builder = Callable[[Engine, ReportTables, ReportFilter], Report]
CASES: list[tuple[Builder, list[str]]] = [
    (joint_review_summary, ["湖南省总计", "慈利县小计", "2024-08-05", "联审忽略情况"]),
    (scrapping_funds, ["湖南省总计", "共5艘", "180.15", "湘益阳机0258", "干货船（部政策）"]),
    (building_funds, ["484.95", "集装箱船（改建省际液气动力船，省政策）", "湘慈货0391"]),
    (cargo_funds, ["岳阳市合计", "5,330", "31.20", "83.62"]),
    (annex7, ["附件7", "运力结构调整奖补申报汇总表", "395.88", "共3艘"]),
    (annex8, ["附件8", "集装箱运输发展奖补申报汇总表", "27.80"]),
    (applicant_summary, ["记录合计", "无船舶记录", "664.43", "548.75"]),
]


@pytest.mark.parametrize(("builder", "expected"), CASES, ids=[b.__name__ for b, _ in CASES])
def test_each_report_prints(
    world: World, screenshots: Path, builder: Builder, expected: list[str]
) -> None:
    report = builder(world.engine, world.tables, ReportFilter(2024))
    pdf = report_pdf(report)
    assert_font_embedded(pdf)
    document = pymupdf.open("pdf", pdf)
    assert document.page_count == 1
    page = document[0]
    assert page.rect.width > page.rect.height  # landscape
    text = pdf_text(page)
    for part in [report.title, report.unit_note, *expected]:
        assert part in text, part
    save_pages(pdf, screenshots, f"report-{report.key}", dpi=100)


def _long_report(count: int) -> Report:
    columns, header = build_header(
        [
            Column("n", "序号", CellFormat.INTEGER),
            Column("region", "市(县)"),
            Group(
                "奖补资金（万元）",
                [
                    Column("estimate", "资金测算", CellFormat.MONEY),
                    Column("check", "资金复核", CellFormat.MONEY),
                ],
            ),
        ]
    )

    def rows() -> Iterator[ReportRow]:
        yield ReportRow(
            RowKind.PROVINCE_TOTAL, (None, "湖南省总计", Decimal(count), Decimal(count))
        )
        for number in range(1, count + 1):
            yield ReportRow(RowKind.DETAIL, (number, "慈利县", Decimal("1.00"), Decimal("1.00")))

    return Report(
        "long", "长表", "所在区划：湖南省", "单位：万元", columns, header, count + 1, rows
    )


def test_long_tables_repeat_the_header_on_every_page(tmp_path: Path) -> None:
    seen: list[int] = []
    path = save_report_pdf(_long_report(120), tmp_path / "long.pdf", progress=seen.append)
    document = pymupdf.open(path)
    assert document.page_count >= 3
    for number, page in enumerate(document, start=1):
        text = pdf_text(page)
        assert "奖补资金（万元）" in text and "资金测算" in text
        assert f"第 {number} 页  共 {document.page_count} 页" in text
    assert seen[-1] == 121
    assert "120" in document[-1].get_text()


def test_preview_of_the_first_rows_and_cancel(tmp_path: Path) -> None:
    preview = pymupdf.open("pdf", report_pdf(_long_report(120), max_rows=5))
    assert preview.page_count == 1
    lines = preview[0].get_text().split("\n")
    assert "湖南省总计" in lines and "4" in lines and "5" not in lines
    with pytest.raises(Cancelled):
        save_report_pdf(_long_report(2000), tmp_path / "x.pdf", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
