"""Save dialogs start in the folder last saved into, else Documents, else home — never in the
program's working directory because a fresh account has no Documents folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.views import save_folder


@pytest.fixture
def home(qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    monkeypatch.setattr(save_folder, "_LAST", save_folder._LastFolder())
    yield tmp_path


def test_home_when_there_is_no_documents_folder(home: Path) -> None:
    assert save_folder.start_folder() == home


def test_documents_when_it_exists(home: Path) -> None:
    (home / "Documents").mkdir()
    assert save_folder.start_folder() == home / "Documents"


def test_the_folder_last_saved_into_while_it_exists(home: Path) -> None:
    (home / "Documents").mkdir()
    reports = home / "报表"
    reports.mkdir()
    save_folder.remember(reports / "附件7.xlsx")
    assert save_folder.start_folder() == reports
    reports.rmdir()
    assert save_folder.start_folder() == home / "Documents"
