"""A record's life up to its target: uploads, modifications and review results, day by day.

The history is built as events and then *played* through ``core.workflow``: every decision is
first checked with ``can_review`` for the account that makes it (its region level and
permissions) and then applied with ``apply_decision``; uploads and modifications go through
``on_upload`` / ``on_modify``. A history the rules would refuse raises at once, so the demo can
never hold a state no desk could have reached. Each event is at least a day after the previous
decision, so no level ever has two results on one day.

Some records take detours on the way: a failed joint review fixed by modifying the record and
uploading again, a return answered with new materials. Their audit logs (审核日志) show those
results too, as the manual's page 3-13 does.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from core import workflow
from core.vocab import Decision, Level, RecordKind
from core.workflow import ReviewState
from demo.accounts import DemoAccount
from demo.days import later, office_time
from demo.stages import Outcome, Target


@dataclass(frozen=True)
class Upload:
    on: date


@dataclass(frozen=True)
class Modify:
    on: date


@dataclass(frozen=True)
class Decided:
    """One review result, as the audit log (审核日志) shows it."""

    level: Level
    decision: Decision
    on: date
    reviewer: DemoAccount
    opinion: str


Event = Upload | Modify | Decided
Decide = Callable[[Level, Decision, date], Decided]
"""Makes a result: picks the reviewer and writes the opinion (or the joint-review problems)."""


def plan_events(
    chain: tuple[Level, ...],
    target: Target,
    start: date,
    rng: random.Random,
    decide: Decide,
    detour_rate: float = 0.08,
) -> list[Event]:
    """The events that take a record created on ``start`` to ``target``."""
    if target.outcome is Outcome.UNTOUCHED:
        return []
    day = later(start, rng, 0, 7)
    events: list[Event] = [Upload(day)]
    for level in chain[: target.index]:
        if rng.random() < detour_rate:
            day = later(day, rng, 1, 12)
            events.append(decide(level, Decision.RETURN, day))
            day = later(day, rng, 1, 10)
            if level is Level.PLATFORM or rng.random() < 0.5:
                events.append(Modify(day))
                day = later(day, rng, 0, 3)
            events.append(Upload(day))
        day = later(day, rng, 1, 12)
        events.append(decide(level, Decision.PASS, day))
    if target.outcome in (Outcome.STOPPED, Outcome.MODIFIED):
        day = later(day, rng, 1, 12)
        events.append(decide(chain[target.index], Decision.RETURN, day))
        if target.outcome is Outcome.MODIFIED:
            events.append(Modify(later(day, rng, 1, 10)))
    return events


class IllegalHistoryError(AssertionError):
    """A generated decision that ``core.workflow`` refuses: a bug in the generator."""


def actor_of(account: DemoAccount) -> workflow.Actor:
    """The account as ``core.workflow``'s rules see it."""
    return workflow.Actor(
        account.region.level, account.permissions, city_district=account.region.is_city_pseudo
    )


def play(kind: RecordKind, events: list[Event]) -> ReviewState:
    """Apply the events with ``core.workflow``; refuse any decision the rules refuse."""
    state = ReviewState()
    for event in events:
        if isinstance(event, Upload):
            state = workflow.on_upload(state, event.on)
        elif isinstance(event, Modify):
            state = workflow.on_modify(state)
        else:
            actor = actor_of(event.reviewer)
            reasons = workflow.can_review(kind, state, event.level, actor.level, actor.permissions)
            if reasons:
                raise IllegalHistoryError(f"{kind} {event}: {'；'.join(reasons)}")
            state = workflow.apply_decision(state, event.level, event.decision, event.on)
    return state


def last_day(events: list[Event], default: date) -> date:
    """The day of the newest event (``default`` when nothing happened yet)."""
    return max((event.on for event in events), default=default)


def decisions(events: list[Event]) -> list[Decided]:
    return [event for event in events if isinstance(event, Decided)]


def platform_column(events: list[Event], state: ReviewState) -> str:
    """The record's joint-review column: the standing result's problems ("" when it passed or
    none stands), as ``server.joint_review.run`` keeps them; the pass opinion goes to the audit
    log only, and clearing the result clears the text (``server.records.state.store_state``).
    """
    if state.platform.decision in (None, Decision.PASS):
        return ""
    results = [e for e in decisions(events) if e.level is Level.PLATFORM]
    return results[-1].opinion


def updated_at(events: list[Event], created_at: datetime, rng: random.Random) -> datetime:
    """The record's last change: its newest event's time, never before it was created."""
    if not events:
        return created_at
    return max(created_at, office_time(last_day(events, created_at.date()), rng))


def decision_value(decision: Decision | None) -> str | None:
    """A result column's value: "同意", "退回" or NULL."""
    return None if decision is None else decision.value
