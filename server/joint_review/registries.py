"""The joint-review registries read from their tables, and when each was last loaded.

Whole tables are read, not the rows of the ships at hand: matching ignores typography
(``core.joint_review.match_key``), which a database equality cannot, and the registries are the
province's fleet — thousands of rows, read as plain tuples in a fraction of a second.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.joint_review import (
    CertificateEntry,
    InspectionEntry,
    LicenceEntry,
    OwnershipEntry,
    Registries,
)
from server.models import (
    RegistryInspection,
    RegistryLoad,
    RegistryOperationCertificate,
    RegistryOperatorLicence,
    RegistryOwnership,
)


class RegistryState(BaseModel):
    """One registry's last load, shown beside the results (stale registries fail ships)."""

    name: str
    row_count: int
    loaded_at: datetime


def read_registries(session: Session) -> Registries:
    """All four registries as the core's entries."""
    licence, certificate = RegistryOperatorLicence, RegistryOperationCertificate
    ownership, inspection = RegistryOwnership, RegistryInspection
    licences = session.execute(
        select(
            licence.operator,
            licence.licence_no,
            licence.valid_from,
            licence.valid_until,
            licence.cancelled_on,
        )
    )
    certificates = session.execute(
        select(
            certificate.ship_name,
            certificate.certificate_no,
            certificate.issued_on,
            certificate.expires_on,
            certificate.cancelled_on,
        )
    )
    ownerships = session.execute(
        select(
            ownership.ship_name,
            ownership.ship_id_no,
            ownership.registered_on,
            ownership.deregistered_on,
        )
    )
    inspections = session.execute(
        select(
            inspection.ship_name,
            inspection.ship_id_no,
            inspection.inspected_on,
            inspection.valid_until,
        )
    )
    return Registries(
        (LicenceEntry(*row) for row in licences),
        (CertificateEntry(*row) for row in certificates),
        (OwnershipEntry(*row) for row in ownerships),
        (InspectionEntry(*row) for row in inspections),
    )


def registry_states(session: Session) -> list[RegistryState]:
    """The registries' last loads, by name."""
    rows = session.scalars(select(RegistryLoad).order_by(RegistryLoad.name))
    return [
        RegistryState(name=row.name, row_count=row.row_count, loaded_at=row.loaded_at)
        for row in rows
    ]
