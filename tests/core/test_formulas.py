"""Machine amounts and formula texts of SPEC §4.1.1–4.1.5 and §4.1.8, and the money helpers.

Every worked example of SPEC §4.1, manual ch. 2.1 and ch. 3.2.1 is here with its exact
amount and exact formula text, plus the self-consistent record examples of pages 3-5, 3-7,
3-18 and 5-3.
"""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.formulas import (
    AmountKind,
    Calculation,
    MissingDataError,
    NoSubsidyError,
    ShipProject,
    amount_differences,
    compute_machine_amount,
    province_electric_passenger,
    province_new_energy_cargo,
)
from core.money import (
    fmt_factor,
    fmt_number,
    fmt_ratio,
    round_half_up,
    to_wan,
    wan_to_yuan,
    yuan_to_wan,
)
from core.standards import StandardNotFoundError
from core.standards_2024 import SHIP_TYPES, STANDARDS_2024
from core.vocab import Area, Policy, PowerForm, Project

T = STANDARDS_2024
MIN, PRO = Policy.MINISTRY, Policy.PROVINCE
D = Decimal

# 18.532 years (ch. 2.1.1's ship), with page 5-3's deregistration date 2024-08-31.
BUILT_18_532 = (date(2006, 2, 18), date(2024, 8, 31))


def ship(
    policy: Policy, project: Project, power: PowerForm, ship_type: str, **fields: object
) -> ShipProject:
    """A record on inland inter-provincial waters unless ``area`` says otherwise."""
    area = fields.pop("area", Area.INTER_PROVINCE)
    return ShipProject(policy, project, area, power, ship_type, **fields)  # type: ignore[arg-type]


def machine(record: ShipProject) -> tuple[str, str]:
    calculation = compute_machine_amount(record, T)
    return str(calculation.amount), calculation.formula


# --- money helpers ----------------------------------------------------------------------


def test_to_wan_rounds_half_up_where_half_even_would_not() -> None:
    assert str(to_wan(D("0.125"))) == "0.13"
    assert str(to_wan(D("2.665"))) == "2.67"
    assert str(to_wan(D("-0.125"))) == "-0.13"
    assert str(to_wan(Fraction(1, 3))) == "0.33"
    assert str(to_wan(7)) == "7.00"
    assert str(to_wan("12.344")) == "12.34"


def test_floats_never_enter_money() -> None:
    for bad in (0.1, True):
        with pytest.raises(TypeError, match="不能是"):
            to_wan(bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="不是有效的数值"):
        to_wan("十元")


def test_yuan_and_wan_conversions() -> None:
    assert str(yuan_to_wan(78000)) == "7.80"
    assert str(yuan_to_wan(40650)) == "4.07"  # half-even would give 4.06
    assert str(wan_to_yuan(D("11.23"))) == "112300.00"
    assert str(round_half_up(D("100.5"), 0)) == "101"  # Python's round() gives 100


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("0.1", "0.1"),
        ("1.5", "1.5"),
        ("1", "1.00"),
        ("1.00", "1.00"),
        ("0.70", "0.7"),
        ("0.885", "0.885"),
        ("0.05", "0.05"),
        ("2", "2.00"),
    ],
)
def test_fmt_factor(value: str, text: str) -> None:
    assert fmt_factor(D(value)) == text


def test_fmt_number_and_ratio() -> None:
    assert [fmt_number(D(v)) for v in ("345", "100.50", "436.66", "300", "0.00", "1E+2")] == [
        "345",
        "100.5",
        "436.66",
        "300",
        "0",
        "100",
    ]
    assert fmt_ratio(Fraction(1199, 2999)) == "0.399800"
    assert fmt_ratio(Fraction(499, 2999)) == "0.166389"
    with pytest.raises(ValueError, match="没有有限小数表示"):
        fmt_number(Fraction(1, 3))


# --- SPEC §4.1.1 / ch. 2.1.1: ministry policy -------------------------------------------


