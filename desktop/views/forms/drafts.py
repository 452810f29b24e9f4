"""Drafts of what a person typed and has not submitted yet, kept on disk until it is submitted.

SPEC §8: nothing typed is ever lost. A form's values (and a reviewer's note on a record) are
written to an INI file in the account's data directory a moment after each edit, and flushed
to disk at once, so closing the dialog, a crash or a power cut leaves the draft behind; the
form restores it the next time it is opened for the same record. The draft is removed only
when the values were committed locally (cache + outbox), when they are safe anyway.

Drafts are per account (a colleague logging in on the same workstation never sees them) and
live in the data directory, not in the person's registry, so they move with the cache.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QSettings

DRAFTS_FILE = "drafts.ini"


class DraftStore:
    """Unsubmitted form values and review notes of one account, keyed by what they belong to."""

    def __init__(self, data_dir: Path, account_id: str) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self._settings = QSettings(str(data_dir / DRAFTS_FILE), QSettings.Format.IniFormat)
        self._account = account_id

    def _key(self, *parts: str) -> str:
        safe = [part.replace("/", "_") for part in (self._account, *parts)]
        return "/".join(safe)

    def load_form(self, kind: str, record_id: str | None) -> dict[str, str] | None:
        """The values left in the form of this record (or of a new one), if any."""
        raw = self._settings.value(self._key("form", kind, record_id or "new"))
        if not raw:
            return None
        try:
            values = json.loads(str(raw))
        except ValueError:
            return None
        return {str(key): str(value) for key, value in values.items()} if values else None

    def save_form(self, kind: str, record_id: str | None, values: Mapping[str, str]) -> None:
        text = json.dumps(dict(values), ensure_ascii=False, sort_keys=True)
        self._settings.setValue(self._key("form", kind, record_id or "new"), text)
        self._settings.sync()

    def discard_form(self, kind: str, record_id: str | None) -> None:
        self._remove(self._key("form", kind, record_id or "new"))

    def load_note(self, kind: str, record_id: str) -> str:
        """The review note typed on this record and not yet submitted ("" when none)."""
        return str(self._settings.value(self._key("note", kind, record_id)) or "")

    def save_note(self, kind: str, record_id: str, note: str) -> None:
        key = self._key("note", kind, record_id)
        if not note.strip():
            self._remove(key)
        elif self._settings.value(key) != note:
            self._settings.setValue(key, note)
            self._settings.sync()

    def discard_note(self, kind: str, record_id: str) -> None:
        self._remove(self._key("note", kind, record_id))

    def _remove(self, key: str) -> None:
        """Remove ``key``, touching the file only when there was something to remove (the
        reviewer moves from record to record many times an hour)."""
        if self._settings.contains(key):
            self._settings.remove(key)
            self._settings.sync()
