"""The machine computation (机算) of ship-project subsidies, SPEC §4.1.1–4.1.5 and §4.1.8.

Each calculator returns the amount in 万元 (2 decimals, half-up) together with the formula
text the manual stores beside it (ch. 3.2.1 "资金机算公式"), so a reviewer can redo the
arithmetic by hand. The text is the computation: the amount is always the exact value of the
text, rounded once at the end. For the interpolation of new-energy cargo ships that means the
tonnage coefficient is rounded to the 6 decimals the text shows *before* it is multiplied
(300+0.166389*200 = 333.2778 → 333.28), so the stored text and the stored amount never
disagree.

Factor order of the texts (manual ch. 3.2.1):

- ministry (部政策): 补贴标准*船舶总吨*船舶类型系数*X, X = age coefficient (拆解), power-form
  coefficient (新建), dropped (更新): ``0.1*345*1.5*1.00``, ``0.05*30*1.5``;
- province scrapping (省政策拆解): 奖补基数*船舶总吨*船龄系数*船舶类型系数 — the manual's
  stored order, ``0.2*22*0.885*1.5``, which differs from the order of its prose (ch. 2.1.2,
  SPEC §4.1.2 "0.1 × 345 × 1.5 × 0.72"); the product is the same, the text is ``0.1*345*0.72*1.5``;
- province LNG ships: 单船奖励*1 (``63*1``); electric passenger ships: 每千瓦奖励*功率
  (``0.7*100.5``); new-energy cargo ships: 区间起点+吨位系数*奖补标准差 (``300+0.166389*200``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from core.money import (
    Exact,
    as_fraction,
    exact_product,
    fmt_factor,
    fmt_number,
    fmt_ratio,
    fmt_wan,
    round_half_up,
    to_wan,
)
from core.ship_age import ship_age
from core.standards import (
    Criteria,
    ShipClass,
    StandardCategory,
    StandardNotFoundError,
    StandardRow,
    StandardsTable,
    Waters,
    waters_of,
)
from core.vocab import Area, Policy, PowerForm, Project

TONNAGE_COEFFICIENT_PLACES = 6
LNG_FORMS = frozenset({PowerForm.LNG, PowerForm.OIL_GAS})
"""液气 (LNG) and 油气 (LNG-diesel dual fuel): both are "液化天然气客货船舶" of ch. 2.1.3."""
CARGO_NEW_ENERGY_FORMS = frozenset({PowerForm.ELECTRIC, PowerForm.OTHER_NEW_ENERGY})


class NoSubsidyError(ValueError):
    """The policy gives nothing for this combination (e.g. province renewal): no machine amount."""


class MissingDataError(ValueError):
    """A value the formula needs is not filled in on the record."""


@dataclass(frozen=True)
class Calculation:
    """A machine amount (万元, 2 decimals) with its stored formula text and, if known, ship age."""

    amount: Decimal
    formula: str
    ship_age: Decimal | None = None


Formatter = Callable[[Exact], str]


def _product(terms: Sequence[tuple[Exact, Formatter]], age: Decimal | None = None) -> Calculation:
    """Multiply the terms exactly, round once, and print them joined by ``*``."""
    amount = to_wan(exact_product(*(value for value, _ in terms)))
    formula = "*".join(fmt(value) for value, fmt in terms)
    return Calculation(amount, formula, age)


def ship_type_row(table: StandardsTable, policy: Policy, ship_type: str) -> StandardRow:
    """The ship-type coefficient row, which also tells whether the type is a passenger ship."""
    row = table.find(StandardCategory.SHIP_TYPE, Criteria(policy=policy, ship_type=ship_type))
    if row.ship_class is None:
        raise StandardNotFoundError(
            f"{table.year}年度标准表中{policy}政策船舶类型“{ship_type}”没有标明客船或货船，"
            "请在【奖补年份】中补充标准"
        )
    return row


def _ministry_standard(table: StandardsTable, project: Project, waters: Waters) -> StandardRow:
    """The ministry 补贴标准 of a project and waters (page 2-1 rows 1–6)."""
    criteria = Criteria(policy=Policy.MINISTRY, project=project, waters=waters)
    return table.find(StandardCategory.STANDARD, criteria)


def ministry_scrapping(
    table: StandardsTable, waters: Waters, ship_type: str, gross_tonnage: Decimal, age: Decimal
) -> Calculation:
    """部政策拆解: 补贴标准*总吨*船舶类型系数*船龄系数 (0.1*345*1.5*1.00 = 51.75)."""
    standard = _ministry_standard(table, Project.SCRAP, waters)
    kind = ship_type_row(table, Policy.MINISTRY, ship_type)
    criteria = Criteria(policy=Policy.MINISTRY, waters=waters, ship_class=kind.ship_class)
    age_row = table.find(StandardCategory.AGE, criteria, age)
    terms = [
        (standard.coefficient, fmt_factor),
        (gross_tonnage, fmt_number),
        (kind.coefficient, fmt_factor),
        (age_row.coefficient, fmt_factor),
    ]
    return _product(terms, age)


def ministry_renewal(
    table: StandardsTable, waters: Waters, ship_type: str, gross_tonnage: Decimal
) -> Calculation:
    """部政策更新: 补贴标准*总吨*船舶类型系数, X dropped (page 3-7: 0.05*30*1.5 = 2.25)."""
    standard = _ministry_standard(table, Project.RENEW, waters)
    kind = ship_type_row(table, Policy.MINISTRY, ship_type)
    terms = [
        (standard.coefficient, fmt_factor),
        (gross_tonnage, fmt_number),
        (kind.coefficient, fmt_factor),
    ]
    return _product(terms)


def ministry_new_build(
    table: StandardsTable,
    waters: Waters,
    ship_type: str,
    gross_tonnage: Decimal,
    power_form: PowerForm,
) -> Calculation:
    """部政策新建: 补贴标准*总吨*船舶类型系数*动力形式系数."""
    standard = _ministry_standard(table, Project.NEW, waters)
    kind = ship_type_row(table, Policy.MINISTRY, ship_type)
    criteria = Criteria(policy=Policy.MINISTRY, project=Project.NEW, power_form=power_form)
    form = table.find(StandardCategory.POWER_FORM, criteria)
    terms = [
        (standard.coefficient, fmt_factor),
        (gross_tonnage, fmt_number),
        (kind.coefficient, fmt_factor),
        (form.coefficient, fmt_factor),
    ]
    return _product(terms)


def province_scrapping(
    table: StandardsTable, ship_type: str, gross_tonnage: Decimal, age: Decimal
) -> Calculation:
    """省政策拆解: 奖补基数*总吨*船龄系数*船舶类型系数 (0.1*345*0.72*1.5 = 37.26)."""
    kind = ship_type_row(table, Policy.PROVINCE, ship_type)
    base_criteria = Criteria(
        policy=Policy.PROVINCE, project=Project.SCRAP, ship_class=kind.ship_class
    )
    base = table.find(StandardCategory.BASE, base_criteria)
    criteria = Criteria(policy=Policy.PROVINCE, ship_class=kind.ship_class)
    age_row = table.find(StandardCategory.AGE, criteria, age)
    terms = [
        (base.coefficient, fmt_factor),
        (gross_tonnage, fmt_number),
        (age_row.coefficient, fmt_factor),
        (kind.coefficient, fmt_factor),
    ]
    return _product(terms, age)


def province_lng(table: StandardsTable, power_kw: Decimal) -> Calculation:
    """省政策新建/改建液化天然气船: a fixed amount per ship by power tier (299.5 kW → 63*1)."""
    row = table.find(StandardCategory.LNG_PER_SHIP, Criteria(policy=Policy.PROVINCE), power_kw)
    return Calculation(to_wan(row.coefficient), f"{fmt_number(row.coefficient)}*1")


def province_electric_passenger(table: StandardsTable, power_kw: Decimal) -> Calculation:
    """省政策电力推动客船: tier by power rounded to a whole kW, reward by the actual power.

    Ch. 2.1.3: "在确定 P 所在区间时，P 四舍五入取整；而在计算奖励时，用实际的 P 功率值计算" —
    100.5 kW falls in the tier of 101 kW (0.7 per kW) and earns 0.7*100.5 = 70.35.
    """
    rounded = round_half_up(power_kw, 0)
    criteria = Criteria(policy=Policy.PROVINCE, ship_class=ShipClass.PASSENGER)
    row = table.find(StandardCategory.ELECTRIC_PASSENGER_PER_KW, criteria, rounded)
    return _product([(row.coefficient, fmt_factor), (power_kw, fmt_number)])


def province_new_energy_cargo(table: StandardsTable, deadweight: Decimal) -> Calculation:
    """省政策电力推动或其他新能源货船: M1 + (D − D1)/(D2 − D1) × (M2 − M1), coefficient at 6 dp."""
    criteria = Criteria(policy=Policy.PROVINCE, ship_class=ShipClass.CARGO)
    start = table.find(StandardCategory.NEW_ENERGY_CARGO_START, criteria, deadweight)
    end = table.find(StandardCategory.NEW_ENERGY_CARGO_END, criteria, deadweight)
    low, high = start.lower, start.upper
    if end.param_range != start.param_range or low is None or high is None or high <= low:
        raise StandardNotFoundError(
            f"{table.year}年度标准表中载货吨 {fmt_number(deadweight)} 吨的新能源货船奖补区间"
            f"（{start.code}、{end.code}）起止不一致，请在【奖补年份】中修正标准"
        )
    ratio = round_half_up(
        (as_fraction(deadweight) - as_fraction(low)) / (as_fraction(high) - as_fraction(low)),
        TONNAGE_COEFFICIENT_PLACES,
    )
    spread = end.coefficient - start.coefficient
    amount = to_wan(as_fraction(start.coefficient) + as_fraction(ratio) * as_fraction(spread))
    formula = f"{fmt_number(start.coefficient)}+{fmt_ratio(ratio)}*{fmt_number(spread)}"
    return Calculation(amount, formula)


def _exact_field(value: Decimal | int | None, label: str) -> Decimal | None:
    """A numeric record field as Decimal; floats and negatives are refused."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(f"{label}必须是 Decimal 或整数，不能是 {type(value).__name__}")
    if not Decimal(value).is_finite() or value < 0:
        raise ValueError(f"{label} {value} 无效，不能为负数")
    return Decimal(value)