def test_ministry_scrapping_manual_example() -> None:
    """拆解总吨 345、18.532 年的省际液货危险品船 = 0.1*345*1.5*1.00 = 51.75."""
    built, end = BUILT_18_532
    record = ship(
        MIN,
        Project.SCRAP,
        PowerForm.FUEL,
        "液货危险品船",
        gross_tonnage=D(345),
        built_date=built,
        end_date=end,
    )
    calculation = compute_machine_amount(record, T)
    assert calculation == Calculation(D("51.75"), "0.1*345*1.5*1.00", D("18.532"))


def test_ministry_scrapping_text_example_with_age_coefficient_0_7() -> None:
    """Ch. 3.2.1's stored text 0.1*22*1.5*0.7: a 22-ton inland passenger ship of 15–20 years."""
    record = ship(
        MIN,
        Project.SCRAP,
        PowerForm.FUEL,
        "客渡船",
        area=Area.INLAND_PROVINCE,
        gross_tonnage=D(22),
        built_date=date(2007, 3, 1),
        end_date=date(2024, 8, 29),
    )
    assert machine(record) == ("2.31", "0.1*22*1.5*0.7")


def test_page_5_3_general_cargo_ship() -> None:
    """湘益阳机6258: 部拆解省际杂货船 845 总吨, 复核 = 机算 = 84.50."""
    built, end = BUILT_18_532
    record = ship(
        MIN,
        Project.SCRAP,
        PowerForm.FUEL,
        "杂货船",
        gross_tonnage=D(845),
        deadweight=D(1100),
        power_kw=D("280.00"),
        built_date=built,
        end_date=end,
    )
    assert machine(record) == ("84.50", "0.1*845*1.00*1.00")


def test_ministry_coastal_scrapping_uses_the_coastal_rows() -> None:
    built, end = BUILT_18_532
    record = ship(
        MIN,
        Project.SCRAP,
        PowerForm.FUEL,
        "普通客船",
        area=Area.COASTAL,
        gross_tonnage=D(100),
        built_date=built,
        end_date=end,
    )
    assert machine(record) == ("10.50", "0.1*100*1.5*0.7")


def test_ministry_renewal_drops_x_page_3_7() -> None:
    """Page 3-7: 部更新省内旅游客船, stored 0.05*30*1.5 = 2.25."""
    record = ship(
        MIN,
        Project.RENEW,
        PowerForm.FUEL,
        "旅游客船",
        area=Area.INLAND_PROVINCE,
        gross_tonnage=D(30),
        deadweight=D(22),
        power_kw=D("33.00"),
    )
    assert machine(record) == ("2.25", "0.05*30*1.5")


def test_ministry_coastal_renewal() -> None:
    record = ship(
        MIN, Project.RENEW, PowerForm.FUEL, "集装箱船", area=Area.COASTAL, gross_tonnage=D(1000)
    )
    assert machine(record) == ("90.00", "0.06*1000*1.5")


def test_ministry_new_build_uses_the_power_form_coefficient() -> None:
    record = ship(MIN, Project.NEW, PowerForm.LNG, "杂货船", gross_tonnage=D(123))
    assert machine(record) == ("21.65", "0.22*123*1.00*0.8")
    electric = ship(MIN, Project.NEW, PowerForm.ELECTRIC, "普通客船", gross_tonnage=D(25))
    assert machine(electric) == ("8.25", "0.22*25*1.5*1.00")


# --- SPEC §4.1.2 / ch. 2.1.2: province scrapping ----------------------------------------


def test_province_scrapping_manual_example_in_the_stored_order() -> None:
    """0.1 × 345 × 1.5 × 0.72 = 37.26, stored as 奖补基数*总吨*船龄系数*船舶类型系数."""
    built, end = BUILT_18_532
    record = ship(
        PRO,
        Project.SCRAP,
        PowerForm.FUEL,
        "液货危险品船",
        gross_tonnage=D(345),
        built_date=built,
        end_date=end,
    )
    assert compute_machine_amount(record, T) == Calculation(
        D("37.26"), "0.1*345*0.72*1.5", D("18.532")
    )


def test_province_scrapping_text_example_0_885() -> None:
    """Ch. 3.2.1's stored text 0.2*22*0.885*1.5 = 5.841 → 5.84."""
    record = ship(
        PRO,
        Project.SCRAP,
        PowerForm.FUEL,
        "客渡船",
        area=Area.INLAND_PROVINCE,
        gross_tonnage=D(22),
        built_date=date(2012, 6, 1),
        end_date=date(2024, 10, 8),
    )
    assert machine(record) == ("5.84", "0.2*22*0.885*1.5")


