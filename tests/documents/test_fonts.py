"""Line breaking with the embedded CJK font."""

from __future__ import annotations

import pytest

from desktop.documents.fonts import cjk_font, text_width, wrap


def test_widths_are_the_fonts_own() -> None:
    text = "湖南省水运 CN2024 51.75"
    assert text_width(text, 10) == pytest.approx(cjk_font().text_length(text, fontsize=10))
    assert text_width("湖", 10) == pytest.approx(10)


def test_lines_fit_and_keep_codes_whole() -> None:
    text = "经审核，证书有效、材料真实，同意上报。船舶识别号CN20087470692，公式0.1*345*1.5*1.00"
    lines = wrap(text, 100, 10)
    assert "".join(lines) == text
    assert all(text_width(line, 10) <= 100 + 10 for line in lines)  # punctuation may hang
    assert "CN20087470692" in lines or any(line.startswith("CN20087470692") for line in lines)
    assert not any(line[0] in "，。、；：" for line in lines)


def test_overlong_tokens_break_and_newlines_stay() -> None:
    lines = wrap("A" * 40, 60, 10)
    assert "".join(lines) == "A" * 40 and len(lines) > 1
    assert all(text_width(line, 10) <= 60 for line in lines)
    assert wrap("第一行\n第二行", 200, 10) == ["第一行", "第二行"]
    assert wrap("", 100, 10) == [""]
