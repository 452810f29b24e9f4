"""The desktop sync stack as a separate process, so a test can SIGKILL it mid-push.

    python -m tests.desktop.client_process DATA_DIR SERVER_URL KEYRING_FILE COMMAND [COUNT]

Commands: ``login`` (log in and pull everything), ``decide COUNT`` (approve COUNT records of
the queue, offline; prints one review id per line), ``sync`` (push and pull; prints
``pushed N`` after every item, so the test knows when to kill). Exit code 0 when the command
finished, 1 when the sync did not succeed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import keyring

from core.vocab import Decision
from desktop.models.queries import review_queue
from desktop.sync.status import Phase, SyncStatus
from tests.desktop.helpers import OPINION, open_context, plaintext_keyring


def _print_progress(status: SyncStatus) -> None:
    if status.phase is Phase.PUSHING and status.progress_done:
        print(f"pushed {status.progress_done}", flush=True)


def main(argv: list[str]) -> int:
    data_dir, server_url, keyring_file, command = Path(argv[0]), argv[1], Path(argv[2]), argv[3]
    keyring.set_keyring(plaintext_keyring(keyring_file.parent))
    context = open_context(data_dir, server_url, log_in=command == "login")
    if command == "login":
        return 0 if context.engine.sync().ok else 1
    if command == "decide":
        assert context.account is not None
        with context.db.read() as session:
            queue = review_queue(session, (context.account.review_level,))
        for kind, record_id in queue[: int(argv[4])]:
            queued = context.actions.decide(kind, record_id, Decision.PASS, OPINION)
            print(queued.review_id, flush=True)
        return 0
    if command == "sync":
        context.engine.set_listener(_print_progress)
        outcome = context.engine.sync()
        print(f"done {outcome.ok}", flush=True)
        return 0 if outcome.ok else 1
    raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
