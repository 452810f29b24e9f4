"""Field validators for every field a person types (SPEC §3, §5; manual pages 1-2, 3-2, 3-7,
4-2, 4-6, 8-2).

Each ``check_xxx`` is a callable ``check_xxx(raw, field=None, *, required=None) -> list[Problem]``:
it takes the raw value as the UI or the API received it (usually ``str`` or ``None``) and
returns every problem at once, each message naming the field's Chinese label, the rule broken
and how to put it right. ``core.forms`` combines them with the cross-field rules. The dates,
numbers and dropdowns of ``core.field_values`` are re-exported here so one import serves a form.

The server checks the same rules on every write, so a record is never refused by the server
for a reason the desk did not show beside the field.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from core import checkcodes, regions
from core.field_rules import (
    DIGITS,
    LABELS,
    LETTERS,
    PUNCT,
    UPPER,
    FormError,
    Problem,
    Rule,
    bracket_reason,
    chars_reason,
    hanzi_reasons,
    is_hanzi,
    length_reason,
    raise_if,
    show_chars,
    text_of,
)
from core.field_values import (
    CENT,
    check_choice,
    check_date,
    check_decimal,
    check_integer,
    check_month,
    parse_choice,
    parse_date,
    parse_decimal,
    parse_int,
)
from core.vocab import Permission

__all__ = [
    "CENT",
    "LABELS",
    "PASSWORD_EXAMPLE",
    "FormError",
    "Problem",
    "Rule",
    "check_account_id",
    "check_address",
    "check_applicant_name",
    "check_bank_account",
    "check_bank_name",
    "check_certificate_no",
    "check_choice",
    "check_contact",
    "check_credit_code",
    "check_date",
    "check_decimal",
    "check_form_no",
    "check_integer",
    "check_licence_no",
    "check_month",
    "check_note",
    "check_operator",
    "check_owners",
    "check_password",
    "check_permissions",
    "check_person_name",
    "check_phone",
    "check_port",
    "check_refit_from_name",
    "check_region_code",
    "check_ship_id",
    "check_ship_name",
    "check_ship_type",
    "check_unit",
    "city_stems",
    "parse_choice",
    "parse_date",
    "parse_decimal",
    "parse_int",
    "parse_owners",
    "parse_permissions",
    "text_of",
]

PASSWORD_EXAMPLE: Final = "Sha369@!#"
PASSWORD_CHARS: Final = LETTERS | DIGITS | PUNCT


check_person_name: Final = Rule("name", "2-4个汉字", hanzi_reasons(2, 4))
check_unit: Final = Rule("unit", "5-20个汉字", hanzi_reasons(5, 20))
check_applicant_name: Final = Rule(
    "applicant_name", "2-50个汉字，可含中文圆括号（）", hanzi_reasons(2, 50, parens=True)
)
check_contact: Final = Rule("contact", "2-4个汉字", hanzi_reasons(2, 4))
check_port: Final = Rule("port", "2-10个汉字，如 长沙", hanzi_reasons(2, 10))
check_ship_type: Final = Rule("ship_type", "2-20个汉字，如 旅游客船", hanzi_reasons(2, 20))


_OWNER_SEPARATORS: Final = re.compile(r"[、,，;；]")


def _owner_names(text: str) -> list[str]:
    """The owner names of a list typed with 、 (or, wrongly, commas), blanks kept."""
    return [name.strip() for name in _OWNER_SEPARATORS.split(text)]


def _owners_reasons(text: str) -> list[str]:
    """Several owners are separated by 、 (page 3-7); each is a name of 2-50 Chinese chars."""
    reasons: list[str] = []
    if re.search(r"[,，;；]", text):
        reasons.append("多个所有人请用顿号“、”分隔，不要用逗号或分号")
    names = _owner_names(text)
    if "" in names:
        reasons.append("分隔符“、”前后缺少所有人名称")
    name_reasons = hanzi_reasons(2, 50, parens=True)
    for name in dict.fromkeys(name for name in names if name):
        reasons += [f"“{name}”{reason}" for reason in name_reasons(name)]
        if names.count(name) > 1:
            reasons.append(f"“{name}”重复填写了")
    return reasons


check_owners: Final = Rule("owners", "2-50个汉字，多个所有人用顿号“、”分隔", _owners_reasons)


def parse_owners(raw: object) -> tuple[str, ...]:
    """The owners of a valid value, in the order typed (the first is shown first everywhere)."""
    raise_if(check_owners(raw, required=False))
    return tuple(name for name in _owner_names(text_of(raw)) if name)


check_operator: Final = Rule(
    "operator", "2-50个汉字，可含中文圆括号（）", hanzi_reasons(2, 50, parens=True)
)


def _address_reasons(text: str) -> list[str]:
    """Manual pages 3-2 and 4-2: 5-50 chars of 汉字, 0-9, A-Z, （）; a prefecture is 湘西州."""

    def allowed(ch: str) -> bool:
        return is_hanzi(ch) or ch in DIGITS or ch in UPPER or ch in "（）"

    reasons = chars_reason(text, allowed, "汉字、数字0-9、大写字母A-Z和中文圆括号（）")
    reasons += length_reason(text, 5, 50) + bracket_reason(text)
    if "湘西土家族苗族自治州" in text or "湘西自治州" in text:
        reasons.append("市州名应写作“**市”或“湘西州”，请把自治州全称改为“湘西州”")
    return reasons


check_address: Final = Rule(
    "address", "5-50个字：汉字、数字、大写字母和中文圆括号（）", _address_reasons
)


def _phone_reasons(text: str) -> list[str]:
    """Page 3-2: digits only; a fixed line with its area code, or a mobile number."""
    if not set(text) <= DIGITS:
        return chars_reason(text, lambda ch: ch in DIGITS, "数字（不要加“-”或空格）")
    if re.fullmatch(r"1[3-9][0-9]{9}|0[1-9][0-9]{8,10}", text):
        return []
    return ["应为带区号的固定电话（如 073188770055）或11位手机号码（如 13974868888）"]


check_phone: Final = Rule("phone", "带区号的固定电话或手机号码，如 073188770055", _phone_reasons)


def _bank_name_reasons(text: str) -> list[str]:
    """The full name of the bank (page 3-2 says 全称), so it names a bank or credit union."""
    reasons = hanzi_reasons(4, 50, parens=True)(text)
    if not re.search("银行|信用社|信用合作", text):
        reasons.append("应填写开户银行全称，如 中国农业银行衡阳县支行")
    return reasons


check_bank_name: Final = Rule("bank_name", "开户银行全称，如 中国农业银行", _bank_name_reasons)


def _bank_account_reasons(text: str) -> list[str]:
    """SPEC §5 and page 3-2: 9-30 digits and nothing else."""
    return chars_reason(text, lambda ch: ch in DIGITS, "数字") + length_reason(
        text, 9, 30, "位数字"
    )


check_bank_account: Final = Rule("bank_account", "9-30位数字", _bank_account_reasons)
check_note: Final = Rule(
    "note", "不超过100个字，可空", lambda text: length_reason(text, 0, 100), required=False
)
check_credit_code: Final = Rule(
    "credit_code",
    "18位统一社会信用代码或身份证号码",
    lambda text: checkcodes.party_code_reasons(text, date.today()),
    normalize=str.upper,
)


def _licence_reasons(text: str) -> list[str]:
    """证号格式 of page 3-7: 汉字, digits, letters, （） and the 〔〕 of document numbers."""

    def allowed(ch: str) -> bool:
        return is_hanzi(ch) or ch in DIGITS or ch in LETTERS or ch in "（）〔〕"

    reasons = chars_reason(text, allowed, "汉字、数字、字母及中文圆括号（）或六角括号〔〕")
    if {"[", "]", "【", "】"} & set(text):
        reasons.append("文号年份请用六角括号〔〕，如 交规划发〔2024〕95号")
    return reasons + length_reason(text, 3, 40) + bracket_reason(text)


_LICENCE_HINT: Final = "汉字、数字、字母及（）〔〕，如 湘长XKA0123、交规划发〔2024〕95号"
check_licence_no: Final = Rule("licence_no", _LICENCE_HINT, _licence_reasons)
check_certificate_no: Final = Rule(
    "certificate_no", "汉字、数字、字母及（）〔〕，如 湘长沙SJ〔2022〕0001", _licence_reasons
)


def _ship_name_reasons(text: str) -> list[str]:
    """Ship names are Chinese with numbers and letters: 长沙1号, 湘益阳机0258."""

    def allowed(ch: str) -> bool:
        return is_hanzi(ch) or ch in DIGITS or ch in UPPER

    reasons = chars_reason(text, allowed, "汉字、数字和大写字母") + length_reason(text, 2, 20)
    if not any(is_hanzi(ch) for ch in text):
        reasons.append("至少要有一个汉字，如 长沙1号")
    return reasons


check_ship_name: Final = Rule("ship_name", "2-20个字，如 长沙1号", _ship_name_reasons)
check_refit_from_name: Final = Rule(
    "refit_from_name", "改建前或已拆解船舶的船名，如 长沙机0018号", _ship_name_reasons
)


def _ship_id_reasons(text: str) -> list[str]:
    """船舶识别号: CN, the 4-digit year of first registration, 7 digits (CN20241234566)."""
    if re.fullmatch(r"CN(19|20)[0-9]{9}", text):
        return []
    return [f"格式应为CN加11位数字（前4位是年份），如 CN20241234566，现为“{text}”"]


check_ship_id: Final = Rule(
    "ship_id", "CN加11位数字，如 CN20241234566", _ship_id_reasons, normalize=str.upper
)

_FORM_NO: Final = re.compile(r"(?P<city>[^（(]+)[（(](?P<year>[0-9]{4})[）)](?P<serial>[0-9]{3,4})")


def city_stems() -> tuple[str, ...]:
    """The city names application-form numbers start with: 长沙 … 湘西 (page 4-8)."""
    return tuple(regions.city_stem(city.code) for city in regions.cities())


def _form_no_reasons(text: str) -> list[str]:
    """申请表号 (pages 3-7, 4-8): city name, （year）, a 3- or 4-digit serial: 怀化（2024）0001."""
    match = _FORM_NO.fullmatch(text)
    if match is None:
        return ["格式应为“市州名（年份）流水号”，如 怀化（2024）0001、湘潭（2024）123"]
    reasons: list[str] = []
    if "(" in text or ")" in text:
        reasons.append("年份两边请用中文圆括号（），如 怀化（2024）0001")
    if match["city"] not in city_stems():
        names = "、".join(city_stems())
        reasons.append(f"“{match['city']}”不是湖南的市州名，应为{names}之一")
    if not 2000 <= int(match["year"]) <= 2099:
        reasons.append(f"年份“{match['year']}”应在2000-2099之间")
    if int(match["serial"]) == 0:
        reasons.append("流水号不能全为0，应从001开始")
    return reasons


check_form_no: Final = Rule(
    "form_no", "市州名（年份）流水号，如 怀化（2024）0001", _form_no_reasons
)


def _region_code_reasons(text: str) -> list[str]:
    """A 6-digit code of an existing Hunan region (the manual's 所在区划)."""
    if not re.fullmatch(r"[0-9]{6}", text):
        return [f"应为6位数字的区划代码，如 430300，现为“{text}”"]
    if regions.find(text) is None:
        return [f"“{text}”不是湖南省的行政区划代码，请从区划列表中选择"]
    return []


check_region_code: Final = Rule("region_code", "6位区划代码，如 430300", _region_code_reasons)


def _account_id_reasons(text: str) -> list[str]:
    """Page 8-2: the region code, "-", then 1 or 2 digits (430300-1, 430000-01)."""
    match = re.fullmatch(r"([0-9]{6})-([0-9]{1,2})", text)
    if match is None:
        return [f"格式应为“6位区划代码-1到2位数字”，如 430300-1，现为“{text}”"]
    if regions.find(match[1]) is None:
        return [f"前6位“{match[1]}”不是湖南省的行政区划代码"]
    return []


check_account_id: Final = Rule(
    "account_id", "6位区划代码-1到2位数字，如 430300-1", _account_id_reasons
)


def _password_reasons(text: str) -> list[str]:
    """The 9字密码 of SPEC §3 / manual 1.2: every missing part is named, with the example."""
    reasons = chars_reason(
        text, lambda ch: ch in PASSWORD_CHARS, "半角（西文）字母、数字和标点符号"
    )
    letters = {ch for ch in text if ch in LETTERS}
    if not any(ch.isupper() for ch in letters):
        reasons.append("缺少大写字母")
    if not any(ch.islower() for ch in letters):
        reasons.append("缺少小写字母")
    for kind, found in (
        ("字母", letters),
        ("数字", {ch for ch in text if ch in DIGITS}),
        ("半角标点符号", {ch for ch in text if ch in PUNCT}),
    ):
        if len(found) < 3:
            reasons.append(f"至少需要3个不同的{kind}（现有{len(found)}个）")
    if len(text) > 64:
        reasons.append(f"不能超过64个字符（现为{len(text)}个）")
    return [f"{reason}，如 {PASSWORD_EXAMPLE}" for reason in reasons]


check_password: Final = Rule(
    "password",
    f"至少3个不同字母（含大小写）、3个不同数字、3个不同半角标点，如 {PASSWORD_EXAMPLE}",
    _password_reasons,
    strip=False,
)


def _split_permissions(text: str) -> list[str]:
    """Permissions typed or shown as 系统,编辑 / 系统.编辑 / 系统、编辑 (page 8-1 uses both)."""
    return [part for part in re.split(r"[、,，.．;；\s]+", text) if part]


def _permission_reasons(text: str) -> list[str]:
    """Every name must be one of the six permissions of SPEC §3."""
    known = {permission.value for permission in Permission}
    unknown = [part for part in _split_permissions(text) if part not in known]
    if not unknown:
        return []
    choices = "、".join(permission.value for permission in Permission)
    return [f"{show_chars(unknown)}不是操作权限，应为{choices}中的一个或多个"]


check_permissions: Final = Rule(
    "permissions", "系统、管理、编辑、审核、外审、查询中的一个或多个", _permission_reasons
)


def parse_permissions(raw: object) -> frozenset[Permission]:
    """The permission set of a valid value (no order among permissions, SPEC §3)."""
    raise_if(check_permissions(raw, required=False))
    return frozenset(Permission(part) for part in _split_permissions(text_of(raw)))
