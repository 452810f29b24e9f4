"""A long task behind a progress dialog with 取消: what exports and batch printing share.

SPEC §8: long work runs off the UI thread with a progress bar and can be cancelled. List
export, report export and 批量打印已通过 all need the same frame around their own work: run it
on the task runner's slow lane (``TaskRunner.run_cancellable``), show a window-modal
``QProgressDialog`` whose 取消 stops the work, move the bar as progress comes in, and close the
dialog before saying how it ended. A task can stop on 取消 in two ways — the runner's
``TaskCancelled`` or the engines' own ``progress.Cancelled`` — and both arrive as one
``_cancelled``, so no subclass needs to know there are two.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.reports.progress import Cancelled
from desktop.tasks import TaskCancelled, TaskControl, TaskHandle, TaskRunner

SHOW_PROGRESS_AFTER_MS = 300
"""Work that ends sooner never flashes a dialog."""

LabelFor = Callable[[int, int], str]
"""The dialog's text while the work runs, from (done, total)."""


class ProgressTask(QObject):
    """Runs one cancellable task at a time over ``window``; see the module docstring.

    Subclasses start their work with ``run`` and say how it ended in ``_done``, ``_failed``
    and ``_cancelled`` (on the UI thread, after the dialog closed). ``_window`` is what their
    own dialogs open over. The task is owned by this object, so when it is deleted before the
    work ends (its window closed), the endings are skipped instead of reaching a dead object.
    """

    def __init__(self, tasks: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self._tasks = tasks
        self._window = window
        self._label_for: LabelFor | None = None
        self._dialog: QProgressDialog | None = None
        self._handle: TaskHandle[Any] | None = None

    @property
    def running(self) -> bool:
        return self._handle is not None and not self._handle.finished

    def cancel(self) -> None:
        """What the progress dialog's 取消 does."""
        if self._handle is not None:
            self._handle.cancel()

    def run(
        self,
        work: Callable[[TaskControl], object],
        title: str,
        label: str,
        maximum: int,
        label_for: LabelFor | None = None,
    ) -> None:
        """Run ``work`` behind a dialog titled ``title`` saying ``label``.

        ``maximum`` is the bar's end, 0 while it is not known yet (a busy bar); progress
        reports that know their total set it. ``label_for``, when given, rewrites the text on
        each report. Ignored while a task is running.
        """
        if self.running:
            return
        self._label_for = label_for
        self._dialog = self._progress_dialog(title, label, maximum)
        self._handle = self._tasks.run_cancellable(
            work, self._ended, self._stopped, self._advance, owner=self
        )
        self._dialog.canceled.connect(self._handle.cancel)

    def _done(self, result: Any) -> None:
        """The work returned ``result``."""
        raise NotImplementedError

    def _failed(self, error: BaseException) -> None:
        """The work raised ``error``, which is not a cancellation."""
        raise NotImplementedError

    def _cancelled(self) -> None:
        """The work stopped because the person pressed 取消."""
        raise NotImplementedError

    def _progress_dialog(self, title: str, label: str, maximum: int) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("取消"), 0, maximum, self._window)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        return dialog

    def _advance(self, done: int, total: int) -> None:
        if self._dialog is None:
            return
        if total > 0:
            self._dialog.setMaximum(total)
        self._dialog.setValue(min(done, self._dialog.maximum()))
        if self._label_for is not None:
            self._dialog.setLabelText(self._label_for(done, total))

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.canceled.disconnect()
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _ended(self, result: object) -> None:
        self._close_dialog()
        self._done(result)

    def _stopped(self, error: BaseException) -> None:
        self._close_dialog()
        if isinstance(error, TaskCancelled | Cancelled):
            self._cancelled()
        else:
            self._failed(error)
