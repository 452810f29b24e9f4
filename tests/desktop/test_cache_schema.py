"""The cache file: its migrations build exactly the models' schema, in WAL mode, one file per
server + account; its column types keep money exact and dates sortable; its queue SQL says
what ``core.workflow`` says."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from core import workflow
from core.vocab import Decision, Level
from desktop.models import Application, metadata
from desktop.models.database import open_cache
from desktop.models.kinds import RECORD_KINDS
from desktop.models.migrate import CacheTooNewError, head_revision
from desktop.models.paths import cache_path, normalise_server_url
from desktop.models.queries import LEVEL_COLUMNS, review_queue, review_state
from desktop.sync.local_effects import review_result_id
from server.models import review_result_id as server_review_result_id


def test_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    db = open_cache(tmp_path / "cache.sqlite3")
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert context.get_current_revision() == head_revision()


def test_a_cache_from_a_newer_app_is_refused_with_an_explanation(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    open_cache(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(CacheTooNewError) as refused:
        open_cache(path)
    assert "较新版本" in str(refused.value)


def test_one_file_per_server_and_account(tmp_path: Path) -> None:
    first = cache_path(tmp_path, "https://Jt.Hunan.gov.cn:443/", "430121-1")
    assert first == cache_path(tmp_path, "https://jt.hunan.gov.cn:443", "430121-1")
    assert first != cache_path(tmp_path, "https://jt.hunan.gov.cn:443", "430121-2")
    assert first != cache_path(tmp_path, "https://jt.hunan.gov.cn:8443", "430121-1")
    assert first.parent == tmp_path / "caches" and "430121-1" in first.name
    assert normalise_server_url("HTTP://127.0.0.1:8765/") == "http://127.0.0.1:8765"


def test_money_dates_and_times_round_trip_exactly_and_sort_in_sql(tmp_path: Path) -> None:
    db = open_cache(tmp_path / "cache.sqlite3")
    table = Application.__table__
    rows = [
        {
            "id": "a",
            "version": 1,
            "data": "{}",
            "machine_amount": "51.75",
            "ship_age": "0.500",
            "application_date": "2024-05-01",
            "created_at": "2024-11-11T09:00:00+08:00",
        },
        {
            "id": "b",
            "version": 2,
            "data": "{}",
            "machine_amount": Decimal("619.94"),
            "ship_age": "2.5",
            "application_date": date(2024, 10, 31),
            "created_at": datetime(2024, 11, 11, 0, 30, tzinfo=UTC),
        },
        {
            "id": "c",
            "version": 3,
            "data": "{}",
            "machine_amount": "0.1",
            "ship_age": None,
            "application_date": None,
            "created_at": datetime(2024, 11, 11, 8, 59, tzinfo=timezone(timedelta(hours=8))),
        },
    ]
    with db.write() as session:
        session.execute(insert(table), rows)
    with db.read() as session:
        by_amount = session.scalars(
            select(Application.id).order_by(Application.machine_amount)
        ).all()
        by_time = session.scalars(select(Application.id).order_by(Application.created_at)).all()
        over_100 = session.scalars(
            select(Application.id).where(Application.machine_amount > Decimal("100"))
        ).all()
        first = session.get_one(Application, "a")
        assert first.machine_amount == Decimal("51.75") and isinstance(
            first.machine_amount, Decimal
        )
        assert first.ship_age == Decimal("0.500") and first.application_date == date(2024, 5, 1)
        assert first.created_at == datetime(2024, 11, 11, 1, 0, tzinfo=UTC)
    assert by_amount == ["c", "a", "b"] and over_100 == ["b"]
    assert by_time == ["b", "c", "a"]  # 00:30, 00:59 and 01:00 UTC


def test_audit_row_ids_are_the_servers() -> None:
    day = date(2024, 11, 11)
    assert review_result_id("拆建申请", "r-1", "县级", day) == server_review_result_id(
        "拆建申请", "r-1", "县级", day
    )


_decisions = st.sampled_from([None, Decision.PASS, Decision.RETURN])


@st.composite
def _states(draw: st.DrawFn) -> workflow.ReviewState:
    state = workflow.ReviewState(
        materials_uploaded_at=draw(st.sampled_from([None, date(2024, 9, 1)]))
    )
    for level in Level:
        decision = draw(_decisions)
        if decision is not None:
            state = state.with_result(level, workflow.LevelResult(decision, date(2024, 9, 2)))
    return state


@settings(max_examples=60, deadline=None)
@given(states=st.lists(_states(), min_size=1, max_size=12))
def test_the_queue_sql_says_what_core_workflow_says(
    tmp_path_factory: pytest.TempPathFactory, states: list[workflow.ReviewState]
) -> None:
    db = open_cache(tmp_path_factory.mktemp("queue") / "cache.sqlite3")
    rows = []
    for index, state in enumerate(states):
        row = {
            "id": f"r{index:03d}",
            "version": 1,
            "data": "{}",
            "created_at": datetime(2024, 1, 1, tzinfo=UTC),
        }
        row["materials_uploaded_on"] = state.materials_uploaded_at
        for level, (result_name, on_name) in LEVEL_COLUMNS.items():
            result = state.result(level)
            row[result_name] = None if result.decision is None else result.decision.value
            row[on_name] = result.on
        rows.append(row)
    with db.write() as session:
        session.execute(insert(Application.__table__), rows)
    kind = RECORD_KINDS["applications"]
    for level in (Level.COUNTY, Level.CITY, Level.PROVINCE):
        with db.read() as session:
            queued = {record_id for _kind, record_id in review_queue(session, (level,))}
            states_back = {
                row.id: review_state(
                    {
                        name: getattr(row, name)
                        for name in (
                            "materials_uploaded_on",
                            *[c for pair in LEVEL_COLUMNS.values() for c in pair],
                        )
                    }
                )
                for row in session.scalars(select(Application))
            }
        expected = {
            record_id
            for record_id, state in states_back.items()
            if workflow.next_level(kind, state) is level
        }
        assert queued == expected
    assert states_back == {f"r{index:03d}": state for index, state in enumerate(states)}
    db.dispose()


def test_the_streaming_engine_reads_with_bounded_memory_and_cannot_write(tmp_path: Path) -> None:
    """Exports read through ``streaming``: a small page cache and sorts spilled to a file (so
    their memory does not grow with the rows), read-only, and a connection of its own that is
    closed when the read ends. The list connections keep their large cache and memory sorts."""
    db = open_cache(tmp_path / "cache.sqlite3")
    with db.engine.connect() as pooled:
        assert pooled.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # memory
        assert pooled.exec_driver_sql("PRAGMA cache_size").scalar() == -32000
    with db.streaming.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 1  # file
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -2048
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        with pytest.raises(OperationalError, match="readonly"):
            conn.exec_driver_sql("DELETE FROM applications")
    assert isinstance(db.streaming.pool, NullPool)
    db.dispose()
