"""Dates and timestamps of the demo world: office hours, working gaps, the declaration period.

Reviewers in Hunan work 08:00–18:00 Beijing time (UTC+8); the server stores UTC, so a
timestamp of that working day is 00:00–10:00 UTC.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

OFFICE_SECONDS = 10 * 3600


def office_time(day: date, rng: random.Random) -> datetime:
    """A moment of ``day``'s office hours, as the aware UTC timestamp the server stores."""
    midnight = datetime(day.year, day.month, day.day, tzinfo=UTC)
    return midnight + timedelta(seconds=rng.randrange(OFFICE_SECONDS))


def later(day: date, rng: random.Random, low: int, high: int) -> date:
    """A day ``low``..``high`` days after ``day``."""
    return day + timedelta(days=rng.randint(low, high))


def earlier(day: date, rng: random.Random, low: int, high: int) -> date:
    """A day ``low``..``high`` days before ``day``."""
    return day - timedelta(days=rng.randint(low, high))


def between(rng: random.Random, first: date, last: date) -> date:
    """A day in ``first``..``last`` inclusive."""
    return first + timedelta(days=rng.randint(0, (last - first).days))


def declaration_day(year: int, index: int, count: int) -> date:
    """The creation day of the ``index``-th of ``count`` records, in order through the period.

    Records are generated in the order they were created, from March to mid-November of the
    subsidy year, so "the first page of a queue" is also its oldest records and the
    application-form serials of a city grow with time, as they do at a real desk.
    """
    first, last = date(year, 3, 1), date(year, 11, 15)
    span = (last - first).days
    return first + timedelta(days=index * span // max(count, 1))
