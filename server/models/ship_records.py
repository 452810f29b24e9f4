"""Ship-project records: applicants (拆建申请人), applications (拆建申请), completions (拆建完结).

Fields follow manual pages 3-2, 3-7 and 3-18 (SPEC §5). Amounts are 万元 with 2 decimals;
the three amounts (estimate 测算, check 复核, machine 机算 with its formula text) are all kept
because a difference between them is shown to the reviewer, never hidden (SPEC §4.1.8).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.models.base import ID_LENGTH, Base, Synced
from server.models.record_parts import (
    CityReviewed,
    CountyReviewed,
    PlatformReviewed,
    ProvinceReviewed,
    RecordCommon,
    WithMaterials,
)
from server.models.types import Fixed, money


class Applicant(Synced, RecordCommon, Base):
    """拆建申请人 (page 3-2). Cannot be deleted while applications reference it."""

    __tablename__ = "applicants"

    name: Mapped[str] = mapped_column(String(50))
    credit_code: Mapped[str] = mapped_column(String(18))
    address: Mapped[str] = mapped_column(String(50))
    applicant_type: Mapped[str] = mapped_column(String(2))
    contact: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(20))
    bank_name: Mapped[str] = mapped_column(String(50))
    bank_account: Mapped[str] = mapped_column(String(30))


class ShipParticulars:
    """The ship and project fields an application and its completion share (page 3-7)."""

    owners: Mapped[str] = mapped_column(String(200))
    operator: Mapped[str] = mapped_column(String(100), default="")
    control_status: Mapped[str] = mapped_column(String(4))
    licence_no: Mapped[str] = mapped_column(String(50), default="")
    policy: Mapped[str] = mapped_column(String(2))
    project: Mapped[str] = mapped_column(String(4))
    area: Mapped[str] = mapped_column(String(4))
    power_form: Mapped[str] = mapped_column(String(8))
    ship_type: Mapped[str] = mapped_column(String(30))
    ship_name: Mapped[str] = mapped_column(String(60), index=True)
    ship_id_no: Mapped[str] = mapped_column(String(30), default="")
    port_of_registry: Mapped[str] = mapped_column(String(20), default="")
    operation_cert_no: Mapped[str] = mapped_column(String(50), default="")
    gross_tonnage: Mapped[int | None] = mapped_column(Integer)
    capacity: Mapped[int | None] = mapped_column(Integer)
    power_kw: Mapped[Decimal | None] = mapped_column(Fixed(10, 2))
    built_date: Mapped[date | None]
    application_date: Mapped[date | None]
    estimate_amount: Mapped[Decimal | None] = mapped_column(money())
    check_amount: Mapped[Decimal | None] = mapped_column(money())
    machine_amount: Mapped[Decimal | None] = mapped_column(money())
    machine_formula: Mapped[str] = mapped_column(String(120), default="")
    ship_age: Mapped[Decimal | None] = mapped_column(Fixed(7, 3))


class Application(
    Synced,
    RecordCommon,
    ShipParticulars,
    WithMaterials,
    PlatformReviewed,
    CountyReviewed,
    CityReviewed,
    ProvinceReviewed,
    Base,
):
    """拆建申请 (page 3-7); chain: materials → platform → county → city → province."""

    __tablename__ = "applications"

    applicant_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("applicants.id", ondelete="RESTRICT"), index=True
    )
    form_no: Mapped[str] = mapped_column(String(30), default="")
    deregistration_date: Mapped[date | None]
    dismantle_start: Mapped[date | None]
    dismantle_finish: Mapped[date | None]
    refit_from_name: Mapped[str] = mapped_column(String(60), default="")
    refit_from_tonnage: Mapped[int | None] = mapped_column(Integer)


class Completion(
    Synced,
    RecordCommon,
    ShipParticulars,
    WithMaterials,
    PlatformReviewed,
    CountyReviewed,
    CityReviewed,
    ProvinceReviewed,
    Base,
):
    """拆建完结 (page 3-18): copied from its application, then completed.

    ``finish_date`` is 船舶注销/建成完工, ``archive_date`` the 完结归档日 (judgment date ④).
    """

    __tablename__ = "completions"

    application_id: Mapped[str] = mapped_column(
        String(ID_LENGTH),
        ForeignKey("applications.id", ondelete="RESTRICT"),
        unique=True,
    )
    form_no: Mapped[str] = mapped_column(String(30), default="")
    finish_date: Mapped[date | None]
    archive_date: Mapped[date | None]
