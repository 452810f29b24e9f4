"""The app's own icons and resource files (``resources/icons``, ``resources/styles`` …).

Read through ``importlib.resources`` so they are found the same way from a source checkout,
an installed wheel and a frozen build. Icons are SVG: Qt's SVG icon engine draws them sharp
at any scale of a Windows display.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon

APP_ICON = "reviewdesk.svg"


def resource_file(*parts: str) -> Path:
    """The path of a file under the ``resources`` package."""
    return Path(str(resources.files("resources").joinpath(*parts)))


@cache
def icon(name: str) -> QIcon:
    """``resources/icons/<name>`` as an icon (empty when the file is missing)."""
    path = resource_file("icons", name)
    return QIcon(str(path)) if path.is_file() else QIcon()
