"""Printing documents to PDF: one record's document, or every approved record of a list in one
multi-page PDF (SPEC §8 "Printing"; the Qt preview and print dialog come later and show
these PDFs).

A batch reads its records a few hundred at a time, draws each document, reports progress
after each one and stops on request between documents; the PDF appears only when complete
(written beside the target and moved into place), with its fonts subset to the glyphs used
and a bookmark per document so a reviewer can jump to a ship in a 500-page print.

PyMuPDF is not thread-safe: a caller running these off the UI thread runs all of them on one
and the same worker thread (the PDF viewer's render thread, for instance).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

import pymupdf
from sqlalchemy import Engine

from core.vocab import Level, RecordKind
from desktop.documents.application_form import application_form_data, application_form_template
from desktop.documents.fonts import subset
from desktop.documents.opinion_sheet import opinion_sheet_data, opinion_sheet_template
from desktop.documents.records import (
    CHUNK,
    ShipRecord,
    approved_ids,
    load_ship_records,
    record_table,
)
from desktop.documents.render import DocumentData, render
from desktop.documents.template import Template
from desktop.reports.progress import CancelCheck, ProgressCallback, ticker
from desktop.reports.tables import ReportTables
from desktop.saved_files import saving

APPLICATION_NAME = "湖南省水运奖补资金审核桌面端"


class DocumentKind(StrEnum):
    """The documents a handler prints for a ship-project record."""

    OPINION_SHEET = "审核意见表"
    APPLICATION_FORM = "资金申请表"


DataBuilder = Callable[[ShipRecord, date], DocumentData]
_KINDS: dict[DocumentKind, tuple[Callable[[], Template], DataBuilder]] = {
    DocumentKind.OPINION_SHEET: (opinion_sheet_template, opinion_sheet_data),
    DocumentKind.APPLICATION_FORM: (application_form_template, application_form_data),
}


class NothingToPrintError(LookupError):
    """No record of the list qualifies; the message says why, for the person."""


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What a batch printed: the file, documents and pages, and the ids left out."""

    path: Path
    documents: int
    pages: int
    skipped: tuple[str, ...]


def _bookmark(record: ShipRecord) -> str:
    name = record.field("ship_name") or ""
    form_no = record.field("form_no") or ""
    return f"{name}　{form_no}".strip()


def _finish(document: pymupdf.Document, title: str) -> None:
    document.set_metadata(
        {"title": title, "creator": APPLICATION_NAME, "producer": f"PyMuPDF {pymupdf.VersionBind}"}
    )
    subset(document)


def document_pdf(kind: DocumentKind, record: ShipRecord, printed_on: date | None = None) -> bytes:
    """The PDF of one document of one record."""
    template_of, data_of = _KINDS[kind]
    document = pymupdf.open()
    render(document, template_of(), data_of(record, printed_on or date.today()))
    _finish(document, f"{kind}　{_bookmark(record)}")
    return document.tobytes(garbage=3, deflate=True)


def print_record(
    engine: Engine,
    tables: ReportTables,
    record_kind: RecordKind,
    record_id: str,
    kind: DocumentKind,
    printed_on: date | None = None,
) -> bytes:
    """The PDF of one document of the record ``record_id`` read from the local cache."""
    (record,) = load_ship_records(engine, tables, record_kind, [record_id])
    return document_pdf(kind, record, printed_on)


def _save(document: pymupdf.Document, path: Path) -> None:
    """Save beside the target and move into place, so no half-written PDF ever appears."""
    with saving(path, ".pdf") as part:
        document.save(str(part), garbage=3, deflate=True)


def print_approved(
    engine: Engine,
    tables: ReportTables,
    record_kind: RecordKind,
    ids: Sequence[str],
    kind: DocumentKind,
    path: str | Path,
    *,
    approved_at: Level = Level.PROVINCE,
    printed_on: date | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> BatchResult:
    """Print ``kind`` for every record of ``ids`` (a list's result, in its order) whose latest
    ``approved_at`` result is 同意, into one PDF at ``path``.

    ``progress`` gets the number of documents drawn; ``cancelled`` is polled between
    documents and stops the batch (``progress.Cancelled``) without writing the file.
    """
    record_table(tables, record_kind)  # refuses kinds that have no printed documents
    target = Path(path)
    selected = approved_ids(engine, tables, record_kind, ids, approved_at)
    if not selected:
        raise NothingToPrintError(
            f"列表中的{len(ids)}条记录都未通过{approved_at}审核，没有可打印的{kind}。"
        )
    template_of, data_of = _KINDS[kind]
    template = template_of()
    today = printed_on or date.today()
    tick = ticker(progress, cancelled, every=1)
    document = pymupdf.open()
    toc: list[list[int | str]] = []
    for start in range(0, len(selected), CHUNK):
        for record in load_ship_records(
            engine, tables, record_kind, selected[start : start + CHUNK]
        ):
            pages = render(document, template, data_of(record, today))
            toc.append([1, _bookmark(record) or record.record["id"], pages.start + 1])
            tick.step()
    tick.check()
    document.set_toc(toc)
    _finish(document, f"{kind}（{len(selected)}份）")
    _save(document, target)
    tick.finish()
    chosen = set(selected)
    return BatchResult(
        target,
        len(selected),
        document.page_count,
        tuple(record_id for record_id in ids if record_id not in chosen),
    )
