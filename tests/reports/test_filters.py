"""Report choices and the SQL readers that turn driver values into report values."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from core.vocab import ControlStatus, Level, Stage
from desktop.reports.filters import (
    ReportFilter,
    ShipScope,
    SummaryRule,
    region_label,
    resolve_region,
)
from desktop.reports.sql import read_cents, read_date, read_decimal, read_int, read_wan


@pytest.mark.parametrize(
    ("given", "code"),
    [("43", "430000"), ("4301", "430100"), ("430102", "430102"), ("433199", "433199")],
)
def test_regions_by_code_or_prefix(given: str, code: str) -> None:
    assert resolve_region(given).code == code


def test_region_labels() -> None:
    assert region_label(resolve_region("430102")) == "长沙市芙蓉区"
    assert region_label(resolve_region("430101")) == "长沙市市辖区"
    assert region_label(resolve_region("4331")) == "湘西土家族苗族自治州"


def test_filter_validation() -> None:
    with pytest.raises(ValueError, match="奖补年份24无效"):
        ReportFilter(24)
    with pytest.raises(KeyError, match="行政区划代码“439999”不存在"):
        ReportFilter(2024, "439999")
    with pytest.raises(ValueError, match="申报阶段只能是"):
        ReportFilter(2024, stage=Stage.REWARD)
    described = ReportFilter(2024, passed=Level.CITY, ship_scope=ShipScope.OWNED)
    assert described.describe_passed() == "审核层次：通过市级审核"
    assert described.describe_ship_scope() == "船舶范围：自有船舶"
    assert ShipScope.LEASED.control_status is ControlStatus.LEASED
    assert ShipScope.ALL.control_status is None
    assert SummaryRule.SUMMARY_ONLY.details is False
    assert SummaryRule.DETAIL_ONLY.summaries is False


def test_readers_accept_what_either_backend_returns() -> None:
    assert read_wan(51.75) == read_wan("51.75") == read_wan(Decimal("51.750")) == Decimal("51.75")
    assert read_wan(0.285) == Decimal("0.29")  # half-up on the stored decimal, not the binary
    assert read_wan(None) is None
    assert read_cents(5175.0) == read_cents(Decimal("5175")) == Decimal("51.75")
    assert read_int(None) == 0 and read_int(12.0) == 12 and read_int(Decimal("7")) == 7
    assert read_decimal(19.2515, 3) == Decimal("19.252")
    assert read_date("2024-08-05") == read_date(datetime(2024, 8, 5, 9)) == date(2024, 8, 5)
    assert read_date(None) is None
