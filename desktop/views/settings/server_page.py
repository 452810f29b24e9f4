"""服务器与缓存: the server to log in to, the material cache's cap, where the cache is and how
much it uses, the unsynced outbox, and 清除缓存.

What 清除缓存 clears is decided in ``cache_usage`` and said on the page before the button is
pressed: downloaded material PDFs only — never the outbox, the conflicts or the record data,
nor the files of records with queued work. The question before clearing names the number of
unsynced items, so nobody wonders whether their offline decisions are at risk.

Works offline: all of it is local, except 测试连接.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.sync.outbox_queue import OutboxCounts
from desktop.sync.status import SyncStatus
from desktop.views.settings import cache_usage, preferences
from desktop.views.settings.calls import run_in_background
from desktop.views.settings.failures import Failure
from desktop.views.settings.prompts import ask
from desktop.views.settings.remote import probe_server
from desktop.views.settings.widgets import Banner, error_label, hint_label, set_message

MIB = 1024 * 1024


def size_text(size: int) -> str:
    """Bytes as a person reads them (1 MB = 1,048,576 bytes, as Windows counts)."""
    if size >= 1024 * MIB:
        return f"{size / (1024 * MIB):.2f} GB"
    if size >= MIB:
        return f"{size / MIB:.1f} MB"
    return f"{size / 1024:.0f} KB"


def _beside(parent: QWidget, main: QWidget, extra: QWidget, *, grow_main: bool = True) -> QWidget:
    """``main`` with ``extra`` to its right, in one grid cell; one of them takes the room."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(main, 1 if grow_main else 0)
    layout.addWidget(extra, 0 if grow_main else 1)
    return row


