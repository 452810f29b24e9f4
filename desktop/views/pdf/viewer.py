"""PdfViewer: the embedded PDF viewer of the review workspace (SPEC §8, issue #5).

A thin composition: the toolbar and actions, the page view, the thumbnails sidebar, a message
panel for files that cannot be shown, and the print and save-a-copy flows. All PyMuPDF work
happens on the render thread (render_thread); this widget only routes requests and results,
so nothing it does can block the UI thread on a large or broken PDF.
"""

from __future__ import annotations

import functools
import os
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.views.pdf import messages
from desktop.views.pdf.actions import ViewerActions
from desktop.views.pdf.documents import DocumentInfo, OpenFailure
from desktop.views.pdf.file_copy import CopyWriter
from desktop.views.pdf.message_panel import MessagePanel
from desktop.views.pdf.page_cache import DEFAULT_BUDGET, PageCache
from desktop.views.pdf.page_view import PageView
from desktop.views.pdf.print_job import PrintJob, PrintOutcome
from desktop.views.pdf.printing import PrintController
from desktop.views.pdf.render_thread import RenderThread
from desktop.views.pdf.search_results import SearchResults
from desktop.views.pdf.text_search import TextSearch
from desktop.views.pdf.thumbnails import ThumbnailPanel
from desktop.views.pdf.toolbar import PdfToolBar
from desktop.views.pdf.zoom import ZoomMode, zoom_in, zoom_out
from desktop.views.save_folder import remember, start_folder

_STATUS_MS = 6000


def _stop_renderer(renderer: RenderThread) -> None:
    """Stop a viewer's own render thread when the viewer is destroyed without being closed.

    At interpreter exit the thread object may already be gone; then there is nothing to stop.
    """
    if shiboken6.isValid(renderer):
        renderer.stop()


