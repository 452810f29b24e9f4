"""Machine amounts are core.formulas' and core.container_reward's, computed the way the server
computes them (server.records.machine), and the three amounts sometimes disagree (SPEC §4.1.8)."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from core.container_reward import MonthlyVolume, TeuVolume
from core.formulas import amount_differences
from core.standards import StandardsTable
from demo.cargo import reward_formula
from server.records.machine import ShipInputs, container_reward, ship_machine
from tests.demo.conftest import LoadedWorld


def _table(loaded: LoadedWorld) -> StandardsTable:
    (year,) = loaded.rows("subsidy_years")
    return StandardsTable.from_dicts(year["year"], year["standards"])


def _inputs(row: dict[str, Any], end: Any) -> ShipInputs:
    return ShipInputs(
        policy=row["policy"],
        project=row["project"],
        area=row["area"],
        power_form=row["power_form"],
        ship_type=row["ship_type"],
        gross_tonnage=row["gross_tonnage"],
        capacity=row["capacity"],
        power_kw=row["power_kw"],
        built_date=row["built_date"],
        end_date=end,
    )


def test_application_and_completion_amounts_are_the_cores(loaded: LoadedWorld) -> None:
    table = _table(loaded)
    rows = [(row, row["deregistration_date"]) for row in loaded.rows("applications")]
    rows += [(row, row["finish_date"]) for row in loaded.rows("completions")]
    for row, end in rows:
        machine = ship_machine(table, _inputs(row, end))
        assert machine.amount is not None, row
        assert (row["machine_amount"], row["machine_formula"], row["ship_age"]) == (
            machine.amount,
            machine.formula,
            machine.age,
        ), row


def test_estimates_mostly_match_and_some_differ(loaded: LoadedWorld) -> None:
    rows = loaded.rows("applications")
    differing = [
        row
        for row in rows
        if amount_differences(
            row["estimate_amount"], row["check_amount"], row["machine_amount"]
        ).has_difference
    ]
    assert 0 < len(differing) < len(rows) // 3
    assert any(row["check_amount"] is not None for row in rows)


def test_rewards_are_computed_from_their_monthly_reports(loaded: LoadedWorld) -> None:
    table = _table(loaded)
    months: dict[str, list[MonthlyVolume]] = defaultdict(list)
    for report in loaded.rows("monthly_reports"):
        volume = TeuVolume(report["foreign_teu"], report["domestic_teu"])
        months[report["cargo_owner_id"]].append(MonthlyVolume(report["month"], volume))
    owners = {row["id"]: row for row in loaded.rows("cargo_owners")}
    rewards = loaded.rows("rewards")
    assert rewards
    for reward in rewards:
        owner = owners[reward["cargo_owner_id"]]
        last_year = TeuVolume(owner["last_year_foreign_teu"], owner["last_year_domestic_teu"])
        reports = months[owner["id"]]
        assert sorted(m.month for m in reports) == list(range(1, 13))
        computed = container_reward(table, last_year, reports)
        assert computed is not None
        assert reward["machine_foreign"] == computed.foreign_wan
        assert reward["machine_domestic"] == computed.domestic_wan
        assert reward["foreign_standard"] == computed.foreign_standard
        assert reward["domestic_standard"] == computed.domestic_standard
        assert reward["this_year_foreign_teu"] == computed.this_year.foreign
        assert reward["machine_formula"] == reward_formula(computed)


def test_monthly_reports_are_consecutive_with_zero_months(loaded: LoadedWorld) -> None:
    months: dict[str, list[int]] = defaultdict(list)
    zero = 0
    for report in loaded.rows("monthly_reports"):
        months[report["cargo_owner_id"]].append(report["month"])
        zero += report["foreign_teu"] == report["domestic_teu"] == 0
        assert 0 <= report["foreign_teu"] <= 500_000
    assert zero > 0
    for reported in months.values():
        assert sorted(reported) == list(range(1, len(reported) + 1))
    assert any(len(reported) < 12 for reported in months.values())


def test_amounts_are_exact_decimals(loaded: LoadedWorld) -> None:
    for row in loaded.rows("applications"):
        assert isinstance(row["machine_amount"], Decimal)
        assert row["machine_amount"] == row["machine_amount"].quantize(Decimal("0.01"))
