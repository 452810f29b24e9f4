"""Saved files appear whole or not at all, and with the permissions the person's umask gives
(not owner-only): an exported workbook in a shared folder must be readable by colleagues."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.reports.model import CellFormat, Column
from desktop.reports.xlsx import export_records
from desktop.saved_files import saving


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_an_export_gets_the_umasks_permissions(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "导出.xlsx"
    export_records(target, "导出", [Column("name", "船名", CellFormat.TEXT)], [["湘长沙货0001"]])
    assert _mode(target) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["导出.xlsx"]


def test_a_failed_save_leaves_the_old_file_and_no_part(tmp_path: Path) -> None:
    target = tmp_path / "意见表.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), saving(target, ".pdf") as part:
        part.write_bytes(b"half")
        raise RuntimeError("打印机驱动出错")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["意见表.pdf"]


def test_a_save_replaces_the_file_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "意见表.pdf"
    with saving(target, ".pdf") as part:
        assert part.parent == target.parent and part.name.startswith(".意见表.")
        assert part.name.endswith(".pdf.part") and part.exists()
        part.write_bytes(b"new")
        assert not target.exists()
    assert target.read_bytes() == b"new"
    assert [p.name for p in target.parent.iterdir()] == ["意见表.pdf"]
