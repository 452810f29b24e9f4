"""Page 7-4 新建/修改奖补年份: a year's PDF and zip size limits and its note.

A new year is always the latest year + 1 (the first one any year of 2000–2099). Creating it
copies the previous year's standards table and material list and opens the declaration for a
month — the page says exactly what will be copied and until when it opens — and, since that
open status is a new status, ends every session (the administrator's own too). Changing an
existing year's limits or note ends nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from core import declaration
from core.field_rules import Problem
from desktop.context import AppContext
from desktop.views.settings.failures import Failure
from desktop.views.settings.form_dialog import FormDialog, Work
from desktop.views.settings.prompts import ask
from desktop.views.settings.widgets import hint_label

PDF_RANGE = (1, 20)
ZIP_RANGE = (2, 60)


def note_problems(note: str) -> list[Problem]:
    """Page 7-4's 备注: 5–100 characters (the rule of a status's note too)."""
    length = len(note.strip())
    low, high = declaration.NOTE_MIN_CHARS, declaration.NOTE_MAX_CHARS
    if low <= length <= high:
        return []
    return [Problem("note", f"备注：须为{low}-{high}个字，当前{length}个字")]


def _spin(parent: QWidget, bounds: tuple[int, int], value: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(*bounds)
    spin.setSuffix(" M")
    spin.setValue(min(max(value, bounds[0]), bounds[1]))
    return spin


class YearDialog(FormDialog):
    """Create the next year (``row`` None; ``latest`` is the latest year's row, if any) or
    change ``row``."""

    created = Signal(dict)
    saved = Signal(dict)

    def __init__(
        self,
        context: AppContext,
        latest: Mapping[str, Any] | None,
        row: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("新建奖补年份") if row is None else self.tr("修改奖补年份")
        super().__init__(context, title, parent)
        self.setObjectName("yearDialog")
        self.row = dict(row) if row is not None else None
        self.latest = dict(latest) if latest is not None else None
        base = self.row or self.latest or {}
        self.year_number = self._year_number()
        self.pdf = _spin(self, PDF_RANGE, int(base.get("pdf_limit_mb", 20)))
        self.zip = _spin(self, ZIP_RANGE, int(base.get("zip_limit_mb", 60)))
        self.note = QLineEdit(str(self.row.get("note", "")) if self.row else "", self)
        self._build()
        self.resize(700, self.sizeHint().height())
        self.mark_clean()

    def _year_number(self) -> int:
        if self.row is not None:
            return int(self.row["year"])
        if self.latest is not None:
            return int(self.latest["year"]) + 1
        return self.context.sync.clock.today().year

    def _build(self) -> None:
        year = QLabel(str(self.year_number), self)
        year.setObjectName("yearNumber")
        hint = self.tr("上个奖补年份+1。") if self.row is None else self.tr("不能更改。")
        self.fields.add("year", self.tr("奖补年份"), year, hint)
        self.fields.add(
            "pdf_limit_mb",
            self.tr("Pdf文件大小上限"),
            self.pdf,
            self.tr("上传单个Pdf文件的大小上限，1-20之间，单位M。"),
        )
        self.fields.add(
            "zip_limit_mb",
            self.tr("Zip压缩包大小上限"),
            self.zip,
            self.tr("上传单个Zip压缩包的大小上限，2-60之间，单位M。"),
        )
        self.fields.add("note", self.tr("备注"), self.note, self.tr("5-100个字。"))
        if self.row is None:
            self.body.addWidget(hint_label(self, self.creation_notice()))

    def creation_notice(self) -> str:
        """特别提示 of page 7-4, made concrete: what is copied, until when it opens."""
        until = declaration.add_months(self.context.sync.clock.today(), 1).isoformat()
        if self.latest is not None:
            copied = self.tr("将复制 {} 年的奖补标准（{} 行）和材料清单（{} 项）").format(
                self.latest["year"],
                self.latest.get("standards_count", 0),
                self.latest.get("materials_count", 0),
            )
        else:
            copied = self.tr("将使用手册所列 2024 年的奖补标准和材料清单作为初始数据")
        return self.tr(
            "特别提示：创建 {} 年奖补年份时，{}，并新建一个【开放】申报状态，截止日期为一个月后"
            "（{}）。创建后所有当前登录的账号（包括您自己）都将退出登录，需要重新登录。"
        ).format(self.year_number, copied, until)

    # ---- FormDialog -----------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {
            "pdf_limit_mb": self.pdf.value(),
            "zip_limit_mb": self.zip.value(),
            "note": self.note.text().strip(),
        }

    def changes(self) -> dict[str, Any]:
        assert self.row is not None
        return {key: value for key, value in self.values().items() if value != self.row.get(key)}

    def local_problems(self) -> list[Problem]:
        if self.row is not None and not self.changes():
            return [Problem("", self.tr("没有修改任何内容。"))]
        return note_problems(self.note.text())

    def confirm_then(self, send: Callable[[], None]) -> None:
        if self.row is not None:
            send()
            return
        ask(
            self,
            self.tr("新建奖补年份"),
            self.tr("确定新建 {} 年奖补年份吗？").format(self.year_number),
            send,
            yes_text=self.tr("新建并退出登录"),
            detail=self.creation_notice(),
        )

    def prepare(self) -> Work:
        api = self.api
        if self.row is None:
            body = {"year": self.year_number, **self.values()}
            return lambda: api.create_year(body)
        year, version, changes = self.year_number, int(self.row["version"]), self.changes()
        return lambda: api.modify_year(year, changes, version)

    def on_success(self, result: Any) -> None:
        if self.row is None:
            self.created.emit(dict(result))
        else:
            self.saved.emit(dict(result))

    def on_conflict(self, failure: Failure) -> None:
        if self.row is not None and failure.current_version is not None:
            self.row["version"] = failure.current_version
        super().on_conflict(failure)
