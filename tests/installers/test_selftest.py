"""``reviewdesk --self-test``: passes on a working install, and a broken part makes it fail."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon

from desktop import selftest
from desktop.app import translation_files

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_the_self_test_passes_from_a_source_checkout() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop.app", "--self-test"],
        cwd=REPO_ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "xcb"},  # the self-test must force offscreen
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line.split("　")[0] for line in lines[:-1]] == ["通过"] * len(selftest.CHECKS)
    assert lines[-1] == "自检通过"


def test_a_missing_icon_plugin_fails_the_self_test_with_the_reason(
    qapp: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(selftest, "icon", lambda _name: QIcon())
    assert selftest.self_test(translation_files()) == 1
    output = capsys.readouterr().out
    assert "失败　图标：应用图标 reviewdesk.svg 无法绘制" in output
    assert "通过　打印文档" in output, "the other checks still run"
    assert output.endswith("自检失败：1 项未通过\n")


def test_a_missing_translation_file_is_named(tmp_path: Path, qapp: object) -> None:
    setup = selftest.Setup(tmp_path, [*translation_files(), ("reviewdesk_xx", str(tmp_path))])
    with pytest.raises(selftest.SelfTestFailure) as failure:
        selftest.check_translations(setup)
    assert str(failure.value) == "中文翻译文件缺失或为空：reviewdesk_xx.qm"


def test_a_blank_page_render_is_a_failure(monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    monkeypatch.setattr(selftest, "MIN_INK_PIXELS", 10**9)
    with pytest.raises(selftest.SelfTestFailure, match="几乎空白"):
        selftest.check_page_render(selftest.Setup(Path(), translation_files()))
