"""Garbage is collected on the UI thread only (desktop.ui_gc): a worker thread that allocates
never starts a collection, and the UI thread's timer keeps CPython's schedule."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from desktop.ui_gc import due_generation


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_due_generation_follows_cpythons_thresholds() -> None:
    assert due_generation((10, 0, 0), (700, 10, 10)) is None
    assert due_generation((701, 0, 0), (700, 10, 10)) == 0
    assert due_generation((701, 11, 0), (700, 10, 10)) == 1
    assert due_generation((5, 11, 11), (700, 10, 10)) == 2


def test_workers_never_collect_and_the_ui_thread_does(qtbot: QtBot) -> None:
    collected_on: list[str] = []

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collected_on.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        worker = threading.Thread(
            target=lambda: [_Cycle() for _ in range(50_000)], name="allocating-worker"
        )
        worker.start()
        worker.join()
        assert collected_on == []

        qtbot.waitUntil(lambda: bool(collected_on), timeout=5_000)
    finally:
        gc.callbacks.remove(note)

    assert set(collected_on) == {threading.main_thread().name}
    assert not gc.isenabled()