def test_page_3_5_xiang_anhua_3159_check_amount_is_reproduced() -> None:
    """湘安化机3159 (pages 3-5, 3-6): 测算 2.75, 复核 2.77; 机算 0.1*77*0.36*1.00 = 2.772."""
    record = ship(
        PRO,
        Project.SCRAP,
        PowerForm.FUEL,
        "运散杂船",
        gross_tonnage=D(77),
        deadweight=D(55),
        power_kw=D("34.40"),
        built_date=date(1996, 1, 1),
        end_date=date(2024, 11, 28),
    )
    calculation = compute_machine_amount(record, T)
    assert (str(calculation.amount), calculation.formula) == ("2.77", "0.1*77*0.36*1.00")
    assert str(calculation.ship_age) == "28.907"
    comparison = amount_differences(D("2.75"), D("2.77"), calculation.amount)
    assert comparison.differs(AmountKind.ESTIMATE, AmountKind.MACHINE)
    assert not comparison.differs(AmountKind.CHECK, AmountKind.MACHINE)


def test_province_scrapping_of_a_non_motorised_ship_is_computed() -> None:
    """Page 3-6's 益货驳0001 (省拆解, 动力 无): the province has no non-motorised exclusion."""
    record = ship(
        PRO,
        Project.SCRAP,
        PowerForm.NONE,
        "客驳船",
        area=Area.INLAND_PROVINCE,
        gross_tonnage=D(22),
        built_date=date(2003, 1, 1),
        end_date=date(2024, 11, 15),
    )
    assert machine(record) == ("4.32", "0.2*22*0.655*1.5")


# --- SPEC §4.1.3–4.1.5 / ch. 2.1.3: province new builds and refits -----------------------


def test_province_lng_refit_manual_example() -> None:
    record = ship(PRO, Project.REFIT, PowerForm.LNG, "干货船", power_kw=D("299.5"))
    assert machine(record) == ("63.00", "63*1")


def test_page_3_5_huayang_1_dual_fuel_new_build() -> None:
    """华阳1号: 省新建省际油气集装箱船 234 kW, 测算 = 复核 = 63.00."""
    record = ship(
        PRO,
        Project.NEW,
        PowerForm.OIL_GAS,
        "集装箱船",
        gross_tonnage=D(2231),
        deadweight=D(2341),
        power_kw=D("234.00"),
    )
    assert machine(record) == ("63.00", "63*1")


def test_province_lng_text_example_78() -> None:
    record = ship(PRO, Project.NEW, PowerForm.LNG, "普通客船", power_kw=D("450.00"))
    assert machine(record) == ("78.00", "78*1")


def test_electric_passenger_manual_example_rounds_power_only_for_the_tier() -> None:
    """100.5 kW → tier of 101 kW → 0.7 per kW → 0.7*100.5 = 70.35 (half-even: tier of 100)."""
    record = ship(PRO, Project.REFIT, PowerForm.ELECTRIC, "普通客船", power_kw=D("100.5"))
    assert machine(record) == ("70.35", "0.7*100.5")
    assert province_electric_passenger(T, D("100.4")).formula == "0.8*100.4"


def test_electric_passenger_text_example_436_66() -> None:
    record = ship(PRO, Project.NEW, PowerForm.ELECTRIC, "旅游客船", power_kw=D("436.66"))
    assert machine(record) == ("305.66", "0.7*436.66")


def test_electric_passenger_amount_rounds_half_up() -> None:
    """0.7 × 200.35 = 140.245: half-up 140.25 (half-even would store 140.24)."""
    assert province_electric_passenger(T, D("200.35")) == Calculation(D("140.25"), "0.7*200.35")