class PdfViewer(QWidget):
    """Shows one PDF at a time: lazy pages, zoom, fit, rotate, thumbnails, search, print, save."""

    page_changed = Signal(int)
    """The current page changed (0-based index)."""
    first_page_shown = Signal(float)
    """Milliseconds from load_bytes/load_path to the first rendered page on screen."""
    document_loaded = Signal(int)
    """The document opened; its page count."""
    load_failed = Signal(str)
    """The document cannot be shown; the message the reviewer sees."""
    copy_saved = Signal(str)
    copy_failed = Signal(str, str)
    print_finished = Signal(object)
    """PrintOutcome of a print run."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        renderer: RenderThread | None = None,
        cache_budget: int = DEFAULT_BUDGET,
    ) -> None:
        super().__init__(parent)
        self._owns_renderer = renderer is None
        self._renderer = renderer if renderer is not None else RenderThread()
        self._cache = PageCache(cache_budget)
        self._doc_id: int | None = None
        self._info: DocumentInfo | None = None
        self._source: bytes | Path | None = None
        self._title = ""
        self._load_started: float | None = None
        self._closed = False
        self._build()
        self._connect()
        self._on_zoom_changed(self.page_view.zoom())
        self._show_empty()
        self._watch_lifetime()

    # -- construction -------------------------------------------------------------------

    def _build(self) -> None:
        self.commands = ViewerActions(self)
        self.toolbar = PdfToolBar(self.commands, self)
        self.page_view = PageView(self._renderer, self._cache, self)
        self.thumbnails = ThumbnailPanel(self._renderer, self)
        self.message_panel = MessagePanel(self.commands.save_copy, self)
        self.status = QLabel(self)
        self.status.setObjectName("pdfStatus")
        self._status_timer = QTimer(self, singleShot=True, interval=_STATUS_MS)
        self._status_timer.timeout.connect(self.status.clear)
        self._search = TextSearch(self._renderer, self.page_view, self.toolbar, self)
        self._printing = PrintController(self._renderer, self)
        self._copier = CopyWriter(self)
        self._lay_out()

    def _lay_out(self) -> None:
        self._pages = QWidget(self)
        row = QHBoxLayout(self._pages)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.thumbnails)
        row.addWidget(self.page_view, 1)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._pages)
        self._stack.addWidget(self.message_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self.status)
        self.status.setContentsMargins(8, 2, 8, 2)
        self.page_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            self.commands.copy_text,
            self.commands.rotate_left,
            self.commands.rotate_right,
            self.commands.print,
            self.commands.save_copy,
        ):
            self.page_view.addAction(action)

    def _connect(self) -> None:
        self._connect_actions()
        self._connect_navigation()
        renderer = self._renderer
        renderer.opened.connect(self._on_opened)
        renderer.open_failed.connect(self._on_open_failed)
        renderer.text_ready.connect(self._on_text_ready)
        self._copier.saved.connect(self._on_copy_saved)
        self._copier.failed.connect(self._on_copy_failed)
        self._printing.finished.connect(self._on_print_finished)

    def _connect_actions(self) -> None:
        acts = self.commands
        acts.thumbnails.toggled.connect(self.thumbnails.setVisible)
        acts.zoom_in.triggered.connect(lambda: self.set_zoom(zoom_in(self.zoom())))
        acts.zoom_out.triggered.connect(lambda: self.set_zoom(zoom_out(self.zoom())))
        acts.fit_width.triggered.connect(self.fit_width)
        acts.fit_page.triggered.connect(self.fit_page)
        acts.rotate_left.triggered.connect(self.rotate_left)
        acts.rotate_right.triggered.connect(self.rotate_right)
        acts.previous_page.triggered.connect(lambda: self.go_to_page(self.current_page() - 1))
        acts.next_page.triggered.connect(lambda: self.go_to_page(self.current_page() + 1))
        acts.first_page.triggered.connect(lambda: self.go_to_page(0))
        acts.last_page.triggered.connect(lambda: self.go_to_page(self.page_count() - 1))
        acts.find.triggered.connect(self._focus_search)
        acts.find_next.triggered.connect(self.find_next)
        acts.find_previous.triggered.connect(self.find_previous)
        acts.print.triggered.connect(self.print_document)
        acts.save_copy.triggered.connect(self.save_copy_as)
        acts.copy_text.triggered.connect(self.copy_page_text)

    def _connect_navigation(self) -> None:
        self.toolbar.zoom_entered.connect(self.set_zoom)
        self.toolbar.page_entered.connect(self.go_to_page)
        self.toolbar.search_submitted.connect(self.find)
        self.toolbar.search_cleared.connect(self.clear_search)
        self.thumbnails.page_activated.connect(self.go_to_page)
        self.page_view.current_page_changed.connect(self._on_current_page)
        self.page_view.zoom_changed.connect(self._on_zoom_changed)
        self.page_view.page_shown.connect(self._on_page_shown)

    def _watch_lifetime(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        if self._owns_renderer:
            self.destroyed.connect(functools.partial(_stop_renderer, self._renderer))

    # -- loading ------------------------------------------------------------------------

    def load_bytes(self, data: bytes, title: str = "") -> None:
        """Show a PDF held in memory (a material from the local cache)."""
        self._begin_load(bytes(data), title)

    def load_path(self, path: str | os.PathLike[str], title: str = "") -> None:
        """Show a PDF file; the file is read by the render thread, never here."""
        target = Path(path)
        self._begin_load(target, title or target.name)

    def clear(self) -> None:
        """Close the document and show the empty hint."""
        self._close_document()
        self._source = None
        self._title = ""
        self._show_empty()

    def _begin_load(self, source: bytes | Path, title: str) -> None:
        if self._closed:
            raise RuntimeError("the PDF viewer was shut down")
        self._close_document()
        self._source = source
        self._title = title
        self._load_started = time.perf_counter()
        self._doc_id = self._renderer.open_document(source)
        self._stack.setCurrentWidget(self._pages)
        self._set_document_actions(enabled=False)
        self.commands.save_copy.setEnabled(True)

    def _close_document(self) -> None:
        if self._doc_id is not None:
            self._renderer.close_document(self._doc_id)
            self._cache.drop_document(self._doc_id)
        self._search.clear()
        self._doc_id = None
        self._info = None
        self._load_started = None
        self.page_view.set_document(None)
        self.thumbnails.set_document(None, 0)
        self.toolbar.set_page_count(0)

    def _on_opened(self, doc_id: int, info: DocumentInfo) -> None:
        if doc_id != self._doc_id:
            return
        self._info = info
        self.thumbnails.set_document(info, 0)
        self.page_view.set_document(info)
        self.toolbar.set_page_count(info.page_count)
        self._set_document_actions(enabled=True)
        self.document_loaded.emit(info.page_count)

    def _on_open_failed(self, doc_id: int, reason_value: str) -> None:
        if doc_id != self._doc_id:
            return
        reason = OpenFailure(reason_value)
        title, detail = messages.failure_title(reason), messages.failure_detail(reason)
        self.message_panel.show_failure(title, detail)
        self._stack.setCurrentWidget(self.message_panel)
        self._load_started = None
        self.load_failed.emit(f"{title}\n{detail}")

    def _show_empty(self) -> None:
        self.message_panel.show_hint(messages.empty_hint())
        self._stack.setCurrentWidget(self.message_panel)
        self._set_document_actions(enabled=False)

    def _set_document_actions(self, *, enabled: bool) -> None:
        for action in self.commands.document_actions():
            action.setEnabled(enabled)
        self.toolbar.search_field.setEnabled(enabled)
        self.toolbar.zoom_box.setEnabled(enabled)

    def _on_page_shown(self, _page: int) -> None:
        if self._load_started is None:
            return
        elapsed = (time.perf_counter() - self._load_started) * 1000
        self._load_started = None
        self.first_page_shown.emit(elapsed)

    # -- state --------------------------------------------------------------------------

    @property
    def render_thread(self) -> RenderThread:
        return self._renderer

    @property
    def page_cache(self) -> PageCache:
        return self._cache

    def document_info(self) -> DocumentInfo | None:
        return self._info

    def title(self) -> str:
        return self._title

    def page_count(self) -> int:
        return self._info.page_count if self._info else 0

    def current_page(self) -> int:
        return self.page_view.current_page()

    def zoom(self) -> float:
        return self.page_view.zoom()

    def rotation(self) -> int:
        return self.page_view.rotation()

    def message_text(self) -> str:
        """What the message panel says when it is showing, else an empty string."""
        if self._stack.currentWidget() is not self.message_panel:
            return ""
        return self.message_panel.text()

    # -- zoom, rotation, navigation -----------------------------------------------------

    def set_zoom(self, zoom: float) -> None:
        """A fixed zoom (1.0 = 100 %, clamped to 50–400 %); it ends fit width / fit page."""
        self.page_view.set_zoom(zoom)
        self._on_zoom_changed(self.page_view.zoom())

    def fit_width(self) -> None:
        self.page_view.set_zoom_mode(ZoomMode.FIT_WIDTH)
        self._on_zoom_changed(self.page_view.zoom())

    def fit_page(self) -> None:
        self.page_view.set_zoom_mode(ZoomMode.FIT_PAGE)
        self._on_zoom_changed(self.page_view.zoom())

    def rotate_left(self) -> None:
        self._rotate(-90)

    def rotate_right(self) -> None:
        self._rotate(90)

    def _rotate(self, delta: int) -> None:
        self.page_view.set_rotation(self.page_view.rotation() + delta)
        self.thumbnails.set_rotation(self.page_view.rotation())

    def go_to_page(self, page: int) -> None:
        """Show a page (0-based); out-of-range pages are clamped to the document."""
        self.page_view.go_to_page(page)

    def _on_current_page(self, page: int) -> None:
        self.toolbar.set_current_page(page)
        self.thumbnails.set_current_page(page)
        self.page_changed.emit(page)

    def _on_zoom_changed(self, zoom: float) -> None:
        self.toolbar.set_zoom(zoom)
        mode = self.page_view.zoom_mode()
        self.commands.fit_width.setChecked(mode is ZoomMode.FIT_WIDTH)
        self.commands.fit_page.setChecked(mode is ZoomMode.FIT_PAGE)

    # -- search -------------------------------------------------------------------------

    def find(self, text: str, backwards: bool = False) -> None:
        """Search the document for text; the same text again steps to the next hit."""
        needle = text.strip()
        if not needle or self._info is None:
            self.clear_search()
            return
        if self.toolbar.search_field.text() != text:
            self.toolbar.search_field.setText(text)
        self._search.find(self._info, self.current_page(), needle, backwards)

    def find_next(self) -> None:
        self.find(self.toolbar.search_field.text())

    def find_previous(self) -> None:
        self.find(self.toolbar.search_field.text(), backwards=True)

    def clear_search(self) -> None:
        self._search.clear()

    def search_results(self) -> SearchResults | None:
        return self._search.results

    def _focus_search(self) -> None:
        self.toolbar.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.toolbar.search_field.selectAll()

    # -- page text ----------------------------------------------------------------------

    def copy_page_text(self) -> None:
        """Copy the current page's text layer to the clipboard (extracted on the render thread)."""
        if self._doc_id is not None and self._info is not None:
            self._renderer.page_text(self._doc_id, self.current_page())

    def _on_text_ready(self, doc_id: int, page: int, text: str) -> None:
        if doc_id != self._doc_id:
            return
        if text.strip():
            clipboard = QGuiApplication.clipboard()
            clipboard.setText(text)
            self.show_status(self.tr("已复制第 {page} 页的文字").format(page=page + 1))
        else:
            self.show_status(
                self.tr("第 {page} 页没有可复制的文字（可能是扫描件）").format(page=page + 1)
            )

    # -- printing -----------------------------------------------------------------------

    def print_document(self) -> None:
        """Open the print dialog; printing runs off the UI thread with progress and cancel."""
        if self._info is not None and self._source is not None:
            self._printing.choose_printer_and_print(
                self._source, self._info, self.current_page(), self._title
            )

    def print_to(self, printer: QPrinter) -> PrintJob | None:
        """Print on an already configured printer (no dialog)."""
        if self._info is None or self._source is None:
            return None
        return self._printing.print_to(printer, self._source, self._info, self.current_page())

    def cancel_print(self) -> None:
        self._printing.cancel()

    def _on_print_finished(self, outcome: PrintOutcome) -> None:
        texts = {
            PrintOutcome.DONE: self.tr("打印完成"),
            PrintOutcome.CANCELLED: self.tr("已取消打印"),
            PrintOutcome.FAILED: self.tr("打印失败：无法渲染页面或写入打印机"),
        }
        self.show_status(texts[outcome])
        self.print_finished.emit(outcome)

    # -- save a copy --------------------------------------------------------------------

    def save_copy_as(self) -> None:
        """Ask where to save a copy of the file (window-modal, no nested event loop)."""
        if self._source is None:
            return
        dialog = QFileDialog(self, self.tr("另存为"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF 文件 (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setDirectory(str(start_folder()))
        dialog.selectFile(self._suggested_name())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._copy_chosen)
        dialog.open()

    def _copy_chosen(self, path: str) -> None:
        remember(Path(path))
        self.save_copy(path)

    def save_copy(self, target: str | os.PathLike[str]) -> None:
        """Write the original bytes to ``target`` on a worker thread (copy_saved/copy_failed)."""
        if self._source is not None:
            self._copier.save(self._source, Path(target))

    def _suggested_name(self) -> str:
        name = self._title or self.tr("材料")
        return name if name.lower().endswith(".pdf") else f"{name}.pdf"

    def _on_copy_saved(self, path: str) -> None:
        self.show_status(self.tr("已另存为 {path}").format(path=path))
        self.copy_saved.emit(path)

    def _on_copy_failed(self, path: str, reason: str) -> None:
        self.show_status(self.tr("另存失败：{path}（{reason}）").format(path=path, reason=reason))
        self.copy_failed.emit(path, reason)

    def show_status(self, text: str) -> None:
        """A short note under the pages that fades after a few seconds."""
        self.status.setText(text)
        self._status_timer.start()

    # -- shutdown -----------------------------------------------------------------------

    def shutdown(self) -> None:
        """Cancel printing, finish pending copies and stop the render thread (if ours)."""
        if self._closed:
            return
        self._closed = True
        self._printing.shutdown()
        self._copier.wait()
        self._close_document()
        if self._owns_renderer:
            self._renderer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
