"""Saved queries: named §5.2 queries of one account on one server, per record kind.

A reviewer who checks "个体申请人、测算 10 万元以下" every week saves it once. Queries are kept in
the desktop's settings file (an INI file in the data directory, ``AppContext.settings_path``)
as ``core.query.Query.to_dict`` JSON, under a group named after the server and the account, so
two accounts on one machine never see each other's lists. A saved query that a newer or older
version cannot read is skipped, never fatal.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings

from core.query import Query, QueryFormatError
from desktop.models.paths import cache_file_name

GROUP = "saved_queries"
NAME_MAX_CHARS = 40


class SavedQueries:
    """The saved queries of one account's lists of one kind."""

    def __init__(self, settings_path: Path, server_url: str, account_id: str, kind: str) -> None:
        self._settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        owner = cache_file_name(server_url, account_id).removesuffix(".sqlite3")
        self._key = f"{GROUP}/{owner}/{kind}"

    def names(self) -> list[str]:
        return sorted(self._read())

    def load(self, name: str) -> Query:
        """The query saved as ``name``; KeyError when there is none, QueryFormatError if broken."""
        return Query.from_dict(self._read()[name])

    def save(self, name: str, query: Query) -> None:
        """Save (or replace) ``query`` as ``name``."""
        clean = name.strip()
        if not clean:
            raise ValueError(QCoreApplication.translate("SavedQueries", "请为查询起一个名字。"))
        if len(clean) > NAME_MAX_CHARS:
            raise ValueError(
                QCoreApplication.translate("SavedQueries", "查询名称不能超过{0}个字。").format(
                    NAME_MAX_CHARS
                )
            )
        stored = self._read()
        stored[clean] = query.to_dict()
        self._write(stored)

    def delete(self, name: str) -> None:
        stored = self._read()
        if stored.pop(name, None) is not None:
            self._write(stored)

    def _read(self) -> dict[str, Any]:
        raw = self._settings.value(self._key, "")
        if not raw:
            return {}
        try:
            data = json.loads(str(raw))
        except json.JSONDecodeError:
            return {}
        if not isinstance(data, dict):
            return {}
        return {name: value for name, value in data.items() if _readable(value)}

    def _write(self, stored: dict[str, Any]) -> None:
        self._settings.setValue(self._key, json.dumps(stored, ensure_ascii=False, sort_keys=True))
        self._settings.sync()


def _readable(value: Any) -> bool:
    try:
        Query.from_dict(value)
    except (QueryFormatError, AttributeError, TypeError):
        return False
    return True
