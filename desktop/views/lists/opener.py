"""How a list opens what the person double-clicks: the review workspace and the record forms.

The lists do not build those windows: the review workspace (``desktop.views.workspace``) and
the handler forms (``desktop.views.forms``) are their own views. A list page is given a
``RecordOpener``; the app's is ``WorkspaceOpener``, tests give a recording one. The imports are
made on first use: the workspace pulls in the PDF viewer (PyMuPDF), which a list does not need
to open fast.
"""

from __future__ import annotations

import importlib
from typing import Protocol

from PySide6.QtWidgets import QDialog, QWidget

from desktop.context import AppContext


class RecordOpener(Protocol):
    def open_record(self, kind: str, ids: list[str], index: int, parent: QWidget) -> None:
        """Show ``ids[index]`` in the review workspace, with next/previous over ``ids``."""

    def open_form(self, kind: str, record_id: str | None, parent: QWidget) -> QDialog:
        """The create (``record_id`` None) or modify form of a record, already open."""

    def open_upload(self, kind: str, record_id: str, parent: QWidget) -> QDialog:
        """The material upload dialog of a record (page 3-11), already open."""


class WorkspaceOpener:
    """Opens the workspace and forms of the logged-in session."""

    def __init__(self, context: AppContext) -> None:
        self._context = context

    def open_record(self, kind: str, ids: list[str], index: int, parent: QWidget) -> None:
        workspace = importlib.import_module("desktop.views.workspace")
        window: QWidget = workspace.open_workspace(self._context, kind, ids, index, parent)
        window.show()
        window.raise_()
        window.activateWindow()

    def open_form(self, kind: str, record_id: str | None, parent: QWidget) -> QDialog:
        forms = importlib.import_module("desktop.views.forms")
        dialog: QDialog = forms.open_record_form(self._context, kind, record_id, parent)
        dialog.raise_()
        return dialog

    def open_upload(self, kind: str, record_id: str, parent: QWidget) -> QDialog:
        forms = importlib.import_module("desktop.views.forms")
        dialog: QDialog = forms.UploadDialog(self._context, kind, record_id, parent)
        dialog.open()
        return dialog
