"""The one thread that owns every PyMuPDF document of the viewer.

PyMuPDF is not thread-safe, so there is exactly one render thread — never a pool — and every
call into MuPDF (open, render, search, page text, rendering pages for print) runs there as a
task from a priority queue (see task_queue). Results travel back to the UI thread as queued
Qt signals carrying Qt-owned QImages, so the UI thread never holds a MuPDF object.

The thread starts on first use and stops on ``stop()``: the queue closes, the task in hand
finishes, every document is closed on this thread, and tasks that never ran are discarded so
nothing waits for them. A running thread keeps itself referenced, so a viewer that is deleted
without being closed cannot destroy a running QThread (which would abort the process).
"""

from __future__ import annotations

import itertools
import logging
import os
import threading
from collections.abc import Hashable, Sequence
from typing import ClassVar

import pymupdf
from PySide6.QtCore import QThread, Signal

from desktop.views.pdf.documents import DocumentStore
from desktop.views.pdf.render_requests import RenderRequest
from desktop.views.pdf.render_tasks import (
    CloseTask,
    OpenTask,
    RenderTask,
    SearchTask,
    Task,
    TextTask,
    WorkerContext,
)
from desktop.views.pdf.task_queue import Lane, TaskQueue

log = logging.getLogger(__name__)

_CONTROL_OWNER = "control"
STOP_TIMEOUT_MS = 10_000
UI_GRACE_S = 0.015
"""How long the thread leaves the GIL to the UI after delivering a visible page.

PyMuPDF holds the GIL for the whole of a MuPDF call, so while this thread renders, no Python
code runs on the UI thread — not even the paintEvent that would show the page just rendered.
After a page the reviewer is waiting for, the thread therefore pauses before speculative work
(neighbours, thumbnails, print) until the UI has queued more visible pages or 15 ms pass,
which is enough to take the result, paint it and ask for the neighbours.
"""


class RenderThread(QThread):
    """Serialises all PyMuPDF work; talk to it from the UI thread only."""

    opened = Signal(int, object)
    """doc_id, DocumentInfo."""
    open_failed = Signal(int, str)
    """doc_id, OpenFailure value."""
    page_rendered = Signal(object)
    """RenderResult."""
    render_failed = Signal(object, str)
    """RenderRequest, MuPDF's message."""
    search_hits = Signal(int, int, object)
    """search_id, page, list of display-space rects."""
    search_finished = Signal(int)
    text_ready = Signal(int, int, str)
    """doc_id, page, text."""

    _running: ClassVar[set[RenderThread]] = set()
    _running_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self) -> None:
        # No parent on purpose: a parent deleting a running QThread aborts the process.
        super().__init__()
        self.setObjectName("pdf-render")
        self._queue: TaskQueue[Task] = TaskQueue()
        self._ids = itertools.count(1)
        self._id_lock = threading.Lock()

    @classmethod
    def running_threads(cls) -> list[RenderThread]:
        """Render threads that have not finished yet (the tests' dangling-thread check)."""
        with cls._running_lock:
            return list(cls._running)

    def new_document_id(self) -> int:
        """A process-wide fresh id, so cache keys of an old and a new document never collide."""
        with self._id_lock:
            return next(self._ids)

    def open_document(self, source: bytes | str | os.PathLike[str]) -> int:
        """Queue opening bytes or a path; ``opened`` or ``open_failed`` answers with the id."""
        doc_id = self.new_document_id()
        self._control(OpenTask(doc_id, source))
        return doc_id

    def close_document(self, doc_id: int) -> None:
        """Forget a document: its pending work is dropped and it is closed on this thread."""
        for task in self._queue.drop_owner(doc_id):
            task.discard()
        self._control(CloseTask(doc_id))

    def render(
        self, lane: Lane, owner: Hashable, requests: Sequence[RenderRequest]
    ) -> list[RenderRequest]:
        """Make ``requests`` (most urgent first) the owner's backlog; return stale ones dropped."""
        self._ensure_running()
        tasks = [RenderTask(request) for request in requests]
        dropped = self._queue.replace(lane, owner, tasks)
        return [task.request for task in dropped if isinstance(task, RenderTask)]

    def search(self, doc_id: int, search_id: int, needle: str, pages: Sequence[int]) -> None:
        """Search the pages in the given order; a new search of the document replaces this one."""
        self._ensure_running()
        tasks = [
            SearchTask(doc_id, search_id, page, needle, last=index == len(pages) - 1)
            for index, page in enumerate(pages)
        ]
        self._queue.replace(Lane.SEARCH, doc_id, tasks)

    def cancel_search(self, doc_id: int) -> None:
        self._queue.replace(Lane.SEARCH, doc_id, [])

    def page_text(self, doc_id: int, page: int) -> None:
        """Queue extracting one page's text; ``text_ready`` answers."""
        self.submit(Lane.TEXT, doc_id, TextTask(doc_id, page))

    def submit(self, lane: Lane, owner: Hashable, task: Task) -> None:
        """Queue any task behind the owner's others in the lane (print jobs use this)."""
        self._ensure_running()
        self._queue.push(lane, owner, task)

    def withdraw(self, lane: Lane, owner: Hashable) -> None:
        """Drop an owner's pending tasks in one lane, telling each one it will not run."""
        for task in self._queue.replace(lane, owner, []):
            task.discard()

    def pending(self, lane: Lane | None = None) -> int:
        """Tasks waiting in the queue, in one lane or in all (not counting the one in hand)."""
        return self._queue.pending(lane)

    def stop(self, timeout_ms: int = STOP_TIMEOUT_MS) -> bool:
        """Stop after the task in hand; True once the thread has really finished."""
        for task in self._queue.close():
            task.discard()
        if not self.isRunning():
            self._forget()
            return True
        stopped = self.wait(timeout_ms)
        if stopped:
            self._forget()
        else:
            log.error("PDF render thread did not stop within %d ms", timeout_ms)
        return stopped

    @property
    def stopped(self) -> bool:
        return self._queue.closed

    def run(self) -> None:
        """The thread body: serve tasks until the queue closes, then close every document.

        MuPDF's own stderr chatter about damaged files is switched off: the viewer tells the
        reviewer in Chinese instead, and PyMuPDF still records it (TOOLS.mupdf_warnings()).
        """
        pymupdf.TOOLS.mupdf_display_errors(False)
        pymupdf.TOOLS.mupdf_display_warnings(False)
        context = WorkerContext(DocumentStore(), self)
        try:
            while (task := self._queue.take()) is not None:
                self._run_one(task, context)
                if isinstance(task, RenderTask) and task.request.lane is Lane.VIEW:
                    self._queue.wait_for_urgent(Lane.VIEW, UI_GRACE_S)
        finally:
            context.store.close_all()

    def _run_one(self, task: Task, context: WorkerContext) -> None:
        try:
            task.run(context)
        except Exception:
            log.exception("PDF render task %r failed", task)

    def _control(self, task: Task) -> None:
        self._ensure_running()
        self._queue.push(Lane.CONTROL, _CONTROL_OWNER, task)

    def _ensure_running(self) -> None:
        if self.isRunning() or self._queue.closed:
            return
        with self._running_lock:
            self._running.add(self)
        self.finished.connect(self._forget)
        self.start()

    def _forget(self) -> None:
        with self._running_lock:
            self._running.discard(self)
