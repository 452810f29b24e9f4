"""The declaration status in force, read from the database as ``core.declaration`` wants it.

The rules (closed/expired forbid writes, maintenance admits only province 系统/管理 accounts)
are ``core.declaration``'s; this module only finds the newest row and converts it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import declaration as rules
from core.vocab import DeclarationState, PolicyScope
from server.models import DeclarationStatus


def current_status(session: Session) -> rules.DeclarationStatus | None:
    """The newest declaration status (by creation time, then version), or None if none exists."""
    statement = (
        select(DeclarationStatus)
        .order_by(DeclarationStatus.created_at.desc(), DeclarationStatus.version.desc())
        .limit(1)
    )
    row = session.scalars(statement).first()
    return None if row is None else to_rules(row)


def to_rules(row: DeclarationStatus) -> rules.DeclarationStatus:
    """The domain view of a stored status."""
    return rules.DeclarationStatus(
        year=row.year,
        state=DeclarationState(row.state),
        ship_deadline=row.ship_deadline,
        cargo_deadline=row.cargo_deadline,
        policy_scope=PolicyScope(row.policy_scope),
        check_ownership=row.check_ownership,
        check_inspection=row.check_inspection,
        created_on=row.created_on,
        created_at=row.created_at,
        note=row.note,
    )
