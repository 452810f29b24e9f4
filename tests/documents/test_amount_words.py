"""Capital numerals of amounts (大写金额), by the payment settlement rules."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.documents.amount_words import rmb_upper, wan_upper


@pytest.mark.parametrize(
    ("yuan", "words"),
    [
        ("517500", "伍拾壹万柒仟伍佰元整"),
        ("1005", "壹仟零伍元整"),
        ("10010", "壹万零壹拾元整"),
        ("100000001", "壹亿零壹元整"),
        ("100010000", "壹亿零壹万元整"),
        ("20000000", "贰仟万元整"),
        ("15", "壹拾伍元整"),
        ("100.50", "壹佰元伍角整"),
        ("100.05", "壹佰元零伍分"),
        ("0.05", "伍分"),
        ("0.50", "伍角整"),
        ("0", "零元整"),
        ("1000000.01", "壹佰万元零壹分"),
        ("123456789.12", "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分"),
        ("3332800", "叁佰叁拾叁万贰仟捌佰元整"),
        ("0.005", "壹分"),
    ],
)
def test_capital_numerals(yuan: str, words: str) -> None:
    assert rmb_upper(Decimal(yuan)) == words


def test_amounts_in_wan() -> None:
    assert wan_upper(Decimal("51.75")) == "伍拾壹万柒仟伍佰元整"
    assert wan_upper(Decimal("333.28")) == "叁佰叁拾叁万贰仟捌佰元整"
    assert wan_upper(Decimal("0.01")) == "壹佰元整"


def test_negative_amounts_are_refused() -> None:
    with pytest.raises(ValueError, match="不能为负数"):
        rmb_upper(Decimal("-1"))
