"""Check characters of the two 18-character party codes an applicant may give (SPEC §5).

An applicant is identified by its unified social credit code (统一社会信用代码, GB 32100-2015)
or, for a private person, the resident identity card number (居民身份证号码, GB 11643-1999).
Both end with a check character, so a single mistyped character is caught here, at the desk,
instead of at the platform review weeks later.

The two shapes overlap: 91430600329348993X (a real company's code, manual page 4-1) is 17
digits and an X, like an ID number. An ID number always starts with a province code and holds
a valid birth date; a company's code starts with its registration authority (9 for market
regulation), so the ID reading is tried first only for strings that can be ID numbers at all.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Final

CREDIT_CODE_CHARS: Final = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS: Final = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_CREDIT_AUTHORITIES: Final = "123456789ANY"

_ID_WEIGHTS: Final = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CHARS: Final = "10X98765432"
_ID_SHAPE: Final = re.compile(r"[0-9]{17}[0-9X]")
# First two digits of every province-level division (GB/T 2260), the start of every ID number.
_PROVINCE_PREFIXES: Final = frozenset(
    {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36"}
    | {"37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62"}
    | {"63", "64", "65", "71", "81", "82"}
)


class PartyCode(StrEnum):
    """Which of the two codes an applicant gave (社信码/身份证号 on page 3-2)."""

    CREDIT = "统一社会信用代码"
    RESIDENT_ID = "居民身份证号码"


def credit_code_check_char(first17: str) -> str:
    """GB 32100-2015: weighted sum of the 17 characters mod 31, complemented to 31."""
    total = sum(
        CREDIT_CODE_CHARS.index(ch) * weight
        for ch, weight in zip(first17, _CREDIT_WEIGHTS, strict=True)
    )
    return CREDIT_CODE_CHARS[(31 - total % 31) % 31]


def id_check_char(first17: str) -> str:
    """GB 11643 / ISO 7064 MOD 11-2: weighted sum mod 11 mapped onto 1 0 X 9 8 … 2."""
    total = sum(int(ch) * weight for ch, weight in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK_CHARS[total % 11]


def could_be_resident_id(code: str) -> bool:
    """True for 17 digits + a digit or X starting with a province code: check it as an ID."""
    return bool(_ID_SHAPE.fullmatch(code)) and code[:2] in _PROVINCE_PREFIXES


def birth_date(code: str) -> date | None:
    """The birth date in positions 7-14 of an ID number, None when it is no calendar date."""
    try:
        return date(int(code[6:10]), int(code[10:12]), int(code[12:14]))
    except ValueError:
        return None


def resident_id_reasons(code: str, today: date) -> list[str]:
    """Why an 18-character ID-shaped string is not a valid ID number (empty when it is)."""
    reasons: list[str] = []
    born = birth_date(code)
    if born is None:
        reasons.append(f"身份证号码第7-14位“{code[6:14]}”不是有效的出生日期，请核对")
    elif not date(1900, 1, 1) <= born <= today:
        reasons.append(f"身份证号码中的出生日期{born.isoformat()}不合理，应在1900-01-01至今天之间")
    if id_check_char(code[:17]) != code[17]:
        reasons.append("身份证号码第18位校验码不正确（GB 11643），请核对是否输错")
    return reasons


def credit_code_reasons(code: str) -> list[str]:
    """Why an 18-character string is not a valid unified social credit code (empty when it is)."""
    bad = sorted({ch for ch in code if ch not in CREDIT_CODE_CHARS}, key=code.index)
    if bad:
        shown = "、".join(f"“{ch}”" for ch in bad)
        return [f"统一社会信用代码只能由数字和大写字母组成（不用I、O、Z、S、V），不能含{shown}"]
    reasons: list[str] = []
    if code[0] not in _CREDIT_AUTHORITIES:
        reasons.append("统一社会信用代码第1位登记管理部门码应为1-9、A、N、Y之一")
    if not code[2:8].isdigit():
        reasons.append("统一社会信用代码第3-8位应为6位数字的行政区划码")
    if credit_code_check_char(code[:17]) != code[17]:
        reasons.append("统一社会信用代码第18位校验码不正确（GB 32100-2015），请核对是否输错")
    return reasons


def party_code_kind(code: str, today: date) -> PartyCode | None:
    """Which valid code an 18-character string is, or None when it is neither.

    A string valid both ways (rare: an ID number whose digits also satisfy GB 32100) is an ID
    number, because a company's code never starts with a province code and a birth date.
    """
    if could_be_resident_id(code) and not resident_id_reasons(code, today):
        return PartyCode.RESIDENT_ID
    if len(code) == 18 and not credit_code_reasons(code):
        return PartyCode.CREDIT
    return None


def party_code_reasons(code: str, today: date) -> list[str]:
    """Everything wrong with a 社信码/身份证号 entry (empty exactly when it is either code).

    A string that could be an ID number and is no valid credit code is reported as an ID
    number: that is what a person typing 17 digits most likely meant.
    """
    if len(code) != 18:
        return [f"应为18位统一社会信用代码或身份证号码（现为{len(code)}位）"]
    credit_reasons = credit_code_reasons(code)
    if not could_be_resident_id(code) or not credit_reasons:
        return credit_reasons
    return resident_id_reasons(code, today)
