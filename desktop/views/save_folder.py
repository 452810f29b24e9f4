"""Where the app's save dialogs start: the folder the person last saved into (this session),
else their Documents folder, else their home folder.

Qt's Documents location is a name, not a promise: on a fresh Linux account without
``~/Documents`` a dialog given it silently opened in the program's working directory (the
install folder). Exports, copies of materials and batch prints all ask here, so one choice
of folder carries over from one save to the next.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths


@dataclass
class _LastFolder:
    folder: Path | None = None


_LAST = _LastFolder()


def start_folder() -> Path:
    """The folder a save dialog should open in (see the module docstring)."""
    if _LAST.folder is not None and _LAST.folder.is_dir():
        return _LAST.folder
    location = QStandardPaths.StandardLocation.DocumentsLocation
    documents = QStandardPaths.writableLocation(location)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember(chosen: Path) -> None:
    """The person saved to ``chosen``: the next dialog starts in its folder."""
    _LAST.folder = chosen.parent
