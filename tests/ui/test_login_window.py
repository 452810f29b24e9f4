"""The login window: every problem at once beside its field, demo accounts, nothing lost."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.app import install_translations
from desktop.demo_server import DemoAccount
from desktop.views.login.login_window import LoginRequest, LoginWindow


def test_every_problem_is_shown_beside_its_field_at_once(qtbot: QtBot) -> None:
    login = LoginWindow()
    qtbot.addWidget(login)
    login.set_server("ftp://example")
    login.account.setEditText("4301-1")
    with qtbot.assertNotEmitted(login.login_requested):
        login.submit()
    problems = login.problem_texts()
    assert set(problems) == {"server", "account", "password"}
    assert "http://" in problems["server"]
    assert "430121-1" in problems["account"]
    assert problems["password"] == "请输入密码。"
    assert login.server.text() == "ftp://example"
    assert login.account_id() == "4301-1"


def test_a_valid_form_asks_to_log_in(qtbot: QtBot) -> None:
    login = LoginWindow()
    qtbot.addWidget(login)
    login.set_server("https://syjb.example.cn/")
    login.account.setEditText("430121-1")
    login.password.setText("Sha369@!#")
    login.remember_password.setChecked(True)
    with qtbot.waitSignal(login.login_requested) as asked:
        login.submit()
    assert asked.args == [
        LoginRequest("https://syjb.example.cn", "430121-1", "Sha369@!#", True, True)
    ]
    assert login.problem_texts() == {}


def test_choosing_a_demo_account_fills_its_password(
    qtbot: QtBot, demo_accounts: list[DemoAccount]
) -> None:
    login = LoginWindow()
    qtbot.addWidget(login)
    login.set_demo_accounts(demo_accounts)
    assert login.account.count() == len(demo_accounts)
    city = next(a for a in demo_accounts if a.account_id == "430100-1")
    login.choose_account(city.account_id)
    assert login.account_id() == "430100-1"
    assert login.password.text() == city.password
    assert "430100-1" in login.account.currentText()


def test_startup_loads_qt_and_app_chinese_translations(qapp: QApplication) -> None:
    loaded = install_translations(qapp)
    try:
        assert len(loaded) == 2 and not any(t.isEmpty() for t in loaded)
        assert "reviewdesk_zh_CN" in loaded[1].filePath()
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)
