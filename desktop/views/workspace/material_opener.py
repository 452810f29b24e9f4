"""Getting a material file ready for the viewer: from the cache, or downloaded, always verified.

``MaterialStore.path`` (the sync layer's) returns a file only after checking its SHA-256, and
downloads it first (resuming with ``Range``) when it is not cached. That may take a while on a
county line, so it runs on a one-thread pool of its own — a slow download never delays the
list's reads — and the window is told when the file is ready or why it is not. While a file
downloads, the size of its part file is polled to show real progress.

Only the newest request counts: a reviewer who clicks another material (or moves on to the
next record) while a download runs gets the file they asked for last, never an older one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from desktop.context import AppContext
from desktop.models.paths import materials_dir
from desktop.sync.errors import SyncError
from desktop.views.workspace.materials_panel import size_text
from desktop.views.workspace.runners import downloads
from desktop.views.workspace.snapshot import MaterialLine

POLL_MS = 150


@dataclass(frozen=True)
class Request:
    """One "show this file" request; ``number`` tells a newer request from an older one."""

    number: int
    line: MaterialLine


class MaterialOpener(QObject):
    """Verifies (and if needed downloads) material files off the UI thread."""

    ready = Signal(object, object)
    """(MaterialLine, Path): the verified file is on disk."""
    failed = Signal(object, str)
    """(MaterialLine, message): the file cannot be shown now, and why."""
    progress = Signal(str, int, int)
    """(text, bytes done, bytes total) while a file downloads."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._latest = 0
        self._current: Request | None = None
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)

    def open(self, line: MaterialLine) -> None:
        """Make ``line``'s file ready; ``ready`` or ``failed`` follows (for the newest request)."""
        if line.sha256 is None:
            return
        self._latest += 1
        request = Request(self._latest, line)
        self._current = request
        sha = line.sha256
        store = self._context.materials
        if not line.cached:
            self._timer.start()
            self._poll()
        downloads().run(
            lambda: store.path(sha),
            lambda path: self._done(request, path),
            lambda error: self._error(request, error),
        )

    def cancel_pending(self) -> None:
        """Forget the request in flight (its file still lands in the cache for next time).

        Also called when the window closes: a late answer is then dropped here, before it
        reaches a window that is gone.
        """
        self._latest += 1
        self._current = None
        self._timer.stop()

    def _done(self, request: Request, path: Path) -> None:
        if request.number != self._latest or not shiboken6.isValid(self):
            return
        self._timer.stop()
        self._current = None
        self.ready.emit(request.line, path)

    def _error(self, request: Request, error: BaseException) -> None:
        if request.number != self._latest or not shiboken6.isValid(self):
            return
        self._timer.stop()
        self._current = None
        self.failed.emit(request.line, self._message(request.line, error))

    def _message(self, line: MaterialLine, error: BaseException) -> str:
        if isinstance(error, SyncError):
            reason = error.message
        else:
            reason = self.tr("读取本机材料文件失败（{kind}：{detail}）").format(
                kind=type(error).__name__, detail=error
            )
        return self.tr("无法显示材料“{name}”：{reason}").format(name=line.name, reason=reason)

    def _poll(self) -> None:
        """Show how much of the file has arrived (the part file grows as it downloads)."""
        request = self._current
        if request is None or request.line.sha256 is None:
            return
        sha = request.line.sha256
        part = materials_dir(self._context.data_dir) / sha[:2] / f"{sha}.part"
        try:
            done = part.stat().st_size
        except OSError:
            done = 0
        total = request.line.size or 0
        text = self.tr("正在下载“{name}”：{done} / {total}").format(
            name=request.line.name, done=size_text(done) or "0 KB", total=size_text(total)
        )
        self.progress.emit(text, done, total)
