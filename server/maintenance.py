"""Periodic clean-up: idempotency keys past retention, old tombstones, dead tokens, old login
failures. Safe to run from several server processes at once (each step is one transaction of
idempotent deletes), and run by every server on start and then every
``maintenance_interval_minutes``.

Pruning tombstones raises ``tombstones_pruned_through`` to the highest pruned version, which
is what turns a too-old sync cursor into 410 ``cursor_expired`` (``server.sync.changes``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from server.auth.sessions import current_epoch
from server.db import Database
from server.models import AuthToken, CounterName, IdempotencyKey, LoginFailure, Tombstone
from server.settings import Settings
from server.versioning import set_counter_at_least


@dataclass(frozen=True)
class MaintenanceReport:
    idempotency_keys: int
    tombstones: int
    tokens: int
    login_failures: int


def prune_idempotency_keys(session: Session, cutoff: datetime) -> int:
    statement = delete(IdempotencyKey).where(IdempotencyKey.created_at < cutoff)
    return session.execute(statement).rowcount or 0


def prune_tombstones(session: Session, cutoff: datetime) -> int:
    """Delete tombstones older than ``cutoff`` and remember the newest version deleted."""
    newest = session.execute(
        select(func.max(Tombstone.version)).where(Tombstone.deleted_at < cutoff)
    ).scalar_one()
    if newest is None:
        return 0
    set_counter_at_least(session, CounterName.TOMBSTONES_PRUNED_THROUGH, int(newest))
    statement = delete(Tombstone).where(Tombstone.deleted_at < cutoff)
    return session.execute(statement).rowcount or 0


def prune_tokens(session: Session, now: datetime) -> int:
    """Expired tokens and tokens of ended global epochs can never be accepted again."""
    statement = delete(AuthToken).where(
        or_(AuthToken.expires_at <= now, AuthToken.epoch < current_epoch(session))
    )
    return session.execute(statement).rowcount or 0


def prune_login_failures(session: Session, cutoff: datetime) -> int:
    statement = delete(LoginFailure).where(LoginFailure.failed_at < cutoff)
    return session.execute(statement).rowcount or 0


def run_maintenance(db: Database, settings: Settings, now: datetime) -> MaintenanceReport:
    """Run every clean-up step, each in its own short transaction."""
    with db.write() as session:
        keys = prune_idempotency_keys(
            session, now - timedelta(days=settings.idempotency_retention_days)
        )
    with db.write() as session:
        tombstones = prune_tombstones(
            session, now - timedelta(days=settings.tombstone_retention_days)
        )
    with db.write() as session:
        tokens = prune_tokens(session, now)
    with db.write() as session:
        failures = prune_login_failures(
            session, now - timedelta(seconds=settings.login_window_seconds)
        )
    return MaintenanceReport(keys, tombstones, tokens, failures)
