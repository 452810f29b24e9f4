"""Stop the server when the process that started it dies (``serve --exit-with-parent``).

The desktop runs a demo server as its child and must not leave it behind when it is killed
outright (``kill -9``, Task Manager), which runs no clean-up at all. The parent hands the child
a pipe as stdin and never writes to it; the operating system closes the pipe's other end when
the parent ends, however it ends, so reading stdin returns end-of-file exactly then. That works
alike on Windows and POSIX and, unlike polling a parent pid, cannot be fooled by a recycled pid
or by the parent's starting thread ending (which is what Linux's PR_SET_PDEATHSIG watches).

On end-of-file the watcher asks for the same graceful stop as Ctrl+C (uvicorn finishes its
requests and the app's lifespan closes the database; before uvicorn runs, a demo generation
is interrupted); if that has not ended the process after ``GRACE_S``, it exits hard.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

GRACE_S = 10.0
EXIT_ORPHANED = 3
_READ_SIZE = 4096


def _wait_for_end_of_file(fd: int) -> bool:
    """True at end-of-file; False when ``fd`` cannot be read at all (no pipe was given)."""
    try:
        while os.read(fd, _READ_SIZE):
            pass
    except OSError as error:
        message = f"无法监视标准输入（{error}），启动本服务的程序退出后服务不会自动停止"
        print(message, file=sys.stderr, flush=True)
        return False
    return True


def _watch(fd: int) -> None:
    if not _wait_for_end_of_file(fd):
        return  # keep serving: a demo server that never starts would be worse than an orphan
    print("启动本服务的程序已退出，服务随之停止", file=sys.stderr, flush=True)
    signal.raise_signal(signal.SIGINT)
    time.sleep(GRACE_S)
    os._exit(EXIT_ORPHANED)


def exit_with_parent(fd: int = 0) -> threading.Thread:
    """Start the watcher thread on ``fd`` (stdin by default); see the module docstring."""
    watcher = threading.Thread(target=_watch, args=(fd,), name="parent-lifeline", daemon=True)
    watcher.start()
    return watcher