class ServerCachePage(QWidget):
    """The page; see the module docstring."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverCachePage")
        self.context = context
        self.banner = Banner(self)
        stored = preferences.load_preferences(context.data_dir)
        self.url = QLineEdit(stored.server_url, self)
        self.url_error = error_label(self, "error_server_url")
        self.cap = QSpinBox(self)
        self.location = QLabel(str(context.data_dir), self)
        self.cache_size = QLabel(self)
        self.material_size = QLabel(self)
        self.material_bar = QProgressBar(self)
        self.outbox = QLabel(self)
        self.probe_button = QPushButton(self.tr("测试连接"), self)
        self.save_button = QPushButton(self.tr("保存设置"), self)
        self.open_button = QPushButton(self.tr("打开文件夹"), self)
        self.clear_button = QPushButton(self.tr("清除缓存…"), self)
        self.refresh_button = QPushButton(self.tr("重新计算"), self)
        self.usage: cache_usage.CacheUsage | None = None
        self._set_up(stored)
        self._lay_out()
        self._connect()
        self.measure()

    # ---- building -------------------------------------------------------------------------

    def _set_up(self, stored: preferences.Preferences) -> None:
        low, high = preferences.CACHE_CAP_RANGE_MB
        self.cap.setRange(low, high)
        self.cap.setSingleStep(256)
        self.cap.setSuffix(" MB")
        self.cap.setValue(stored.cache_cap_mb)
        self.cap.setMinimumWidth(140)
        self.cap.setMaximumWidth(180)
        self.url.setPlaceholderText(
            self.tr("留空则使用本机演示服务器，如 {}").format(preferences.URL_EXAMPLE)
        )
        self.url.setObjectName("serverUrl")
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.material_bar.setTextVisible(True)

    def _server_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("服务器"), self)
        grid = QGridLayout(group)
        current = QLabel(f"{self.context.server_url}（{self.context.account.id}）", group)
        current.setObjectName("currentServer")
        grid.addWidget(QLabel(self.tr("当前连接"), group), 0, 0)
        grid.addWidget(current, 0, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("服务器地址"), group), 1, 0)
        grid.addWidget(self.url, 1, 1)
        grid.addWidget(self.probe_button, 1, 2)
        grid.addWidget(self.url_error, 2, 1, 1, 2)
        note = self.tr(
            "新地址在下次登录时使用：本机缓存按服务器和账号分别保存，当前会话和未同步的操作"
            "不受影响。除本机外必须使用 https://。"
        )
        grid.addWidget(hint_label(group, note), 3, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        return group

    def _cache_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("本地缓存"), self)
        grid = QGridLayout(group)
        cap_note = self.tr(
            "超过上限时自动删除最久未用的材料（有未同步操作的记录的材料除外）；下次登录时生效。"
        )
        rows: list[tuple[str, QWidget]] = [
            (self.tr("缓存位置"), _beside(group, self.location, self.open_button)),
            (self.tr("记录数据"), self.cache_size),
            (self.tr("材料文件"), self.material_size),
            (self.tr("材料缓存用量"), self.material_bar),
            (
                self.tr("材料缓存上限"),
                _beside(group, self.cap, hint_label(group, cap_note), grow_main=False),
            ),
            (self.tr("未同步的操作"), self.outbox),
        ]
        for number, (label, widget) in enumerate(rows):
            grid.addWidget(QLabel(label, group), number, 0)
            grid.addWidget(widget, number, 1)
        grid.setColumnStretch(1, 1)
        return group

    def _clear_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("清除缓存"), self)
        layout = QVBoxLayout(group)
        layout.addWidget(
            hint_label(
                group,
                self.tr(
                    "清除缓存只删除已下载的材料PDF文件（打开时会重新下载并校验）。"
                    "本机的记录数据、未同步的操作、冲突记录，以及有未同步操作的记录的材料"
                    "都会保留，联网后照常上传，不会丢失。"
                ),
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return group

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self._server_group())
        layout.addWidget(self._cache_group())
        layout.addWidget(self._clear_group())
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.probe_button.clicked.connect(self.probe)
        self.open_button.clicked.connect(self._open_folder)
        self.clear_button.clicked.connect(self.ask_clear)
        self.refresh_button.clicked.connect(self.measure)
        self.cap.valueChanged.connect(self._show_usage)
        self.context.sync_thread.status_changed.connect(self._sync_status)

    # ---- preferences ----------------------------------------------------------------------

    def save(self) -> None:
        """Check the URL (every problem at once) and store both preferences."""
        problems = preferences.server_url_problems(self.url.text())
        set_message(self.url_error, "\n".join(problem.message for problem in problems))
        if problems:
            return
        stored = preferences.Preferences(
            server_url=preferences.cleaned_url(self.url.text()), cache_cap_mb=self.cap.value()
        )
        try:
            preferences.save_preferences(self.context.data_dir, stored)
        except OSError as error:
            self.banner.show_message(self.tr("设置未能保存：{}").format(error), "error")
            return
        self.url.setText(stored.server_url)
        self.banner.show_message(self.tr("设置已保存，下次登录时生效。"), "success")

    def probe(self) -> None:
        """测试连接: ask the typed server for its health, off the UI thread."""
        problems = preferences.server_url_problems(self.url.text())
        set_message(self.url_error, "\n".join(problem.message for problem in problems))
        url = preferences.cleaned_url(self.url.text())
        if problems or not url:
            if not url:
                set_message(self.url_error, self.tr("服务器地址：请先填写要测试的地址"))
            return
        self.probe_button.setEnabled(False)
        self.banner.show_message(self.tr("正在连接 {} …").format(url), "info")
        run_in_background(
            self.context, self, lambda: probe_server(url), self._probed, self._probe_failed
        )

    def _probed(self, answer: dict[str, Any]) -> None:
        self.probe_button.setEnabled(True)
        if answer.get("status") == "ok":
            text = self.tr("连接成功：服务器运行正常（接口版本 {}）。").format(
                answer.get("api_version", "")
            )
            self.banner.show_message(text, "success")
        else:
            self.banner.show_message(self.tr("该地址有应答，但不是奖补审核服务器。"), "error")

    def _probe_failed(self, failure: Failure) -> None:
        self.probe_button.setEnabled(True)
        self.banner.show_message(self.tr("连接失败：{}").format(failure.message), "error")

    # ---- usage ----------------------------------------------------------------------------

    def measure(self) -> None:
        """Sizes and outbox counts, read off the UI thread."""
        db, data_dir = self.context.db, self.context.data_dir
        self.refresh_button.setEnabled(False)
        run_in_background(
            self.context,
            self,
            lambda: cache_usage.measure(db, data_dir),
            self._measured,
            self._local_failed,
        )

    def _measured(self, usage: cache_usage.CacheUsage) -> None:
        self.refresh_button.setEnabled(True)
        self.usage = usage
        self.location.setText(str(usage.data_dir))
        self.cache_size.setText(f"{size_text(usage.cache_bytes)}（{usage.cache_file.name}）")
        self._show_usage()
        self._show_outbox(usage.outbox)

    def _show_usage(self) -> None:
        if self.usage is None:
            return
        cap = self.cap.value() * MIB
        used = self.usage.material_bytes
        self.material_size.setText(
            self.tr("{} 个文件，共 {}").format(self.usage.material_files, size_text(used))
        )
        self.material_bar.setRange(0, 1000)
        self.material_bar.setValue(min(1000, round(1000 * used / cap)) if cap else 0)
        self.material_bar.setFormat(f"{size_text(used)} / {size_text(cap)}")

    def _show_outbox(self, counts: OutboxCounts) -> None:
        if counts.total == 0:
            self.outbox.setText(self.tr("没有，全部已同步到服务器"))
            return
        self.outbox.setText(
            self.tr("共 {} 项（待上传 {} 项，冲突 {} 项，被拒绝 {} 项）").format(
                counts.total, counts.pending, counts.conflicts, counts.failed
            )
        )

    def _sync_status(self, status: SyncStatus) -> None:
        self._show_outbox(OutboxCounts(status.outbox_pending, status.conflicts, status.failed))

    def _local_failed(self, failure: Failure) -> None:
        self.refresh_button.setEnabled(True)
        self.clear_button.setEnabled(True)
        self.banner.show_message(failure.message, "error")

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.data_dir)))

    # ---- clearing -------------------------------------------------------------------------

    def ask_clear(self) -> None:
        """Count the outbox now (not from an old reading), then ask."""
        db, data_dir = self.context.db, self.context.data_dir
        self.clear_button.setEnabled(False)
        run_in_background(
            self.context,
            self,
            lambda: cache_usage.measure(db, data_dir),
            self._confirm_clear,
            self._local_failed,
        )

    def clear_question(self, counts: OutboxCounts) -> str:
        if counts.total == 0:
            return self.tr("本机没有未同步的操作。确定删除已下载的材料文件吗？")
        return self.tr(
            "本机还有 {} 项操作未同步到服务器（待上传 {} 项，冲突 {} 项，被拒绝 {} 项）。"
            "清除缓存不会删除它们：这些操作、冲突记录和相关记录的材料都会保留，联网后照常处理。"
            "确定删除其余已下载的材料文件吗？"
        ).format(counts.total, counts.pending, counts.conflicts, counts.failed)

    def _confirm_clear(self, usage: cache_usage.CacheUsage) -> None:
        self._measured(usage)
        self.clear_button.setEnabled(True)
        ask(
            self,
            self.tr("清除缓存"),
            self.clear_question(usage.outbox),
            self._clear,
            yes_text=self.tr("清除"),
            detail=self.tr("材料文件在下次打开时会重新下载并校验。"),
        )

    def _clear(self) -> None:
        db, data_dir = self.context.db, self.context.data_dir
        self.clear_button.setEnabled(False)
        run_in_background(
            self.context,
            self,
            lambda: cache_usage.clear_materials(db, data_dir),
            self._cleared,
            self._local_failed,
        )

    def _cleared(self, report: cache_usage.ClearReport) -> None:
        self.clear_button.setEnabled(True)
        text = self.tr("已删除 {} 个材料文件（{}）。").format(
            report.removed_files, size_text(report.removed_bytes)
        )
        if report.kept_files:
            text += self.tr("保留 {} 个（{}）：属于有未同步操作的记录，或正在使用。").format(
                report.kept_files, size_text(report.kept_bytes)
            )
        self.banner.show_message(text, "success")
        self.measure()
