"""The external registries the platform joint review checks (SPEC §5, manual §0.3, §3.3).

They are server-side snapshots loaded from CSV files (``server.registry_loader``), never synced
and never edited through the API: 水路运政库 (operator licences and operation certificates),
船舶登记库 (ownership registrations) and 船检登记库 (inspections). Validity is judged at a date,
so every row carries the dates it was valid between and, where the registry has one, the date
it was cancelled.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.models.base import Base

_ID = BigInteger().with_variant(Integer, "sqlite")


class RegistryOperatorLicence(Base):
    """水路运政库 — a waterway-transport operator and its licence (许可证), matched on both."""

    __tablename__ = "registry_operator_licences"
    __table_args__ = (Index("ix_registry_operator_licences_match", "licence_no", "operator"),)

    id: Mapped[int] = mapped_column(_ID, primary_key=True)
    operator: Mapped[str] = mapped_column(String(100))
    licence_no: Mapped[str] = mapped_column(String(50))
    valid_from: Mapped[date]
    valid_until: Mapped[date]
    cancelled_on: Mapped[date | None]


class RegistryOperationCertificate(Base):
    """水路运政库 — a ship's operation certificate (营运证), matched on ship name + number."""

    __tablename__ = "registry_operation_certificates"
    __table_args__ = (
        Index("ix_registry_operation_certificates_match", "certificate_no", "ship_name"),
    )

    id: Mapped[int] = mapped_column(_ID, primary_key=True)
    ship_name: Mapped[str] = mapped_column(String(60))
    certificate_no: Mapped[str] = mapped_column(String(50))
    operator: Mapped[str] = mapped_column(String(100), default="")
    issued_on: Mapped[date]
    expires_on: Mapped[date]
    cancelled_on: Mapped[date | None]


class RegistryOwnership(Base):
    """船舶登记库 — an ownership registration, with its deregistration date once deregistered."""

    __tablename__ = "registry_ownerships"
    __table_args__ = (Index("ix_registry_ownerships_match", "ship_name", "ship_id_no"),)

    id: Mapped[int] = mapped_column(_ID, primary_key=True)
    ship_name: Mapped[str] = mapped_column(String(60))
    ship_id_no: Mapped[str] = mapped_column(String(30))
    owner: Mapped[str] = mapped_column(String(200))
    registered_on: Mapped[date]
    deregistered_on: Mapped[date | None]


class RegistryInspection(Base):
    """船检登记库 — an inspection certificate and the period it is valid for."""

    __tablename__ = "registry_inspections"
    __table_args__ = (Index("ix_registry_inspections_match", "ship_name", "ship_id_no"),)

    id: Mapped[int] = mapped_column(_ID, primary_key=True)
    ship_name: Mapped[str] = mapped_column(String(60))
    ship_id_no: Mapped[str] = mapped_column(String(30))
    certificate_no: Mapped[str] = mapped_column(String(50), default="")
    inspected_on: Mapped[date]
    valid_until: Mapped[date]


class RegistryLoad(Base):
    """When each registry was last replaced and from what, shown beside joint-review results."""

    __tablename__ = "registry_loads"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    source: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64))
    row_count: Mapped[int] = mapped_column(Integer)
    loaded_at: Mapped[datetime]