def test_page_3_5_yiyang_ke_888_machine_amount_differs_from_the_typed_ones() -> None:
    """益阳客888号: 123.45 kW → 0.7*123.45 = 86.415 → 86.42, while 测算 and 复核 say 86.00."""
    record = ship(
        PRO,
        Project.NEW,
        PowerForm.ELECTRIC,
        "普通客船",
        area=Area.INLAND_PROVINCE,
        gross_tonnage=D(25),
        deadweight=D(57),
        power_kw=D("123.45"),
    )
    assert machine(record) == ("86.42", "0.7*123.45")
    comparison = amount_differences(D("86.00"), D("86.00"), D("86.42"))
    assert comparison.messages() == (
        "测算 86.00 与机算 86.42 不一致（相差 -0.42 万元）",
        "复核 86.00 与机算 86.42 不一致（相差 -0.42 万元）",
    )


@pytest.mark.parametrize(
    ("deadweight", "amount", "formula"),
    [
        ("2500", "333.28", "300+0.166389*200"),  # ch. 2.1.3, SPEC §4.1.5
        ("6200", "619.94", "500+0.399800*300"),  # SPEC §4.1.5, page 3-18
        ("6706", "670.56", "500+0.568523*300"),  # page 3-5 华洋兴旺, 复核 670.56
        ("9988", "1197.80", "800+0.994494*400"),  # ch. 3.2.1 stored text
        ("1000", "200.00", "200+0.000000*100"),
        ("5000", "500.00", "300+1.000000*200"),
    ],
)
def test_new_energy_cargo_interpolation(deadweight: str, amount: str, formula: str) -> None:
    record = ship(PRO, Project.NEW, PowerForm.ELECTRIC, "干货船", deadweight=D(deadweight))
    assert machine(record) == (amount, formula)


def test_other_new_energy_cargo_ships_use_the_same_tiers() -> None:
    record = ship(PRO, Project.REFIT, PowerForm.OTHER_NEW_ENERGY, "滚装货船", deadweight=D(6200))
    assert machine(record) == ("619.94", "500+0.399800*300")


def test_interpolation_amount_is_the_value_of_its_text() -> None:
    """(2001+x) with the 6-dp coefficient: 300 + 0.000333*200 = 300.0666 → 300.07."""
    assert province_new_energy_cargo(T, D(2002)) == Calculation(D("300.07"), "300+0.000333*200")


def test_a_refit_keeps_its_machine_age_for_display() -> None:
    """Page 3-18 shows 船龄机算 for a refit; the age is computed when both dates are known."""
    record = ship(
        PRO,
        Project.REFIT,
        PowerForm.ELECTRIC,
        "滚装货船",
        deadweight=D(6200),
        built_date=date(2024, 5, 1),
        end_date=date(2024, 10, 31),
    )
    assert compute_machine_amount(record, T).ship_age == D("0.500")


# --- combinations without subsidy, missing data, missing standards ----------------------


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (
            ship(PRO, Project.RENEW, PowerForm.FUEL, "干货船", gross_tonnage=D(10)),
            "省政策没有更新项目的奖补，不予机算",
        ),
        (
            ship(MIN, Project.REFIT, PowerForm.ELECTRIC, "干货船", gross_tonnage=D(10)),
            "部政策没有改建项目的奖补，不予机算",
        ),
        (
            ship(MIN, Project.SCRAP, PowerForm.NONE, "客驳船", gross_tonnage=D(10)),
            "部政策奖补标准不含非机动船（动力形式为“无”），不予机算",
        ),
        (
            ship(PRO, Project.NEW, PowerForm.FUEL, "干货船", deadweight=D(3000)),
            "省政策新建项目只奖补液化天然气客货船、电力推动客船和电力推动或其他新能源货船，"
            "燃油动力的货船（干货船）不予机算",
        ),
        (
            ship(PRO, Project.REFIT, PowerForm.OTHER_NEW_ENERGY, "普通客船", power_kw=D(50)),
            "省政策改建项目只奖补液化天然气客货船、电力推动客船和电力推动或其他新能源货船，"
            "其他新能源动力的客船（普通客船）不予机算",
        ),
    ],
)
def test_combinations_without_subsidy(record: ShipProject, message: str) -> None:
    with pytest.raises(NoSubsidyError) as caught:
        compute_machine_amount(record, T)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (
            ship(MIN, Project.RENEW, PowerForm.FUEL, "干货船"),
            "部政策更新项目缺少船舶总吨，无法机算奖补资金",
        ),
        (
            ship(
                PRO,
                Project.SCRAP,
                PowerForm.FUEL,
                "干货船",
                gross_tonnage=D(10),
                built_date=date(2000, 1, 1),
            ),
            "省政策拆解项目缺少建成日期或实际/拟注销日期，无法计算船龄",
        ),
        (
            ship(PRO, Project.NEW, PowerForm.LNG, "干货船"),
            "省政策新建项目缺少主机功率，无法机算奖补资金",
        ),
        (
            ship(PRO, Project.NEW, PowerForm.ELECTRIC, "干货船", power_kw=D(300)),
            "省政策新建项目缺少载货吨，无法机算奖补资金",
        ),
    ],
)
def test_missing_data(record: ShipProject, message: str) -> None:
    with pytest.raises(MissingDataError) as caught:
        compute_machine_amount(record, T)
    assert str(caught.value) == message


