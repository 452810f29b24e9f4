"""The units of work the render thread runs; each one touches PyMuPDF only inside ``run``.

Every task reports through the render thread's signals, which Qt queues to the UI thread, so
nothing here ever calls back into a widget. A task that is dropped before it runs (stale, or
the thread is stopping) gets ``discard()`` so whoever waits for it can stop waiting.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Protocol

import pymupdf
from PySide6.QtCore import SignalInstance

from desktop.views.pdf.documents import DocumentOpenError, DocumentStore, Source
from desktop.views.pdf.geometry import Rect
from desktop.views.pdf.pixmap_image import render_page
from desktop.views.pdf.render_requests import RenderRequest, RenderResult


class RenderOutbox(Protocol):
    """The render thread's signals, as the tasks see them."""

    @property
    def opened(self) -> SignalInstance: ...
    @property
    def open_failed(self) -> SignalInstance: ...
    @property
    def page_rendered(self) -> SignalInstance: ...
    @property
    def render_failed(self) -> SignalInstance: ...
    @property
    def search_hits(self) -> SignalInstance: ...
    @property
    def search_finished(self) -> SignalInstance: ...
    @property
    def text_ready(self) -> SignalInstance: ...


@dataclass(frozen=True)
class WorkerContext:
    """What a task may use: the thread's documents and its signals."""

    store: DocumentStore
    outbox: RenderOutbox


class Task(Protocol):
    """Anything the render thread can run."""

    def run(self, context: WorkerContext) -> None: ...

    def discard(self) -> None: ...


class _Droppable:
    """Most tasks have nobody waiting on them when dropped."""

    def discard(self) -> None:
        return None


@dataclass(frozen=True)
class OpenTask(_Droppable):
    doc_id: int
    source: Source

    def run(self, context: WorkerContext) -> None:
        try:
            info = context.store.open(self.doc_id, self.source)
        except DocumentOpenError as exc:
            context.outbox.open_failed.emit(self.doc_id, exc.reason.value)
            return
        context.outbox.opened.emit(self.doc_id, info)


@dataclass(frozen=True)
class CloseTask(_Droppable):
    doc_id: int

    def run(self, context: WorkerContext) -> None:
        context.store.close(self.doc_id)


@dataclass(frozen=True)
class RenderTask(_Droppable):
    request: RenderRequest

    def run(self, context: WorkerContext) -> None:
        doc = context.store.get(self.request.doc_id)
        if doc is None:
            return
        start = time.perf_counter()
        try:
            page = doc.load_page(self.request.page)
            image = render_page(page, self.request.scale, self.request.rotation)
        except (RuntimeError, ValueError, IndexError) as exc:
            context.outbox.render_failed.emit(self.request, str(exc))
            return
        elapsed = (time.perf_counter() - start) * 1000
        context.outbox.page_rendered.emit(RenderResult(self.request, image, elapsed))


def display_rects(page: pymupdf.Page, needle: str) -> list[Rect]:
    """Hits in the coordinates of the page as displayed (search_for answers unrotated ones)."""
    turn = page.rotation_matrix
    rects = []
    for hit in page.search_for(needle):
        shown = pymupdf.Rect(hit) * turn
        shown.normalize()
        rects.append((shown.x0, shown.y0, shown.x1, shown.y1))
    return rects


@dataclass(frozen=True)
class SearchTask(_Droppable):
    """One page of a search; a search is one task per page so renders can cut in between."""

    doc_id: int
    search_id: int
    page: int
    needle: str
    last: bool

    def run(self, context: WorkerContext) -> None:
        doc = context.store.get(self.doc_id)
        if doc is None:
            return
        try:
            rects = display_rects(doc.load_page(self.page), self.needle)
        except (RuntimeError, ValueError, IndexError):
            rects = []
        context.outbox.search_hits.emit(self.search_id, self.page, rects)
        if self.last:
            context.outbox.search_finished.emit(self.search_id)


@dataclass(frozen=True)
class TextTask(_Droppable):
    """The plain text of one page (empty for a scan without a text layer)."""

    doc_id: int
    page: int

    def run(self, context: WorkerContext) -> None:
        doc = context.store.get(self.doc_id)
        if doc is None:
            return
        try:
            text = doc.load_page(self.page).get_text("text")
        except (RuntimeError, ValueError, IndexError):
            text = ""
        context.outbox.text_ready.emit(self.doc_id, self.page, text)
