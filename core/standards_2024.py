"""The 2024 standards table: the manual's page 2-1 rows as seed data, the rest as placeholders.

Rows 001–013 are page 2-1 of the manual (seed 004) verbatim, descriptions included, OCR
spelling and all ("航海" for the new-build standard, "航船, 货滚船" for the ship classes).
Their structured keys are read from what the rows must mean:

- rows 005–006 ("航海") are the new-build (新建) standards: the ministry formula needs one
  for 新建 and the table shows none under that name;
- rows 007–012 are the passenger-ship ages (inland 10–25 years, coastal 15–25 years) and
  row 013 starts the inland cargo-ship ages (15–30 years): those are the age windows of the
  ministry policy, and only this reading gives the manual's worked example (an inland
  液货危险品船 of 18.532 years has age coefficient 1.00, ch. 2.1.1) — row 008 would give 0.7.

Every other row is ``placeholder=True`` (SPEC §4: "rows the manual does not show are marked
as placeholders"), with values chosen so that every worked example of the manual is
reproduced exactly:

- ship-type coefficients 1.5 for passenger, container, ro-ro and liquid-dangerous-goods
  ships, 1 for dry cargo, 0.6/0.9 for barges (0.1*345*1.5*1.00, 0.05*30*1.5, page 5-3's
  0.1*845*1.00*1.00 = 84.50);
- province base 0.1 for cargo ships (ch. 2.1.2 names it) and 0.2 for passenger ships, and
  province age coefficients 0.72 at 18.532 years (cargo), 0.885 (passenger, 0.2*22*0.885*1.5)
  and 0.36 at 25–30 years (cargo: page 3-5's 湘安化机3159 reviewed at 2.77 = 0.1*77*0.36*1.00).
  Neither seed says how the province age coefficient is derived, so it is a table;
- LNG per-ship rewards 63 (up to 300 kW: 234 kW and 299.5 kW both give 63) and 78;
- electric passenger ships per kW by rounded power: 1.1/1/0.9/0.8/0.7 at 10/30/50/100 kW;
- new-energy cargo tiers 1000–2000 → 200–300, 2001–5000 → 300–500, 5001–8000 → 500–800
  and 8001–9999 → 800–1200: the open-ended "8000 t and up" needs an upper bound to
  interpolate, and 9999 is the one that yields the manual's 800+0.994494*400 (D = 9988);
- container rewards 60/80/100 yuan per TEU of foreign increase at 300/800 TEU and 30 yuan
  per domestic TEU (ch. 2.1.4).
"""

from __future__ import annotations

from decimal import Decimal

from core.standards import ShipClass, StandardCategory, StandardRow, StandardsTable, Waters
from core.vocab import Policy, PowerForm, Project

YEAR = 2024

_C = StandardCategory
_MIN = Policy.MINISTRY
_PRO = Policy.PROVINCE
_IN = Waters.INLAND
_SEA = Waters.COASTAL
_PAX = ShipClass.PASSENGER
_CARGO = ShipClass.CARGO


def _seed_rows() -> list[StandardRow]:
    """Page 2-1 rows 1–13, as the manual prints them."""
    s = "部政策->补贴标准 (不含非机动车船) : "
    a = "部政策->船龄系数: 航船, 货滚船, "
    rows = [
        (_C.STANDARD, s + "拆解, 内河", "单船", "", "0.1", "万元/单船", Project.SCRAP, _IN, None),
        (_C.STANDARD, s + "拆解, 沿海", "单船", "", "0.1", "万元/单船", Project.SCRAP, _SEA, None),
        (_C.STANDARD, s + "更新, 内河", "单船", "", "0.05", "万元/单船", Project.RENEW, _IN, None),
        (_C.STANDARD, s + "更新, 沿海", "单船", "", "0.06", "万元/单船", Project.RENEW, _SEA, None),
        (_C.STANDARD, s + "航海, 内河", "单船", "", "0.22", "万元/单船", Project.NEW, _IN, None),
        (_C.STANDARD, s + "航海, 沿海", "单船", "", "0.1", "万元/单船", Project.NEW, _SEA, None),
        (_C.AGE, a + "内河, 10 < X ≤ 15", "船龄", "10.001-15", "1", "系数", None, _IN, _PAX),
        (_C.AGE, a + "内河, 15 < X ≤ 20", "船龄", "15.001-20", "0.7", "系数", None, _IN, _PAX),
        (_C.AGE, a + "内河, 20 < X ≤ 25", "船龄", "20.001-25", "0.5", "系数", None, _IN, _PAX),
        (_C.AGE, a + "沿海, 15 < X ≤ 18", "船龄", "15.001-18", "1", "系数", None, _SEA, _PAX),
        (_C.AGE, a + "沿海, 18 < X ≤ 22", "船龄", "18.001-22", "0.7", "系数", None, _SEA, _PAX),
        (_C.AGE, a + "沿海, 22 < X ≤ 25", "船龄", "22.001-25", "0.5", "系数", None, _SEA, _PAX),
        (_C.AGE, a + "内河, 15 < X ≤ 20", "船龄", "15.001-20", "1", "系数", None, _IN, _CARGO),
    ]
    return [
        StandardRow(
            year=YEAR,
            code=f"{number:03d}",
            category=category,
            description=description,
            param_unit=param_unit,
            param_range=param_range,
            coefficient=Decimal(coefficient),
            unit=unit,
            policy=_MIN,
            project=project,
            waters=waters,
            ship_class=ship_class,
        )
        for number, (
            category,
            description,
            param_unit,
            param_range,
            coefficient,
            unit,
            project,
            waters,
            ship_class,
        ) in enumerate(rows, start=1)
    ]


