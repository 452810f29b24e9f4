"""The generator's building blocks: coverage of every kind, applicant reuse, ids, the
indexed standards table, and realistic ranges in the loaded world."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from datetime import date
from decimal import Decimal

import pytest

from core import regions
from core.formulas import ShipProject, compute_machine_amount
from core.standards import Criteria, StandardCategory, StandardNotFoundError
from core.standards_2024 import STANDARDS_2024
from core.vocab import Area, Policy, PowerForm, Project
from demo.combos import KindPicker, valid_kinds
from demo.ids import IdSource
from demo.parties import NameRegistry, PartyFactory
from demo.placement import ApplicantBook
from demo.standards_index import IndexedStandards
from tests.demo.conftest import LoadedWorld


def test_the_picker_shows_every_valid_kind_and_every_value_early() -> None:
    kinds = valid_kinds(STANDARDS_2024)
    picker = KindPicker(kinds, random.Random(1))
    picks = [picker() for _ in range(4 * len(kinds))]
    assert set(picks) == set(kinds)
    head = picks[:300]
    for attribute in ("policy", "project", "area", "power_form", "ship_type"):
        assert {getattr(k, attribute) for k in head} == {getattr(k, attribute) for k in kinds}


def test_every_dimension_value_appears_in_a_small_world(loaded: LoadedWorld) -> None:
    rows = loaded.rows("applications")
    kinds = valid_kinds(STANDARDS_2024)
    for column, attribute in (
        ("policy", "policy"),
        ("project", "project"),
        ("area", "area"),
        ("power_form", "power_form"),
        ("ship_type", "ship_type"),
    ):
        expected = {str(getattr(kind, attribute)) for kind in kinds}
        assert {row[column] for row in rows} == expected, column
    pairs = {(row["policy"], row["project"]) for row in rows}
    assert pairs == {(str(k.policy), str(k.project)) for k in kinds}


def test_applicants_apply_for_about_three_ships_each() -> None:
    factory = PartyFactory(random.Random(2), NameRegistry())
    counter = iter(range(10**6))
    book = ApplicantBook(random.Random(3), factory, lambda: f"id-{next(counter)}")
    kinds = valid_kinds(STANDARDS_2024)
    county = regions.get("430102")
    made = sum(book.applicant_for(county, kinds[i % len(kinds)])[1] for i in range(3000))
    assert 850 <= made <= 1150


def test_ids_are_deterministic_ordered_uuid7s() -> None:
    first = [IdSource(random.Random(5))() for _ in range(1)]
    source, again = IdSource(random.Random(5)), IdSource(random.Random(5))
    ids = [source() for _ in range(1000)]
    assert ids == [again() for _ in range(1000)]
    assert ids == sorted(ids) and len(set(ids)) == 1000
    assert ids[0] == first[0]
    assert all(uuid.UUID(value).version == 7 for value in ids)


def test_indexed_standards_answer_like_the_core() -> None:
    indexed = IndexedStandards(STANDARDS_2024)
    ship = ShipProject(
        Policy.MINISTRY,
        Project.SCRAP,
        Area.INTER_PROVINCE,
        PowerForm.FUEL,
        "液货危险品船",
        gross_tonnage=Decimal(345),
        built_date=date(2006, 1, 1),
        end_date=date(2024, 7, 15),
    )
    assert compute_machine_amount(ship, indexed) == compute_machine_amount(ship, STANDARDS_2024)
    criteria = Criteria(policy=Policy.MINISTRY, ship_type="液货危险品船")
    with pytest.raises(StandardNotFoundError) as core_error:
        STANDARDS_2024.find(StandardCategory.AGE, criteria, Decimal(99))
    with pytest.raises(StandardNotFoundError) as indexed_error:
        indexed.find(StandardCategory.AGE, criteria, Decimal(99))
    assert str(indexed_error.value) == str(core_error.value)


def test_realistic_ranges(loaded: LoadedWorld) -> None:
    applicants = {row["id"]: row for row in loaded.rows("applicants")}
    foreign = Counter()
    for row in loaded.rows("applications"):
        assert date(1995, 1, 1) <= row["built_date"] <= date(2023, 12, 31)
        assert row["application_date"] <= row["created_on"]
        assert 1 <= row["gross_tonnage"] <= 20000
        if regions.locate_address(applicants[row["applicant_id"]]["address"]) is None:
            foreign[row["policy"]] += 1
    assert foreign and set(foreign) == {"部"}
    types = Counter(row["applicant_type"] for row in applicants.values())
    assert types["企业"] > types["个体"] > 0
