"""The handler's forms against a private copy of the demo world: problems, drafts, pickers,
the machine-amount preview, offline commits and the zip upload."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from core.vocab import Permission
from desktop.context import AppContext
from desktop.demo_server import DemoAccount
from desktop.views.forms import SPECS, RecordFormDialog, UploadDialog, open_record_form
from desktop.views.forms.drafts import DraftStore
from desktop.views.forms.pickers import PickerDialog
from tests.desktop.live_server import LiveServer
from tests.ui.test_workspace_fixtures import (
    SCREEN_SIZE,
    WAIT_MS,
    AppFactory,
    account,
    cache_rows,
    cache_scalar,
    screenshot,
    server_get,
    wait_synced,
)

CONTEXT_VALUES = {"policy": "部"}
"""Valid on its own; it makes the policy/project rule speak about the project."""
BAD_APPLICATION = {
    "form_no": "怀化2024-1",
    "owners": "abc，，",
    "licence_no": "XK(1)",
    "project": "改建",
    "ship_id_no": "cn123",
    "port_of_registry": "C",
    "gross_tonnage": "12a",
    "capacity": "-5",
    "power_kw": "1.234",
    "built_date": "2024-13-40",
    "application_date": "昨天",
    "estimate_amount": "-3",
    "check_amount": "abc",
    "note": "备注" * 60,
}
FormOpener = Callable[..., RecordFormDialog]


@pytest.fixture(name="form")
def form_fixture(qtbot: QtBot, close_later: Callable[[QWidget], QWidget]) -> FormOpener:
    """Open a record's form at 1280×800 and wait until it has read what it needs."""

    def open_form(context: AppContext, kind: str, record_id: str | None = None) -> RecordFormDialog:
        dialog = open_record_form(context, kind, record_id, None)
        assert isinstance(dialog, RecordFormDialog)
        close_later(dialog)
        dialog.resize(*SCREEN_SIZE)
        qtbot.waitUntil(lambda: dialog.status.text() != dialog.tr("正在读取…"), timeout=WAIT_MS)
        return dialog

    return open_form


def handler(accounts: list[DemoAccount], reviewer: DemoAccount) -> DemoAccount:
    """The county's account with 编辑 (the handler of the county that reviews)."""
    found = account(accounts, f"{reviewer.region_code}-1")
    assert Permission.EDIT in found.permissions
    return found


def outbox(context: AppContext) -> list[tuple[object, ...]]:
    return cache_rows(context, "SELECT action, method, path, body, state FROM outbox ORDER BY seq")


