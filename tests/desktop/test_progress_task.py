"""The progress-dialog frame of exports and batch printing: bar, label, and the three endings.

Runs real work on a real ``TaskRunner``; the 取消 of the dialog is pressed as the person would.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.reports.progress import Cancelled
from desktop.tasks import TaskControl, TaskRunner
from desktop.views.progress_task import ProgressTask
from tests.ui.test_app_screenshots import save

WAIT_MS = 5_000


class RecordingTask(ProgressTask):
    """Keeps how each run ended, in order."""

    def __init__(self, tasks: TaskRunner, window: QWidget) -> None:
        super().__init__(tasks, window)
        self.endings: list[tuple[str, object]] = []

    def _done(self, result: object) -> None:
        self.endings.append(("done", result))

    def _failed(self, error: BaseException) -> None:
        self.endings.append(("failed", error))

    def _cancelled(self) -> None:
        self.endings.append(("cancelled", None))


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    yield widget


@pytest.fixture
def task(window: QWidget) -> Iterator[RecordingTask]:
    runner = TaskRunner(window)
    yield RecordingTask(runner, window)
    assert runner.wait(WAIT_MS)


def dialog_of(window: QWidget) -> QProgressDialog:
    dialog = window.findChild(QProgressDialog)
    assert dialog is not None
    return dialog


def test_progress_sets_the_bar_and_label_then_done_closes_the_dialog(
    qtbot: QtBot, window: QWidget, task: RecordingTask
) -> None:
    gate = threading.Event()

    def work(control: TaskControl) -> str:
        control.progress(1, 4)
        assert gate.wait(WAIT_MS / 1000)
        return "已写完"

    task.run(work, "批量打印", "正在查找…", 0, lambda done, total: f"第 {done} / {total} 份")
    dialog = dialog_of(window)
    assert (dialog.windowTitle(), dialog.labelText(), dialog.maximum()) == (
        "批量打印",
        "正在查找…",
        0,
    )
    qtbot.waitUntil(lambda: dialog.value() == 1, timeout=WAIT_MS)
    assert (dialog.labelText(), dialog.maximum()) == ("第 1 / 4 份", 4)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)  # shown once the work took 300 ms
    save(dialog, "progress_task_dialog.png")
    assert task.running
    gate.set()
    qtbot.waitUntil(lambda: bool(task.endings), timeout=WAIT_MS)
    assert task.endings == [("done", "已写完")]
    assert not task.running
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog) is None, timeout=WAIT_MS)


def _runner_stop(control: TaskControl) -> None:
    control.check()


def _engine_stop(control: TaskControl) -> None:
    raise Cancelled(done=0)


@pytest.mark.parametrize("stop", [_runner_stop, _engine_stop], ids=["runner", "engine"])
def test_cancel_from_the_dialog_ends_as_cancelled(
    qtbot: QtBot,
    window: QWidget,
    task: RecordingTask,
    stop: Callable[[TaskControl], None],
) -> None:
    """Both ways a task stops on 取消 reach ``_cancelled``, never ``_failed``."""

    def work(control: TaskControl) -> str:
        deadline = time.monotonic() + WAIT_MS / 1000
        while not control.cancelled and time.monotonic() < deadline:
            time.sleep(0.01)
        stop(control)
        return "不应完成"

    task.run(work, "导出报表", "正在导出…", 10)
    cancel_button = dialog_of(window).findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "取消"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(task.endings), timeout=WAIT_MS)
    assert task.endings == [("cancelled", None)]


def test_an_error_ends_as_failed_and_a_second_run_waits_for_the_first(
    qtbot: QtBot, window: QWidget, task: RecordingTask
) -> None:
    gate = threading.Event()
    error = OSError("磁盘已满")

    def work(_control: TaskControl) -> None:
        assert gate.wait(WAIT_MS / 1000)
        raise error

    task.run(work, "导出查询结果", "正在导出…", 3)
    task.run(lambda _control: "第二次", "导出查询结果", "正在导出…", 3)
    assert len(window.findChildren(QProgressDialog)) == 1
    gate.set()
    qtbot.waitUntil(lambda: bool(task.endings), timeout=WAIT_MS)
    assert task.endings == [("failed", error)]