@dataclass(frozen=True)
class ShipProject:
    """The fields of a ship-project record (page 3-7) the machine computation reads."""

    policy: Policy
    project: Project
    area: Area
    power_form: PowerForm
    ship_type: str
    gross_tonnage: Decimal | None = None
    deadweight: Decimal | None = None
    power_kw: Decimal | None = None
    built_date: date | None = None
    end_date: date | None = None

    def __post_init__(self) -> None:
        """Numbers are exact and non-negative from the start: money code never sees a float."""
        for name, label in (
            ("gross_tonnage", "船舶总吨"),
            ("deadweight", "载客位/载货吨"),
            ("power_kw", "主机功率"),
        ):
            object.__setattr__(self, name, _exact_field(getattr(self, name), label))

    def age(self) -> Decimal | None:
        """The machine ship age when both dates are known (it is shown even where not used)."""
        if self.built_date is None or self.end_date is None:
            return None
        return ship_age(self.built_date, self.end_date)


def _require(value: Decimal | None, label: str, ship: ShipProject) -> Decimal:
    """A value the chosen rule needs, or a Chinese error naming it."""
    if value is None:
        raise MissingDataError(f"{ship.policy}政策{ship.project}项目缺少{label}，无法机算奖补资金")
    return value


def _required_age(ship: ShipProject) -> Decimal:
    """Scrapping needs the age, hence both dates."""
    age = ship.age()
    if age is None:
        raise MissingDataError(
            f"{ship.policy}政策{ship.project}项目缺少建成日期或实际/拟注销日期，无法计算船龄"
        )
    return age


