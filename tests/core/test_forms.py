"""Forms: the manual's own examples pass, and bad forms report every problem at once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core import forms
from core.checkcodes import PartyCode
from core.forms import FormError, Problem
from core.vocab import (
    ApplicantType,
    Area,
    ControlStatus,
    Permission,
    Policy,
    PowerForm,
    Project,
)


def messages(problems: list[Problem]) -> list[str]:
    return [problem.message for problem in problems]


def test_every_field_of_every_form_has_a_label() -> None:
    for fields in (
        forms.ACCOUNT_FIELDS,
        forms.APPLICANT_FIELDS,
        forms.CARGO_OWNER_FIELDS,
        forms.MONTHLY_REPORT_FIELDS,
        forms.APPLICATION_FIELDS,
    ):
        assert all(field in forms.LABELS for field in fields)
    assert forms.LABELS["credit_code"] == "社信码/身份证号"
    assert forms.LABELS["deregistration_date"] == "实际/拟注销日期"


# --- accounts (page 8-2, 8-5) ---------------------------------------------------------------

XIANGTAN_ACCOUNT = {
    "region_code": "430300",
    "account_id": "430300-1",
    "name": "湘潭市",
    "unit": "湘潭市航务管理局",
    "permissions": "管理,编辑,审核,查询",
}


def test_the_account_of_page_8_2() -> None:
    assert forms.validate_account(XIANGTAN_ACCOUNT) == []
    assert forms.parse_account(XIANGTAN_ACCOUNT) == forms.AccountForm(
        region_code="430300",
        account_id="430300-1",
        name="湘潭市",
        unit="湘潭市航务管理局",
        permissions=frozenset(
            {Permission.MANAGE, Permission.EDIT, Permission.REVIEW, Permission.QUERY}
        ),
    )


def test_the_province_system_account_of_page_8_5() -> None:
    account = {
        "region_code": "430000",
        "account_id": "430000-1",
        "name": "胡立辉",
        "unit": "长沙理工大学",
        "permissions": "系统.编辑.审核.查询",
    }
    assert forms.validate_account(account) == []
    assert Permission.SYSTEM in forms.parse_account(account).permissions


def test_a_bad_account_reports_every_problem() -> None:
    bad = {
        "region_code": "4303",
        "account_id": "430300_1",
        "name": "A",
        "unit": "局",
        "permissions": "超级",
    }
    expected = [
        Problem("region_code", "所在区划：应为6位数字的区划代码，如 430300，现为“4303”"),
        Problem(
            "account_id",
            "账号：格式应为“6位区划代码-1到2位数字”，如 430300-1，现为“430300_1”",
        ),
        Problem("name", "姓名：只能包含汉字，不能含“A”"),
        Problem("name", "姓名：应为2-4个汉字（现为1个）"),
        Problem("unit", "所在单位与部门：应为5-20个汉字（现为1个）"),
        Problem(
            "permissions",
            "操作权限组合：“超级”不是操作权限，应为系统、管理、编辑、审核、外审、查询中的一个或多个",
        ),
    ]
    assert forms.validate_account(bad) == expected
    with pytest.raises(FormError) as caught:
        forms.parse_account(bad)
    assert list(caught.value.problems) == expected


def test_the_account_id_starts_with_its_region_and_system_is_for_the_province() -> None:
    account = dict(XIANGTAN_ACCOUNT, account_id="430400-1", permissions="系统,查询")
    assert messages(forms.validate_account(account)) == [
        "账号：前6位必须是所在区划代码430300，如 430300-1",
        "操作权限组合：“系统”权限只能授予省级（430000）账号，请取消勾选",
    ]


def test_an_empty_account_form() -> None:
    assert messages(forms.validate_account({})) == [
        "所在区划：必须填写（6位区划代码，如 430300）",
        "账号：必须填写（6位区划代码-1到2位数字，如 430300-1）",
        "姓名：必须填写（2-4个汉字）",
        "所在单位与部门：必须填写（5-20个汉字）",
        "操作权限组合：必须填写（系统、管理、编辑、审核、外审、查询中的一个或多个）",
    ]


def test_new_passwords_are_typed_twice() -> None:
    assert (
        forms.validate_new_password({"password": "Sha369@!#", "password_confirm": "Sha369@!#"})
        == []
    )
    assert messages(
        forms.validate_new_password({"password": "Sha369@!#", "password_confirm": "Sha369@!"})
    ) == ["确认密码：与密码不一致，请重新输入"]
    assert messages(forms.validate_new_password({"password": "Sha112@!#"})) == [
        "密码：至少需要3个不同的数字（现有2个），如 Sha369@!#",
        "确认密码：必须填写（再输入一次新密码）",
    ]


# --- applicants (page 3-2) ------------------------------------------------------------------

CHANGDA = {
    "applicant_name": "衡阳畅达水路客运有限公司",
    "credit_code": "91430421MA4PDAW5XY",
    "address": "湖南省衡阳市衡阳县西渡镇米子路7号第三间门面",
    "applicant_type": "企业",
    "phone": "073188770055",
    "bank_name": "中国农业银行",
    "bank_account": "2324324242424342",
    "note": "衡阳畅达水路客运有限公司",
}


def test_the_applicant_of_page_3_2() -> None:
    assert forms.validate_applicant(CHANGDA) == []
    assert forms.parse_applicant(CHANGDA) == forms.ApplicantForm(
        applicant_name="衡阳畅达水路客运有限公司",
        credit_code="91430421MA4PDAW5XY",
        code_kind=PartyCode.CREDIT,
        address="湖南省衡阳市衡阳县西渡镇米子路7号第三间门面",
        in_province=True,
        applicant_type=ApplicantType.COMPANY,
        contact=None,
        phone="073188770055",
        bank_name="中国农业银行",
        bank_account="2324324242424342",
        note="衡阳畅达水路客运有限公司",
    )


def test_a_private_applicant_with_an_id_number() -> None:
    # 成本友 of page 3-8 with an ID number of the real format (check digit per GB 11643).
    person = dict(
        CHANGDA,
        applicant_name="成本友",
        credit_code="430421198511200048",
        applicant_type="个体",
        contact="成本友",
        phone="13974868888",
        note="",
    )
    assert forms.validate_applicant(person) == []
    parsed = forms.parse_applicant(person)
    assert (parsed.code_kind, parsed.applicant_type, parsed.contact, parsed.note) == (
        PartyCode.RESIDENT_ID,
        ApplicantType.INDIVIDUAL,
        "成本友",
        "",
    )


def test_a_company_may_not_give_an_id_number() -> None:
    company = dict(CHANGDA, credit_code="430421198511200048")
    assert forms.validate_applicant(company) == [
        Problem(
            "credit_code",
            "社信码/身份证号：企业申请人应填写18位统一社会信用代码，不能填身份证号码",
        )
    ]


def test_an_applicant_from_another_province_is_valid_but_not_in_province() -> None:
    # 长航局股份有限公司 of page 3-8, address 武汉市…: allowed for ministry projects.
    other = dict(
        CHANGDA,
        applicant_name="长航局股份有限公司",
        address="武汉市汉口区大人民路1号",
        note="",
    )
    assert forms.validate_applicant(other) == []
    assert forms.parse_applicant(other).in_province is False


def test_a_bad_applicant_reports_every_problem_in_form_order() -> None:
    bad = {
        "applicant_name": "X公司",
        "credit_code": "91430421MA4PDAW5XA",
        "address": "长沙",
        "applicant_type": "公司",
        "contact": "A",
        "phone": "0731-8877",
        "bank_name": "工行",
        "bank_account": "6222 0211",
        "note": "字" * 101,
    }
    assert messages(forms.validate_applicant(bad)) == [
        "申请人：只能包含汉字和中文圆括号（），不能含“X”",
        "社信码/身份证号：统一社会信用代码第18位校验码不正确（GB 32100-2015），请核对是否输错",
        "营业执照/身份证地址：应为5-50个字（现为2个）",
        "申请人类别：应为企业、个体之一，现为“公司”",
        "联系人：只能包含汉字，不能含“A”",
        "联系人：应为2-4个汉字（现为1个）",
        "联系电话：只能包含数字（不要加“-”或空格），不能含“-”",
        "开户银行名称：应为4-50个汉字（现为2个）",
        "开户银行名称：应填写开户银行全称，如 中国农业银行衡阳县支行",
        "银行账号：只能包含数字，不能含空格",
        "备注：不能超过100个字（现为101个）",
    ]
    with pytest.raises(FormError) as caught:
        forms.parse_applicant(bad)
    assert len(caught.value.problems) == 11


# --- cargo owners (page 4-2) ----------------------------------------------------------------

CHANGYUAN = {
    "applicant_name": "湘阴县昌源船务有限公司",
    "address": "湘阴县文星镇新世纪大道汽车站东",
    "credit_code": "91430624MA4M0MBUXG",
    "contact": "朱清明",
    "phone": "13575056098",
    "bank_name": "中国银行",
    "bank_account": "253324523432432423",
    "last_year_foreign": "0",
    "last_year_domestic": "0",
}


def test_the_cargo_owner_of_page_4_2() -> None:
    assert forms.validate_cargo_owner(CHANGYUAN) == []
    assert forms.parse_cargo_owner(CHANGYUAN) == forms.CargoOwnerForm(
        applicant_name="湘阴县昌源船务有限公司",
        address="湘阴县文星镇新世纪大道汽车站东",
        credit_code="91430624MA4M0MBUXG",
        code_kind=PartyCode.CREDIT,
        contact="朱清明",
        phone="13575056098",
        bank_name="中国银行",
        bank_account="253324523432432423",
        last_year_foreign=0,
        last_year_domestic=0,
        note="",
    )


def test_last_years_volume_of_page_4_7() -> None:
    owner = dict(CHANGYUAN, last_year_foreign="22", last_year_domestic="33")
    parsed = forms.parse_cargo_owner(owner)
    assert (parsed.last_year_foreign, parsed.last_year_domestic, parsed.last_year_total) == (
        22,
        33,
        55,
    )


def test_a_bad_cargo_owner_reports_every_problem() -> None:
    bad = {
        "applicant_name": "",
        "address": "武汉市汉口区大人民路1号",
        "last_year_foreign": "-1",
        "last_year_domestic": "1.5",
    }
    assert messages(forms.validate_cargo_owner(bad)) == [
        "申请人：必须填写（2-50个汉字，可含中文圆括号（））",
        "营业执照/身份证地址：货主须为本省申请人，地址应以湖南省或省内市州、县市区名开头，"
        "如 岳阳市岳阳楼区经邵巷27栋",
        "社信码/身份证号：必须填写（18位统一社会信用代码或身份证号码）",
        "联系人：必须填写（2-4个汉字）",
        "联系电话：必须填写（带区号的固定电话或手机号码，如 073188770055）",
        "开户银行名称：必须填写（开户银行全称，如 中国农业银行）",
        "银行账号：必须填写（9-30位数字）",
        "上年外贸完成量：应在0-6000000之间（现为-1）",
        "上年内贸完成量：应为0-6000000之间的整数，现为“1.5”",
    ]


# --- monthly container reports (page 4-6) ---------------------------------------------------


def test_the_monthly_report_of_page_4_6() -> None:
    report = {"month": "12", "foreign_teu": "122", "domestic_teu": "122"}
    reported = range(1, 12)
    assert forms.validate_monthly_report(report, reported) == []
    assert forms.parse_monthly_report(report, reported) == forms.MonthlyReportForm(
        month=12, foreign_teu=122, domestic_teu=122, note=""
    )
    assert forms.parse_monthly_report(report, reported).total_teu == 244


def test_zero_months_are_reported_too() -> None:
    report = {"month": "03", "foreign_teu": "0", "domestic_teu": "0", "note": "本月无业务"}
    assert forms.parse_monthly_report(report, {1, 2}).total_teu == 0


@pytest.mark.parametrize(
    ("month", "reported", "expected"),
    [
        ("2", (), "报告月：月报须逐月连续填报，下一个应填报1月（现为2月）"),
        ("5", (1, 2, 3), "报告月：月报须逐月连续填报，下一个应填报4月（现为5月）"),
        ("6", (1, 2, 4, 5), "报告月：月报须逐月连续填报，下一个应填报3月（现为6月）"),
    ],
)
def test_months_are_reported_one_after_another(
    month: str, reported: tuple[int, ...], expected: str
) -> None:
    report = {"month": month, "foreign_teu": "1", "domestic_teu": "1"}
    assert forms.validate_monthly_report(report, reported) == [Problem("month", expected)]


def test_a_reported_month_may_be_modified() -> None:
    report = {"month": "3", "foreign_teu": "444", "domestic_teu": "444"}
    assert forms.validate_monthly_report(report, range(1, 6)) == []
    assert forms.validate_monthly_report(report, range(1, 13)) == []


def test_a_bad_monthly_report_reports_every_problem() -> None:
    bad = {"month": "x", "foreign_teu": "-1", "domestic_teu": "500001", "note": "字" * 101}
    assert messages(forms.validate_monthly_report(bad, (1, 2))) == [
        "报告月：应为1-12之间的整数，现为“x”",
        "本月外贸完成量：应在0-500000之间（现为-1）",
        "本月内贸完成量：应在0-500000之间（现为500001）",
        "备注：不能超过100个字（现为101个）",
    ]


# --- ship-project applications (page 3-7) ---------------------------------------------------

# The example of page 3-7: ministry policy, renewal of 长沙1号 replacing 长沙机0018号.
CHANGSHA_1 = {
    "form_no": "怀化（2024）0001",
    "owners": "湖南晶泰运输有限公司",
    "operator": "湖南晶泰运输有限公司",
    "control_status": "自有",
    "licence_no": "长沙XKA1234",
    "policy": "部",
    "project": "更新",
    "area": "省内",
    "power_form": "燃油",
    "ship_type": "旅游客船",
    "ship_name": "长沙1号",
    "ship_id": "CN20241234566",
    "port": "长沙",
    "certificate_no": "湘XN（2024）0001",
    "gross_tonnage": "11",
    "capacity": "22",
    "power": "33.00",
    "built_date": "2024-09-08",
    "refit_from_name": "长沙机0018号",
    "refit_from_tonnage": "1238",
    "application_date": "2024-08-30",
    "estimate": "2.0000",
    "check_amount": "2.2500",
    "note": "",
}

# 渡船2 of pages 3-6 and 3-16: a ministry-policy ferry, scrapped, without operator and
# operation certificate (不填指代). The manual does not show its built date or its 渡运批文号;
# those two values are made up in the manual's formats.
FERRY_2 = {
    "form_no": "怀化（2024）0003",
    "owners": "湖南晶泰运输有限公司",
    "control_status": "自有",
    "licence_no": "长政函〔2019〕12号",
    "policy": "部",
    "project": "拆解",
    "area": "省内",
    "power_form": "燃油",
    "ship_type": "客渡船",
    "ship_name": "渡船2",
    "ship_id": "CN20117625342",
    "port": "长沙",
    "gross_tonnage": "12",
    "capacity": "23",
    "power": "34.00",
    "built_date": "2006-5-18",
    "deregistration_date": "2024-08-29",
    "dismantling_start": "2024-09-08",
    "dismantling_finish": "2024-09-08",
    "application_date": "2024-08-29",
    "estimate": "2.0000",
    "check_amount": "4.5000",
}


def test_the_application_of_page_3_7() -> None:
    assert forms.validate_application(CHANGSHA_1) == []
    assert forms.parse_application(CHANGSHA_1) == forms.ApplicationForm(
        form_no="怀化（2024）0001",
        owners=("湖南晶泰运输有限公司",),
        operator="湖南晶泰运输有限公司",
        control_status=ControlStatus.OWNED,
        licence_no="长沙XKA1234",
        policy=Policy.MINISTRY,
        project=Project.RENEW,
        area=Area.INLAND_PROVINCE,
        power_form=PowerForm.FUEL,
        ship_type="旅游客船",
        ship_name="长沙1号",
        ship_id="CN20241234566",
        port="长沙",
        certificate_no="湘XN（2024）0001",
        gross_tonnage=11,
        capacity=22,
        power=Decimal("33.00"),
        built_date=date(2024, 9, 8),
        deregistration_date=None,
        dismantling_start=None,
        dismantling_finish=None,
        refit_from_name="长沙机0018号",
        refit_from_tonnage=1238,
        application_date=date(2024, 8, 30),
        estimate=Decimal("2.00"),
        check_amount=Decimal("2.25"),
        note="",
    )


def test_a_ministry_ferry_may_omit_operator_and_operation_certificate() -> None:
    assert forms.validate_application(FERRY_2) == []
    parsed = forms.parse_application(FERRY_2)
    assert (parsed.operator, parsed.certificate_no, parsed.is_ferry) == (None, None, True)
    assert (parsed.built_date, parsed.deregistration_date, parsed.dismantling_finish) == (
        date(2006, 5, 18),
        date(2024, 8, 29),
        date(2024, 9, 8),
    )
    assert parsed.check_amount == Decimal("4.50")


def test_a_province_ferry_needs_its_operator_but_not_its_certificate() -> None:
    ferry = dict(FERRY_2, policy="省")
    assert forms.validate_application(ferry) == [
        Problem("operator", "船舶经营人：必须填写（只有部政策的渡船可以不填经营人）")
    ]


def test_other_ships_need_operator_and_certificate() -> None:
    ship = dict(FERRY_2, ship_type="干货船")
    assert messages(forms.validate_application(ship)) == [
        "船舶经营人：必须填写（只有部政策的渡船可以不填经营人）",
        "营运证号：必须填写（只有渡船可以不填营运证号）",
    ]


def test_several_owners_are_separated_by_the_enumeration_comma() -> None:
    # 华龙818 of page 6-2 has two owners.
    ship = dict(CHANGSHA_1, owners="长航局股份有限公司、湖南乐源物流有限公司")
    assert forms.parse_application(ship).owners == ("长航局股份有限公司", "湖南乐源物流有限公司")
    assert messages(
        forms.validate_application(
            dict(CHANGSHA_1, owners="长航局股份有限公司,长航局股份有限公司、")
        )
    ) == [
        "船舶所有人：多个所有人请用顿号“、”分隔，不要用逗号或分号",
        "船舶所有人：分隔符“、”前后缺少所有人名称",
        "船舶所有人：“长航局股份有限公司”重复填写了",
    ]


def test_refit_and_renewal_need_the_ship_they_replace() -> None:
    # 湘长沙机1058 of page 3-18: a province-policy refit to an electric ro-ro cargo ship.
    refit = dict(
        CHANGSHA_1,
        form_no="张家界（2024）008",
        owners="衡阳市云香水上运输有限公司",
        operator="衡阳市云香水上运输有限公司",
        licence_no="湘XKD002",
        policy="省",
        project="改建",
        area="省际",
        power_form="纯电",
        ship_type="滚装货船",
        ship_name="湘长沙机1058",
        ship_id="CN20085343188",
        certificate_no="湘SJ（2023）D049",
        gross_tonnage="3275",
        capacity="6200",
        power="1324.00",
        built_date="2024-09-17",
        application_date="2024-09-17",
        estimate="619.90",
        check_amount="",
        refit_from_name=None,
        refit_from_tonnage=None,
    )
    reason = "改建或更新项目必须填写改建前（或已拆解）船舶的船名和总吨"
    assert messages(forms.validate_application(refit)) == [
        f"改建/已拆船名：{reason}",
        f"改建/已拆船总吨：{reason}",
    ]
    filled = dict(refit, refit_from_name="湘长沙机1058", refit_from_tonnage="3275")
    assert forms.validate_application(filled) == []
    assert forms.parse_application(filled).check_amount is None


def test_scrapping_needs_the_deregistration_date() -> None:
    ship = dict(FERRY_2, deregistration_date="")
    assert messages(forms.validate_application(ship)) == [
        "实际/拟注销日期：拆解项目必须填写实际或拟注销日期（用于计算船龄）"
    ]


@pytest.mark.parametrize(
    ("policy", "project", "reason"),
    [
        ("部", "改建", "部政策没有“改建”项目，应为拆解、更新、新建之一"),
        ("省", "更新", "省政策没有“更新”项目，应为拆解、新建、改建之一"),
    ],
)
def test_each_policy_has_its_projects(policy: str, project: str, reason: str) -> None:
    application = dict(CHANGSHA_1, policy=policy, project=project)
    assert forms.validate_application(application) == [Problem("project", f"申请项目：{reason}")]


def test_dates_come_in_order() -> None:
    ship = dict(
        FERRY_2,
        built_date="2024-09-08",
        deregistration_date="2024-1-1",
        dismantling_start="2023-12-01",
        dismantling_finish="2023-11-30",
    )
    assert messages(forms.validate_application(ship)) == [
        "实际/拟注销日期：不能早于建成日期2024-09-08",
        "拆解开工日期：不能早于建成日期2024-09-08",
        "拆解完工日期：不能早于拆解开工日期2023-12-01",
    ]
    unfinished = dict(FERRY_2, dismantling_start=None)
    assert messages(forms.validate_application(unfinished)) == [
        "拆解开工日期：填写了拆解完工日期时必须同时填写拆解开工日期"
    ]


def test_power_matches_the_power_form() -> None:
    barge = dict(FERRY_2, power_form="无", power="34.00")
    assert messages(forms.validate_application(barge)) == [
        "主机功率（千瓦）：动力形式为“无”（非机动船）时应填0"
    ]
    assert forms.validate_application(dict(barge, power="0")) == []
    engine_off = dict(FERRY_2, power="0.00")
    assert messages(forms.validate_application(engine_off)) == [
        "主机功率（千瓦）：动力形式为“燃油”时应大于0"
    ]


def test_a_province_policy_applicant_lives_in_hunan() -> None:
    elsewhere = "武汉市汉口区大人民路1号"
    province = dict(CHANGSHA_1, policy="省", project="新建", applicant_address=elsewhere)
    assert messages(forms.validate_application(province)) == [
        "申请人地址：省政策只受理本省申请人，“武汉市汉口区大人民路1号”不是湖南省地址；"
        "请改选部政策或更换申请人"
    ]
    ministry = dict(CHANGSHA_1, applicant_address=elsewhere)
    assert forms.validate_application(ministry) == []
    at_home = dict(province, applicant_address="益阳市资阳区金山南路668号")
    assert forms.validate_application(at_home) == []


def test_a_bad_application_reports_every_problem_at_once() -> None:
    bad = {
        "form_no": "怀化(2024)0001",
        "owners": "A公司",
        "operator": "",
        "control_status": "租用",
        "licence_no": "交规划发[2024]95号",
        "policy": "部",
        "project": "改建",
        "area": "内河",
        "power_form": "柴油",
        "ship_type": "客船1",
        "ship_name": "CN001",
        "ship_id": "CN2024",
        "port": "长",
        "certificate_no": "",
        "gross_tonnage": "0",
        "capacity": "2.5",
        "power": "33.456",
        "built_date": "2024-02-30",
        "deregistration_date": "2024/01/01",
        "dismantling_start": "",
        "dismantling_finish": "",
        "refit_from_name": "",
        "refit_from_tonnage": "",
        "application_date": "",
        "estimate": "-1",
        "check_amount": "abc",
        "note": "字" * 101,
    }
    refit = "改建或更新项目必须填写改建前（或已拆解）船舶的船名和总吨"
    assert messages(forms.validate_application(bad)) == [
        "申请表号：年份两边请用中文圆括号（），如 怀化（2024）0001",
        "船舶所有人：“A公司”只能包含汉字和中文圆括号（），不能含“A”",
        "船舶经营人：必须填写（只有部政策的渡船可以不填经营人）",
        "控制状态：应为自有、挂靠、光租之一，现为“租用”",
        "许可证/渡运批文号：只能包含汉字、数字、字母及中文圆括号（）或六角括号〔〕，不能含“[”、“]”",
        "许可证/渡运批文号：文号年份请用六角括号〔〕，如 交规划发〔2024〕95号",
        "申请项目：部政策没有“改建”项目，应为拆解、更新、新建之一",
        "船舶航区：应为省内、省际、沿海之一，现为“内河”",
        "动力形式：应为燃油、油气、液气、纯电、其他新能源、无之一，现为“柴油”",
        "船舶类型：只能包含汉字，不能含“1”",
        "船名：至少要有一个汉字，如 长沙1号",
        "船舶识别号：格式应为CN加11位数字（前4位是年份），如 CN20241234566，现为“CN2024”",
        "船籍港：应为2-10个汉字（现为1个）",
        "营运证号：必须填写（只有渡船可以不填营运证号）",
        "船舶总吨：应在1-100000之间（现为0）",
        "载客位/载货吨：应为0-200000之间的整数，现为“2.5”",
        "主机功率（千瓦）：最多保留2位小数（现为33.456）",
        "建成日期：“2024-02-30”不是有效日期，请核对月份和日",
        "实际/拟注销日期：格式应为“年-月-日”，如 2024-05-21 或 2024-5-21，现为“2024/01/01”",
        f"改建/已拆船名：{refit}",
        f"改建/已拆船总吨：{refit}",
        "申请日期：必须填写（年-月-日，如 2024-05-21）",
        "资金测算（万元）：应在0-100000之间（现为-1）",
        "资金复核（万元）：应为数字，最多2位小数，如 33.00，现为“abc”",
        "备注：不能超过100个字（现为101个）",
    ]
    with pytest.raises(FormError) as caught:
        forms.parse_application(bad)
    assert len(caught.value.problems) == 25
