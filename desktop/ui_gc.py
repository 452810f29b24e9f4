"""Python's cyclic garbage collector runs on the UI thread only.

CPython starts a collection in whichever thread happens to allocate when a generation's
threshold trips. When that is a worker (the task pool, the sync thread, the PDF render thread)
and the garbage holds the wrapper of a Qt object, the object's C++ destructor runs on that
worker: Qt locks its signal-slot mutex there and shiboken then waits for the GIL, while the UI
thread holds the GIL inside a Qt call that waits for the same mutex — the app freezes for good.
The test suite caught it: a report page's ``QStackedWidget.addWidget`` against a list model's
load on the pool. Anki met the same and answers it the same way: automatic collection off, and
collections run from a timer on the UI thread.

``UiThreadCollector`` keeps CPython's own generational schedule (the same thresholds, the
youngest generation most often), only moved to the UI thread's event loop.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 250
"""How often the UI thread looks whether a generation is due; a check costs a microsecond."""


def due_generation(counts: tuple[int, int, int], thresholds: tuple[int, int, int]) -> int | None:
    """The oldest generation whose count passed its threshold, as CPython would collect, or
    None when nothing is due (a full collection also clears the younger ones)."""
    due = [generation for generation in range(3) if counts[generation] > thresholds[generation]]
    return max(due) if due else None


class UiThreadCollector(QObject):
    """Turns automatic collection off and collects on a UI-thread timer (see the module
    docstring). Create it on the UI thread; ``stop`` turns automatic collection back on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(CHECK_INTERVAL_MS)

    def collect_due(self) -> int:
        """Collect the generation that is due, if any; the number of objects collected."""
        threshold = gc.get_threshold()
        generation = due_generation(gc.get_count(), (threshold[0], threshold[1], threshold[2]))
        return 0 if generation is None else gc.collect(generation)

    def stop(self) -> None:
        """Collect everything here, on the UI thread, and give collection back to CPython."""
        self._timer.stop()
        gc.collect()
        gc.enable()