def _ministry(ship: ShipProject, table: StandardsTable) -> Calculation:
    """Pick the ministry rule by project."""
    if ship.power_form is PowerForm.NONE:
        raise NoSubsidyError("部政策奖补标准不含非机动船（动力形式为“无”），不予机算")
    waters = waters_of(ship.area)
    if ship.project is Project.REFIT:
        raise NoSubsidyError("部政策没有改建项目的奖补，不予机算")
    tonnage = _require(ship.gross_tonnage, "船舶总吨", ship)
    if ship.project is Project.SCRAP:
        return ministry_scrapping(table, waters, ship.ship_type, tonnage, _required_age(ship))
    if ship.project is Project.RENEW:
        calculation = ministry_renewal(table, waters, ship.ship_type, tonnage)
    else:
        calculation = ministry_new_build(table, waters, ship.ship_type, tonnage, ship.power_form)
    return Calculation(calculation.amount, calculation.formula, ship.age())


def _province_new_or_refit(ship: ShipProject, table: StandardsTable) -> Calculation:
    """Pick the province new/refit rule by power form and ship class (ch. 2.1.3)."""
    if ship.power_form in LNG_FORMS:
        return province_lng(table, _require(ship.power_kw, "主机功率", ship))
    ship_class = ship_type_row(table, Policy.PROVINCE, ship.ship_type).ship_class
    if ship_class is ShipClass.PASSENGER and ship.power_form is PowerForm.ELECTRIC:
        return province_electric_passenger(table, _require(ship.power_kw, "主机功率", ship))
    if ship_class is ShipClass.CARGO and ship.power_form in CARGO_NEW_ENERGY_FORMS:
        return province_new_energy_cargo(table, _require(ship.deadweight, "载货吨", ship))
    raise NoSubsidyError(
        f"省政策{ship.project}项目只奖补液化天然气客货船、电力推动客船和电力推动或其他新能源货船，"
        f"{ship.power_form}动力的{ship_class}（{ship.ship_type}）不予机算"
    )


