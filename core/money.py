"""Exact money arithmetic and the number formats of the stored formula texts.

Every amount of the subsidy domain is in 万元 with 2 decimals rounded half-up (四舍五入,
SPEC §4.1). Rounding is done here, once, on exact values: inputs are turned into
``Fraction`` so that no intermediate step can lose a digit, and a ``float`` is refused
outright because 0.1 × 345 in binary floating point is not 34.5.

The formula texts the manual stores (ch. 3.2.1 "资金机算公式") print their numbers in three
ways, and each way has its own function:

- ``fmt_factor`` for coefficients and per-unit standards: ``0.1``, ``1.5``, ``0.885`` and, for
  a whole coefficient, ``1.00`` (the manual's ``0.1*345*1.5*1.00`` next to ``0.1*22*1.5*0.7``:
  a fractional coefficient shows its own digits, a whole one shows two decimals);
- ``fmt_number`` for quantities and whole amounts: ``345`` tons, ``100.5`` kW, ``63`` 万元 in
  ``63*1``, ``300`` and ``200`` in ``300+0.166389*200``;
- ``fmt_ratio`` for the interpolation's tonnage coefficient, always 6 decimals, trailing
  zeros kept (``500+0.399800*300``).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import TypeAlias

Exact: TypeAlias = Decimal | int | Fraction | str
"""What the money functions accept: anything that is exact. Never ``float``."""

WAN = 10_000
"""Yuan in one 万元."""

CENT = Decimal("0.01")


def as_fraction(value: Exact) -> Fraction:
    """Turn an exact number into a ``Fraction``; refuse floats and booleans with a Chinese message.

    A float reaching money code is a bug upstream (a spin box, a JSON parser), so it is
    stopped here instead of being silently converted with its binary error.
    """
    if isinstance(value, bool | float):
        raise TypeError(
            f"金额与系数必须是精确数（Decimal/整数/分数/文本），不能是 {type(value).__name__}"
        )
    if isinstance(value, Fraction | int):
        return Fraction(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"数值 {value} 不是有限数")
        return Fraction(value)
    if isinstance(value, str):
        try:
            decimal = Decimal(value.strip())
        except ArithmeticError as exc:
            raise ValueError(f"“{value}”不是有效的数值") from exc
        return as_fraction(decimal)
    raise TypeError(f"不支持的数值类型：{type(value).__name__}")


def round_half_up(value: Exact, places: int) -> Decimal:
    """Round an exact value to ``places`` decimals, ties away from zero (四舍五入).

    Works on the exact fraction, so 1/3 and 2.675 round correctly whatever their decimal
    expansion; ``Decimal.quantize`` alone would first need an exact decimal to start from.
    """
    if places < 0:
        raise ValueError("小数位数不能为负数")
    fraction = as_fraction(value)
    scale = 10**places
    magnitude = abs(fraction) * scale
    units = int(magnitude + Fraction(1, 2))
    if fraction < 0:
        units = -units
    return Decimal(units).scaleb(-places).quantize(Decimal(1).scaleb(-places))


def to_wan(value: Exact) -> Decimal:
    """An amount in 万元 as stored and shown: 2 decimals, half-up."""
    return round_half_up(value, 2)


def yuan_to_wan(yuan: Exact) -> Decimal:
    """Convert yuan to 万元 (2 decimals, half-up): the container rewards are tiered in yuan."""
    return to_wan(as_fraction(yuan) / WAN)


def wan_to_yuan(wan: Exact) -> Decimal:
    """Convert 万元 to yuan, to the cent (half-up)."""
    return round_half_up(as_fraction(wan) * WAN, 2)


def exact_product(*factors: Exact) -> Fraction:
    """Multiply exactly; the calculators round only the final product."""
    product = Fraction(1)
    for factor in factors:
        product *= as_fraction(factor)
    return product


def _as_decimal(value: Exact) -> Decimal:
    """An exact Decimal for formatting; a Fraction must have a terminating decimal expansion."""
    fraction = as_fraction(value)
    decimal = Decimal(fraction.numerator) / Decimal(fraction.denominator)
    if Fraction(decimal) != fraction:
        raise ValueError(f"{fraction} 没有有限小数表示，无法写入公式")
    return decimal


def fmt_number(value: Exact) -> str:
    """A quantity as the formula text prints it: no trailing zeros, never an exponent."""
    decimal = _as_decimal(value)
    if decimal == 0:
        return "0"
    return format(decimal.normalize(), "f")


def fmt_factor(value: Exact) -> str:
    """A coefficient or per-unit standard as the formula text prints it.

    Rule read off the manual's examples (ch. 2.1, ch. 3.2.1): a whole value prints with two
    decimals (``1.00``), any other value with its significant decimals only (``0.7``,
    ``0.885``, ``1.5``, ``0.05``), however it was typed into the standards table.
    """
    decimal = _as_decimal(value)
    if decimal == decimal.to_integral_value():
        return format(decimal.quantize(CENT), "f")
    return fmt_number(decimal)


def fmt_ratio(value: Exact, places: int = 6) -> str:
    """A ratio with a fixed number of decimals, trailing zeros kept (``0.399800``)."""
    return format(round_half_up(value, places), "f")


def fmt_wan(value: Exact) -> str:
    """An amount in 万元 for messages: always 2 decimals."""
    return format(to_wan(value), "f")