SHIP_TYPES: tuple[tuple[str, ShipClass, str], ...] = (
    ("普通客船", _PAX, "1.5"),
    ("旅游客船", _PAX, "1.5"),
    ("客渡船", _PAX, "1.5"),
    ("客滚船", _PAX, "1.5"),
    ("高速客船", _PAX, "1.5"),
    ("客驳船", _PAX, "1.5"),
    ("干货船", _CARGO, "1"),
    ("普通货船", _CARGO, "1"),
    ("杂货船", _CARGO, "1"),
    ("散货船", _CARGO, "1"),
    ("干散货船", _CARGO, "1"),
    ("运散杂船", _CARGO, "1"),
    ("运散粮船", _CARGO, "1"),
    ("运沙船", _CARGO, "1"),
    ("矿砂船", _CARGO, "1"),
    ("多用途船", _CARGO, "1"),
    ("拖船", _CARGO, "1"),
    ("水产渔船", _CARGO, "1"),
    ("集装箱船", _CARGO, "1.5"),
    ("滚装货船", _CARGO, "1.5"),
    ("液货危险品船", _CARGO, "1.5"),
    ("成品油船", _CARGO, "1.5"),
    ("化学品船", _CARGO, "1.5"),
    ("干货驳船", _CARGO, "0.6"),
    ("液货驳船", _CARGO, "0.9"),
)
"""Ship types of the manual's records with their class and (placeholder) type coefficient."""


_Spec = tuple[StandardCategory, str, str, str, str, str, dict[str, object]]
"""(category, description, parameter unit, range, coefficient, unit, key) of a placeholder."""

_AGE_ROWS: tuple[tuple[Policy, Waters | None, ShipClass, str, str, str], ...] = (
    (_MIN, _IN, _CARGO, "20.001-25", "20 < X ≤ 25", "0.7"),
    (_MIN, _IN, _CARGO, "25.001-30", "25 < X ≤ 30", "0.5"),
    (_MIN, _SEA, _CARGO, "20.001-25", "20 < X ≤ 25", "1"),
    (_MIN, _SEA, _CARGO, "25.001-28", "25 < X ≤ 28", "0.7"),
    (_MIN, _SEA, _CARGO, "28.001-30", "28 < X ≤ 30", "0.5"),
    (_PRO, None, _CARGO, "10.001-15", "10 < X ≤ 15", "0.9"),
    (_PRO, None, _CARGO, "15.001-20", "15 < X ≤ 20", "0.72"),
    (_PRO, None, _CARGO, "20.001-25", "20 < X ≤ 25", "0.54"),
    (_PRO, None, _CARGO, "25.001-30", "25 < X ≤ 30", "0.36"),
    (_PRO, None, _PAX, "10.001-15", "10 < X ≤ 15", "0.885"),
    (_PRO, None, _PAX, "15.001-20", "15 < X ≤ 20", "0.77"),
    (_PRO, None, _PAX, "20.001-25", "20 < X ≤ 25", "0.655"),
)
"""(policy, waters, class, range, range text, coefficient) of the age rows not on page 2-1."""

_POWER_FORM_ROWS: tuple[tuple[PowerForm, str], ...] = (
    (PowerForm.FUEL, "0.5"),
    (PowerForm.OIL_GAS, "0.8"),
    (PowerForm.LNG, "0.8"),
    (PowerForm.ELECTRIC, "1"),
    (PowerForm.OTHER_NEW_ENERGY, "1"),
)
"""Ministry power-form coefficients of new builds (无 has none: non-motorised ships excluded)."""

_LNG_ROWS = (("0-300", "63"), ("300.01-600", "78"), ("600.01-1000", "96"), ("1000.01-", "120"))
_ELECTRIC_PASSENGER_ROWS = (
    ("0-10", "1.1"),
    ("11-30", "1"),
    ("31-50", "0.9"),
    ("51-100", "0.8"),
    ("101-", "0.7"),
)
_CARGO_TIERS = (
    ("1000-2000", "200", "300"),
    ("2001-5000", "300", "500"),
    ("5001-8000", "500", "800"),
    ("8001-9999", "800", "1200"),
)
_FOREIGN_CONTAINER_ROWS = (("1-300", "60"), ("301-800", "80"), ("801-", "100"))


