"""Field validators: every rule of SPEC §3/§5 and the manual's 填写说明, with exact messages."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import checkcodes, validators
from core.checkcodes import PartyCode
from core.validators import FormError, Problem
from core.vocab import Permission, Policy, Project


def messages(problems: list[Problem]) -> list[str]:
    return [problem.message for problem in problems]


# --- 9字密码 (SPEC §3, manual 1.2) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("SHA369@!#", "缺少小写字母"),
        ("sha369@!#", "缺少大写字母"),
        ("Sh369@!#", "至少需要3个不同的字母（现有2个）"),
        ("Sha36@!#", "至少需要3个不同的数字（现有2个）"),
        ("Sha369@!", "至少需要3个不同的半角标点符号（现有2个）"),
        ("Shh369@!#", "至少需要3个不同的字母（现有2个）"),
        ("Sha112@!#", "至少需要3个不同的数字（现有2个）"),
        ("Sha369@@#", "至少需要3个不同的半角标点符号（现有2个）"),
    ],
)
def test_every_invalid_password_of_the_spec_has_its_exact_reason(
    password: str, reason: str
) -> None:
    assert validators.check_password(password) == [
        Problem("password", f"密码：{reason}，如 Sha369@!#")
    ]


def test_the_valid_password_of_the_spec() -> None:
    assert validators.check_password("Sha369@!#") == []
    assert validators.check_password("xY9z8w7(_)") == []


def test_a_password_reports_every_missing_part_at_once() -> None:
    assert messages(validators.check_password("ab1")) == [
        "密码：缺少大写字母，如 Sha369@!#",
        "密码：至少需要3个不同的字母（现有2个），如 Sha369@!#",
        "密码：至少需要3个不同的数字（现有1个），如 Sha369@!#",
        "密码：至少需要3个不同的半角标点符号（现有0个），如 Sha369@!#",
    ]


def test_a_password_refuses_full_width_and_spaces_and_keeps_them_unstripped() -> None:
    assert messages(validators.check_password(" Sha369！@#")) == [
        "密码：只能包含半角（西文）字母、数字和标点符号，不能含空格、“！”，如 Sha369@!#",
        "密码：至少需要3个不同的半角标点符号（现有2个），如 Sha369@!#",
    ]


def test_an_empty_or_overlong_password() -> None:
    assert messages(validators.check_password(None)) == [
        "密码：必须填写（至少3个不同字母（含大小写）、3个不同数字、3个不同半角标点，如 Sha369@!#）"
    ]
    assert messages(validators.check_password("Sha369@!#" * 8)) == [
        "密码：不能超过64个字符（现为72个），如 Sha369@!#"
    ]


def test_letters_are_counted_case_sensitively() -> None:
    assert validators.check_password("SsA369@!#") == []
    assert messages(validators.check_password("Sss369@!#")) == [
        "密码：至少需要3个不同的字母（现有2个），如 Sha369@!#"
    ]


# --- names, units, accounts, regions --------------------------------------------------------


@pytest.mark.parametrize("name", ["胡立辉", "长沙", "新增用户", "邹辉"])
def test_person_names(name: str) -> None:
    assert validators.check_person_name(name) == []


def test_bad_person_names() -> None:
    assert messages(validators.check_person_name("李")) == ["姓名：应为2-4个汉字（现为1个）"]
    assert messages(validators.check_person_name("Tom")) == [
        "姓名：只能包含汉字，不能含“T”、“o”、“m”"
    ]
    assert messages(validators.check_person_name("欧阳小明明 ")) == [
        "姓名：应为2-4个汉字（现为5个）"
    ]
    assert messages(validators.check_person_name("")) == ["姓名：必须填写（2-4个汉字）"]
    assert messages(validators.check_contact("A")) == [
        "联系人：只能包含汉字，不能含“A”",
        "联系人：应为2-4个汉字（现为1个）",
    ]


def test_units() -> None:
    assert validators.check_unit("长沙理工大学") == []
    assert validators.check_unit("湘潭市航务管理局") == []
    assert messages(validators.check_unit("交通局")) == [
        "所在单位与部门：应为5-20个汉字（现为3个）"
    ]
    assert messages(validators.check_unit("长沙市航务管理局（办公室）")) == [
        "所在单位与部门：只能包含汉字，不能含“（”、“）”"
    ]


@pytest.mark.parametrize("account", ["430300-1", "430000-01", "430101-1", "433199-1", "431221-1"])
def test_account_ids(account: str) -> None:
    assert validators.check_account_id(account) == []


@pytest.mark.parametrize(
    ("account", "reason"),
    [
        ("430300-123", "格式应为“6位区划代码-1到2位数字”，如 430300-1，现为“430300-123”"),
        ("430300_1", "格式应为“6位区划代码-1到2位数字”，如 430300-1，现为“430300_1”"),
        ("4303-1", "格式应为“6位区划代码-1到2位数字”，如 430300-1，现为“4303-1”"),
        ("439900-1", "前6位“439900”不是湖南省的行政区划代码"),
        ("433399-1", "前6位“433399”不是湖南省的行政区划代码"),
    ],
)
def test_bad_account_ids(account: str, reason: str) -> None:
    assert messages(validators.check_account_id(account)) == [f"账号：{reason}"]


def test_region_codes() -> None:
    assert validators.check_region_code("430300") == []
    assert messages(validators.check_region_code("4303")) == [
        "所在区划：应为6位数字的区划代码，如 430300，现为“4303”"
    ]
    assert messages(validators.check_region_code("110000")) == [
        "所在区划：“110000”不是湖南省的行政区划代码，请从区划列表中选择"
    ]


def test_permissions_in_every_spelling_the_manual_shows() -> None:
    assert validators.check_permissions("管理,编辑,审核,查询") == []
    assert validators.check_permissions("系统.编辑.审核.查询") == []
    assert validators.check_permissions(["外审"]) == []
    assert validators.parse_permissions("系统.编辑.审核.查询") == frozenset(
        {Permission.SYSTEM, Permission.EDIT, Permission.REVIEW, Permission.QUERY}
    )
    assert validators.parse_permissions({Permission.QUERY, "管理"}) == frozenset(
        {Permission.QUERY, Permission.MANAGE}
    )


def test_unknown_permissions_are_named() -> None:
    assert messages(validators.check_permissions("超级,编辑,删库")) == [
        "操作权限组合：“超级”、“删库”不是操作权限，应为系统、管理、编辑、审核、外审、查询中的一个或多个"
    ]
    assert messages(validators.check_permissions([])) == [
        "操作权限组合：必须填写（系统、管理、编辑、审核、外审、查询中的一个或多个）"
    ]
    with pytest.raises(FormError):
        validators.parse_permissions("超级")


# --- applicant identity ---------------------------------------------------------------------


def test_applicant_names_may_hold_chinese_parentheses() -> None:
    assert validators.check_applicant_name("衡阳畅达水路客运有限公司") == []
    assert validators.check_applicant_name("湖南（长沙）航运有限公司") == []
    assert validators.check_applicant_name("成本友") == []


def test_bad_applicant_names() -> None:
    assert messages(validators.check_applicant_name("湖南(长沙)航运有限公司")) == [
        "申请人：只能包含汉字和中文圆括号（），不能含“(”、“)”，圆括号请用中文的（）"
    ]
    assert messages(validators.check_applicant_name("湖南（长沙航运有限公司")) == [
        "申请人：括号不成对，请检查“（”“）”或“〔”“〕”是否一一对应"
    ]
    assert messages(validators.check_applicant_name("船" * 51)) == [
        "申请人：应为2-50个汉字（现为51个）"
    ]
    assert messages(validators.check_operator("A")) == [
        "船舶经营人：只能包含汉字和中文圆括号（），不能含“A”",
        "船舶经营人：应为2-50个汉字（现为1个）",
    ]


@pytest.mark.parametrize(
    "code",
    [
        "91430421MA4PDAW5XY",  # 衡阳畅达水路客运有限公司, page 3-2
        "91430624MA4M0MBUXG",  # 湘阴县昌源船务有限公司, page 4-2
        "91430600329348993X",  # 岳阳市恒源船务有限公司, page 4-1: 17 digits and an X
        "91430421ma4pdaw5xy",  # typed in lower case
    ],
)
def test_the_manuals_credit_codes_are_valid(code: str) -> None:
    assert validators.check_credit_code(code) == []
    assert checkcodes.party_code_kind(code.upper(), date(2024, 11, 1)) is PartyCode.CREDIT


@pytest.mark.parametrize(
    "code", ["11010519491231002X", "11010519491231002x", "430102199003071234", "430421198511200048"]
)
def test_resident_id_numbers_are_valid(code: str) -> None:
    assert validators.check_credit_code(code) == []
    assert checkcodes.party_code_kind(code.upper(), date(2024, 11, 1)) is PartyCode.RESIDENT_ID


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (
            "91430421MA4PDAW5XA",
            "统一社会信用代码第18位校验码不正确（GB 32100-2015），请核对是否输错",
        ),
        ("91430421MA4PDAW5X", "应为18位统一社会信用代码或身份证号码（现为17位）"),
        (
            "91430421MO4PDAW5XY",
            "统一社会信用代码只能由数字和大写字母组成（不用I、O、Z、S、V），不能含“O”",
        ),
        (
            "91430421-A4PDAW5XY",
            "统一社会信用代码只能由数字和大写字母组成（不用I、O、Z、S、V），不能含“-”",
        ),
        ("430102199003071235", "身份证号码第18位校验码不正确（GB 11643），请核对是否输错"),
        ("430102199002301237", "身份证号码第7-14位“19900230”不是有效的出生日期，请核对"),
        (
            "43010220990101123X",
            "身份证号码中的出生日期2099-01-01不合理，应在1900-01-01至今天之间",
        ),
    ],
)
def test_bad_party_codes_say_exactly_what_is_wrong(code: str, reason: str) -> None:
    assert messages(validators.check_credit_code(code)) == [f"社信码/身份证号：{reason}"]


def test_a_credit_code_reports_authority_region_and_check_at_once() -> None:
    assert messages(validators.check_credit_code("0143A421MA4PDAW5XY")) == [
        "社信码/身份证号：统一社会信用代码第1位登记管理部门码应为1-9、A、N、Y之一",
        "社信码/身份证号：统一社会信用代码第3-8位应为6位数字的行政区划码",
        "社信码/身份证号：统一社会信用代码第18位校验码不正确（GB 32100-2015），请核对是否输错",
    ]


def test_check_characters_of_the_standards_examples() -> None:
    assert checkcodes.id_check_char("11010519491231002") == "X"
    assert checkcodes.id_check_char("43010219900307123") == "4"
    assert checkcodes.credit_code_check_char("91430421MA4PDAW5X") == "Y"
    assert checkcodes.credit_code_check_char("91430624MA4M0MBUX") == "G"
    assert checkcodes.credit_code_check_char("91430600329348993") == "X"


@given(st.text(alphabet=checkcodes.CREDIT_CODE_CHARS, min_size=17, max_size=17))
def test_any_credit_code_with_its_check_char_validates_and_a_changed_one_does_not(
    body: str,
) -> None:
    first17 = "9" + body[1] + "430100" + body[8:]
    code = first17 + checkcodes.credit_code_check_char(first17)
    assert checkcodes.credit_code_reasons(code) == []
    wrong = next(ch for ch in checkcodes.CREDIT_CODE_CHARS if ch != code[17])
    assert checkcodes.credit_code_reasons(code[:17] + wrong) == [
        "统一社会信用代码第18位校验码不正确（GB 32100-2015），请核对是否输错"
    ]


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2020, 12, 31)),
    st.integers(min_value=0, max_value=999),
)
def test_any_id_number_with_its_check_digit_validates_and_a_changed_one_does_not(
    born: date, serial: int
) -> None:
    body = f"430102{born:%Y%m%d}{serial:03d}"
    code = body + checkcodes.id_check_char(body)
    assert checkcodes.resident_id_reasons(code, date(2024, 11, 1)) == []
    wrong = next(ch for ch in "0123456789X" if ch != code[17])
    assert checkcodes.resident_id_reasons(body + wrong, date(2024, 11, 1)) == [
        "身份证号码第18位校验码不正确（GB 11643），请核对是否输错"
    ]


# --- address, phone, bank, note -------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "湖南省衡阳市衡阳县西渡镇米子路7号第三间门面",
        "湘阴县文星镇新世纪大道汽车站东",
        "湖南省益阳市安化县渠江镇大安村大房内村民组（67）号",
        "长沙市天心区B座12楼",
        "武汉市汉口区大人民",
    ],
)
def test_addresses(address: str) -> None:
    assert validators.check_address(address) == []


def test_bad_addresses_report_every_problem() -> None:
    assert messages(validators.check_address("长沙")) == [
        "营业执照/身份证地址：应为5-50个字（现为2个）"
    ]
    assert messages(validators.check_address("长沙市天心区b座 1号(东)")) == [
        "营业执照/身份证地址：只能包含汉字、数字0-9、大写字母A-Z和中文圆括号（），"
        "不能含“b”、空格、“(”、“)”，圆括号请用中文的（）"
    ]
    assert messages(validators.check_address("湘西土家族苗族自治州吉首市人民路")) == [
        "营业执照/身份证地址：市州名应写作“**市”或“湘西州”，请把自治州全称改为“湘西州”"
    ]


@pytest.mark.parametrize("phone", ["073188770055", "13974868888", "13575056098", "01088776655"])
def test_phones(phone: str) -> None:
    assert validators.check_phone(phone) == []


@pytest.mark.parametrize(
    ("phone", "reason"),
    [
        ("0731-88770055", "只能包含数字（不要加“-”或空格），不能含“-”"),
        ("88770055", "应为带区号的固定电话（如 073188770055）或11位手机号码（如 13974868888）"),
        ("23974868888", "应为带区号的固定电话（如 073188770055）或11位手机号码（如 13974868888）"),
        ("1397486888", "应为带区号的固定电话（如 073188770055）或11位手机号码（如 13974868888）"),
    ],
)
def test_bad_phones(phone: str, reason: str) -> None:
    assert messages(validators.check_phone(phone)) == [f"联系电话：{reason}"]


def test_bank_names() -> None:
    valid = (
        "中国农业银行",
        "中国银行",
        "湖南衡阳县农村商业银行股份有限公司",
        "安化县农村信用合作联社",
    )
    for name in valid:
        assert validators.check_bank_name(name) == []
    assert messages(validators.check_bank_name("工商")) == [
        "开户银行名称：应为4-50个汉字（现为2个）",
        "开户银行名称：应填写开户银行全称，如 中国农业银行衡阳县支行",
    ]
    assert messages(validators.check_bank_name("ICBC长沙")) == [
        "开户银行名称：只能包含汉字和中文圆括号（），不能含“I”、“C”、“B”",
        "开户银行名称：应填写开户银行全称，如 中国农业银行衡阳县支行",
    ]


def test_bank_accounts() -> None:
    assert validators.check_bank_account("2324324242424342") == []
    assert validators.check_bank_account("123456789") == []
    assert validators.check_bank_account("1" * 30) == []
    assert messages(validators.check_bank_account("12345678")) == [
        "银行账号：应为9-30位数字（现为8位）"
    ]
    assert messages(validators.check_bank_account("6222 0211 0000 1234")) == [
        "银行账号：只能包含数字，不能含空格"
    ]
    assert messages(validators.check_bank_account("1" * 31)) == [
        "银行账号：应为9-30位数字（现为31位）"
    ]


def test_notes_may_be_empty_and_are_at_most_100_chars() -> None:
    assert validators.check_note(None) == []
    assert validators.check_note("") == []
    assert validators.check_note("字" * 100) == []
    assert messages(validators.check_note("字" * 101)) == ["备注：不能超过100个字（现为101个）"]


# --- certificates, ships, form numbers ------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "湘长XKA0123",
        "长沙XKA1234",
        "湘XKD002",
        "交规划发〔2024〕95号",
        "湘长沙SJ〔2022〕0001",
        "湘XN（2024）0001",
        "湘SJ（2023）D049",
    ],
)
def test_licence_and_certificate_numbers_of_the_manual(number: str) -> None:
    assert validators.check_licence_no(number) == []
    assert validators.check_certificate_no(number) == []


def test_bad_licence_numbers() -> None:
    assert messages(validators.check_licence_no("交规划发[2024]95号")) == [
        "许可证/渡运批文号：只能包含汉字、数字、字母及中文圆括号（）或六角括号〔〕，不能含“[”、“]”",
        "许可证/渡运批文号：文号年份请用六角括号〔〕，如 交规划发〔2024〕95号",
    ]
    assert messages(validators.check_certificate_no("湘XN(2024)0001")) == [
        "营运证号：只能包含汉字、数字、字母及中文圆括号（）或六角括号〔〕，"
        "不能含“(”、“)”，圆括号请用中文的（）"
    ]
    assert messages(validators.check_certificate_no("湘XN（2024〕 1")) == [
        "营运证号：只能包含汉字、数字、字母及中文圆括号（）或六角括号〔〕，不能含空格",
        "营运证号：括号不成对，请检查“（”“）”或“〔”“〕”是否一一对应",
    ]
    assert messages(validators.check_licence_no("湘X")) == [
        "许可证/渡运批文号：应为3-40个字（现为2个）"
    ]


def test_ship_names() -> None:
    for name in ("长沙1号", "湘益阳机0258", "华阳1号", "湘安化机3159", "暂定航次号"):
        assert validators.check_ship_name(name) == []
    assert messages(validators.check_ship_name("CN001")) == ["船名：至少要有一个汉字，如 长沙1号"]
    assert messages(validators.check_ship_name("长沙 a号")) == [
        "船名：只能包含汉字、数字和大写字母，不能含空格、“a”"
    ]
    assert messages(validators.check_refit_from_name("长")) == [
        "改建/已拆船名：应为2-20个字（现为1个）"
    ]


def test_ship_identification_numbers() -> None:
    assert validators.check_ship_id("CN20241234566") == []
    assert validators.check_ship_id("cn19962553017") == []
    for bad in ("CN2024123456", "CN18001234567", "20241234566"):
        assert messages(validators.check_ship_id(bad)) == [
            f"船舶识别号：格式应为CN加11位数字（前4位是年份），如 CN20241234566，现为“{bad}”"
        ]


def test_ports_and_ship_types() -> None:
    assert validators.check_port("长沙") == []
    assert validators.check_ship_type("旅游客船") == []
    assert messages(validators.check_port("长")) == ["船籍港：应为2-10个汉字（现为1个）"]
    assert messages(validators.check_ship_type("102旅游客船")) == [
        "船舶类型：只能包含汉字，不能含“1”、“0”、“2”"
    ]


@pytest.mark.parametrize(
    "number", ["怀化（2024）0001", "湘潭（2024）123", "张家界（2024）008", "湘西（2024）001"]
)
def test_application_form_numbers(number: str) -> None:
    assert validators.check_form_no(number) == []


def test_bad_application_form_numbers() -> None:
    assert messages(validators.check_form_no("怀化(2024)0001")) == [
        "申请表号：年份两边请用中文圆括号（），如 怀化（2024）0001"
    ]
    assert messages(validators.check_form_no("武汉（1999）000")) == [
        "申请表号：“武汉”不是湖南的市州名，应为长沙、株洲、湘潭、衡阳、邵阳、岳阳、常德、张家界、"
        "益阳、郴州、永州、怀化、娄底、湘西之一",
        "申请表号：年份“1999”应在2000-2099之间",
        "申请表号：流水号不能全为0，应从001开始",
    ]
    assert messages(validators.check_form_no("怀化2024-0001")) == [
        "申请表号：格式应为“市州名（年份）流水号”，如 怀化（2024）0001、湘潭（2024）123"
    ]
    assert validators.check_form_no("", required=False) == []


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-5-21", date(2024, 5, 21)),
        ("2024-05-21", date(2024, 5, 21)),
        (" 2024-2-29 ", date(2024, 2, 29)),
        (date(2024, 9, 8), date(2024, 9, 8)),
        (datetime(2024, 9, 8, 10, 30), date(2024, 9, 8)),
        ("", None),
        (None, None),
    ],
)
def test_dates_are_parsed_in_both_spellings(raw: object, expected: date | None) -> None:
    assert validators.check_date(raw, "built_date", required=False) == []
    assert validators.parse_date(raw) == expected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("2024-02-30", "“2024-02-30”不是有效日期，请核对月份和日"),
        ("2023-2-29", "“2023-2-29”不是有效日期，请核对月份和日"),
        ("2024-13-01", "“2024-13-01”不是有效日期，请核对月份和日"),
        ("2024/05/21", "格式应为“年-月-日”，如 2024-05-21 或 2024-5-21，现为“2024/05/21”"),
        ("2024年5月21日", "格式应为“年-月-日”，如 2024-05-21 或 2024-5-21，现为“2024年5月21日”"),
        ("1899-12-31", "年份应在1900-2099之间，现为1899"),
    ],
)
def test_impossible_dates(raw: str, reason: str) -> None:
    assert messages(validators.check_date(raw, "application_date")) == [f"申请日期：{reason}"]
    with pytest.raises(FormError) as caught:
        validators.parse_date(raw, "application_date")
    assert caught.value.problems == (Problem("application_date", f"申请日期：{reason}"),)


def test_a_missing_required_date() -> None:
    assert messages(validators.check_date(None, "built_date")) == [
        "建成日期：必须填写（年-月-日，如 2024-05-21）"
    ]


# --- numbers --------------------------------------------------------------------------------


def test_integers() -> None:
    assert validators.check_integer("345", "gross_tonnage", 1, 100000) == []
    assert validators.parse_int("345") == 345
    assert validators.parse_int(None) is None
    assert messages(validators.check_integer("0", "gross_tonnage", 1, 100000)) == [
        "船舶总吨：应在1-100000之间（现为0）"
    ]
    assert messages(validators.check_integer("3.5", "gross_tonnage", 1, 100000)) == [
        "船舶总吨：应为1-100000之间的整数，现为“3.5”"
    ]
    assert messages(validators.check_integer("１２", "foreign_teu", 0, 500000)) == [
        "本月外贸完成量：应为0-500000之间的整数，现为“１２”"
    ]
    assert messages(validators.check_integer("500001", "foreign_teu", 0, 500000)) == [
        "本月外贸完成量：应在0-500000之间（现为500001）"
    ]
    assert messages(validators.check_integer("-1", "domestic_teu", 0, 500000)) == [
        "本月内贸完成量：应在0-500000之间（现为-1）"
    ]
    with pytest.raises(FormError) as caught:
        validators.parse_int("3.5", "gross_tonnage")
    assert messages(list(caught.value.problems)) == ["船舶总吨：应为整数，现为“3.5”"]


def test_decimals_have_at_most_two_places_and_are_never_float() -> None:
    low, high = Decimal("0"), Decimal("100000")
    for raw in ("33.00", "33", "100.5", "299.5", "33.450", Decimal("436.66"), 34):
        assert validators.check_decimal(raw, "power", low, high) == []
    assert validators.parse_decimal("33") == Decimal("33.00")
    assert str(validators.parse_decimal("100.5")) == "100.50"
    assert str(validators.parse_decimal("2.0000")) == "2.00"
    assert messages(validators.check_decimal("33.456", "power", low, high)) == [
        "主机功率（千瓦）：最多保留2位小数（现为33.456）"
    ]
    assert messages(validators.check_decimal("-0.005", "power", low, high)) == [
        "主机功率（千瓦）：最多保留2位小数（现为-0.005）",
        "主机功率（千瓦）：应在0-100000之间（现为-0.005）",
    ]
    assert messages(validators.check_decimal("1e3", "estimate", low, high)) == [
        "资金测算（万元）：应为数字，最多2位小数，如 33.00，现为“1e3”"
    ]
    with pytest.raises(FormError) as caught:
        validators.parse_decimal("33.456", "power")
    assert str(caught.value) == "主机功率（千瓦）：最多保留2位小数（现为33.456）"
    with pytest.raises(TypeError):
        validators.check_decimal(33.5, "power", low, high)


def test_months() -> None:
    assert validators.check_month("07") == []
    assert validators.check_month("12") == []
    assert validators.parse_int("07") == 7
    assert messages(validators.check_month("13")) == ["报告月：应在1-12之间（现为13）"]
    assert messages(validators.check_month("0")) == ["报告月：应在1-12之间（现为0）"]


def test_choices() -> None:
    assert validators.check_choice("部", "policy", Policy) == []
    assert validators.parse_choice("改建", Project) is Project.REFIT
    assert validators.parse_choice("", Project) is None
    assert messages(validators.check_choice("国", "policy", Policy)) == [
        "补贴政策：应为部、省之一，现为“国”"
    ]
    assert messages(validators.check_choice(None, "project", Project)) == [
        "申请项目：必须填写（拆解、更新、新建、改建之一）"
    ]
    with pytest.raises(FormError) as caught:
        validators.parse_choice("报废", Project, "project")
    assert str(caught.value) == "申请项目：应为拆解、更新、新建、改建之一，现为“报废”"


def test_required_can_be_overridden_per_call() -> None:
    assert validators.check_operator(None, required=False) == []
    assert messages(validators.check_note("", required=True)) == [
        "备注：必须填写（不超过100个字，可空）"
    ]
    assert messages(validators.check_person_name("A", "contact")) == [
        "联系人：只能包含汉字，不能含“A”",
        "联系人：应为2-4个汉字（现为1个）",
    ]
