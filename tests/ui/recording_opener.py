"""A ``RecordOpener`` for tests: records what a list asked to open instead of opening it."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QDialog, QWidget


@dataclass
class RecordingOpener:
    opened: list[tuple[str, list[str], int]] = field(default_factory=list)
    forms: list[tuple[str, str | None]] = field(default_factory=list)
    uploads: list[tuple[str, str]] = field(default_factory=list)

    def open_record(self, kind: str, ids: list[str], index: int, parent: QWidget) -> None:
        self.opened.append((kind, list(ids), index))

    def open_form(self, kind: str, record_id: str | None, parent: QWidget) -> QDialog:
        self.forms.append((kind, record_id))
        dialog = QDialog(parent)
        dialog.open()
        return dialog

    def open_upload(self, kind: str, record_id: str, parent: QWidget) -> QDialog:
        self.uploads.append((kind, record_id))
        dialog = QDialog(parent)
        dialog.open()
        return dialog
