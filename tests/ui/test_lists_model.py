"""The record list model over a real synced cache: Qt's model contract, SQL sorting, scopes."""

from __future__ import annotations

import sqlite3

from pytestqt.qtbot import QtBot

from core.query import AnyOf, Query, SortRule
from core.vocab import Level, Permission, RegionLevel
from desktop.context import AppContext
from desktop.demo_server import DemoAccount
from desktop.models.list_columns import list_spec
from desktop.models.list_queries import ALL_RECORDS, LIST_KINDS, ListScope
from desktop.models.table_model import BLOCK_ROWS, RECORD_ID_ROLE, RecordTableModel
from tests.ui.demo_fixtures import ContextFactory, find_account


def loaded_model(
    qtbot: QtBot, context: AppContext, kind: str, scope: ListScope = ALL_RECORDS
) -> RecordTableModel:
    model = RecordTableModel(context.db, context.tasks, list_spec(kind), scope)
    with qtbot.waitSignal(model.loaded, timeout=20_000):
        model.reload()
    return model


def cache_ids(context: AppContext, sql: str, *params: object) -> list[str]:
    with sqlite3.connect(context.db.path) as connection:
        return [row[0] for row in connection.execute(sql, params)]


def test_every_list_model_passes_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: object,
    app_context: ContextFactory,
    demo_accounts: list[DemoAccount],
) -> None:
    context = app_context(find_account(demo_accounts, RegionLevel.PROVINCE, Permission.SYSTEM))
    for kind in LIST_KINDS:
        model = loaded_model(qtbot, context, kind)
        assert model.rowCount() > 0, kind
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_rows_arrive_in_blocks_and_flags_never_fetch(
    qtbot: QtBot, app_context: ContextFactory, demo_accounts: list[DemoAccount]
) -> None:
    context = app_context(find_account(demo_accounts, RegionLevel.PROVINCE, Permission.SYSTEM))
    model = loaded_model(qtbot, context, "applications")
    assert model.rowCount() > 3 * BLOCK_ROWS
    first = model.index(0, 0)
    assert model.data(first) not in (None, "")
    far = model.index(3 * BLOCK_ROWS + 5, 0)
    model.flags(far)
    assert model.data(far, RECORD_ID_ROLE) == model.id_at(3 * BLOCK_ROWS + 5)
    with qtbot.waitSignal(model.dataChanged, timeout=10_000):
        assert model.data(far) is None
    assert model.data(far)


def test_header_click_sorts_in_sql(
    qtbot: QtBot, app_context: ContextFactory, demo_accounts: list[DemoAccount]
) -> None:
    context = app_context(find_account(demo_accounts, RegionLevel.PROVINCE, Permission.SYSTEM))
    model = loaded_model(qtbot, context, "applications")
    column = list_spec("applications").index_of("gross_tonnage")
    from PySide6.QtCore import Qt

    with qtbot.waitSignal(model.loaded, timeout=20_000):
        model.sort(column, Qt.SortOrder.DescendingOrder)
    expected = cache_ids(
        context,
        "SELECT id FROM applications ORDER BY gross_tonnage IS NULL, gross_tonnage DESC, id",
    )
    assert model.ids() == expected
    assert model.sort_rules() == (SortRule("gross_tonnage", descending=True),)


def test_queue_scope_lists_waiting_records_first(
    qtbot: QtBot, app_context: ContextFactory, county_reviewer: DemoAccount
) -> None:
    context = app_context(county_reviewer)
    model = loaded_model(qtbot, context, "applications", ListScope(Level.COUNTY))
    waiting = set(
        cache_ids(
            context,
            "SELECT id FROM applications WHERE platform_result = '同意' AND county_result IS NULL"
            " AND materials_uploaded_on IS NOT NULL",
        )
    )
    assert waiting
    ids = model.ids()
    assert set(ids[: len(waiting)]) == waiting
    assert all(model.row_of(record_id) is not None for record_id in waiting)
    only = loaded_model(qtbot, context, "applications", ListScope(Level.COUNTY, waiting_only=True))
    assert set(only.ids()) == waiting


def test_query_conditions_filter_in_sql(
    qtbot: QtBot, app_context: ContextFactory, demo_accounts: list[DemoAccount]
) -> None:
    context = app_context(find_account(demo_accounts, RegionLevel.PROVINCE, Permission.SYSTEM))
    model = loaded_model(qtbot, context, "applications")
    with qtbot.waitSignal(model.loaded, timeout=20_000):
        model.set_query(Query((AnyOf("project", ("拆解", "更新")),)))
    expected = cache_ids(
        context,
        "SELECT id FROM applications WHERE project IN ('拆解', '更新')"
        " ORDER BY application_date IS NULL, application_date, id",
    )
    assert model.ids() == expected
