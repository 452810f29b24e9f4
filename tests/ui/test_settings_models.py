"""The settings tables' Qt models pass pytest-qt's model tester, and the sheet keeps fields it
has no column for, stores what the server expects for blanks, and forgets stale problems."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from desktop.views.settings import year_tables
from desktop.views.settings.accounts_model import AccountFilter, AccountsModel
from desktop.views.settings.records_model import RecordsModel
from desktop.views.settings.sheet_model import SheetModel, SheetProblems
from desktop.views.settings.statuses_page import STATUS_COLUMNS

ACCOUNTS = [
    {
        "id": f"4301{county}-{number}",
        "name": "王建国",
        "unit": "长沙县交通运输局",
        "department": "",
        "permissions": ["编辑", "审核"],
        "region_code": f"4301{county}",
        "active": number != 2,
        "last_login_at": "2026-11-20T01:30:00+00:00",
        "login_count": number,
        "created_at": "2026-05-08T01:30:00+00:00",
    }
    for county in ("21", "81")
    for number in (1, 2, 10)
]


def test_accounts_model_and_filter(qtmodeltester: ModelTester) -> None:
    model = AccountsModel()
    model.set_rows(ACCOUNTS)
    proxy = AccountFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(n, 0).data() for n in range(3)] == ["430121-1", "430121-2", "430121-10"]
    assert proxy.index(0, 8).data() == "2026-11-20 09:30", "China time"
    proxy.set_region("430181")
    assert proxy.rowCount() == 3
    proxy.set_show_inactive(False)
    assert proxy.rowCount() == 2


def test_records_model(qtmodeltester: ModelTester) -> None:
    model = RecordsModel(STATUS_COLUMNS, lambda row: bool(row.get("current")))
    model.set_rows([{"year": 2026, "state": "开放", "current": True}, {"year": 2025}])
    qtmodeltester.check(model)
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_sheet_model_edits_and_problems(qtmodeltester: ModelTester) -> None:
    model = SheetModel(year_tables.MATERIAL_COLUMNS)
    model.set_rows([year_tables.blank_row(year_tables.MATERIALS, 2026) for _ in range(3)])
    qtmodeltester.check(model)
    projects = model.index(0, model.column_of("projects") or 0)
    assert model.setData(projects, ["改建", "拆解"])
    assert model.row(0)["projects"] == ["拆解", "改建"], "kept in the vocabulary's order"
    assert model.row(0)["year"] == 2026, "a field without a column is kept"
    required = model.index(1, model.column_of("required") or 0)
    assert model.setData(required, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.row(1)["required"] is False

    name = model.index(2, model.column_of("name") or 0)
    model.set_problems(SheetProblems({(2, "name"): ["名字错"]}, {1: ["第 2 行有误"]}, []))
    assert name.data(Qt.ItemDataRole.ToolTipRole) == "名字错"
    assert model.headerData(1, Qt.Orientation.Vertical).endswith("⚠")
    model.setData(name, "营业执照（申请人）.pdf")
    assert (2, "name") not in model.problems.cells, "an edited cell's problem goes"
    model.insert_row(0, year_tables.blank_row(year_tables.MATERIALS, 2026))
    assert model.problems.count == 0, "row numbers moved: old problems no longer apply"


def test_sheet_blank_optional_values_are_none() -> None:
    model = SheetModel(year_tables.STANDARD_COLUMNS)
    model.set_rows([year_tables.blank_row(year_tables.STANDARDS, 2026)])
    model.setData(model.index(0, model.column_of("ship_type") or 0), "  ")
    model.setData(model.index(0, model.column_of("policy") or 0), "")
    model.setData(model.index(0, model.column_of("param_unit") or 0), "")
    stored = model.row(0)
    assert stored["ship_type"] is None and stored["policy"] is None
    assert stored["param_unit"] == ""
