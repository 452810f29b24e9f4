"""Keeps one view's backlog on the render thread equal to what that view wants right now.

The page view and the thumbnails both work this way: on every scroll, zoom or rotation they
say which pages they want, most urgent first. Whatever they asked for earlier and the thread
has not started is withdrawn first (stale), then every wanted page that is neither cached
nor already being rendered is queued as the new backlog. Withdrawing before choosing matters:
a page still waiting in the queue must be asked for again, only the one MuPDF already has in
hand is left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.views.pdf.page_cache import PageKey
from desktop.views.pdf.render_requests import RenderRequest
from desktop.views.pdf.render_thread import RenderThread
from desktop.views.pdf.task_queue import Lane


class RenderWishes:
    """One (lane, document) backlog and the requests of it that are still out."""

    def __init__(self, thread: RenderThread, lane: Lane) -> None:
        self._thread = thread
        self._lane = lane
        self._out: set[PageKey] = set()
        self._generation = 0

    def __len__(self) -> int:
        return len(self._out)

    @property
    def generation(self) -> int:
        return self._generation

    def want(
        self, doc_id: int, keys: Sequence[PageKey], have: Callable[[PageKey], bool]
    ) -> list[RenderRequest]:
        """Replace the backlog with the wanted keys we neither ``have`` nor await; the requests."""
        self.withdraw(doc_id)
        self._generation += 1
        requests = [
            RenderRequest(doc_id, key.page, key.scale, key.rotation, self._lane, self._generation)
            for key in keys
            if key not in self._out and not have(key)
        ]
        if requests:
            self._thread.render(self._lane, doc_id, requests)
            self._out.update(request.key for request in requests)
        return requests

    def withdraw(self, doc_id: int) -> None:
        """Drop what is still queued; a render already in hand will still arrive."""
        for dropped in self._thread.render(self._lane, doc_id, []):
            self._out.discard(dropped.key)

    def arrived(self, key: PageKey) -> None:
        """A requested page came back (rendered or failed)."""
        self._out.discard(key)

    def forget(self) -> None:
        """A new document: nothing of the old one is awaited any more."""
        self._out.clear()