def _province(ship: ShipProject, table: StandardsTable) -> Calculation:
    """Pick the province rule by project."""
    if ship.project is Project.RENEW:
        raise NoSubsidyError("省政策没有更新项目的奖补，不予机算")
    if ship.project is Project.SCRAP:
        tonnage = _require(ship.gross_tonnage, "船舶总吨", ship)
        return province_scrapping(table, ship.ship_type, tonnage, _required_age(ship))
    calculation = _province_new_or_refit(ship, table)
    return Calculation(calculation.amount, calculation.formula, ship.age())


def compute_machine_amount(ship: ShipProject, table: StandardsTable) -> Calculation:
    """The 机算 amount and formula of a ship-project record under the year's standards.

    Raises ``NoSubsidyError`` when the policy gives nothing for the combination,
    ``MissingDataError`` when the record lacks a value the rule needs, and
    ``StandardNotFoundError`` when the year's table has no row for it.
    """
    if ship.policy is Policy.MINISTRY:
        return _ministry(ship, table)
    return _province(ship, table)


class AmountKind(StrEnum):
    """The three amounts every record keeps (SPEC §4.1.8)."""

    ESTIMATE = "测算"
    CHECK = "复核"
    MACHINE = "机算"


@dataclass(frozen=True)
class AmountDifference:
    """Two of the three amounts that disagree, compared at 2 decimals."""

    first: AmountKind
    second: AmountKind
    first_amount: Decimal
    second_amount: Decimal

    @property
    def delta(self) -> Decimal:
        """first − second, in 万元."""
        return self.first_amount - self.second_amount

    def message(self) -> str:
        """The reviewer's line: "测算 2.75 与机算 2.77 不一致（相差 -0.02 万元）"."""
        return (
            f"{self.first} {fmt_wan(self.first_amount)} 与{self.second} "
            f"{fmt_wan(self.second_amount)} 不一致（相差 {fmt_wan(self.delta)} 万元）"
        )


@dataclass(frozen=True)
class AmountComparison:
    """The three amounts of a record and every pair of them that differs."""

    estimate: Decimal | None
    check: Decimal | None
    machine: Decimal | None
    differences: tuple[AmountDifference, ...]

    @property
    def has_difference(self) -> bool:
        """Whether the reviewer must be shown a difference."""
        return bool(self.differences)

    def differs(self, first: AmountKind, second: AmountKind) -> bool:
        """Whether the two named amounts are both present and differ."""
        pair = {first, second}
        return any({d.first, d.second} == pair for d in self.differences)

    def messages(self) -> tuple[str, ...]:
        """One Chinese line per differing pair."""
        return tuple(difference.message() for difference in self.differences)


def amount_differences(
    estimate: Exact | None, check: Exact | None, machine: Exact | None
) -> AmountComparison:
    """Compare 测算, 复核 and 机算 pairwise at 2 decimals; an amount not yet entered is skipped.

    SPEC §4.1.8: a difference is shown to the reviewer, never hidden — so every differing
    pair is listed, not just the first one found.
    """
    amounts = {
        AmountKind.ESTIMATE: None if estimate is None else to_wan(estimate),
        AmountKind.CHECK: None if check is None else to_wan(check),
        AmountKind.MACHINE: None if machine is None else to_wan(machine),
    }
    pairs = (
        (AmountKind.ESTIMATE, AmountKind.CHECK),
        (AmountKind.ESTIMATE, AmountKind.MACHINE),
        (AmountKind.CHECK, AmountKind.MACHINE),
    )
    differences = tuple(
        AmountDifference(first, second, a, b)
        for first, second in pairs
        if (a := amounts[first]) is not None and (b := amounts[second]) is not None and a != b
    )
    return AmountComparison(
        amounts[AmountKind.ESTIMATE],
        amounts[AmountKind.CHECK],
        amounts[AmountKind.MACHINE],
        differences,
    )
