"""Session epochs: how "creating or deleting a declaration status ends every session" (SPEC §4,
manual page 7-2) and "deactivating or resetting an account ends its sessions" are done without
touching tokens.

Each token records the global epoch and its account's epoch at issue; a token whose epochs are
no longer current is refused with ``session_ended``. Bumping an epoch is one row update in the
writing transaction, so sessions end exactly when that transaction commits.

The declaration-status rule is enforced here once, for every code path: a flush that inserts
or deletes a ``DeclarationStatus`` through the ORM bumps the global epoch in the same
transaction (bulk Core inserts must call ``end_all_sessions`` themselves).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, UOWTransaction

from server import versioning  # the module, not names: it may still be initialising
from server.models import Account, CounterName, DeclarationStatus


def current_epoch(session: Session) -> int:
    """The global session epoch now in force."""
    return versioning.read_counter(session, CounterName.SESSION_EPOCH)


def end_all_sessions(session: Session) -> int:
    """End every session when this transaction commits; returns the new epoch."""
    return versioning.advance_counter(session, CounterName.SESSION_EPOCH)


def end_account_sessions(account: Account) -> None:
    """End the sessions of one account (password reset, deactivation)."""
    account.session_epoch += 1


def _status_created_or_deleted(session: Session) -> bool:
    return any(isinstance(obj, DeclarationStatus) for obj in (*session.new, *session.deleted))


def _end_sessions_on_status_change(
    session: Session, _context: UOWTransaction, _instances: Iterable[Any]
) -> None:
    if _status_created_or_deleted(session):
        end_all_sessions(session)


if not event.contains(Session, "before_flush", _end_sessions_on_status_change):
    event.listen(Session, "before_flush", _end_sessions_on_status_change)
