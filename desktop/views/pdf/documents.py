"""The open PyMuPDF documents, owned by the render thread and only ever touched there.

Opening is where hostile or damaged material shows up (a zip upload only proved the bytes
*claim* to be a PDF), so every way opening can fail is folded into a small set of reasons the
viewer can explain to a reviewer in Chinese instead of raising into the event loop.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from desktop.views.pdf.geometry import PageSize


class OpenFailure(enum.Enum):
    """Why a document could not be shown."""

    MISSING = "missing"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    CORRUPT = "corrupt"
    ENCRYPTED = "encrypted"
    NO_PAGES = "no_pages"


class DocumentOpenError(Exception):
    """Opening failed for a reason the viewer knows how to explain."""

    def __init__(self, reason: OpenFailure, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason = reason


@dataclass(frozen=True)
class DocumentInfo:
    """What the UI thread needs to lay a document out before any page is rendered."""

    doc_id: int
    page_sizes: tuple[PageSize, ...]

    @property
    def page_count(self) -> int:
        return len(self.page_sizes)


Source = bytes | str | os.PathLike[str]


def _open(source: Source) -> pymupdf.Document:
    if isinstance(source, bytes):
        if not source:
            raise DocumentOpenError(OpenFailure.EMPTY)
        return pymupdf.open(stream=source, filetype="pdf")
    path = Path(source)
    if not path.is_file():
        raise DocumentOpenError(OpenFailure.MISSING, str(path))
    if path.stat().st_size == 0:
        raise DocumentOpenError(OpenFailure.EMPTY, str(path))
    return pymupdf.open(path, filetype="pdf")


def open_document(source: Source) -> pymupdf.Document:
    """Open a PDF from bytes or a path, or raise DocumentOpenError saying why not."""
    try:
        doc = _open(source)
    except DocumentOpenError:
        raise
    except PermissionError as exc:
        raise DocumentOpenError(OpenFailure.UNREADABLE, str(exc)) from exc
    except (RuntimeError, ValueError, OSError) as exc:
        raise DocumentOpenError(OpenFailure.CORRUPT, str(exc)) from exc
    if doc.needs_pass:
        doc.close()
        raise DocumentOpenError(OpenFailure.ENCRYPTED)
    if doc.page_count == 0:
        doc.close()
        raise DocumentOpenError(OpenFailure.NO_PAGES)
    return doc


def page_sizes(doc: pymupdf.Document) -> tuple[PageSize, ...]:
    """Every page's displayed size; loading a page object is cheap, its content is not parsed."""
    sizes = []
    for number in range(doc.page_count):
        rect = doc.load_page(number).rect
        sizes.append(PageSize(float(rect.width), float(rect.height)))
    return tuple(sizes)


class DocumentStore:
    """Documents by the viewer's id; the render thread's private state."""

    def __init__(self) -> None:
        self._docs: dict[int, pymupdf.Document] = {}

    def open(self, doc_id: int, source: Source) -> DocumentInfo:
        doc = open_document(source)
        try:
            info = DocumentInfo(doc_id, page_sizes(doc))
        except (RuntimeError, ValueError) as exc:
            doc.close()
            raise DocumentOpenError(OpenFailure.CORRUPT, str(exc)) from exc
        self.close(doc_id)
        self._docs[doc_id] = doc
        return info

    def get(self, doc_id: int) -> pymupdf.Document | None:
        return self._docs.get(doc_id)

    def close(self, doc_id: int) -> None:
        doc = self._docs.pop(doc_id, None)
        if doc is not None:
            doc.close()

    def close_all(self) -> None:
        for doc_id in list(self._docs):
            self.close(doc_id)

    def __len__(self) -> int:
        return len(self._docs)