def test_missing_standard_rows_surface_as_lookup_errors() -> None:
    too_old = ship(
        MIN,
        Project.SCRAP,
        PowerForm.FUEL,
        "普通客船",
        area=Area.INLAND_PROVINCE,
        gross_tonnage=D(50),
        built_date=date(1998, 7, 26),
        end_date=date(2024, 8, 31),
    )
    with pytest.raises(StandardNotFoundError) as caught:
        compute_machine_amount(too_old, T)
    assert str(caught.value) == (
        "2024年度标准表中没有船龄 26.1 年对应的部政策船龄系数（内河，客船），"
        "请在【奖补年份】中补充标准"
    )
    small = ship(PRO, Project.NEW, PowerForm.ELECTRIC, "干货船", deadweight=D(999))
    with pytest.raises(StandardNotFoundError, match="没有载货吨 999 吨对应的"):
        compute_machine_amount(small, T)


def test_ship_project_refuses_floats_and_negatives() -> None:
    with pytest.raises(TypeError, match="船舶总吨必须是 Decimal 或整数"):
        ship(MIN, Project.RENEW, PowerForm.FUEL, "干货船", gross_tonnage=345.0)
    with pytest.raises(ValueError, match="主机功率 -1 无效"):
        ship(PRO, Project.NEW, PowerForm.LNG, "干货船", power_kw=D(-1))
    assert ship(MIN, Project.RENEW, PowerForm.FUEL, "干货船", gross_tonnage=30).gross_tonnage == D(
        30
    )


def _applies(policy: Policy, project: Project, form: PowerForm, ship_class: str) -> bool:
    """Which combinations the policies reward (SPEC §4.1, manual ch. 2.1)."""
    if policy is MIN:
        return project is not Project.REFIT and form is not PowerForm.NONE
    if project is Project.SCRAP:
        return True
    if project is Project.RENEW:
        return False
    if form in (PowerForm.LNG, PowerForm.OIL_GAS):
        return True
    if ship_class == "客船":
        return form is PowerForm.ELECTRIC
    return form in (PowerForm.ELECTRIC, PowerForm.OTHER_NEW_ENERGY)


def test_every_combination_is_computed_or_explicitly_not_subsidised() -> None:
    """Each policy × project × area × power form × ship type: an amount or NoSubsidyError."""
    computed = 0
    for policy, project, area, form, (ship_type, ship_class, _) in itertools.product(
        Policy, Project, Area, PowerForm, SHIP_TYPES
    ):
        record = ShipProject(
            policy,
            project,
            area,
            form,
            ship_type,
            gross_tonnage=D(100),
            deadweight=D(3000),
            power_kw=D("120.5"),
            built_date=date(2003, 6, 1),
            end_date=date(2024, 6, 1),
        )
        if _applies(policy, project, form, ship_class):
            calculation = compute_machine_amount(record, T)
            assert calculation.amount > 0
            computed += 1
        else:
            with pytest.raises(NoSubsidyError):
                compute_machine_amount(record, T)
    areas, passenger, cargo = len(Area), 6, 19
    ministry = 3 * 5 * (passenger + cargo) * areas  # 拆解/更新/新建 × motorised forms
    province_scrapping = len(PowerForm) * (passenger + cargo) * areas
    province_new_refit = 2 * areas * (2 * (passenger + cargo) + passenger + 2 * cargo)
    assert computed == ministry + province_scrapping + province_new_refit == 2139


