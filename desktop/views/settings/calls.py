"""Running a server call (or a cache read) off the UI thread and answering on it.

The work runs on the session's ``TaskRunner`` (SPEC §8: no network on the UI thread); the
answer comes back on the UI thread as the result or as a ``Failure`` (``failures``), so every
settings widget handles "no" the same way. A widget may be gone by then (the person closed the
dialog while a slow county line was still answering): the runner then drops the answer, so no
callback ever touches a deleted widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject

from desktop.context import AppContext
from desktop.views.settings.failures import Failure, describe

T = TypeVar("T")


def run_in_background(
    context: AppContext,
    owner: QObject,
    work: Callable[[], T],
    on_done: Callable[[T], None],
    on_failed: Callable[[Failure], None],
) -> None:
    """Run ``work()`` on a worker thread; call back on the UI thread while ``owner`` lives."""
    context.tasks.run(work, on_done, lambda error: on_failed(describe(error)), owner=owner)
