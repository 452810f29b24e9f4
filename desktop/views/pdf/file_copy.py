"""Saving a copy of the shown PDF ("另存为…") without blocking the UI thread.

The copy is byte-for-byte the material as received (the viewer never re-saves through
MuPDF, which would change the file and its hash). It is written to a temporary file beside
the target and renamed over it, so a full disk or a network share dropping mid-write never
leaves a truncated PDF under the reviewer's chosen name.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from desktop.saved_files import saving

Source = bytes | Path


def write_copy(source: Source, target: Path) -> None:
    """Write the bytes (or copy the file) to ``target`` atomically."""
    with saving(target, ".pdf") as part, part.open("wb") as out:
        if isinstance(source, bytes):
            out.write(source)
        else:
            with source.open("rb") as original:
                shutil.copyfileobj(original, out, 1024 * 1024)
        out.flush()
        os.fsync(out.fileno())


class CopyWriter(QObject):
    """Writes copies on its own one-thread pool; results come back as queued signals."""

    saved = Signal(str)
    """The target path."""
    failed = Signal(str, str)
    """The target path, the system's error message."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def save(self, source: Source, target: Path) -> None:
        self._pool.start(lambda: self._write(source, target))

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Block until queued copies are written (closing the viewer must not cut one off)."""
        return self._pool.waitForDone(timeout_ms)

    def busy(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def _write(self, source: Source, target: Path) -> None:
        try:
            write_copy(source, target)
        except OSError as exc:
            self.failed.emit(str(target), exc.strerror or str(exc))
            return
        self.saved.emit(str(target))
