"""The request-scoped facts every record write needs: session, actor and the moment it runs.

The declaration deadlines and the "one result per level per day" rule speak of Hunan's
calendar days, so ``today`` is the date in Changsha, not in UTC: at 07:30 Beijing time the UTC
date is still yesterday.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from server.auth.actor import Actor
from server.auth.throttle import LOCAL_ZONE


def local_date(moment: datetime) -> date:
    """The calendar day of ``moment`` in Changsha (the province's offices' day)."""
    return moment.astimezone(LOCAL_ZONE).date()


@dataclass(frozen=True)
class WriteContext:
    """One write's session (inside the idempotent unit of work), its actor and its time."""

    session: Session
    actor: Actor
    now: datetime

    @property
    def today(self) -> date:
        """The local calendar day of this write."""
        return local_date(self.now)
