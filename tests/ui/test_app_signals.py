"""SIGTERM ends the app through Qt's quit path, so the demo-server child is stopped too."""

from __future__ import annotations

import os
import signal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import quit_on_termination


def test_sigterm_quits_the_event_loop_instead_of_killing_the_process(qapp: QApplication) -> None:
    previous = {n: signal.getsignal(n) for n in (signal.SIGTERM, signal.SIGINT)}
    quitting: list[bool] = []
    def note_quit() -> None:
        quitting.append(True)

    qapp.aboutToQuit.connect(note_quit)
    timer = quit_on_termination(qapp)
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(lambda: qapp.exit(7))
    try:
        QTimer.singleShot(100, lambda: os.kill(os.getpid(), signal.SIGTERM))
        safety.start(10_000)
        assert qapp.exec() == 0
        assert quitting == [True]
    finally:
        safety.stop()
        qapp.aboutToQuit.disconnect(note_quit)
        timer.stop()
        for number, handler in previous.items():
            signal.signal(number, handler)
