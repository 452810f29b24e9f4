"""Guards against Qt binding releases that would crash the app in daily use.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every Qt call
that returns nothing; after some thousand repaints the interpreter aborts with
``none_dealloc``. The lock pins a release without the bug; this test fails
before anyone ships an upgrade that brings it back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget


def test_void_qt_calls_keep_none_refcount(qapp: object) -> None:
    widget = QWidget()
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(1000):
        widget.update()
        timer.start(10)
        widget.setWindowTitle("审核")
    timer.stop()
    assert abs(sys.getrefcount(None) - before) < 50
