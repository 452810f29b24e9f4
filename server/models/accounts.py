"""Accounts (SPEC §3), their bearer tokens and the record of failed logins.

Accounts sync like records (a reviewer's desktop shows who reviewed what), but their secrets
and login bookkeeping are ``__sync_private__``: they never leave the server and a login does
not bump the account's version.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.models.base import Base, Synced

ACCOUNT_ID_LENGTH = 9  # "430300-12"


class Account(Synced, Base):
    """A login account: id ``<region>-<1..2 digits>``, permissions as a canonical string.

    ``permissions`` holds the Permission values joined by "," in the enum's declaration order
    (e.g. "系统,编辑,审核,查询", as manual page 8-1 prints them), so equal sets are equal strings.
    ``session_epoch`` is bumped to end this account's sessions (password reset, deactivation).
    """

    __tablename__ = "accounts"
    __sync_private__ = frozenset(
        {
            "password_hash",
            "last_login_at",
            "login_count",
            "failed_logins",
            "locked_until",
            "session_epoch",
        }
    )

    name: Mapped[str] = mapped_column(String(8))
    unit: Mapped[str] = mapped_column(String(40))
    department: Mapped[str] = mapped_column(String(40))
    permissions: Mapped[str] = mapped_column(String(40))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]
    last_login_at: Mapped[datetime | None]
    login_count: Mapped[int] = mapped_column(Integer, default=0)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    session_epoch: Mapped[int] = mapped_column(Integer, default=1)


class AuthToken(Base):
    """An issued bearer token; only its SHA-256 is stored, so a leaked table grants nothing.

    ``epoch`` is the global session epoch at issue (bumped when a declaration status is created
    or deleted), ``account_epoch`` the account's own; a mismatch with either ends the session.
    """

    __tablename__ = "auth_tokens"
    __table_args__ = (Index("ix_auth_tokens_expires_at", "expires_at"),)

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    issued_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    epoch: Mapped[int] = mapped_column(BigInteger)
    account_epoch: Mapped[int] = mapped_column(Integer)


class LoginFailure(Base):
    """One failed login, counted in sliding windows per typed account and per client address.

    Kept in the database rather than in process memory because several server processes share
    one PostgreSQL in production (SPEC §2) and an attacker must not get a fresh budget per process.
    """

    __tablename__ = "login_failures"
    __table_args__ = (
        Index("ix_login_failures_account_id_failed_at", "account_id", "failed_at"),
        Index("ix_login_failures_client_ip_failed_at", "client_ip", "failed_at"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(40))
    client_ip: Mapped[str] = mapped_column(String(64))
    failed_at: Mapped[datetime]
