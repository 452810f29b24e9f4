"""Column groups shared by the record tables, one mixin per concern.

The per-level review columns are the record's *current* state, denormalised from
``review_results`` so that queues and lists (100,000 rows, SPEC §10) filter on plain columns.
They are also the flags of SPEC §5: ``platform_result == "退回"`` is "联审未过", a level's
``"退回"`` is its return flag, and clearing the flags (on modify or upload) sets them back to
NULL while the audit log keeps every past result.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.models.accounts import ACCOUNT_ID_LENGTH

DECISION_LENGTH = 4


class RecordCommon:
    """Bookkeeping every record has: subsidy year, note, who created it and when."""

    year: Mapped[int] = mapped_column(Integer, index=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    created_on: Mapped[date]
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(ACCOUNT_ID_LENGTH))
    updated_at: Mapped[datetime]


class WithMaterials:
    """Records that carry a material zip; NULL means "not uploaded (again) yet"."""

    materials_uploaded_on: Mapped[date | None]


class PlatformReviewed:
    """平台联审: the saved result, its date and the problems text (e.g. "营运证无效①")."""

    platform_result: Mapped[str | None] = mapped_column(String(DECISION_LENGTH))
    platform_on: Mapped[date | None]
    joint_review_problems: Mapped[str] = mapped_column(Text, default="")


class CountyReviewed:
    county_result: Mapped[str | None] = mapped_column(String(DECISION_LENGTH))
    county_on: Mapped[date | None]


class CityReviewed:
    city_result: Mapped[str | None] = mapped_column(String(DECISION_LENGTH))
    city_on: Mapped[date | None]


class ProvinceReviewed:
    province_result: Mapped[str | None] = mapped_column(String(DECISION_LENGTH))
    province_on: Mapped[date | None]
