"""Batch printing: every approved record of a list into one PDF, with progress and cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pymupdf
import pytest

from core.vocab import Level, RecordKind
from desktop.documents.printing import DocumentKind, NothingToPrintError, print_approved
from desktop.reports.progress import Cancelled
from tests.documents.conftest import assert_font_embedded, save_pages
from tests.reports.world import World

LIST = ["A9", "A4", "A1", "A5", "A3", "A6"]
"""A list as a query returns it: A4, A1 and A3 passed the province, the others did not."""


def test_prints_the_approved_records_in_list_order(
    world: World, tmp_path: Path, screenshots: Path
) -> None:
    seen: list[int] = []
    result = print_approved(
        world.engine,
        world.tables,
        RecordKind.APPLICATION,
        LIST,
        DocumentKind.APPLICATION_FORM,
        tmp_path / "forms.pdf",
        printed_on=date(2024, 11, 11),
        progress=seen.append,
    )
    assert (result.documents, result.pages) == (3, 3)
    assert result.skipped == ("A9", "A5", "A6")
    assert seen == [1, 2, 3, 3]
    data = result.path.read_bytes()
    assert_font_embedded(data)
    document = pymupdf.open("pdf", data)
    assert [
        "华洋兴旺" in document[0].get_text(),
        "湘长沙货0001" in document[1].get_text(),
        "湘长沙货0003" in document[2].get_text(),
    ] == [True, True, True]
    assert document.get_toc() == [
        [1, "华洋兴旺　张家界（2024）0001", 1],
        [1, "湘长沙货0001　长沙（2024）0001", 2],
        [1, "湘长沙货0003　长沙（2024）0003", 3],
    ]
    assert all("第 1 页  共 1 页" in page.get_text() for page in document)
    assert document.metadata["title"] == "资金申请表（3份）"
    save_pages(data, screenshots, "document-batch-forms", dpi=60)


def test_approval_level_is_a_choice(world: World, tmp_path: Path) -> None:
    result = print_approved(
        world.engine,
        world.tables,
        RecordKind.APPLICATION,
        LIST,
        DocumentKind.OPINION_SHEET,
        tmp_path / "sheets.pdf",
        approved_at=Level.PLATFORM,
    )
    assert result.documents == 5
    assert result.skipped == ("A9",)
    with pytest.raises(ValueError, match="奖励申请没有可打印的审核意见表或资金申请表"):
        print_approved(
            world.engine,
            world.tables,
            RecordKind.REWARD,
            ["R1"],
            DocumentKind.OPINION_SHEET,
            tmp_path / "x.pdf",
            approved_at=Level.CITY,
        )


def test_nothing_approved_says_so_and_writes_nothing(world: World, tmp_path: Path) -> None:
    message = "2条记录都未通过省级审核，没有可打印的审核意见表"
    with pytest.raises(NothingToPrintError, match=message):
        print_approved(
            world.engine,
            world.tables,
            RecordKind.APPLICATION,
            ["A7", "A9"],
            DocumentKind.OPINION_SHEET,
            tmp_path / "none.pdf",
        )
    assert list(tmp_path.iterdir()) == []


def test_cancel_between_documents_leaves_no_file(world: World, tmp_path: Path) -> None:
    polls: list[int] = []

    def cancelled() -> bool:
        polls.append(1)
        return len(polls) > 2

    with pytest.raises(Cancelled) as raised:
        print_approved(
            world.engine,
            world.tables,
            RecordKind.APPLICATION,
            LIST,
            DocumentKind.OPINION_SHEET,
            tmp_path / "cancelled.pdf",
            cancelled=cancelled,
        )
    assert raised.value.done == 2
    assert list(tmp_path.iterdir()) == []


def test_completions_print_too(world: World, tmp_path: Path) -> None:
    result = print_approved(
        world.engine,
        world.tables,
        RecordKind.COMPLETION,
        ["C2", "C1"],
        DocumentKind.OPINION_SHEET,
        tmp_path / "c.pdf",
    )
    assert (result.documents, result.skipped) == (1, ("C2",))
