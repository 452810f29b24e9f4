"""Text search in the viewer: run on the render thread, shown as highlights and "k / n".

The search walks the pages from the current one onwards, one page per render-thread task, so
the first hit near the reviewer is highlighted (and scrolled to) while later pages are still
being searched, and a visible page can still be rendered in between.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.views.pdf.documents import DocumentInfo
from desktop.views.pdf.geometry import Rect
from desktop.views.pdf.page_view import PageView
from desktop.views.pdf.render_thread import RenderThread
from desktop.views.pdf.search_results import SearchResults
from desktop.views.pdf.toolbar import PdfToolBar


class TextSearch(QObject):
    """Owns the current search of a viewer and keeps its highlights and counter in step."""

    def __init__(
        self, renderer: RenderThread, page_view: PageView, toolbar: PdfToolBar, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self._view = page_view
        self._toolbar = toolbar
        self._results: SearchResults | None = None
        self._ids = 0
        self._doc_id: int | None = None
        renderer.search_hits.connect(self._on_hits)
        renderer.search_finished.connect(self._on_finished)

    @property
    def results(self) -> SearchResults | None:
        return self._results

    def find(self, info: DocumentInfo, from_page: int, needle: str, backwards: bool) -> None:
        """Start a search for a new text, or step to the next/previous hit of the same text."""
        if self._results is not None and self._results.needle == needle:
            self._step(forward=not backwards)
            return
        self.clear()
        self._ids += 1
        self._doc_id = info.doc_id
        self._results = SearchResults(self._ids, needle, from_page)
        order = [*range(from_page, info.page_count), *range(0, from_page)]
        self._renderer.search(info.doc_id, self._ids, needle, order)
        self._view.set_search(self._results)
        self._show_count()

    def clear(self) -> None:
        """Stop searching and remove the highlights."""
        if self._doc_id is not None:
            self._renderer.cancel_search(self._doc_id)
        self._doc_id = None
        self._results = None
        self._view.set_search(None)
        self._show_count()

    def _step(self, *, forward: bool) -> None:
        assert self._results is not None
        hit = self._results.step(forward)
        if hit is not None:
            self._view.reveal(hit.page, hit.rect)
            self._view.refresh_highlights()
        self._show_count()

    def _on_hits(self, search_id: int, page: int, rects: list[Rect]) -> None:
        results = self._results
        if results is None or search_id != results.search_id:
            return
        if results.add(page, rects):
            current = results.current
            assert current is not None
            self._view.reveal(current.page, current.rect)
        self._view.refresh_highlights()
        self._show_count()

    def _on_finished(self, search_id: int) -> None:
        if self._results is not None and search_id == self._results.search_id:
            self._results.finished = True
            self._show_count()

    def _show_count(self) -> None:
        results = self._results
        if results is None:
            text = ""
        elif results.count == 0:
            text = self.tr("未找到") if results.finished else self.tr("查找中…")
        else:
            text = self.tr("{position} / {count}").format(
                position=results.position, count=results.count
            )
            if not results.finished:
                text += "…"
        self._toolbar.set_hits_text(text)
