"""Subsidy years and declaration statuses (SPEC §4, manual ch. 7).

Both are province-wide settings every desktop needs (deadlines, standards, material lists), so
they sync with ``__sync_scope__ = "global"`` and carry the province's region code.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.models.accounts import ACCOUNT_ID_LENGTH
from server.models.base import Base, Synced

PROVINCE_CODE = "430000"


class SubsidyYear(Synced, Base):
    """奖补年份: per-year limits, the standards table and the material list, as data.

    ``id`` is the year as text ("2024"), so offline clients and the server agree on it.
    ``standards`` rows: {description, parameter_unit, parameter_range, coefficient, unit};
    ``materials`` rows: the year's material list (stage, policy, project, name, size limit …),
    both shaped by ``core.standards`` / ``core.materials``.
    """

    __tablename__ = "subsidy_years"
    __sync_scope__ = "global"

    year: Mapped[int] = mapped_column(Integer, unique=True)
    pdf_limit_mb: Mapped[int] = mapped_column(Integer)
    zip_limit_mb: Mapped[int] = mapped_column(Integer)
    standards: Mapped[list[Any]]
    materials: Mapped[list[Any]]
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(ACCOUNT_ID_LENGTH))


class DeclarationStatus(Synced, Base):
    """申报状态: the newest row (by ``created_at``) is the one in force.

    ``state`` is a stored DeclarationState (开放/关闭/运维; 过期 is derived, never stored).
    Creating or deleting a row ends every session (``server.auth.sessions``).
    """

    __tablename__ = "declaration_statuses"
    __sync_scope__ = "global"
    __extra_table_args__ = (Index("ix_declaration_statuses_created_at", "created_at"),)

    year: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(4))
    ship_deadline: Mapped[date]
    cargo_deadline: Mapped[date]
    policy_scope: Mapped[str] = mapped_column(String(8))
    check_ownership: Mapped[bool]
    check_inspection: Mapped[bool]
    note: Mapped[str] = mapped_column(String(200), default="")
    created_on: Mapped[date]
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(ACCOUNT_ID_LENGTH))
