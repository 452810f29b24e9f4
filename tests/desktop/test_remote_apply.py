"""The rules for laying server rows over the cache, checked on a cache alone: only higher
versions, never over pending local work (kept aside, applied once settled), deletions only of
older rows, rows of unknown kinds kept whole."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import ItemAction, ItemState, OtherRow, OutboxItem, ServerCopy
from desktop.models.database import CacheDatabase, open_cache
from desktop.sync.outbox_store import drop_item, enqueue, new_key, record_success
from desktop.sync.remote_apply import apply_page
from desktop.sync.rows import RemoteDeletion, RemoteRow, read_row

NOW = datetime(2024, 11, 11, 9, 0, tzinfo=UTC)


def _row(version: int, note: str, row_id: str = "app-1") -> RemoteRow:
    return RemoteRow(
        "applicants", row_id, version, {"region_code": "430121", "name": "甲", "note": note}
    )


@pytest.fixture
def cache(tmp_path: Path) -> CacheDatabase:
    return open_cache(tmp_path / "cache.sqlite3")


def _apply(
    cache: CacheDatabase, changes: list[RemoteRow], deletions: tuple[RemoteDeletion, ...] = ()
) -> None:
    with cache.write() as session:
        apply_page(session, changes, list(deletions), NOW)


def _note(cache: CacheDatabase, row_id: str = "app-1") -> tuple[int, str] | None:
    with cache.read() as session:
        row = read_row(session, "applicants", row_id)
    return None if row is None else (row.version, row.data["note"])


def _modify(cache: CacheDatabase, note: str, expected: int, field: str = "note") -> OutboxItem:
    with cache.write() as session:
        item = OutboxItem(
            idempotency_key=new_key(),
            action=ItemAction.MODIFY.value,
            method="PATCH",
            path="/records/applicants/app-1",
            body=json.dumps({field: note}, ensure_ascii=False),
            expected_version=expected,
            record_kind="applicants",
            record_id="app-1",
            label="修改拆建申请人「甲」",
            state=ItemState.PENDING.value,
            error="",
            error_code="",
            attempts=0,
            created_at=NOW,
        )
        return enqueue(session, item, "430121-1")


def test_only_higher_versions_replace_a_row(cache: CacheDatabase) -> None:
    _apply(cache, [_row(5, "五")])
    _apply(cache, [_row(3, "三")])
    assert _note(cache) == (5, "五")
    _apply(cache, [_row(7, "七")])
    assert _note(cache) == (7, "七")


def test_a_row_with_pending_work_is_kept_aside_and_applied_when_settled(
    cache: CacheDatabase,
) -> None:
    _apply(cache, [_row(5, "服务器")])
    item = _modify(cache, "我的修改", expected=5)
    assert _note(cache) == (5, "我的修改")

    _apply(cache, [_row(9, "他人修改")])

    assert _note(cache) == (5, "我的修改")
    with cache.read() as session:
        copy = session.get_one(ServerCopy, ("applicants", "app-1"))
        assert copy.version == 9 and '"他人修改"' in (copy.data or "")
    answer = {"kind": "applicants", "id": "app-1", "version": 8, "data": _row(8, "我的修改").data}
    with cache.write() as session:
        record_success(session, session.get_one(OutboxItem, item.seq), answer, NOW)
    assert _note(cache) == (9, "他人修改")
    with cache.read() as session:
        assert session.scalars(select(ServerCopy)).all() == []


def test_deletions_remove_only_older_rows(cache: CacheDatabase) -> None:
    _apply(cache, [_row(6, "六")])
    _apply(cache, [], (RemoteDeletion("applicants", "app-1", 4),))
    assert _note(cache) == (6, "六")
    _apply(cache, [], (RemoteDeletion("applicants", "app-1", 8),))
    assert _note(cache) is None


def test_deleting_a_row_with_pending_work_marks_the_work_as_a_problem(cache: CacheDatabase) -> None:
    _apply(cache, [_row(5, "服务器")])
    item = _modify(cache, "我的修改", expected=5)

    _apply(cache, [], (RemoteDeletion("applicants", "app-1", 11),))

    assert _note(cache) == (5, "我的修改")
    with cache.read() as session:
        marked = session.get_one(OutboxItem, item.seq)
        assert marked.state == ItemState.FAILED.value
        assert (
            marked.error.startswith("该记录已在服务器上删除")
            and "修改拆建申请人「甲」" in marked.error
        )
        assert session.get_one(ServerCopy, ("applicants", "app-1")).deleted


def test_rows_of_unknown_kinds_are_kept_whole_and_versioned(cache: CacheDatabase) -> None:
    row = RemoteRow("ship_certificates", "c-1", 7, {"region_code": "430121", "no": "湘001"})
    _apply(cache, [row])
    _apply(cache, [RemoteRow("ship_certificates", "c-1", 6, {"no": "旧"})])
    with cache.read() as session:
        stored = session.get_one(OtherRow, ("ship_certificates", "c-1"))
        assert stored.version == 7 and "湘001" in stored.data and stored.region_code == "430121"


def test_dropping_one_change_keeps_the_later_ones_applied(cache: CacheDatabase) -> None:
    _apply(cache, [_row(5, "服务器")])
    first = _modify(cache, "我的第一次修改", expected=5)
    _modify(cache, "李四", expected=5, field="contact")

    with cache.write() as session:
        assert drop_item(session, session.get_one(OutboxItem, first.seq), "430121-1", NOW) == 1

    with cache.read() as session:
        row = read_row(session, "applicants", "app-1")
        assert row is not None and row.version == 5
        assert row.data["note"] == "服务器" and row.data["contact"] == "李四"
        assert len(session.scalars(select(OutboxItem)).all()) == 1
