"""Pulling ``/sync/changes`` page by page (SPEC §7, Zotero's ``?since=`` pattern).

Each page is applied and its ``next_cursor`` stored in ONE transaction, and only after it is
committed does the next request go out (CouchDB's checkpoint rule). A pull cut at any point —
network, crash, SIGKILL — therefore resumes after the last committed page: nothing is skipped,
and anything fetched twice is ignored because only higher versions replace cached rows.

Two situations need a full version comparison (``/sync/versions``) instead:

* 410 ``cursor_expired`` — the server pruned tombstones newer than our cursor, so we might
  have missed deletions;
* the server's ``server_version`` is lower than our cursor — it was restored from a backup and
  its versions are no longer comparable to ours.

The comparison (``resync``) deletes cached rows the server no longer has, marks rows whose
version differs as stale (version -1, so the next row received replaces them even when its
version is lower than ours was), and moves the cursor down to just before the oldest row we
need. The outbox is never touched: queued decisions are still sent afterwards. A resync is
done at most once per pull.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop.models import MIRRORS, OtherRow, ServerCopy
from desktop.models.database import CacheDatabase
from desktop.models.queries import held_rows, row_versions
from desktop.sync.api_client import ApiClient
from desktop.sync.clock import ServerClock
from desktop.sync.errors import CursorExpired, ProblemResponse, ServerError
from desktop.sync.outbox_store import mark_deleted_on_server
from desktop.sync.remote_apply import apply_page
from desktop.sync.rows import delete_row, parse_page
from desktop.sync.state_store import sync_state

STALE_VERSION = -1
logger = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The person cancelled the sync; everything committed so far stays."""


@dataclass(frozen=True)
class PullReport:
    """Pages committed, rows and deletions received, and whether versions were compared."""

    pages: int
    rows: int
    deletions: int
    resynced: bool


def _other_versions(session: Session) -> dict[str, dict[str, int]]:
    found: dict[str, dict[str, int]] = {}
    for kind, row_id, version in session.query(OtherRow.kind, OtherRow.id, OtherRow.version):
        found.setdefault(kind, {})[row_id] = version
    return found


@dataclass
class _PullRun:
    """Where one pull stands: its (possibly reset) start, cursor and counts."""

    start: int
    cursor: int
    resynced: bool = False
    pages: int = 0
    rows: int = 0
    deletions: int = 0

    def restart_at(self, cursor: int) -> None:
        self.start = self.cursor = cursor
        self.resynced = True

    def advance(self, cursor: int, rows: int, deletions: int) -> None:
        self.cursor = cursor
        self.pages += 1
        self.rows += rows
        self.deletions += deletions

    def report(self) -> PullReport:
        return PullReport(self.pages, self.rows, self.deletions, self.resynced)


