"""The material list: the 2024 seed, which rows an upload needs, the reviewer's status, storage."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.material_list_2024 import MATERIAL_LIST_2024
from core.materials import (
    MaterialListError,
    MaterialSpec,
    MaterialState,
    Operation,
    applicant_materials,
    copy_to_year,
    expand_monthly,
    format_mb,
    match_key,
    material_status,
    materials_for,
    missing_required,
    monthly_proof_name,
    operation_for_ship_type,
    spec_from_dict,
    spec_to_dict,
    specs_from_dicts,
    specs_to_dicts,
    suggested_zip_name,
    upload_stages,
    validate_material_list,
)
from core.vocab import Policy, Project, Stage

L = MATERIAL_LIST_2024
M, S = Policy.MINISTRY, Policy.PROVINCE
OP, FERRY = Operation.OPERATING, Operation.FERRY


def codes(specs: list[MaterialSpec]) -> list[str]:
    return [s.code for s in specs]


# --- the 2024 seed ----------------------------------------------------------------------------


def test_the_2024_list_has_24_valid_rows_in_code_order() -> None:
    assert len(L) == 24
    assert codes(list(L)) == [f"{n:02d}" for n in range(1, 25)]
    assert {s.year for s in L} == {2024}
    assert validate_material_list(L) == []


def test_the_2024_list_carries_the_names_the_manual_states() -> None:
    names = {s.name for s in L}
    assert {
        "资金申请表（申请）.pdf",
        "资金申请表（省市归档）.pdf",
        "营业执照或身份证件（申请人）.pdf",
        "船舶所有权登记证书（登记）.pdf",
        "船舶检验证书（船检）.pdf",
        "船舶营业运输证（营运证）.pdf",
        "船舶注销登记证明书（所有权）.pdf",
        "营运证注销登记证明书（营运证）.pdf",
        "经营许可证（水路运输）.pdf",
        "渡运许可批文（渡船）.pdf",
        "拆解完工报告书（拆解）.pdf",
        "营业执照（货主）.pdf",
        "上年完成量证明材料.pdf",
        "YYYY年MM月完成量证明材料.pdf",
        "资金申请表（奖励）.pdf",
    } <= names
    assert [s.code for s in L if s.uploaded_by_city_or_province] == ["02"]
    assert [s.code for s in L if not s.required] == ["09", "10", "13", "21"]


def test_row_05_in_full() -> None:
    assert L[4] == MaterialSpec(
        year=2024,
        code="05",
        name="船舶检验证书（船检）.pdf",
        max_mb=Decimal(10),
        stage=Stage.APPLICATION,
        policies=frozenset({M, S}),
        projects=frozenset(Project),
        operations=frozenset({OP, FERRY}),
        required=True,
        zip_name="计划申请材料（拆建、营运船或渡船、船检安环合一）.zip",
    )
    assert L[4].max_bytes == 10_485_760


# --- which rows an upload needs ---------------------------------------------------------------


def test_ministry_scrapping_uploads_application_and_completion_separately() -> None:
    app = materials_for(L, Stage.APPLICATION, M, Project.SCRAP, OP)
    done = materials_for(L, Stage.COMPLETION, M, Project.SCRAP, OP)

    assert codes(app) == ["01", "02", "03", "04", "05", "06", "07", "09", "10", "13"]
    assert codes(done) == ["14", "15", "16", "17"]


def test_every_other_project_merges_completion_into_the_application_zip() -> None:
    assert codes(materials_for(L, Stage.APPLICATION, S, Project.SCRAP, FERRY)) == [
        *("01", "02", "03", "04", "05", "08", "09", "10", "13"),
        *("14", "15", "17"),
    ]
    assert codes(materials_for(L, Stage.APPLICATION, S, Project.REFIT, OP)) == [
        *("01", "02", "03", "04", "05", "06", "07", "09", "10", "11", "13"),
        "18",
    ]
    assert codes(materials_for(L, Stage.APPLICATION, M, Project.RENEW, OP)) == [
        *("01", "02", "03", "04", "05", "06", "07", "09", "10", "12", "13"),
        "18",
    ]
    assert codes(materials_for(L, Stage.APPLICATION, M, Project.NEW, FERRY)) == [
        *("01", "02", "03", "04", "05", "08", "09", "10", "13"),
        "18",
    ]


def test_upload_stages_follow_manual_2_2_hint_1() -> None:
    assert upload_stages(Stage.APPLICATION, M, Project.SCRAP) == (Stage.APPLICATION,)
    assert upload_stages(Stage.COMPLETION, M, Project.SCRAP) == (Stage.COMPLETION,)
    assert upload_stages(Stage.APPLICATION, S, Project.SCRAP) == (
        Stage.APPLICATION,
        Stage.COMPLETION,
    )
    assert upload_stages(Stage.REWARD, None, None) == (Stage.REWARD,)
    with pytest.raises(ValueError) as caught:
        upload_stages(Stage.COMPLETION, S, Project.SCRAP)
    assert str(caught.value) == (
        "只有部政策拆解项目单独上传完结材料，其他项目的完结材料随申请材料一并上传"
    )


def test_cargo_stages_have_their_own_rows() -> None:
    assert codes(materials_for(L, Stage.CARGO_OWNER)) == ["19", "20", "21"]
    assert codes(materials_for(L, Stage.REWARD)) == ["23", "24"]


def test_the_monthly_row_comes_back_named_for_its_month() -> None:
    [july] = materials_for(L, Stage.MONTHLY_REPORT, month=7)

    assert july.name == "2024年07月完成量证明材料.pdf"
    assert july.zip_name == "2024年07月完成量证明材料.zip"
    assert july.code == "22"
    assert july.is_monthly_template is False
    assert L[21].is_monthly_template is True
    assert expand_monthly(L[0], 7) is L[0]


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (
            (Stage.APPLICATION, M, Project.SCRAP),
            {},
            "“申请”阶段的材料需要给出补贴政策、申请项目和经营类别",
        ),
        ((Stage.REWARD, M), {}, "“奖励”阶段的材料不分补贴政策、申请项目和经营类别"),
        ((Stage.MONTHLY_REPORT,), {}, "月报材料需要给出月份"),
        ((Stage.CARGO_OWNER,), {"month": 3}, "只有月报材料按月份区分，“货主”阶段不需要月份"),
        ((Stage.MONTHLY_REPORT,), {"month": 13}, "月份 13 无效，应为 1-12"),
    ],
)
def test_asking_with_the_wrong_selectors_is_an_error(
    args: tuple[object, ...], kwargs: dict[str, int], message: str
) -> None:
    with pytest.raises(ValueError) as caught:
        materials_for(L, *args, **kwargs)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_monthly_proof_names() -> None:
    assert monthly_proof_name(2024, 7) == "2024年07月完成量证明材料.pdf"
    assert monthly_proof_name(2025, 12) == "2025年12月完成量证明材料.pdf"
    with pytest.raises(ValueError, match="月份 0 无效"):
        monthly_proof_name(2024, 0)


def test_the_applicant_zip_leaves_out_the_city_archive_form() -> None:
    specs = materials_for(L, Stage.APPLICATION, S, Project.NEW, OP)

    assert "02" in codes(specs)
    assert "02" not in codes(applicant_materials(specs))
    assert len(applicant_materials(specs)) == len(specs) - 1


def test_suggested_zip_names() -> None:
    assert (
        suggested_zip_name(Stage.APPLICATION, M, Project.SCRAP, OP)
        == "计划申请材料（拆解、营运船、船检安环合一）.zip"
    )
    assert (
        suggested_zip_name(Stage.APPLICATION, S, Project.NEW, FERRY)
        == "计划申请及完结材料（新建、渡船、船检安环合一）.zip"
    )
    assert (
        suggested_zip_name(Stage.COMPLETION, M, Project.SCRAP, OP) == "完结材料（拆解、营运船）.zip"
    )
    assert suggested_zip_name(Stage.CARGO_OWNER) == "货主申请材料.zip"
    assert suggested_zip_name(Stage.REWARD) == "奖励申请材料.zip"
    assert (
        suggested_zip_name(Stage.MONTHLY_REPORT, year=2024, month=7)
        == "2024年07月完成量证明材料.zip"
    )
    with pytest.raises(ValueError, match="需要申请项目和经营类别"):
        suggested_zip_name(Stage.APPLICATION, M)
    with pytest.raises(ValueError, match="需要年份和月份"):
        suggested_zip_name(Stage.MONTHLY_REPORT, year=2024)


def test_a_ferry_is_known_by_its_ship_type() -> None:
    assert operation_for_ship_type("客渡船") is FERRY
    assert operation_for_ship_type("车渡船") is FERRY
    assert operation_for_ship_type("干货船") is OP
    assert operation_for_ship_type("旅游客船") is OP


# --- the reviewer's status --------------------------------------------------------------------


def test_material_status_marks_present_missing_and_optional_rows() -> None:
    specs = [*materials_for(L, Stage.COMPLETION, M, Project.SCRAP, FERRY), L[9]]
    present = ["拆解完工报告书（拆解）.Pdf", "拆解前后照片（拆解）.PDF", "其他.pdf"]

    statuses = material_status(specs, present)

    assert [(s.spec.code, s.state, s.present) for s in statuses] == [
        ("14", MaterialState.PRESENT, True),
        ("15", MaterialState.MISSING, False),
        ("17", MaterialState.PRESENT, True),
        ("10", MaterialState.OPTIONAL_ABSENT, False),
    ]
    assert codes(missing_required(statuses)) == ["15"]
    assert [s.state.value for s in statuses] == ["已上传", "缺少", "已上传", "未上传（非必需）"]


def test_only_the_extension_case_is_folded_when_matching_names() -> None:
    assert match_key("资金申请表（申请）.Pdf") == "资金申请表（申请）.pdf"
    assert match_key("资金申请表（申请）.PDF") == "资金申请表（申请）.pdf"
    assert match_key("资金申请表(申请).pdf") == "资金申请表(申请).pdf"
    assert match_key("说明.txt") == "说明.txt"


# --- years and storage ------------------------------------------------------------------------


def test_copy_to_year_changes_only_the_year() -> None:
    copied = copy_to_year(L, 2025)

    assert {s.year for s in copied} == {2025}
    assert [replace(s, year=2024) for s in copied] == list(L)
    assert materials_for(copied, Stage.MONTHLY_REPORT, month=1)[0].name == (
        "2025年01月完成量证明材料.pdf"
    )


def test_a_row_as_a_plain_dict() -> None:
    assert spec_to_dict(L[5]) == {
        "year": 2024,
        "code": "06",
        "name": "船舶营业运输证（营运证）.pdf",
        "max_mb": "5",
        "stage": "申请",
        "policies": ["部", "省"],
        "projects": ["拆解", "更新", "新建", "改建"],
        "operations": ["营运船"],
        "required": True,
        "zip_name": "计划申请材料（拆建、营运船、船检安环合一）.zip",
        "uploaded_by_city_or_province": False,
    }


def test_the_whole_list_survives_a_round_trip_through_dicts() -> None:
    assert specs_from_dicts(specs_to_dicts(L)) == list(L)
    assert spec_from_dict(spec_to_dict(L[21])) == L[21]


def test_bad_stored_rows_report_every_problem() -> None:
    good = spec_to_dict(L[0])
    bad = dict(good, year="2024", max_mb="大", stage="审核", policies=["部", "县"], required=1)

    with pytest.raises(MaterialListError) as caught:
        specs_from_dicts([good, bad, {**good, "operations": "营运船"}])

    assert caught.value.problems == (
        "第 2 行的“year”应为整数，实际为 '2024'",
        "第 2 行的“max_mb”应为数字，实际为 '大'",
        "第 2 行的“stage”值 '审核' 无效，应为 申请、完结、货主、月报、奖励 之一",
        "第 2 行的“policies”值 '县' 无效，应为 部、省 之一",
        "第 2 行的“required”应为是/否，实际为 1",
        "第 3 行的“operations”应为列表，实际为 '营运船'",
    )


def test_validation_names_every_rule_broken() -> None:
    first = L[0]
    rows = [
        replace(first, name="资金申请表(申请).doc", max_mb=Decimal(25), zip_name="a.rar"),
        replace(first, code="01", name="资金申请表（申请）.PDF", policies=frozenset()),
        replace(L[18], year=2025, projects=frozenset({Project.NEW})),
        replace(L[21], name="月报证明.pdf", policies=frozenset({M})),
        replace(L[22], code=" ", name="a/b.pdf", uploaded_by_city_or_province=True),
        replace(L[1], code="09"),
        replace(L[1], code="10", stage=Stage.COMPLETION),
    ]

    assert validate_material_list(rows) == [
        "第 1 行“资金申请表(申请).doc”的材料文件名必须以 .pdf 结尾",
        "第 1 行“资金申请表(申请).doc”使用了英文括号，材料文件名应使用中文圆括号“（）”",
        "第 1 行“资金申请表(申请).doc”的大小上限 25 MB 无效，应大于 0 且不超过 20 MB",
        "第 1 行“资金申请表(申请).doc”的 Zip 包文件名必须以 .zip 结尾",
        "第 2 行“资金申请表（申请）.PDF”属于“申请”阶段，必须选择补贴政策、申报项目类别和经营类别",
        "第 3 行“营业执照（货主）.pdf”属于“货主”阶段，不应选择补贴政策、申报项目类别或经营类别",
        "第 4 行“月报证明.pdf”属于“月报”阶段，不应选择补贴政策、申报项目类别或经营类别",
        "第 4 行“月报证明.pdf”是月报证明材料，文件名应写成“YYYY年MM月完成量证明材料.pdf”的形式",
        "第 5 行“a/b.pdf”缺少编码，请填写编码",
        "第 5 行“a/b.pdf”的材料文件名不能包含“/”或“\\”",
        "第 5 行“a/b.pdf”只有拆建材料才可能由市州或省中心上传",
        "一个材料清单只能属于一个年份，现有 2024、2025 年",
        "编码“01”重复了 2 次，每行的编码必须不同",
        "编码“09”和“10”的材料文件名都是“资金申请表（省市归档）.pdf”且适用范围重叠，"
        "同一次上传中无法区分，请改名或调整适用范围",
    ]


def test_same_name_rows_with_disjoint_scopes_are_allowed() -> None:
    ministry = replace(L[10], code="31", policies=frozenset({M}), projects=frozenset({Project.NEW}))
    province = replace(L[10], code="32", policies=frozenset({S}), projects=frozenset({Project.NEW}))

    assert validate_material_list([ministry, province]) == []


def test_limits_are_shown_without_trailing_zeros() -> None:
    assert format_mb(Decimal("10.00")) == "10"
    assert format_mb(Decimal("0.50")) == "0.5"
    assert format_mb(Decimal(20)) == "20"


_names = st.text(alphabet="船舶证书申请表（）一二三", min_size=1, max_size=12).map(
    lambda s: s + ".pdf"
)
_ship_rows = st.builds(
    MaterialSpec,
    year=st.integers(2020, 2099),
    code=st.text(alphabet="0123456789", min_size=1, max_size=3),
    name=_names,
    max_mb=st.decimals(Decimal("0.01"), Decimal(20), places=2),
    stage=st.sampled_from([Stage.APPLICATION, Stage.COMPLETION]),
    policies=st.frozensets(st.sampled_from(Policy), min_size=1),
    projects=st.frozensets(st.sampled_from(Project), min_size=1),
    operations=st.frozensets(st.sampled_from(Operation), min_size=1),
    required=st.booleans(),
    zip_name=st.just("计划申请材料.zip"),
    uploaded_by_city_or_province=st.booleans(),
)


@given(_ship_rows)
def test_any_valid_row_survives_a_round_trip(spec: MaterialSpec) -> None:
    assert spec_from_dict(spec_to_dict(spec)) == spec
