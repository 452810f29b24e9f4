"""Printing from the viewer to a PDF-file printer, without the modal print dialog."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from desktop.views.pdf import PdfViewer
from desktop.views.pdf.print_job import PrintOutcome
from tests.desktop.pdf_fixtures import (  # noqa: F401  (pytest fixtures, registered by name=)
    WAIT_MS,
    landscape_pdf_fixture,
    load_and_wait,
    no_dangling_threads_fixture,
    scanned_50_fixture,
    text_5_fixture,
    viewer_fixture,
)


def _pdf_printer(target: Path, mode: QPrinter.PrinterMode) -> QPrinter:
    printer = QPrinter(mode)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return printer


def _ink(page: pymupdf.Page) -> float:
    """Share of non-white pixels of a printed page at low resolution."""
    pix = page.get_pixmap(matrix=pymupdf.Matrix(0.3, 0.3), colorspace=pymupdf.csGRAY)
    samples = pix.samples
    return sum(1 for value in samples if value < 200) / len(samples)


def _print(qtbot: QtBot, viewer: PdfViewer, printer: QPrinter) -> tuple[PrintOutcome, list]:
    progress: list[tuple[int, int]] = []
    with qtbot.waitSignal(viewer.print_finished, timeout=WAIT_MS * 3) as blocker:
        job = viewer.print_to(printer)
        assert job is not None
        job.progressed.connect(lambda done, total: progress.append((done, total)))
    return blocker.args[0], progress


def test_printing_writes_every_page(
    qtbot: QtBot,
    viewer: PdfViewer,
    text_5: bytes,
    tmp_path: Path,
) -> None:
    load_and_wait(qtbot, viewer, text_5)
    target = tmp_path / "打印.pdf"
    outcome, progress = _print(
        qtbot, viewer, _pdf_printer(target, QPrinter.PrinterMode.HighResolution)
    )
    assert outcome is PrintOutcome.DONE
    assert progress[-1] == (5, 5)
    printed = pymupdf.open(target)
    assert printed.page_count == 5
    assert all(_ink(page) > 0.002 for page in printed)
    assert viewer.status.text() == "打印完成"


def test_printing_a_page_range(
    qtbot: QtBot,
    viewer: PdfViewer,
    scanned_50: bytes,
    tmp_path: Path,
) -> None:
    load_and_wait(qtbot, viewer, scanned_50)
    target = tmp_path / "range.pdf"
    printer = _pdf_printer(target, QPrinter.PrinterMode.ScreenResolution)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(3, 6)
    outcome, _ = _print(qtbot, viewer, printer)
    assert outcome is PrintOutcome.DONE
    assert pymupdf.open(target).page_count == 4


def test_printing_the_whole_50_page_scan(
    qtbot: QtBot,
    viewer: PdfViewer,
    scanned_50: bytes,
    tmp_path: Path,
) -> None:
    load_and_wait(qtbot, viewer, scanned_50)
    target = tmp_path / "scan.pdf"
    outcome, progress = _print(
        qtbot, viewer, _pdf_printer(target, QPrinter.PrinterMode.ScreenResolution)
    )
    assert outcome is PrintOutcome.DONE
    assert [done for done, _ in progress] == list(range(1, 51))
    printed = pymupdf.open(target)
    assert printed.page_count == 50
    assert _ink(printed[49]) > 0.002


def test_landscape_pages_are_turned_to_fit_portrait_paper(
    qtbot: QtBot,
    viewer: PdfViewer,
    landscape_pdf: bytes,
    tmp_path: Path,
) -> None:
    load_and_wait(qtbot, viewer, landscape_pdf)
    target = tmp_path / "mixed.pdf"
    outcome, _ = _print(qtbot, viewer, _pdf_printer(target, QPrinter.PrinterMode.ScreenResolution))
    assert outcome is PrintOutcome.DONE
    printed = pymupdf.open(target)
    assert printed.page_count == 2
    for page in printed:
        assert page.rect.height > page.rect.width
        [image] = page.get_images(full=True)
        box = page.get_image_bbox(image)
        assert box.height > box.width * 1.3, "each page is drawn upright on portrait paper"


def test_cancelling_stops_and_removes_the_partial_file(
    qtbot: QtBot,
    viewer: PdfViewer,
    scanned_50: bytes,
    tmp_path: Path,
) -> None:
    load_and_wait(qtbot, viewer, scanned_50)
    target = tmp_path / "cancelled.pdf"
    printer = _pdf_printer(target, QPrinter.PrinterMode.HighResolution)
    printer.setResolution(300)
    with qtbot.waitSignal(viewer.print_finished, timeout=WAIT_MS * 3) as finished:
        job = viewer.print_to(printer)
        assert job is not None
        with qtbot.waitSignal(job.progressed, timeout=WAIT_MS):
            pass
        viewer.cancel_print()
    assert finished.args == [PrintOutcome.CANCELLED]
    assert not target.exists()
    assert viewer.status.text() == "已取消打印"


def test_closing_the_viewer_while_printing_stops_everything(
    qtbot: QtBot,
    scanned_50: bytes,
    tmp_path: Path,
    no_dangling_threads: list,
) -> None:
    widget = PdfViewer()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    load_and_wait(qtbot, widget, scanned_50)
    job = widget.print_to(_pdf_printer(tmp_path / "x.pdf", QPrinter.PrinterMode.HighResolution))
    assert job is not None
    widget.close()
    assert not job.isRunning()
    assert job.outcome in (PrintOutcome.CANCELLED, PrintOutcome.DONE)
    assert not widget.render_thread.isRunning()


def test_the_viewer_stays_usable_while_printing(
    qtbot: QtBot,
    viewer: PdfViewer,
    scanned_50: bytes,
    text_5: bytes,
    tmp_path: Path,
) -> None:
    """The print job has its own copy of the document: the reviewer may open the next one."""
    load_and_wait(qtbot, viewer, scanned_50)
    target = tmp_path / "background.pdf"
    with qtbot.waitSignal(viewer.print_finished, timeout=WAIT_MS * 3) as finished:
        assert viewer.print_to(_pdf_printer(target, QPrinter.PrinterMode.ScreenResolution))
        assert (
            viewer.print_to(
                _pdf_printer(tmp_path / "second.pdf", QPrinter.PrinterMode.ScreenResolution)
            )
            is None
        )
        load_and_wait(qtbot, viewer, text_5)
    assert finished.args == [PrintOutcome.DONE]
    assert pymupdf.open(target).page_count == 50
    assert viewer.page_count() == 5


@pytest.mark.parametrize("mode", [QPrinter.PrinterMode.ScreenResolution])
def test_print_without_a_document_does_nothing(
    viewer: PdfViewer, mode: QPrinter.PrinterMode, tmp_path: Path
) -> None:
    assert viewer.print_to(_pdf_printer(tmp_path / "none.pdf", mode)) is None
    assert not viewer.commands.print.isEnabled()