def pick_in_dialog(qtbot: QtBot, needle: str) -> list[str]:
    """Once the picker is up and loaded, filter by ``needle`` and double-click the first line.

    Returns (after the picker closed) the line that was double-clicked; the picker is
    rejected instead when nothing matches, so a failing test never hangs in ``exec()``.
    """
    picked: list[str] = []

    def act() -> None:
        pickers = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, PickerDialog) and widget.isVisible()
        ]
        if not pickers or not pickers[0].loaded:
            QTimer.singleShot(30, act)
            return
        picker = pickers[0]
        picker.filter.setText(needle)
        item = picker.list.item(0)
        if item is None:
            picker.reject()
            return
        picked.append(item.text())
        point = picker.list.visualItemRect(item).center()
        QTest.mouseClick(picker.list.viewport(), Qt.MouseButton.LeftButton, pos=point)
        QTest.mouseDClick(picker.list.viewport(), Qt.MouseButton.LeftButton, pos=point)
        QTimer.singleShot(2000, picker.reject)

    QTimer.singleShot(0, act)
    return picked


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` the way a Chinese input method delivers it (a committed string)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def valid_application(context: AppContext) -> dict[str, str]:
    """The values of a stored county application (valid by construction), as a new ship."""
    row = cache_rows(
        context,
        "SELECT data FROM applications WHERE machine_formula != ''"
        " AND NOT (policy = '部' AND project = '拆解') ORDER BY id LIMIT 1",
    )
    assert row, "the county needs an application with a machine amount it may create"
    data = json.loads(str(row[0][0]))
    values = {key: "" if value is None else str(value) for key, value in data.items()}
    values.update({"ship_name": "湘测试货0001", "estimate_amount": "60.00", "check_amount": ""})
    return values


def test_many_bad_values_show_every_problem_at_once_and_nothing_is_sent(
    qtbot: QtBot,
    form: FormOpener,
    own_server: LiveServer,
    open_app: AppFactory,
    demo_accounts: list[DemoAccount],
    county_reviewer: DemoAccount,
) -> None:
    context = open_app(own_server, handler(demo_accounts, county_reviewer))
    dialog = form(context, "applications")
    dialog.grid.set_values({**BAD_APPLICATION, **CONTEXT_VALUES})
    dialog.submit()
    assert dialog.isVisible()
    assert dialog.problem_count() >= len(BAD_APPLICATION)
    for column in BAD_APPLICATION:
        label = dialog.grid.message_text(column)
        assert "：" in label and label != dialog._spec.field(column).translated_hint(), column
    assert "必须选择" in dialog.parent_row.message.text()  # type: ignore[union-attr]
    assert "处问题" in dialog.summary.text()
    qtbot.wait(100)
    screenshot(dialog, "application_form.png")
    assert outbox(context) == []
    assert dialog.values()["gross_tonnage"] == "12a", "what was typed stays as typed"


def test_a_draft_survives_closing_the_dialog_and_a_restart(
    qtbot: QtBot,
    form: FormOpener,
    own_server: LiveServer,
    open_app: AppFactory,
    demo_accounts: list[DemoAccount],
    county_reviewer: DemoAccount,
) -> None:
    context = open_app(own_server, handler(demo_accounts, county_reviewer))
    dialog = form(context, "applications")
    typed = {"ship_name": "湘草稿货0001", "gross_tonnage": "12a", "note": "尚未填完"}
    for column, text in typed.items():
        type_text(dialog.grid.editors[column].focusProxy(), text)
    dialog.close()

    restarted = DraftStore(context.data_dir, context.account.id).load_form("applications", None)
    assert restarted is not None and all(restarted[c] == t for c, t in typed.items())

    again = form(context, "applications")
    assert all(again.values()[column] == text for column, text in typed.items())
    assert "已恢复" in again.banner.text()
    assert again.discard_button.isVisible()
    assert outbox(context) == []


def test_the_applicant_picker_filters_and_copies_the_applicant(
    qtbot: QtBot,
    form: FormOpener,
    own_server: LiveServer,
    open_app: AppFactory,
    demo_accounts: list[DemoAccount],
    county_reviewer: DemoAccount,
) -> None:
    context = open_app(own_server, handler(demo_accounts, county_reviewer))
    names = cache_rows(context, "SELECT name, address FROM applicants ORDER BY name LIMIT 1")
    name, address = str(names[0][0]), str(names[0][1])
    dialog = form(context, "applications")
    picked = pick_in_dialog(qtbot, name[2:6])
    dialog.pick_parent()
    assert picked and name in picked[0]
    qtbot.waitUntil(lambda: name in dialog.parent_row.value.text(), timeout=WAIT_MS)  # type: ignore[union-attr]
    assert address in dialog.parent_row.value.text()  # type: ignore[union-attr]
    assert dialog.values()["owners"] == name
    assert dialog.values()["operator"] == name


def test_a_valid_application_is_previewed_committed_offline_and_synced(
    qtbot: QtBot,
    form: FormOpener,
    own_server: LiveServer,
    open_app: AppFactory,
    demo_accounts: list[DemoAccount],
    county_reviewer: DemoAccount,
) -> None:
    user = handler(demo_accounts, county_reviewer)
    context = open_app(own_server, user)
    values = valid_application(context)
    dialog = form(context, "applications")
    dialog._choose_parent(values["applicant_id"])
    qtbot.waitUntil(lambda: dialog.parent_row.value.text() != "（尚未选取）", timeout=WAIT_MS)  # type: ignore[union-attr]
    dialog.grid.set_values({column: values.get(column, "") for column in dialog.grid.editors})
    dialog.grid.edited.emit("estimate_amount")
    qtbot.waitUntil(lambda: "机算 =" in dialog.preview.text.text(), timeout=WAIT_MS)
    assert values["machine_formula"] in dialog.preview.text.text()
    differs = dialog.preview.differences.text()
    assert ("不一致" in differs) == (values.get("machine_amount") not in ("60.00", "60"))

    own_server.stop()
    with qtbot.waitSignal(dialog.submitted, timeout=WAIT_MS) as blocker:
        dialog.submit()
    record_id = str(blocker.args[1])
    queued = outbox(context)
    assert [(item[0], item[1], item[4]) for item in queued] == [("create", "POST", "pending")]
    assert (
        cache_scalar(context, "SELECT ship_name FROM applications WHERE id = ?", record_id)
        == "湘测试货0001"
    )
    assert DraftStore(context.data_dir, user.account_id).load_form("applications", None) is None

    own_server.start()
    wait_synced(qtbot, context)
    stored = server_get(own_server, user, f"/records/applications/{record_id}")
    assert stored["data"]["ship_name"] == "湘测试货0001"  # type: ignore[index]
    assert stored["data"]["machine_amount"] is not None  # type: ignore[index]


def test_a_modification_sends_only_the_changed_fields(
    qtbot: QtBot,
    form: FormOpener,
    own_server: LiveServer,
    open_app: AppFactory,
    demo_accounts: list[DemoAccount],
    county_reviewer: DemoAccount,
) -> None:
    context = open_app(own_server, handler(demo_accounts, county_reviewer))
    editable = cache_rows(
        context,
        "SELECT id FROM applications WHERE county_result IS NULL"
        " AND (policy != '部' OR project != '拆解') LIMIT 1",
    )
    record_id = str(editable[0][0])
    dialog = form(context, "applications", record_id)
    assert dialog.submit_button.isEnabled(), dialog.banner.text()
    note = dialog.grid.editors["note"]
    note.set_text("补充说明：已核对营运证。")
    dialog.grid.edited.emit("note")
    with qtbot.waitSignal(dialog.submitted, timeout=WAIT_MS):
        dialog.submit()
    queued = outbox(context)
    assert len(queued) == 1 and queued[0][:2] == ("modify", "PATCH")
    assert json.loads(str(queued[0][3])) == {"note": "补充说明：已核对营运证。"}


def test_the_zip_is_inspected_here_first_and_uploaded_only_online(
    qtbot: QtBot,
    close_later: Callable[[QWidget], QWidget],
    own_server: LiveServer,
    open_app: AppFactory,
    demo_accounts: list[DemoAccount],
) -> None:
    zips = own_server.data_dir / "demo-zips"
    bad = next(zips.glob("*-计划申请*（有问题）.zip"))
    ship = bad.name.split("-")[0]
    good = next(path for path in zips.glob(f"{ship}-*.zip") if path != bad)
    with sqlite3.connect(own_server.data_dir / "server.sqlite3") as connection:
        record_id, region = connection.execute(
            "SELECT id, region_code FROM applications WHERE ship_name = ?", (ship,)
        ).fetchone()
    user = account(demo_accounts, f"{region}-1")
    context = open_app(own_server, user)
    dialog = UploadDialog(context, "applications", record_id)
    close_later(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "应包含" in dialog.report.toPlainText(), timeout=WAIT_MS)

    with qtbot.waitSignal(dialog.inspected, timeout=WAIT_MS) as report:
        dialog.inspect(bad)
    problems = report.args[0].problems
    assert len(problems) >= 4
    text = dialog.report.toPlainText()
    assert all(problem.message in text for problem in problems)
    assert not dialog.upload_button.isEnabled()

    with qtbot.waitSignal(dialog.inspected, timeout=WAIT_MS) as report:
        dialog.inspect(good)
    assert report.args[0].ok and dialog.upload_button.isEnabled()

    own_server.stop()
    dialog.upload()
    qtbot.waitUntil(lambda: "无法连接服务器" in dialog.message.text(), timeout=WAIT_MS)
    assert "上传材料必须联网" in dialog.message.text()

    own_server.start()
    with qtbot.waitSignal(dialog.uploaded, timeout=WAIT_MS) as sent:
        dialog.upload()
    assert sent.args[0] == len(report.args[0].files)
    uploaded_on = cache_scalar(
        context, "SELECT materials_uploaded_on FROM applications WHERE id = ?", record_id
    )
    assert uploaded_on is not None
    listing = server_get(own_server, user, f"/records/applications/{record_id}/materials")
    present = [item["name"] for item in listing["materials"] if item["present"]]  # type: ignore[union-attr]
    assert len(present) == sent.args[0]


def test_monthly_reports_must_follow_the_last_reported_month(
    qtbot: QtBot,
    form: FormOpener,
    own_server: LiveServer,
    open_app: AppFactory,
    demo_accounts: list[DemoAccount],
) -> None:
    with sqlite3.connect(own_server.data_dir / "server.sqlite3") as connection:
        owner_id, region, last = connection.execute(
            "SELECT o.id, o.region_code, MAX(m.month) FROM cargo_owners o"
            " JOIN monthly_reports m ON m.cargo_owner_id = o.id"
            " WHERE o.city_result = '同意' GROUP BY o.id HAVING MAX(m.month) < 11"
            " ORDER BY o.id LIMIT 1"
        ).fetchone()
    context = open_app(own_server, account(demo_accounts, f"{region}-1"))
    dialog = form(context, "monthly_reports")
    dialog._choose_parent(str(owner_id))
    qtbot.waitUntil(lambda: dialog.parent_row.value.text() != "（尚未选取）", timeout=WAIT_MS)  # type: ignore[union-attr]
    qtbot.wait(200)
    dialog.grid.set_values({"month": str(int(last) + 2), "foreign_teu": "10", "domestic_teu": "0"})
    dialog.submit()
    assert "逐月连续填报" in dialog.grid.message_text("month")
    assert outbox(context) == []


def test_every_record_kind_has_its_form(
    form: FormOpener,
    own_server: LiveServer,
    open_app: AppFactory,
    demo_accounts: list[DemoAccount],
    county_reviewer: DemoAccount,
) -> None:
    context = open_app(own_server, handler(demo_accounts, county_reviewer))
    for kind, spec in SPECS.items():
        dialog = form(context, kind)
        assert set(dialog.grid.editors) == set(spec.columns), kind
        assert (dialog.parent_row is not None) == (spec.parent is not None), kind
        assert dialog.windowTitle().startswith("建档"), kind
        assert dialog.submit_button.isEnabled(), kind
        dialog.close()


def test_the_reward_form_computes_from_the_owners_monthly_reports(
    qtbot: QtBot,
    form: FormOpener,
    own_server: LiveServer,
    open_app: AppFactory,
    demo_accounts: list[DemoAccount],
) -> None:
    with sqlite3.connect(own_server.data_dir / "server.sqlite3") as connection:
        owner_id, region = connection.execute(
            "SELECT o.id, o.region_code FROM cargo_owners o"
            " JOIN monthly_reports m ON m.cargo_owner_id = o.id"
            " WHERE o.city_result = '同意' GROUP BY o.id ORDER BY o.id LIMIT 1"
        ).fetchone()
    context = open_app(own_server, account(demo_accounts, f"{region}-1"))
    dialog = form(context, "rewards")
    dialog._choose_parent(str(owner_id))
    qtbot.waitUntil(lambda: "外贸机算" in dialog.preview.text.text(), timeout=WAIT_MS)
    assert "内贸机算" in dialog.preview.text.text()
    dialog.grid.set_values({"estimate_foreign": "9999", "estimate_domestic": "0"})
    dialog.grid.edited.emit("estimate_foreign")
    qtbot.waitUntil(lambda: "不一致" in dialog.preview.differences.text(), timeout=WAIT_MS)
