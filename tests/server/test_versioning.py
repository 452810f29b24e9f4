"""The version counter and the stamping hook (SPEC §7): one counter for every synced row, a new
version for every insert, synced-column update and delete, tombstones for deletes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from server.auth.passwords import Passwords
from server.clock import ManualClock
from server.db import Database
from server.models import Account, Applicant, CounterName, Tombstone
from server.versioning import (
    SyncedWriteError,
    allocate_versions,
    bump_version,
    insert_synced,
    read_counter,
)
from tests.server.helpers import add_account, applicant_row

pytestmark = pytest.mark.usefixtures("clean_database")


def _counter(database: Database) -> int:
    with database.read() as session:
        return read_counter(session, CounterName.VERSION)


def test_every_insert_update_and_delete_takes_the_next_version(
    database: Database, clock: ManualClock
) -> None:
    with database.write() as session:
        rows = [applicant_row("430121", clock()) for _ in range(3)]
        session.add_all(rows)
    assert sorted(row.version for row in rows) == [1, 2, 3]

    with database.write() as session:
        first = session.get(Applicant, rows[0].id)
        assert first is not None
        first.name = "湖南晶泰运输有限公司"
    with database.read() as session:
        changed = session.get(Applicant, rows[0].id)
        assert changed is not None and changed.version == 4

    clock.advance(timedelta(hours=1))
    with database.write() as session:
        session.delete(session.get(Applicant, rows[1].id))
    with database.read() as session:
        tombstone = session.get(Tombstone, ("applicants", rows[1].id))
        assert tombstone is not None
        assert (tombstone.version, tombstone.region_code) == (5, "430121")
        assert tombstone.deleted_at == clock()
    assert _counter(database) == 5


def test_an_update_that_changes_nothing_keeps_its_version(
    database: Database, clock: ManualClock
) -> None:
    with database.write() as session:
        row = applicant_row("430121", clock())
        session.add(row)
    with database.write() as session:
        same = session.get(Applicant, row.id)
        assert same is not None
        same.name = same.name
    assert _counter(database) == row.version == 1


def test_private_columns_do_not_bump_the_version(
    database: Database, passwords: Passwords, clock: ManualClock
) -> None:
    add_account(database, passwords, "430300-1")
    before = _counter(database)
    with database.write() as session:
        account = session.get(Account, "430300-1")
        assert account is not None
        account.login_count += 1
        account.failed_logins = 2
        account.last_login_at = clock()
    with database.read() as session:
        account = session.get(Account, "430300-1")
        assert account is not None and account.version == before
    assert _counter(database) == before


def test_the_region_of_a_synced_row_never_changes(database: Database, clock: ManualClock) -> None:
    with database.write() as session:
        row = applicant_row("430121", clock())
        session.add(row)

    with pytest.raises(SyncedWriteError, match="区划代码不能修改"), database.write() as session:
        moved = session.get(Applicant, row.id)
        assert moved is not None
        moved.region_code = "430102"
        session.flush()
    with database.read() as session:
        kept = session.get(Applicant, row.id)
        assert kept is not None and kept.region_code == "430121"


def test_bulk_orm_writes_that_would_skip_stamping_are_refused(
    database: Database, clock: ManualClock
) -> None:
    with database.write() as session:
        session.add(applicant_row("430121", clock()))

    with pytest.raises(SyncedWriteError), database.write() as session:
        session.execute(update(Applicant).values(name="湖南晶泰运输有限公司"))
    with database.read() as session:
        names = session.scalars(select(Applicant.name)).all()
        assert names == ["衡阳畅达水路客运有限公司"]


def test_insert_synced_stamps_a_block_of_versions_and_clears_old_tombstones(
    database: Database, clock: ManualClock
) -> None:
    with database.write() as session:
        old = applicant_row("430121", clock())
        session.add(old)
    with database.write() as session:
        session.delete(session.get(Applicant, old.id))
    columns = [column.key for column in Applicant.__table__.columns if column.key != "version"]
    template = {key: getattr(applicant_row("430102", clock(), id=old.id), key) for key in columns}
    rows = [template] + [{**template, "id": f"bulk-{index}"} for index in range(4)]

    with database.write() as session:
        insert_synced(session, Applicant, rows)

    with database.read() as session:
        versions = session.scalars(select(Applicant.version).order_by(Applicant.version)).all()
        assert versions == [3, 4, 5, 6, 7]
        assert session.get(Tombstone, ("applicants", old.id)) is None
    assert _counter(database) == 7


def test_bump_version_hands_out_consecutive_numbers_that_roll_back_with_the_transaction(
    database: Database,
) -> None:
    with database.write() as session:
        assert bump_version(session) == 1
        assert bump_version(session) == 2
        assert allocate_versions(session, 3) == 3
    with pytest.raises(RuntimeError), database.write() as session:
        assert bump_version(session) == 6
        raise RuntimeError("abandon the transaction")
    with database.write() as session:
        assert bump_version(session) == 6
