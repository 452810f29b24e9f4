"""The title area above the work area (manual §1.3, the web page's header).

"湖南省水运奖补资金审核桌面端【2024年，部省政策拆建申报至2025-01-10，货主申报至2025-01-10】" and on
the right who is logged in ("430121-1 · 胡立辉 · 长沙县") with 切换账号 and 退出登录. The
declaration part comes from the synced declaration status and is refreshed after each sync.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from core import regions
from core.vocab import DeclarationState
from desktop.models.header_facts import DeclarationHeader
from desktop.sync.account import AccountInfo


def _part(state: DeclarationState, what: str, scope: str, deadline: date) -> str:
    if state is DeclarationState.OPEN:
        return QCoreApplication.translate("TitleBar", "{0}{1}申报至{2}").format(
            scope, what, deadline.isoformat()
        )
    if state is DeclarationState.EXPIRED:
        return QCoreApplication.translate("TitleBar", "{0}申报已于{1}截止").format(
            what, deadline.isoformat()
        )
    if state is DeclarationState.CLOSED:
        return QCoreApplication.translate("TitleBar", "{0}申报已关闭").format(what)
    return QCoreApplication.translate("TitleBar", "系统运维中")


def declaration_text(header: DeclarationHeader | None) -> str:
    """The bracketed part of the title, as the web system's header writes it."""
    if header is None:
        return QCoreApplication.translate("TitleBar", "【尚未同步申报状态】")
    ship = _part(
        header.ship_state,
        QCoreApplication.translate("TitleBar", "拆建"),
        header.policy_scope,
        header.ship_deadline,
    )
    cargo = _part(
        header.cargo_state,
        QCoreApplication.translate("TitleBar", "货主"),
        "",
        header.cargo_deadline,
    )
    parts = [ship] if ship == cargo else [ship, cargo]
    return QCoreApplication.translate("TitleBar", "【{0}年，{1}】").format(
        header.year, "，".join(parts)
    )


def account_text(account: AccountInfo) -> str:
    region = regions.find(account.region_code)
    place = region.name if region is not None else account.region_code
    return " · ".join(part for part in (account.id, account.name, place) if part)


class TitleBar(QWidget):
    """See the module docstring."""

    switch_account = Signal()
    log_out = Signal()
    settings = Signal()

    def __init__(self, account: AccountInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("titleBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.product = QLabel(self.tr("湖南省水运奖补资金审核桌面端"), self)
        self.product.setObjectName("productName")
        self.declaration = QLabel(declaration_text(None), self)
        self.declaration.setObjectName("declarationLine")
        self.account = QLabel(account_text(account), self)
        self.account.setObjectName("accountLine")
        self.account.setToolTip(
            self.tr("权限：{0}").format("、".join(sorted(p.value for p in account.permissions)))
        )
        settings = QPushButton(self.tr("设置"), self)
        settings.clicked.connect(self.settings)
        switch = QPushButton(self.tr("切换账号"), self)
        switch.clicked.connect(self.switch_account)
        leave = QPushButton(self.tr("退出登录"), self)
        leave.clicked.connect(self.log_out)
        layout.addWidget(self.product)
        layout.addWidget(self.declaration)
        layout.addStretch(1)
        layout.addWidget(self.account)
        layout.addWidget(settings)
        layout.addWidget(switch)
        layout.addWidget(leave)

    def show_declaration(self, header: DeclarationHeader | None) -> None:
        self.declaration.setText(declaration_text(header))
