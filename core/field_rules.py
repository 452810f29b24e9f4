"""The machinery every field validator shares: Problem, FormError, the label table, Rule.

A validator returns every problem of a field at once (补正 "tell everything at once"), each as
a Chinese sentence that starts with the field's label, so the desk can show it beside the field
and the server can return it unchanged in a problem+json ``detail``.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from types import MappingProxyType
from typing import Final


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one field: ``field`` is the key, ``message`` the sentence to show."""

    field: str
    message: str


class FormError(ValueError):
    """Raised by a parse step given invalid input; carries every problem, not just the first."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("；".join(problem.message for problem in self.problems))


LABELS: Final = MappingProxyType(
    {
        "account_id": "账号",
        "region_code": "所在区划",
        "name": "姓名",
        "unit": "所在单位与部门",
        "permissions": "操作权限组合",
        "password": "密码",
        "password_confirm": "确认密码",
        "applicant_name": "申请人",
        "credit_code": "社信码/身份证号",
        "address": "营业执照/身份证地址",
        "applicant_type": "申请人类别",
        "contact": "联系人",
        "phone": "联系电话",
        "bank_name": "开户银行名称",
        "bank_account": "银行账号",
        "note": "备注",
        "form_no": "申请表号",
        "applicant_address": "申请人地址",
        "owners": "船舶所有人",
        "operator": "船舶经营人",
        "control_status": "控制状态",
        "licence_no": "许可证/渡运批文号",
        "policy": "补贴政策",
        "project": "申请项目",
        "area": "船舶航区",
        "power_form": "动力形式",
        "ship_type": "船舶类型",
        "ship_name": "船名",
        "ship_id": "船舶识别号",
        "port": "船籍港",
        "certificate_no": "营运证号",
        "gross_tonnage": "船舶总吨",
        "capacity": "载客位/载货吨",
        "power": "主机功率（千瓦）",
        "built_date": "建成日期",
        "deregistration_date": "实际/拟注销日期",
        "dismantling_start": "拆解开工日期",
        "dismantling_finish": "拆解完工日期",
        "refit_from_name": "改建/已拆船名",
        "refit_from_tonnage": "改建/已拆船总吨",
        "application_date": "申请日期",
        "estimate": "资金测算（万元）",
        "check_amount": "资金复核（万元）",
        "last_year_foreign": "上年外贸完成量",
        "last_year_domestic": "上年内贸完成量",
        "month": "报告月",
        "foreign_teu": "本月外贸完成量",
        "domestic_teu": "本月内贸完成量",
        "finish_date": "船舶注销/建成完工日期",
        "archive_date": "完结归档日",
        "estimate_foreign": "外贸资金测算（万元）",
        "estimate_domestic": "内贸资金测算（万元）",
        "check_foreign": "外贸资金复核（万元）",
        "check_domestic": "内贸资金复核（万元）",
    }
)

_HANZI: Final = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
DIGITS: Final = frozenset(string.digits)
UPPER: Final = frozenset(string.ascii_uppercase)
LETTERS: Final = frozenset(string.ascii_letters)
PUNCT: Final = frozenset(string.punctuation)
_PAIRS: Final = {"（": "）", "〔": "〕"}


def text_of(raw: object, *, strip: bool = True) -> str:
    """The text of a raw value: None is empty, dates are ISO, lists are joined with 、.

    A float is refused outright (TypeError): money and power are exact decimals (SPEC §4.1)
    and a float that reached this far is a programming error, not a typing error.
    """
    if raw is None:
        return ""
    if isinstance(raw, float):
        raise TypeError("数值不能以 float 传入（会丢失精度），请传入字符串、int 或 Decimal")
    if isinstance(raw, datetime):
        text = raw.date().isoformat()
    elif isinstance(raw, date):
        text = raw.isoformat()
    elif isinstance(raw, Decimal):
        text = format(raw, "f")
    elif isinstance(raw, str | int):
        text = str(raw)
    elif isinstance(raw, set | frozenset):
        text = "、".join(sorted(text_of(item) for item in raw))
    elif isinstance(raw, Iterable):
        text = "、".join(text_of(item) for item in raw)
    else:
        text = str(raw)
    return text.strip() if strip else text


def is_hanzi(ch: str) -> bool:
    """A Chinese character (CJK unified ideographs and their extensions)."""
    return bool(_HANZI.fullmatch(ch))


def show_chars(chars: Iterable[str]) -> str:
    """“A”、空格、“(” — the offending characters as a reviewer can read them."""
    return "、".join("空格" if ch.isspace() else f"“{ch}”" for ch in chars)


def chars_reason(text: str, allowed: Callable[[str], bool], what: str) -> list[str]:
    """One reason listing every character that is not allowed, in order of appearance."""
    bad = list(dict.fromkeys(ch for ch in text if not allowed(ch)))
    if not bad:
        return []
    reason = f"只能包含{what}，不能含{show_chars(bad)}"
    if {"(", ")"} & set(bad) and "中文圆括号" in what:
        reason += "，圆括号请用中文的（）"
    return [reason]


def length_reason(text: str, low: int, high: int, unit: str = "个字") -> list[str]:
    """Too short or too long, saying the allowed range and the count found (in ``unit``)."""
    if low <= len(text) <= high:
        return []
    counter = unit[0]
    if low == 0:
        return [f"不能超过{high}{unit}（现为{len(text)}{counter}）"]
    return [f"应为{low}-{high}{unit}（现为{len(text)}{counter}）"]


def bracket_reason(text: str) -> list[str]:
    """Chinese parentheses and 六角括号 must pair up and not cross."""
    stack: list[str] = []
    for ch in text:
        if ch in _PAIRS:
            stack.append(ch)
        elif ch in _PAIRS.values() and (not stack or _PAIRS[stack.pop()] != ch):
            return ["括号不成对，请检查“（”“）”或“〔”“〕”是否一一对应"]
    return ["括号不成对，请检查“（”“）”或“〔”“〕”是否一一对应"] if stack else []


@dataclass(frozen=True, slots=True)
class Rule:
    """A field rule, callable as a validator: ``rule(raw) -> list[Problem]``.

    ``hint`` is the format as the manual's right-hand column states it; it is shown when a
    required field is empty so the person learns the format before typing.
    """

    field: str
    hint: str
    reasons: Callable[[str], list[str]]
    required: bool = True
    normalize: Callable[[str], str] = str
    strip: bool = True

    def clean(self, raw: object) -> str:
        """The text the rule judges: stripped (unless the rule keeps spaces) and normalised."""
        return self.normalize(text_of(raw, strip=self.strip))

    def __call__(
        self, raw: object, field: str | None = None, *, required: bool | None = None
    ) -> list[Problem]:
        key = field or self.field
        label = LABELS[key]
        text = self.clean(raw)
        if not text:
            needed = self.required if required is None else required
            return [Problem(key, f"{label}：必须填写（{self.hint}）")] if needed else []
        return [Problem(key, f"{label}：{reason}") for reason in self.reasons(text)]


def hanzi_reasons(low: int, high: int, *, parens: bool = False) -> Callable[[str], list[str]]:
    """Reasons of a text made only of Chinese characters (and, if allowed, （）)."""
    what = "汉字和中文圆括号（）" if parens else "汉字"

    def allowed(ch: str) -> bool:
        return is_hanzi(ch) or (parens and ch in "（）")

    def reasons(text: str) -> list[str]:
        found = chars_reason(text, allowed, what) + length_reason(text, low, high, "个汉字")
        return found + (bracket_reason(text) if parens else [])

    return reasons


def label_of(field: str | None, fallback: str) -> str:
    """The label of a field key, or a generic word for helpers called without a known key."""
    return LABELS.get(field or "", fallback)


def fields_ok(problems: Iterable[Problem], *fields: str) -> bool:
    """Whether none of ``fields`` has a problem: cross-field rules run only on valid inputs."""
    return not {problem.field for problem in problems}.intersection(fields)


def in_form_order(problems: Iterable[Problem], fields: Sequence[str]) -> list[Problem]:
    """Problems in the order the form shows its fields (a field's own rule before cross rules).

    Fields outside ``fields`` come last. The sort is stable, so each field keeps the order
    in which its problems were found.
    """
    rank = {field: index for index, field in enumerate(fields)}
    return sorted(problems, key=lambda problem: rank.get(problem.field, len(rank)))


def raise_if(problems: list[Problem]) -> None:
    """Turn problems into a FormError, so no parse step ever returns a half-valid value."""
    if problems:
        raise FormError(problems)