class Puller:
    """Pulls every change after the stored cursor into one cache."""

    def __init__(
        self,
        db: CacheDatabase,
        client: ApiClient,
        clock: ServerClock,
        *,
        page_size: int = 2000,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> None:
        self._db = db
        self._client = client
        self._clock = clock
        self._page_size = page_size
        self._progress = progress or (lambda _done, _total: None)
        self._cancelled = cancelled

    def pull(self) -> PullReport:
        """Pull until the server has nothing more (see the module docstring).

        The next page is requested while the current one is being committed (one request in
        flight at a time, on one helper thread), so the server's work and ours overlap; pages
        are still committed strictly in order, each with its own cursor.
        """
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="reviewdesk-pull") as fetcher:
            return self._pull_pages(fetcher)

    def _pull_pages(self, fetcher: ThreadPoolExecutor) -> PullReport:
        cursor = self._cursor()
        run = _PullRun(start=cursor, cursor=cursor)
        pending = self._request(fetcher, run.cursor)
        while True:
            if self._cancelled():
                raise Cancelled
            page = self._usable_page(pending, run)
            if page is None:
                pending = self._request(fetcher, run.cursor)
                continue
            if page.get("more"):
                pending = self._request(fetcher, int(page["next_cursor"]))
            self._commit_into(run, page)
            if not page.get("more"):
                return run.report()

    def _request(self, fetcher: ThreadPoolExecutor, since: int) -> Future[dict[str, Any]]:
        return fetcher.submit(self._client.changes, since, self._page_size)

    def _usable_page(self, pending: Future[dict[str, Any]], run: _PullRun) -> dict[str, Any] | None:
        """The page, or None after a version comparison moved the cursor (410, restored server)."""
        try:
            page = pending.result()
        except CursorExpired:
            if run.resynced and run.cursor == 0:
                raise
            run.restart_at(self._recover(run.resynced))
            return None
        if int(page["server_version"]) < run.cursor:
            if run.resynced:
                raise ServerError(
                    "服务器的同步版本在重新同步后仍低于本地进度，请联系系统管理员。", 200
                )
            run.restart_at(self.resync())
            return None
        return page

    def _commit_into(self, run: _PullRun, page: Mapping[str, Any]) -> None:
        cursor, rows, deletions = self._commit(page, run.cursor)
        run.advance(cursor, rows, deletions)
        done = run.cursor - run.start
        self._progress(done, max(int(page["server_version"]) - run.start, done))

    def _cursor(self) -> int:
        with self._db.read() as session:
            return sync_state(session).cursor

    def _recover(self, resynced: bool) -> int:
        """After a 410: compare versions once; if even that cursor is too old, start at 0."""
        if not resynced:
            return self.resync()
        with self._db.write() as session:
            sync_state(session).cursor = 0
        return 0

    def _commit(self, page: Mapping[str, Any], cursor: int) -> tuple[int, int, int]:
        """Apply one page and store its cursor in the same transaction."""
        next_cursor = int(page["next_cursor"])
        if next_cursor < cursor:
            raise ServerError("服务器返回的同步进度倒退了，本页未保存，稍后会重试。", 200)
        changes, deletions = parse_page(page)
        now = self._clock.now()
        with self._db.write() as session:
            apply_page(session, changes, deletions, now)
            state = sync_state(session)
            state.cursor = next_cursor
            state.server_version = int(page["server_version"])
        return next_cursor, len(changes), len(deletions)

    # ---- full version comparison ----------------------------------------------------------

    def resync(self) -> int:
        """Compare every kind's versions with the server's; returns the cursor to pull from."""
        logger.info("同步游标失效或服务器已恢复备份，开始逐条比对版本")
        with self._db.read() as session:
            other_kinds = list(_other_versions(session))
        maps: dict[str, dict[str, int]] = {}
        snapshot: int | None = None
        for kind in [*MIRRORS, *other_kinds]:
            versions, server_version = self._server_versions(kind)
            maps[kind] = versions
            if server_version is not None and snapshot is None:
                snapshot = server_version
        with self._db.write() as session:
            since = self._reconcile(session, maps, snapshot, self._clock.now())
            state = sync_state(session)
            state.cursor = since
            state.server_version = snapshot if snapshot is not None else since
            state.full_resyncs += 1
        return since

    def _server_versions(self, kind: str) -> tuple[dict[str, int], int | None]:
        try:
            return self._client.versions(kind)
        except ProblemResponse as problem:
            if problem.status in (404, 422) and kind not in MIRRORS:
                return {}, None
            raise

    def _reconcile(
        self,
        session: Session,
        maps: Mapping[str, Mapping[str, int]],
        snapshot: int | None,
        now: datetime,
    ) -> int:
        held = held_rows(session)
        others = _other_versions(session)
        oldest_needed: int | None = None
        newest_seen = 0
        for kind, server in maps.items():
            local = row_versions(session, kind) if kind in MIRRORS else others.get(kind, {})
            gone_version = snapshot if snapshot is not None else max(server.values(), default=0)
            self._drop_or_mark(session, kind, local, server, held, gone_version, now)
            for row_id, version in server.items():
                newest_seen = max(newest_seen, version)
                if local.get(row_id) != version:
                    oldest_needed = (
                        version if oldest_needed is None else min(oldest_needed, version)
                    )
        if oldest_needed is not None:
            return max(0, oldest_needed - 1)
        return snapshot if snapshot is not None else newest_seen

    @staticmethod
    def _drop_or_mark(
        session: Session,
        kind: str,
        local: Mapping[str, int],
        server: Mapping[str, int],
        held: set[tuple[str, str]],
        gone_version: int,
        now: datetime,
    ) -> None:
        """Rows the server lacks are deleted; rows whose version differs are marked stale."""
        for row_id, version in local.items():
            if version == 0:
                continue
            server_version = server.get(row_id)
            if server_version == version:
                continue
            if (kind, row_id) in held:
                if server_version is None:
                    mark_deleted_on_server(session, kind, row_id, gone_version, now)
                else:
                    _mark_copy_stale(session, kind, row_id, server_version)
            elif server_version is None:
                delete_row(session, kind, row_id)
            else:
                _mark_row_stale(session, kind, row_id)


def _mark_row_stale(session: Session, kind: str, row_id: str) -> None:
    if kind in MIRRORS:
        table = MIRRORS[kind].__table__  # type: ignore[attr-defined]
        session.execute(update(table).where(table.c.id == row_id).values(version=STALE_VERSION))
    else:
        session.execute(
            update(OtherRow)
            .where(OtherRow.kind == kind, OtherRow.id == row_id)
            .values(version=STALE_VERSION)
        )


def _mark_copy_stale(session: Session, kind: str, row_id: str, server_version: int) -> None:
    copy = session.get(ServerCopy, (kind, row_id))
    if copy is not None and copy.version != server_version:
        copy.version = STALE_VERSION
