"""The handler's forms (SPEC §5, §8): create and modify records, pick parents, upload zips.

``open_record_form`` is what a list's 建档 / 修改（双击） buttons call.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from desktop.context import AppContext
from desktop.views.forms.form_specs import SPECS, spec_for
from desktop.views.forms.record_dialog import RecordFormDialog
from desktop.views.forms.zip_upload import UploadDialog

__all__ = ["SPECS", "RecordFormDialog", "UploadDialog", "open_record_form"]


def open_record_form(
    context: AppContext, kind: str, record_id: str | None, parent: QWidget | None = None
) -> QDialog:
    """The form of a new record of table ``kind`` (``record_id`` None) or of a stored one, shown.

    The dialog is modeless and shown at once (call ``exec()`` for a modal one); it commits
    through ``LocalActions`` (works offline) and keeps a draft of whatever was typed until it
    is submitted. ``ValueError`` for a kind without a form.
    """
    dialog = RecordFormDialog(context, spec_for(kind), record_id, parent)
    dialog.show()
    return dialog
