"""Where ship records live and who applies: regions, applicants, queues.

* Regions: the lake cities (岳阳, 常德, 益阳) and 长沙 hold more of Hunan's fleet, so they get
  more records; within a city some counties are busier than others. Ministry-policy scrapping
  always belongs to the city's 市辖区 (manual §3.2.2: only those accounts may create it), and
  a few other city-managed ships do too.
* Applicants: about one per three applications — an applicant usually has several ships and
  applies for them over weeks, so a new record reuses a recent applicant of its region two
  times in three. Applicants from outside Hunan only apply under the ministry policy.
* Queues: the head of each review queue (a level at one region) gets PDFs of its own.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable

from core import regions, workflow
from core.regions import Region
from core.vocab import Level, Policy, RecordKind
from core.workflow import ReviewState
from demo.combos import Kind
from demo.parties import Party, PartyFactory

CITY_WEIGHTS = {
    "430600": 1.3,
    "430700": 1.25,
    "430900": 1.25,
    "430100": 1.2,
    "430400": 1.1,
}
"""Relative shares of the cities (others 0.95): the busiest holds under 10% of the records, so
even a 100,000-record world stays within the four-digit form serials of page 3-7."""
OTHER_CITY_WEIGHT = 0.95
CITY_MANAGED_SHARE = 0.08
OUT_OF_PROVINCE_SHARE = 0.08
REUSE_SHARE = 2 / 3
RECENT = 8


class RegionPicker:
    """Draws the region of a new ship record (see the module docstring)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._cities = list(regions.cities())
        self._city_weights = [
            CITY_WEIGHTS.get(city.code, OTHER_CITY_WEIGHT) for city in self._cities
        ]
        self._counties: dict[str, tuple[list[Region], list[float]]] = {}
        for city in self._cities:
            real = [c for c in regions.counties(city.code) if not c.is_city_pseudo]
            self._counties[city.code] = (real, [rng.uniform(0.3, 2.0) for _ in real])

    def __call__(self, kind: Kind) -> Region:
        rng = self._rng
        city = rng.choices(self._cities, weights=self._city_weights)[0]
        if kind.ministry_scrap or rng.random() < CITY_MANAGED_SHARE:
            return pseudo_county(city)
        counties, weights = self._counties[city.code]
        return rng.choices(counties, weights=weights)[0]


def pseudo_county(city: Region) -> Region:
    """The city's 市辖区 / 州辖区."""
    return next(c for c in regions.counties(city.code) if c.is_city_pseudo)


class ApplicantBook:
    """The applicants of each region; hands out a recent one or makes a new one."""

    def __init__(self, rng: random.Random, factory: PartyFactory, new_id: Callable[[], str]):
        self._rng = rng
        self._factory = factory
        self._new_id = new_id
        self._by_region: dict[tuple[str, bool], list[Party]] = {}

    def applicant_for(self, region: Region, kind: Kind) -> tuple[Party, bool]:
        """An applicant of ``region`` who may apply for ``kind``; True when newly made."""
        rng = self._rng
        foreign = kind.policy is Policy.MINISTRY and rng.random() < OUT_OF_PROVINCE_SHARE
        pool = self._by_region.setdefault((region.code, not foreign), [])
        if pool and rng.random() < REUSE_SHARE:
            return rng.choice(pool[-RECENT:]), False
        party = self._factory.applicant(
            self._new_id(), region, in_province=not foreign, company=rng.random() < 0.65
        )
        pool.append(party)
        return party, True


def queue_unit(level: Level, region_code: str) -> str:
    """The region whose reviewers hold the queue of ``level`` for a record of ``region_code``."""
    if level in (Level.PLATFORM, Level.COUNTY):
        return region_code
    if level is Level.CITY:
        city = regions.city_of(region_code)
        assert city is not None
        return city.code
    return regions.PROVINCE_CODE


class QueueHeads:
    """Counts the records entering each review queue; the first ``size`` are its first page."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._counts: Counter[tuple[RecordKind, Level, str]] = Counter()

    def admits(self, kind: RecordKind, state: ReviewState, region_code: str) -> bool:
        """Whether the record is on the first page of the queue it waits in (if any)."""
        level = workflow.next_level(kind, state)
        if level is None:
            return False
        key = (kind, level, queue_unit(level, region_code))
        self._counts[key] += 1
        return self._counts[key] <= self._size