# --- the stored text is the computation -------------------------------------------------


def evaluate(formula: str) -> Fraction:
    """Evaluate a stored formula text (sums of products) exactly."""
    total = Fraction(0)
    for term in formula.split("+"):
        product = Fraction(1)
        for factor in term.split("*"):
            product *= Fraction(factor)
        total += product
    return total


@settings(max_examples=200, deadline=None)
@given(
    policy=st.sampled_from(list(Policy)),
    project=st.sampled_from([Project.SCRAP, Project.NEW, Project.REFIT, Project.RENEW]),
    area=st.sampled_from(list(Area)),
    form=st.sampled_from([f for f in PowerForm if f is not PowerForm.NONE]),
    ship_type=st.sampled_from([name for name, _, _ in SHIP_TYPES]),
    tonnage=st.decimals(min_value=1, max_value=20000, places=0),
    deadweight=st.decimals(min_value=1000, max_value=9999, places=0),
    power=st.decimals(min_value=D("0.01"), max_value=D("3000"), places=2),
    age_days=st.integers(min_value=10 * 366 + 1, max_value=24 * 365),
)
def test_the_amount_is_always_the_rounded_value_of_the_formula_text(
    policy: Policy,
    project: Project,
    area: Area,
    form: PowerForm,
    ship_type: str,
    tonnage: Decimal,
    deadweight: Decimal,
    power: Decimal,
    age_days: int,
) -> None:
    end = date(2024, 8, 31)
    built = date.fromordinal(end.toordinal() - age_days)
    record = ShipProject(
        policy,
        project,
        area,
        form,
        ship_type,
        gross_tonnage=tonnage,
        deadweight=deadweight,
        power_kw=power,
        built_date=built,
        end_date=end,
    )
    try:
        calculation = compute_machine_amount(record, T)
    except (NoSubsidyError, StandardNotFoundError):
        return
    assert calculation.amount == to_wan(evaluate(calculation.formula))
    assert calculation.amount.as_tuple().exponent == -2


# --- SPEC §4.1.8: the three amounts -----------------------------------------------------


def test_amount_differences_lists_every_differing_pair() -> None:
    """Page 3-5 华洋兴旺: 测算 671.00, 复核 670.56, 机算 670.56."""
    comparison = amount_differences(D("671.00"), D("670.56"), D("670.56"))
    assert comparison.has_difference
    assert comparison.differs(AmountKind.ESTIMATE, AmountKind.CHECK)
    assert comparison.differs(AmountKind.MACHINE, AmountKind.ESTIMATE)
    assert not comparison.differs(AmountKind.CHECK, AmountKind.MACHINE)
    assert comparison.messages() == (
        "测算 671.00 与复核 670.56 不一致（相差 0.44 万元）",
        "测算 671.00 与机算 670.56 不一致（相差 0.44 万元）",
    )


def test_amounts_compare_at_two_decimals_and_skip_missing_ones() -> None:
    """Page 3-7 shows 2.0000 / 2.2500 / 2.2500: four decimals on screen, two in substance."""
    same = amount_differences(D("2.2500"), D("2.25"), D("2.25"))
    assert not same.has_difference
    assert same.messages() == ()
    partial = amount_differences(D("2.0000"), None, D("2.25"))
    assert (partial.estimate, partial.check, partial.machine) == (D("2.00"), None, D("2.25"))
    assert [(d.first, d.second, d.delta) for d in partial.differences] == [
        (AmountKind.ESTIMATE, AmountKind.MACHINE, D("-0.25"))
    ]
    assert not amount_differences(None, None, None).has_difference


def test_no_machine_amount_still_compares_estimate_and_check() -> None:
    """Page 3-16 渡船2: 测算 2.0000, 复核 4.5000 and no machine amount to show."""
    comparison = amount_differences(D("2.0000"), D("4.5000"), None)
    assert comparison.messages() == ("测算 2.00 与复核 4.50 不一致（相差 -2.50 万元）",)
