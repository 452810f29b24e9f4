"""The two background lanes the workspace, the forms and the conflicts view share.

* ``local_writer()`` — one thread for every local commit (decisions, edits, conflict choices):
  Anki's single collection writer. Commits run in the order the person made them and never on
  the UI thread; each takes a few milliseconds (one fsync), so the person gets control back
  well inside the 50 ms SPEC §10 allows.
* ``downloads()`` — one thread for material downloads, which may take minutes on a county line
  and must never hold up the list reads of ``AppContext.tasks``.

Both live as long as the application (parented to the ``QCoreApplication``), not as long as a
window: a window closed while its commit is in flight must not delete the runner that is about
to report the result, and deleting a pool waits for its running task (a download would then
freeze the UI). Callbacks therefore outlive windows; views guard them with their own "still
open" flag.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.tasks import TaskRunner

_runners: dict[str, TaskRunner] = {}


def _runner(name: str) -> TaskRunner:
    runner = _runners.get(name)
    if runner is None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("QApplication must exist before background work is started")
        runner = TaskRunner(app, read_threads=1)
        runner.setObjectName(f"reviewdesk-{name}")
        app.destroyed.connect(lambda: _runners.pop(name, None))
        _runners[name] = runner
    return runner


def local_writer() -> TaskRunner:
    """The serialized lane of local commits (see the module docstring)."""
    return _runner("local-writer")


def downloads() -> TaskRunner:
    """The lane of material downloads (see the module docstring)."""
    return _runner("downloads")


def wait_all(timeout_ms: int = 30_000) -> bool:
    """Wait until both lanes are idle (on exit, and in tests before checking results)."""
    return all(runner.wait(timeout_ms) for runner in list(_runners.values()))
