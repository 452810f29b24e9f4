"""The core must import without Qt, HTTP clients, web frameworks or database drivers.

Both the server and the desktop import it; a stray import would drag Qt into the
server or a driver into a headless tool, so the check runs in a fresh interpreter.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import core

FORBIDDEN = ("PySide6", "requests", "fastapi", "uvicorn", "httpx", "psycopg", "sqlite3", "keyring")


def test_every_core_module_imports_without_qt_http_or_drivers() -> None:
    modules = sorted(m.name for m in pkgutil.walk_packages(core.__path__, "core."))
    assert "core.vocab" in modules
    script = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"bad = sorted({{n.split('.')[0] for n in sys.modules}} & set({FORBIDDEN!r}))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
