"""Small facts the shell shows around the lists, read from the synced cache.

* ``declaration_header`` — the subsidy year, declaration state and deadlines of the title line,
  the web system's "【2024年，部省政策拆建申报至2025-01-10，货主申报至2025-01-10】" (page 3-6),
  from the newest synced 申报状态 row (core.declaration: the newest row wins; open past its
  deadline reads as expired).
* ``known_years`` — the subsidy years for the query form's 奖补年份 dropdown.
* ``read_queue_counts`` — the queue page's summary line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from core.declaration import DeclarationStatus as Status
from core.declaration import effective_state
from core.query import Query
from core.vocab import DeclarationState, Level, PolicyScope
from desktop.models.database import CacheDatabase
from desktop.models.list_queries import QueueCounts, list_source, queue_counts
from desktop.models.mirror import Application, DeclarationStatus, SubsidyYear


@dataclass(frozen=True)
class DeclarationHeader:
    """The declaration window as the title line shows it."""

    year: int
    ship_state: DeclarationState
    cargo_state: DeclarationState
    policy_scope: str
    ship_deadline: date
    cargo_deadline: date


def declaration_header(db: CacheDatabase, today: date) -> DeclarationHeader | None:
    """The status in force (None before the first sync brought one)."""
    with db.read() as session:
        row = session.scalars(
            select(DeclarationStatus)
            .where(DeclarationStatus.created_at.is_not(None))
            .order_by(DeclarationStatus.created_at.desc(), DeclarationStatus.id.desc())
            .limit(1)
        ).first()
        if row is None or row.year is None or row.state is None:
            return None
        if row.ship_deadline is None or row.cargo_deadline is None or row.created_at is None:
            return None
        status = Status(
            year=row.year,
            state=DeclarationState(row.state),
            ship_deadline=row.ship_deadline,
            cargo_deadline=row.cargo_deadline,
            policy_scope=PolicyScope(row.policy_scope or PolicyScope.BOTH.value),
            check_ownership=bool(row.check_ownership),
            check_inspection=bool(row.check_inspection),
            created_on=row.created_on or row.created_at.date(),
            created_at=row.created_at,
        )
    return DeclarationHeader(
        year=status.year,
        ship_state=effective_state(status, today, for_cargo=False),
        cargo_state=effective_state(status, today, for_cargo=True),
        policy_scope=status.policy_scope.value,
        ship_deadline=status.ship_deadline,
        cargo_deadline=status.cargo_deadline,
    )


def known_years(db: CacheDatabase) -> list[int]:
    """Subsidy years of the cache (years and records), newest first."""
    with db.read() as session:
        years = set(session.scalars(select(SubsidyYear.year).where(SubsidyYear.year.is_not(None))))
        years |= set(
            session.scalars(
                select(Application.year).distinct().where(Application.year.is_not(None))
            )
        )
    return sorted(years, reverse=True)


def read_queue_counts(db: CacheDatabase, kind: str, query: Query, level: Level) -> QueueCounts:
    with db.read() as session:
        return queue_counts(session, list_source(kind), query, level)
