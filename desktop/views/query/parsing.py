"""Reading what a person typed into a range box: numbers and dates, with Chinese messages.

Kept apart from the widgets so the rules are tested without a window. Dates accept what the
manual tells people to type (page 3-7: "减号分隔, 如 2024-5-21") and the other spellings people
paste from spreadsheets (2024/5/21, 2024.5.21, 20240521).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")


class InputProblem(ValueError):
    """What is wrong with one input, as the message shown beside it."""


def parse_number(text: str, decimals: int) -> int | Decimal | None:
    """The number typed (None when empty); an integer when the field has no decimals."""
    cleaned = text.strip().replace(",", "").replace("，", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise InputProblem(
            QCoreApplication.translate(
                "QueryParsing", "“{0}”不是数字，请输入如 100 或 12.5 的数值。"
            ).format(text.strip())
        ) from None
    if not value.is_finite():
        raise InputProblem(
            QCoreApplication.translate("QueryParsing", "“{0}”不是有效的数值。").format(text.strip())
        )
    if decimals == 0:
        if value != value.to_integral_value():
            raise InputProblem(
                QCoreApplication.translate("QueryParsing", "“{0}”应为整数。").format(text.strip())
            )
        return int(value)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > decimals:
        raise InputProblem(
            QCoreApplication.translate("QueryParsing", "“{0}”最多{1}位小数。").format(
                text.strip(), decimals
            )
        )
    return value


def parse_date(text: str) -> date | None:
    """The date typed (None when empty): 2024-5-21, 2024/05/21, 2024.5.21 or 20240521."""
    cleaned = text.strip()
    if not cleaned:
        return None
    match = _DATE.fullmatch(cleaned) or _COMPACT_DATE.fullmatch(cleaned)
    if match is None:
        raise InputProblem(
            QCoreApplication.translate(
                "QueryParsing", "“{0}”不是日期，请按“2024-05-21”（年-月-日）的格式输入。"
            ).format(cleaned)
        )
    year, month, day = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise InputProblem(
            QCoreApplication.translate("QueryParsing", "没有“{0}”这一天，请检查年月日。").format(
                cleaned
            )
        ) from None
