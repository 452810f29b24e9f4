"""The writes a person makes, committed to the cache and the outbox before returning.

SPEC §8 and §10: approve/return returns control within 50 ms and nothing typed is ever lost.
Each method is one local transaction — the rule checks, the effect on the cached rows and the
outbox item — and returns once it is committed (fsynced). Sending is the sync worker's job;
call its ``request_push()`` afterwards so the item leaves at once when the server is reachable.

Decisions carry a client-made UUID: the server stores a decision under that id, so however
often the item is sent, it is applied once.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from core import declaration, workflow
from core.vocab import Decision, Level
from desktop.models import ItemAction, ItemState, OutboxItem
from desktop.models.database import CacheDatabase
from desktop.models.kinds import RECORD_KINDS
from desktop.models.mirror import MIRRORS
from desktop.sync.account import AccountInfo
from desktop.sync.clock import ServerClock
from desktop.sync.local_effects import REVIEW_RESULTS, review_result_id
from desktop.sync.local_rules import (
    ActionRefused,
    record_facts,
    record_label,
    review_refusals,
    window_refusal,
)
from desktop.sync.outbox_store import dump_body, enqueue, new_key
from desktop.sync.rows import LocalRow, read_row


@dataclass(frozen=True)
class QueuedDecision:
    """A decision committed locally: its UUID, its outbox item and its audit row id."""

    review_id: str
    seq: int
    result_id: str


class LocalActions:
    """Queue reviews and record edits for one account's cache."""

    def __init__(self, db: CacheDatabase, account: AccountInfo, clock: ServerClock) -> None:
        self._db = db
        self._account = account
        self._clock = clock

    def decide(
        self,
        kind: str,
        record_id: str,
        decision: Decision,
        opinion: str,
        level: Level | None = None,
    ) -> QueuedDecision:
        """Approve (同意) or return (退回) a record at the account's level (or ``level``)."""
        level = level or self._account.review_level
        today = self._clock.today()
        with self._db.write() as session:
            row = self._record(session, kind, record_id)
            refusals = review_refusals(
                session,
                today,
                kind,
                row.data,
                level,
                decision,
                opinion,
                self._account.rules_actor(),
            )
            if refusals:
                raise ActionRefused(refusals)
            review_id = str(uuid.uuid4())
            body = {
                "id": review_id,
                "level": level.value,
                "decision": decision.value,
                "opinion": opinion.strip(),
                "review_date": today.isoformat(),
            }
            label = f"{level.value}审核{record_label(kind, row.data, record_id)}：{decision.value}"
            item = self._queue(
                session,
                ItemAction.REVIEW,
                "POST",
                f"/records/{kind}/{record_id}/reviews",
                body,
                row.version,
                kind,
                record_id,
                label,
            )
            result_id = review_result_id(RECORD_KINDS[kind].value, record_id, level.value, today)
            return QueuedDecision(review_id=review_id, seq=item.seq, result_id=result_id)

    def modify(self, kind: str, record_id: str, changes: Mapping[str, Any]) -> int:
        """Change fields of a record; returns the outbox item's sequence number."""
        if not changes:
            raise ActionRefused(["没有要修改的字段。"])
        with self._db.write() as session:
            row = self._record(session, kind, record_id)
            merged = {**row.data, **changes}
            self._check(
                session,
                kind,
                record_id,
                row.data,
                declaration.WriteAction.MODIFY,
                workflow.can_modify,
                merged,
            )
            label = f"修改{record_label(kind, merged, record_id)}"
            item = self._queue(
                session,
                ItemAction.MODIFY,
                "PATCH",
                f"/records/{kind}/{record_id}",
                dict(changes),
                row.version,
                kind,
                record_id,
                label,
            )
            return item.seq

    def create(self, kind: str, data: Mapping[str, Any], record_id: str | None = None) -> str:
        """Create a record under a client-made id (kept when it reaches the server)."""
        record_id = record_id or str(uuid.uuid4())
        body = {"id": record_id, **data}
        with self._db.write() as session:
            self._check(
                session,
                kind,
                record_id,
                data,
                declaration.WriteAction.CREATE,
                workflow.can_create,
                data,
            )
            label = f"新建{record_label(kind, data, record_id)}"
            self._queue(
                session,
                ItemAction.CREATE,
                "POST",
                f"/records/{kind}",
                body,
                None,
                kind,
                record_id,
                label,
            )
        return record_id

    def delete(self, kind: str, record_id: str) -> int:
        """Delete a record; returns the outbox item's sequence number."""
        with self._db.write() as session:
            row = self._record(session, kind, record_id)
            self._check(
                session,
                kind,
                record_id,
                row.data,
                declaration.WriteAction.DELETE,
                workflow.can_delete,
                row.data,
            )
            label = f"删除{record_label(kind, row.data, record_id)}"
            item = self._queue(
                session,
                ItemAction.DELETE,
                "DELETE",
                f"/records/{kind}/{record_id}",
                None,
                row.version,
                kind,
                record_id,
                label,
            )
            return item.seq

    # ---- helpers --------------------------------------------------------------------------

    @staticmethod
    def _record(session: Session, kind: str, record_id: str) -> LocalRow:
        if kind not in RECORD_KINDS or kind not in MIRRORS or kind == REVIEW_RESULTS:
            raise ActionRefused([f"“{kind}”不是可以审核或修改的记录类型。"])
        row = read_row(session, kind, record_id)
        if row is None:
            raise ActionRefused(["该记录在本地不存在（可能已被删除），请刷新列表后重试。"])
        return row

    def _check(
        self,
        session: Session,
        kind: str,
        record_id: str,
        current: Mapping[str, Any],
        action: declaration.WriteAction,
        rule: Any,
        window_data: Mapping[str, Any],
    ) -> None:
        if kind not in RECORD_KINDS:
            raise ActionRefused([f"“{kind}”不是可以建档或修改的记录类型。"])
        facts = record_facts(session, kind, record_id, current)
        reasons = list(rule(facts, self._account.rules_actor()))
        reasons += window_refusal(session, self._clock.today(), action, kind, window_data)
        if reasons:
            raise ActionRefused(reasons)

    def _queue(
        self,
        session: Session,
        action: ItemAction,
        method: str,
        path: str,
        body: Mapping[str, Any] | None,
        expected_version: int | None,
        kind: str,
        record_id: str,
        label: str,
    ) -> OutboxItem:
        item = OutboxItem(
            idempotency_key=new_key(),
            action=action.value,
            method=method,
            path=path,
            body=dump_body(body),
            expected_version=expected_version,
            record_kind=kind,
            record_id=record_id,
            label=label[:200],
            state=ItemState.PENDING.value,
            error="",
            error_code="",
            attempts=0,
            created_at=self._clock.now(),
        )
        return enqueue(session, item, self._account.id)
