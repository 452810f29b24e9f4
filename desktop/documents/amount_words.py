"""Amounts in Chinese capital numerals (大写金额), as a fund application form states them.

Written by the rules of the payment settlement regulations (《支付结算办法》 附一): capital digits
壹贰叁肆伍陆柒捌玖 with 拾佰仟万亿; 元 after the whole yuan; 整 after an amount that ends at 元 or
角, none after 分; one 零 for any run of zeros inside the number (壹仟零伍元整, 壹万零壹拾元整,
壹佰元零伍分); 壹拾 written out at the start (壹拾伍元整).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from core.money import WAN

DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_GROUP_UNITS = ("", "万", "亿", "万亿")
_CENT = Decimal("0.01")


def _group_words(group: int) -> str:
    """A group of four digits (1–9999) without leading zeros, inner zeros as one 零."""
    words = ""
    zero_pending = False
    for position in range(3, -1, -1):
        digit = group // 10**position % 10
        if digit == 0:
            zero_pending = bool(words)
            continue
        if zero_pending:
            words += "零"
            zero_pending = False
        words += DIGITS[digit] + _SMALL_UNITS[position]
    return words


def _yuan_words(yuan: int) -> str:
    groups: list[int] = []
    while yuan:
        groups.append(yuan % 10_000)
        yuan //= 10_000
    if len(groups) > len(_GROUP_UNITS):
        raise ValueError("金额过大，无法写成大写")
    words = ""
    zero_pending = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            zero_pending = bool(words)
            continue
        if words and (zero_pending or group < 1000):
            words += "零"
        words += _group_words(group) + _GROUP_UNITS[index]
        zero_pending = False
    return words


def rmb_upper(yuan: Decimal) -> str:
    """Capital numerals of an amount in yuan, rounded half-up to the fen."""
    if yuan < 0:
        raise ValueError("金额不能为负数")
    cents = int((yuan.quantize(_CENT, rounding=ROUND_HALF_UP) * 100).to_integral_value())
    whole, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    if cents == 0:
        return "零元整"
    words = f"{_yuan_words(whole)}元" if whole else ""
    if jiao:
        words += f"{DIGITS[jiao]}角"
    elif whole and fen:
        words += "零"
    if fen:
        return f"{words}{DIGITS[fen]}分"
    return f"{words}整"


def wan_upper(wan: Decimal) -> str:
    """Capital numerals of an amount given in 万元 (the unit of every subsidy amount)."""
    return rmb_upper(wan * WAN)
