"""Sending the outbox, oldest first, each item with its idempotency key and expected version.

Per item, the answer decides:

* 2xx — applied: the item and its answer rows are recorded in one transaction;
* 412 — a conflict: both versions kept, the item waits for the person's choice;
* 404 — the record is gone (deleted on the server, or no longer in this account's region);
* any other 4xx — a permanent refusal, marked with the server's Chinese ``detail``;
* 401 — not the item's fault: the session is renewed (remembered password) or the person is
  asked to log in; the item stays queued;
* transient failures (network, 5xx, 429) — the item stays queued with its attempt counted and
  the push stops; the worker tries again after a backoff.

An item is sent again after a crash or a lost answer with the same key and body, and the
server answers with its first response: a decision is never applied twice. Items on one
record go strictly in order, and wait behind a conflict or failure on that record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.models import OutboxItem
from desktop.models.database import CacheDatabase
from desktop.sync.api_client import ApiClient, WriteAnswer
from desktop.sync.clock import ServerClock
from desktop.sync.errors import AuthenticationRequired, ProblemResponse, SyncError
from desktop.sync.outbox_store import next_pending, record_conflict, record_failure, record_success
from desktop.sync.pull import Cancelled


@dataclass(frozen=True)
class PushReport:
    """Items applied, turned into conflicts, and refused during one push."""

    sent: int
    conflicts: int
    failed: int

    def __add__(self, other: PushReport) -> PushReport:
        return PushReport(
            self.sent + other.sent, self.conflicts + other.conflicts, self.failed + other.failed
        )


@dataclass(frozen=True)
class _Request:
    """What is needed to send an item, read in a short transaction."""

    seq: int
    key: str
    method: str
    path: str
    body: str | None
    expected_version: int | None


def _request_of(item: OutboxItem) -> _Request:
    return _Request(
        item.seq, item.idempotency_key, item.method, item.path, item.body, item.expected_version
    )


class Pusher:
    """Drains the outbox of one cache to the server."""

    def __init__(
        self,
        db: CacheDatabase,
        client: ApiClient,
        clock: ServerClock,
        *,
        renew_session: Callable[[], bool],
        on_item_done: Callable[[], None] = lambda: None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> None:
        self._db = db
        self._client = client
        self._clock = clock
        self._renew_session = renew_session
        self._on_item_done = on_item_done
        self._cancelled = cancelled

    def push(self) -> PushReport:
        """Send pending items until none is left; transient failures propagate."""
        sent = conflicts = failed = 0
        renewed = False
        while True:
            if self._cancelled():
                raise Cancelled
            request = self._next()
            if request is None:
                return PushReport(sent, conflicts, failed)
            try:
                answer = self._send(request)
            except AuthenticationRequired:
                if renewed or not self._renew_session():
                    raise
                renewed = True
                continue
            except ProblemResponse as problem:
                outcome = self._refused(request, problem)
                conflicts += outcome == "conflict"
                failed += outcome == "failed"
            except SyncError as error:
                self._count_attempt(request, error)
                raise
            else:
                sent += self._applied(request, answer)
            self._on_item_done()

    def _next(self) -> _Request | None:
        with self._db.read() as session:
            item = next_pending(session)
            return None if item is None else _request_of(item)

    def _send(self, request: _Request) -> WriteAnswer:
        return self._client.send_write(
            request.method, request.path, request.body, request.key, request.expected_version
        )

    @staticmethod
    def _current(session: Session, request: _Request) -> OutboxItem | None:
        """The item as it is now, if it is still the request we sent (not dropped or re-keyed)."""
        item = session.get(OutboxItem, request.seq)
        if item is None or item.idempotency_key != request.key:
            return None
        return item

    def _applied(self, request: _Request, answer: WriteAnswer) -> int:
        with self._db.write() as session:
            item = self._current(session, request)
            if item is None:
                return 0
            record_success(session, item, answer.body, self._clock.now())
        return 1

    def _refused(self, request: _Request, problem: ProblemResponse) -> str:
        with self._db.write() as session:
            item = self._current(session, request)
            if item is None:
                return "gone"
            if problem.status == 412:
                record_conflict(session, item, problem, self._clock.now())
                return "conflict"
            message = problem.message
            if problem.status == 404:
                message = (
                    f"该记录已在服务器上删除，或已不在本账号的管辖范围内，“{item.label}”无法提交。"
                    f"（服务器说明：{problem.message}）"
                )
            record_failure(session, item, message, problem.code)
            return "failed"

    def _count_attempt(self, request: _Request, error: SyncError) -> None:
        with self._db.write() as session:
            item = self._current(session, request)
            if item is None:
                return
            item.attempts += 1
            item.last_attempt_at = self._clock.now()
            item.error = error.message
