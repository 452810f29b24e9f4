"""Transport-development records: cargo owners (货主), monthly container reports (集装箱月报)
and reward applications (奖励申请), manual ch. 4. TEU counts are integers; amounts 万元."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.models.base import ID_LENGTH, Base, Synced
from server.models.record_parts import CityReviewed, ProvinceReviewed, RecordCommon, WithMaterials
from server.models.types import money


class CargoOwner(Synced, RecordCommon, WithMaterials, CityReviewed, Base):
    """货主 (page 4-2), created and reviewed by the city; last year's TEU by trade."""

    __tablename__ = "cargo_owners"

    name: Mapped[str] = mapped_column(String(50))
    address: Mapped[str] = mapped_column(String(50))
    credit_code: Mapped[str] = mapped_column(String(18))
    contact: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(20))
    bank_name: Mapped[str] = mapped_column(String(50))
    bank_account: Mapped[str] = mapped_column(String(30))
    last_year_foreign_teu: Mapped[int] = mapped_column(Integer, default=0)
    last_year_domestic_teu: Mapped[int] = mapped_column(Integer, default=0)


class MonthlyReport(Synced, RecordCommon, WithMaterials, Base):
    """集装箱月报 (page 4-6): one month of one owner, zero months included."""

    __tablename__ = "monthly_reports"
    __extra_table_args__ = (UniqueConstraint("cargo_owner_id", "year", "month"),)

    cargo_owner_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("cargo_owners.id", ondelete="RESTRICT"), index=True
    )
    month: Mapped[int] = mapped_column(Integer)
    foreign_teu: Mapped[int] = mapped_column(Integer)
    domestic_teu: Mapped[int] = mapped_column(Integer)


class Reward(Synced, RecordCommon, WithMaterials, CityReviewed, ProvinceReviewed, Base):
    """奖励申请 (page 4-8): this year's volumes summed from the monthly reports (SPEC §4.1.7).

    Standards are yuan per TEU (the foreign one is the average over the tiers); the amounts
    are 万元, each kept as machine (机算), estimate (测算) and check (复核) per trade.
    """

    __tablename__ = "rewards"

    cargo_owner_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("cargo_owners.id", ondelete="RESTRICT"), index=True
    )
    form_no: Mapped[str] = mapped_column(String(30), default="")
    last_year_foreign_teu: Mapped[int] = mapped_column(Integer, default=0)
    last_year_domestic_teu: Mapped[int] = mapped_column(Integer, default=0)
    this_year_foreign_teu: Mapped[int] = mapped_column(Integer, default=0)
    this_year_domestic_teu: Mapped[int] = mapped_column(Integer, default=0)
    foreign_standard: Mapped[Decimal | None] = mapped_column(money())
    domestic_standard: Mapped[Decimal | None] = mapped_column(money())
    machine_foreign: Mapped[Decimal | None] = mapped_column(money())
    machine_domestic: Mapped[Decimal | None] = mapped_column(money())
    machine_formula: Mapped[str] = mapped_column(String(200), default="")
    estimate_foreign: Mapped[Decimal | None] = mapped_column(money())
    estimate_domestic: Mapped[Decimal | None] = mapped_column(money())
    check_foreign: Mapped[Decimal | None] = mapped_column(money())
    check_domestic: Mapped[Decimal | None] = mapped_column(money())
