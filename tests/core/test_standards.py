"""The standards table as data: seed rows, lookups, errors, copying a year, plain dicts."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest

from core.standards import (
    Criteria,
    ShipClass,
    StandardCategory,
    StandardNotFoundError,
    StandardRow,
    StandardsTable,
    Waters,
    parse_range,
    waters_of,
)
from core.standards_2024 import SHIP_TYPES, STANDARDS_2024
from core.vocab import Area, Policy, PowerForm, Project

MIN = Policy.MINISTRY
PRO = Policy.PROVINCE
AGE = StandardCategory.AGE

AGE_TEXT = "部政策->船龄系数: 航船, 货滚船, "
PAGE_2_1 = [
    ("001", "部政策->补贴标准 (不含非机动车船) : 拆解, 内河", "单船", "", "0.1", "万元/单船"),
    ("002", "部政策->补贴标准 (不含非机动车船) : 拆解, 沿海", "单船", "", "0.1", "万元/单船"),
    ("003", "部政策->补贴标准 (不含非机动车船) : 更新, 内河", "单船", "", "0.05", "万元/单船"),
    ("004", "部政策->补贴标准 (不含非机动车船) : 更新, 沿海", "单船", "", "0.06", "万元/单船"),
    ("005", "部政策->补贴标准 (不含非机动车船) : 航海, 内河", "单船", "", "0.22", "万元/单船"),
    ("006", "部政策->补贴标准 (不含非机动车船) : 航海, 沿海", "单船", "", "0.1", "万元/单船"),
    ("007", AGE_TEXT + "内河, 10 < X ≤ 15", "船龄", "10.001-15", "1", "系数"),
    ("008", AGE_TEXT + "内河, 15 < X ≤ 20", "船龄", "15.001-20", "0.7", "系数"),
    ("009", AGE_TEXT + "内河, 20 < X ≤ 25", "船龄", "20.001-25", "0.5", "系数"),
    ("010", AGE_TEXT + "沿海, 15 < X ≤ 18", "船龄", "15.001-18", "1", "系数"),
    ("011", AGE_TEXT + "沿海, 18 < X ≤ 22", "船龄", "18.001-22", "0.7", "系数"),
    ("012", AGE_TEXT + "沿海, 22 < X ≤ 25", "船龄", "22.001-25", "0.5", "系数"),
    ("013", AGE_TEXT + "内河, 15 < X ≤ 20", "船龄", "15.001-20", "1", "系数"),
]


def test_page_2_1_rows_are_the_seed_data_verbatim() -> None:
    seed = [row for row in STANDARDS_2024.rows if not row.placeholder]
    assert [
        (r.code, r.description, r.param_unit, r.param_range, str(r.coefficient), r.unit)
        for r in seed
    ] == PAGE_2_1
    assert all(row.year == 2024 and row.policy is MIN for row in seed)


def test_every_other_row_is_a_placeholder() -> None:
    rows = STANDARDS_2024.rows
    assert [row.placeholder for row in rows[:13]] == [False] * 13
    assert all(row.placeholder for row in rows[13:])
    assert len(rows) > 13
    assert [row.code for row in rows] == [f"{n:03d}" for n in range(1, len(rows) + 1)]


def test_seed_rows_structured_keys() -> None:
    """Rows 5–6 are the new-build standards, 7–12 passenger ages, 13 the first cargo age."""
    by_code = {row.code: row for row in STANDARDS_2024.rows}
    assert (by_code["005"].project, by_code["005"].waters) == (Project.NEW, Waters.INLAND)
    assert (by_code["004"].project, by_code["004"].waters) == (Project.RENEW, Waters.COASTAL)
    assert {by_code[f"{n:03d}"].ship_class for n in range(7, 13)} == {ShipClass.PASSENGER}
    assert by_code["013"].ship_class is ShipClass.CARGO
    assert (by_code["013"].lower, by_code["013"].upper) == (Decimal("15.001"), Decimal("20"))


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("10.001-15", (Decimal("10.001"), Decimal("15"))),
        ("101-", (Decimal("101"), None)),
        ("", (None, None)),
        (" 0-300 ", (Decimal("0"), Decimal("300"))),
    ],
)
def test_parse_range(text: str, bounds: tuple[Decimal | None, Decimal | None]) -> None:
    assert parse_range(text) == bounds


@pytest.mark.parametrize("text", ["15-10", "abc", "-5", "10~15", "1-2-3"])
def test_parse_range_refuses_bad_text(text: str) -> None:
    with pytest.raises(ValueError, match="参数范围"):
        parse_range(text)


def test_waters_of_area() -> None:
    assert [waters_of(a) for a in Area] == [Waters.INLAND, Waters.INLAND, Waters.COASTAL]


def _age(policy: Policy, ship_class: ShipClass, age: str, waters: Waters | None = None) -> str:
    criteria = Criteria(policy=policy, waters=waters, ship_class=ship_class)
    return str(STANDARDS_2024.find(AGE, criteria, Decimal(age)).coefficient)


def test_ministry_age_lookups_follow_the_inclusive_bounds() -> None:
    inland = Waters.INLAND
    assert _age(MIN, ShipClass.CARGO, "18.532", inland) == "1"
    assert _age(MIN, ShipClass.PASSENGER, "18.532", inland) == "0.7"
    assert _age(MIN, ShipClass.PASSENGER, "15.000", inland) == "1"
    assert _age(MIN, ShipClass.PASSENGER, "15.001", inland) == "0.7"
    assert _age(MIN, ShipClass.PASSENGER, "18.532", Waters.COASTAL) == "0.7"
    assert _age(MIN, ShipClass.CARGO, "26.1", inland) == "0.5"


def test_province_age_lookups() -> None:
    assert _age(PRO, ShipClass.CARGO, "18.532") == "0.72"
    assert _age(PRO, ShipClass.PASSENGER, "12.5") == "0.885"
    assert _age(PRO, ShipClass.CARGO, "28.907") == "0.36"


def test_missing_row_is_a_chinese_lookup_error_naming_the_year_and_value() -> None:
    criteria = Criteria(policy=MIN, waters=Waters.INLAND, ship_class=ShipClass.PASSENGER)
    with pytest.raises(LookupError) as caught:
        STANDARDS_2024.find(AGE, criteria, Decimal("26.100"))
    assert isinstance(caught.value, StandardNotFoundError)
    assert str(caught.value) == (
        "2024年度标准表中没有船龄 26.1 年对应的部政策船龄系数（内河，客船），"
        "请在【奖补年份】中补充标准"
    )


def test_missing_plain_row_message() -> None:
    with pytest.raises(StandardNotFoundError) as caught:
        STANDARDS_2024.find(StandardCategory.SHIP_TYPE, Criteria(policy=MIN, ship_type="水上飞机"))
    assert str(caught.value) == (
        "2024年度标准表中没有部政策船舶类型系数（水上飞机），请在【奖补年份】中补充标准"
    )


def test_missing_tier_message_uses_the_parameter_words() -> None:
    criteria = Criteria(policy=PRO, ship_class=ShipClass.CARGO)
    with pytest.raises(StandardNotFoundError) as caught:
        STANDARDS_2024.find(StandardCategory.NEW_ENERGY_CARGO_START, criteria, Decimal(999))
    assert str(caught.value) == (
        "2024年度标准表中没有载货吨 999 吨对应的省政策新能源货船区间起点（货船），"
        "请在【奖补年份】中补充标准"
    )


def test_an_underspecified_lookup_that_hits_several_rows_is_an_error() -> None:
    with pytest.raises(StandardNotFoundError) as caught:
        STANDARDS_2024.find(AGE, Criteria(policy=MIN), Decimal("18.532"))
    assert str(caught.value) == (
        "2024年度标准表中有多行（008、011、013）同时适用于部政策船龄系数，请在【奖补年份】中修正标准"
    )


def test_ship_types_have_one_row_per_policy_with_their_class() -> None:
    for policy in (MIN, PRO):
        for ship_type, ship_class, coefficient in SHIP_TYPES:
            row = STANDARDS_2024.find(
                StandardCategory.SHIP_TYPE, Criteria(policy=policy, ship_type=ship_type)
            )
            assert (row.ship_class, str(row.coefficient)) == (ship_class, coefficient)
    liquid = STANDARDS_2024.find(
        StandardCategory.SHIP_TYPE, Criteria(policy=MIN, ship_type="液货危险品船")
    )
    assert liquid.coefficient == Decimal("1.5")


def test_ministry_power_form_rows_cover_every_motorised_form() -> None:
    for form in PowerForm:
        criteria = Criteria(policy=MIN, project=Project.NEW, power_form=form)
        if form is PowerForm.NONE:
            with pytest.raises(StandardNotFoundError):
                STANDARDS_2024.find(StandardCategory.POWER_FORM, criteria)
        else:
            assert STANDARDS_2024.find(StandardCategory.POWER_FORM, criteria).placeholder


def test_select_orders_tiers_by_lower_bound() -> None:
    tiers = STANDARDS_2024.select(StandardCategory.FOREIGN_CONTAINER, Criteria())
    assert [(row.param_range, str(row.coefficient)) for row in tiers] == [
        ("1-300", "60"),
        ("301-800", "80"),
        ("801-", "100"),
    ]


def test_copy_to_year_keeps_rows_and_changes_only_the_year() -> None:
    copied = STANDARDS_2024.copy_to_year(2025)
    assert copied.year == 2025
    assert len(copied) == len(STANDARDS_2024)
    for old, new in zip(STANDARDS_2024.rows, copied.rows, strict=True):
        assert new.year == 2025
        assert replace(new, year=2024) == old
    assert STANDARDS_2024.rows[0].year == 2024
    criteria = Criteria(policy=PRO, ship_class=ShipClass.CARGO)
    assert copied.find(AGE, criteria, Decimal("18.532")).coefficient == Decimal("0.72")
    with pytest.raises(StandardNotFoundError, match=r"^2025年度标准表中没有"):
        copied.find(AGE, criteria, Decimal("40"))


def test_plain_dicts_round_trip_through_json() -> None:
    dicts = STANDARDS_2024.to_dicts()
    text = json.dumps(dicts, ensure_ascii=False)
    rebuilt = StandardsTable.from_dicts(2024, json.loads(text))
    assert rebuilt.rows == STANDARDS_2024.rows
    assert dicts[2] == {
        "year": 2024,
        "code": "003",
        "category": "补贴标准",
        "description": "部政策->补贴标准 (不含非机动车船) : 更新, 内河",
        "param_unit": "单船",
        "param_range": "",
        "coefficient": "0.05",
        "unit": "万元/单船",
        "placeholder": False,
        "policy": "部",
        "project": "更新",
        "waters": "内河",
        "ship_class": None,
        "ship_type": None,
        "power_form": None,
    }


def test_a_float_coefficient_is_refused_when_loading() -> None:
    data = STANDARDS_2024.rows[0].to_dict() | {"coefficient": 0.1}
    with pytest.raises(TypeError, match="系数必须以文本或整数保存"):
        StandardRow.from_dict(data)
    with pytest.raises(ValueError, match="不是有效数值"):
        StandardRow.from_dict(data | {"coefficient": "一点五"})


def _row(code: str, span: str, coefficient: str = "1", year: int = 2024) -> StandardRow:
    return StandardRow(
        year=year,
        code=code,
        category=AGE,
        description="测试",
        param_unit="船龄",
        param_range=span,
        coefficient=Decimal(coefficient),
        unit="系数",
        policy=PRO,
        ship_class=ShipClass.CARGO,
    )


def test_overlapping_rows_are_refused() -> None:
    with pytest.raises(ValueError) as caught:
        StandardsTable(2024, [_row("a", "10-15"), _row("b", "15-20")])
    assert str(caught.value) == "2024年度标准表中 a 与 b 的参数范围重叠：测试"
    StandardsTable(2024, [_row("a", "10-15"), _row("b", "15.001-20")])


def test_duplicate_codes_and_foreign_years_are_refused() -> None:
    with pytest.raises(ValueError, match="编码 a 重复"):
        StandardsTable(2024, [_row("a", "1-2"), _row("a", "3-4")])
    with pytest.raises(ValueError, match="属于 2023 年度"):
        StandardsTable(2024, [_row("a", "1-2", year=2023)])


def test_row_validation() -> None:
    with pytest.raises(TypeError, match="系数必须是有限的 Decimal"):
        replace(_row("a", "1-2"), coefficient=0.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="不能为负数"):
        _row("a", "1-2", coefficient="-1")
    with pytest.raises(ValueError, match="编码不能为空"):
        _row(" ", "1-2")


def test_editing_returns_new_tables() -> None:
    table = StandardsTable(2024, [_row("a", "10-15", "0.9")])
    edited = table.with_row(_row("a", "10-15", "0.8")).with_row(_row("b", "15.001-20", "0.7"))
    assert [(r.code, str(r.coefficient)) for r in edited.rows] == [("a", "0.8"), ("b", "0.7")]
    assert str(table.rows[0].coefficient) == "0.9"
    assert [r.code for r in edited.without_row("a").rows] == ["b"]
    with pytest.raises(KeyError, match="没有编码 z"):
        edited.without_row("z")