def _age_specs() -> list[_Spec]:
    """Age coefficients of ministry cargo ships beyond row 013, and all province ones."""
    specs: list[_Spec] = []
    for policy, waters, ship_class, span, text, coefficient in _AGE_ROWS:
        where = f"{ship_class}, {waters}, " if waters else f"{ship_class}, "
        key: dict[str, object] = {"policy": policy, "waters": waters, "ship_class": ship_class}
        specs.append(
            (
                _C.AGE,
                f"{policy}政策->船龄系数: {where}{text}",
                "船龄",
                span,
                coefficient,
                "系数",
                key,
            )
        )
    return specs


def _ship_type_specs() -> list[_Spec]:
    """One ship-type coefficient per ship type and policy; the row also gives the ship's class."""
    return [
        (
            _C.SHIP_TYPE,
            f"{policy}政策->船舶类型系数: {ship_type} ({ship_class})",
            "船舶类型",
            "",
            coefficient,
            "系数",
            {"policy": policy, "ship_type": ship_type, "ship_class": ship_class},
        )
        for policy in (_MIN, _PRO)
        for ship_type, ship_class, coefficient in SHIP_TYPES
    ]


def _ministry_power_specs() -> list[_Spec]:
    """Power-form coefficients (the X of ministry new builds)."""
    return [
        (
            _C.POWER_FORM,
            f"部政策->动力形式系数: 新建, {form}",
            "动力形式",
            "",
            coefficient,
            "系数",
            {"policy": _MIN, "project": Project.NEW, "power_form": form},
        )
        for form, coefficient in _POWER_FORM_ROWS
    ]


def _province_base_specs() -> list[_Spec]:
    """Province scrapping bases: 0.1 for cargo ships (ch. 2.1.2), 0.2 for passenger ships."""
    return [
        (
            _C.BASE,
            f"省政策->奖补基数: 拆解, {ship_class}",
            "总吨",
            "",
            base,
            "万元/总吨",
            {"policy": _PRO, "project": Project.SCRAP, "ship_class": ship_class},
        )
        for ship_class, base in ((_CARGO, "0.1"), (_PAX, "0.2"))
    ]


def _province_new_energy_specs() -> list[_Spec]:
    """LNG per ship by power, electric passenger ships per kW, new-energy cargo ship tiers."""
    specs: list[_Spec] = [
        (
            _C.LNG_PER_SHIP,
            f"省政策->新建改建液化天然气船单船奖励: P={span}",
            "功率",
            span,
            amount,
            "万元/单船",
            {"policy": _PRO},
        )
        for span, amount in _LNG_ROWS
    ]
    specs += [
        (
            _C.ELECTRIC_PASSENGER_PER_KW,
            f"省政策->新建改建电力推动客船每千瓦奖励: P={span} (四舍五入取整)",
            "功率",
            span,
            rate,
            "万元/千瓦",
            {"policy": _PRO, "ship_class": _PAX},
        )
        for span, rate in _ELECTRIC_PASSENGER_ROWS
    ]
    for span, start_amount, end_amount in _CARGO_TIERS:
        for category, bound, amount in (
            (_C.NEW_ENERGY_CARGO_START, "起点", start_amount),
            (_C.NEW_ENERGY_CARGO_END, "终点", end_amount),
        ):
            specs.append(
                (
                    category,
                    f"省政策->新建改建新能源货船奖补区间{bound}: D={span}",
                    "载货吨",
                    span,
                    amount,
                    "万元/单船",
                    {"policy": _PRO, "ship_class": _CARGO},
                )
            )
    return specs


def _container_specs() -> list[_Spec]:
    """Transport-development (运输发展) rewards in yuan per TEU, ch. 2.1.4."""
    specs: list[_Spec] = [
        (
            _C.FOREIGN_CONTAINER,
            f"运输发展->外贸重箱增量奖励: X={span}",
            "增量",
            span,
            rate,
            "元/标箱",
            {},
        )
        for span, rate in _FOREIGN_CONTAINER_ROWS
    ]
    specs.append(
        (
            _C.DOMESTIC_CONTAINER,
            "运输发展->内贸重箱奖励: 本年完成量",
            "完成量",
            "",
            "30",
            "元/标箱",
            {},
        )
    )
    return specs


def _placeholder_rows(first_code: int) -> list[StandardRow]:
    """Every placeholder row, numbered on from the seed rows."""
    specs = (
        _age_specs()
        + _ship_type_specs()
        + _ministry_power_specs()
        + _province_base_specs()
        + _province_new_energy_specs()
        + _container_specs()
    )
    return [
        StandardRow(
            year=YEAR,
            code=f"{first_code + offset:03d}",
            category=category,
            description=description,
            param_unit=param_unit,
            param_range=span,
            coefficient=Decimal(coefficient),
            unit=unit,
            placeholder=True,
            **key,  # type: ignore[arg-type]
        )
        for offset, (category, description, param_unit, span, coefficient, unit, key) in enumerate(
            specs
        )
    ]


def build_standards_2024() -> StandardsTable:
    """The demo/seed table of 2024: page 2-1's 13 rows, then the placeholders."""
    seed = _seed_rows()
    return StandardsTable(YEAR, seed + _placeholder_rows(len(seed) + 1))


STANDARDS_2024 = build_standards_2024()
"""The 2024 table, built once: it is immutable, so sharing it is safe."""
