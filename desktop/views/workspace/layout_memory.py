"""Remembering the workspace's splitter positions and size between sessions.

A reviewer sets the split between record and PDF once, to suit their screen; it is kept in the
desktop's settings file (``AppContext.settings_path``, an INI file in the data directory) and
restored the next time any record opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

GROUP = "workspace"
DEFAULT_SPLIT = [520, 760]
DEFAULT_SIZE = (1280, 800)


def _settings(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def restore(path: Path, window: QWidget, main: QSplitter, materials: QSplitter) -> None:
    """Lay the window out as it was last closed (or at the defaults the first time)."""
    settings = _settings(path)
    settings.beginGroup(GROUP)
    split, right, geometry = (
        settings.value(key) for key in ("splitter", "materials_splitter", "geometry")
    )
    settings.endGroup()
    if not (isinstance(split, QByteArray) and main.restoreState(split)):
        main.setSizes(DEFAULT_SPLIT)
    if isinstance(right, QByteArray):
        materials.restoreState(right)
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_SIZE)


def save(path: Path, window: QWidget, main: QSplitter, materials: QSplitter) -> None:
    """Keep the splitter positions and the window geometry for the next session."""
    settings = _settings(path)
    settings.beginGroup(GROUP)
    settings.setValue("splitter", main.saveState())
    settings.setValue("materials_splitter", materials.saveState())
    settings.setValue("geometry", window.saveGeometry())
    settings.endGroup()
    settings.sync()
