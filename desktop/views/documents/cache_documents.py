"""The document engine bound to the local cache: the calls the dialogs run off the UI thread.

The cache's tables carry the server's table and column names, so the engine's
``ReportTables`` are picked from the cache's metadata. Every function here reads the database
and draws with PyMuPDF: callers run them with ``TaskRunner.run_cancellable``, whose pool has a
single thread, so two documents are never drawn at the same time.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from core.vocab import Level, RecordKind
from desktop.documents.printing import BatchResult, DocumentKind, document_pdf, print_approved
from desktop.documents.records import approved_ids, load_ship_records
from desktop.models.database import CacheDatabase
from desktop.models.kinds import RECORD_KINDS
from desktop.models.report_tables import cache_tables
from desktop.tasks import TaskControl

_UNSAFE_IN_FILE_NAMES = str.maketrans(dict.fromkeys('\\/:*?"<>|', "_"))


def file_title(kind: DocumentKind, *parts: object) -> str:
    """A document's title as a file name: kind and non-empty parts, no characters Windows
    refuses."""
    words = [str(kind), *(str(part) for part in parts if part)]
    return "_".join(words).translate(_UNSAFE_IN_FILE_NAMES)


def record_document(
    db: CacheDatabase, kind: str, record_id: str, document: DocumentKind
) -> tuple[bytes, str]:
    """One record's document and its title (kind, ship name, form number)."""
    (record,) = load_ship_records(db.engine, cache_tables(), RECORD_KINDS[kind], [record_id])
    title = file_title(document, record.field("ship_name"), record.field("form_no"))
    return document_pdf(document, record), title


def print_approved_list(
    db: CacheDatabase,
    kind: str,
    ids: Sequence[str],
    document: DocumentKind,
    path: Path,
    level: Level,
    control: TaskControl,
) -> BatchResult:
    """Every record of ``ids`` approved at ``level`` into one PDF at ``path``.

    The approved ones are counted first (one query per few hundred ids) so the progress bar
    knows its end; the engine raises ``NothingToPrintError`` when there are none and
    ``progress.Cancelled`` (writing nothing) once ``control`` is cancelled.
    """
    record_kind: RecordKind = RECORD_KINDS[kind]
    tables = cache_tables()
    total = len(approved_ids(db.engine, tables, record_kind, ids, level))
    return print_approved(
        db.engine,
        tables,
        record_kind,
        ids,
        document,
        path,
        approved_at=level,
        progress=lambda done: control.progress(done, total),
        cancelled=lambda: control.cancelled,
    )
