"""个人资料: the logged-in person's own profile, password and deactivation (manual 8.2, 8.3).

Read from ``GET /me`` (for the unit, department and the version a change is based on). All
three forms need the server; offline the page says so and disables them, keeping whatever was
typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.views.settings.profile_forms import (
    OwnPasswordForm,
    ProfileForm,
    SelfDeactivationForm,
)
from desktop.views.settings.remote import AdminApi
from desktop.views.settings.remote_page import RemotePage


class ProfilePage(RemotePage):
    """The three self-service forms on one page."""

    profile_changed = Signal(dict)
    """The person's account as the server now has it (name, unit …), for the window title."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("profilePage")
        self.api = AdminApi(context.client)
        self.profile = ProfileForm(context, self)
        self.password = OwnPasswordForm(context, self)
        self.deactivation = SelfDeactivationForm(context, self)
        self.profile.saved.connect(self._profile_saved)
        self.password.changed.connect(self._password_changed)
        self.deactivation.deactivated.connect(self.session_ended)
        self._lay_out()
        self.set_actions_enabled(False)

    def _lay_out(self) -> None:
        content = QWidget(self)
        column = QVBoxLayout(content)
        for form in (self.profile, self.password, self.deactivation):
            column.addWidget(form)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)

    def offline_message(self) -> str:
        return self.tr("修改个人资料、密码或注销账号需要连接服务器，当前处于离线状态。")

    def fetch(self) -> dict[str, Any]:
        return self.api.me()

    def present(self, data: Any) -> None:
        self.profile.load(data)

    def set_actions_enabled(self, enabled: bool) -> None:
        for form in (self.profile, self.password, self.deactivation):
            form.set_allowed(enabled)

    def _profile_saved(self, me: dict[str, Any]) -> None:
        self.show_done(self.tr("个人资料已保存。"))
        self.profile_changed.emit(me)

    def _password_changed(self) -> None:
        self.show_done(
            self.tr(
                "登录密码已修改。其他电脑上以此账号的登录已结束，本机保持登录；下次请用新密码登录。"
            )
        )
