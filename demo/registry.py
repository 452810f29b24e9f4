"""The registry snapshots the joint review reads (水路运政库, 船舶登记库, 船检登记库).

For each ship the demo first makes *clean* entries, consistent with every judgment date of its
record: licences issued long before the policy date, operation certificates issued before it
(or right after a new build's registration) and cancelled on a scrapped ship's deregistration
day, inspections valid across the project. Records meant to fail get rigged entries instead
(``demo.joint_review``).

``RegistryWriter`` writes the entries twice, identically: as table rows, and as the CSV files
``reviewdesk-server load-registry`` reads (same headers, ``server.registry_loader``), saved
under ``<data_dir>/registries/``. The ``registry_loads`` rows name those files with their
SHA-256, exactly as loading them would, so an operator can reload the demo registries (or edit
one and load it) and see the same bookkeeping.
"""

from __future__ import annotations

import csv
import hashlib
import io
import random
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from core.joint_review import CertificateEntry, InspectionEntry, LicenceEntry, OwnershipEntry
from core.vocab import Project
from demo.combos import Kind
from demo.days import between, later
from demo.joint_review import ShipRegistry
from demo.ships import ShipDates
from server.registry_loader import REGISTRIES, RegistrySpec

LICENCE_LETTERS = "ABCD"
FOLDER = "registries"


def years_later(day: date, years: int) -> date:
    """The day before the same date ``years`` later (how certificate validity is written)."""
    if (day.month, day.day) == (2, 29):
        day = day - timedelta(days=1)
    return day.replace(year=day.year + years) - timedelta(days=1)


class LicenceBook:
    """Operators and their licences: one licence per operator, shared by all its ships.

    Licences run ten years from 2016–2021, so each is in force from before the policy date
    until after the last application of the subsidy year.
    """

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._licences: dict[str, LicenceEntry] = {}
        self._serials: dict[str, int] = {}

    def licence_for(self, operator: str, abbreviation: str) -> tuple[LicenceEntry, bool]:
        """The operator's licence, and whether it was created now (its row is still to write)."""
        existing = self._licences.get(operator)
        if existing is not None:
            return existing, False
        serial = self._serials.get(abbreviation, self._rng.randint(1, 500))
        self._serials[abbreviation] = serial + self._rng.randint(1, 4)
        letter = LICENCE_LETTERS[(serial // 10000) % len(LICENCE_LETTERS)]
        licence_no = f"湘{abbreviation}XK{letter}{serial % 10000:04d}"
        valid_from = between(self._rng, date(2016, 1, 1), date(2021, 12, 31))
        licence = LicenceEntry(operator, licence_no, valid_from, years_later(valid_from, 10))
        self._licences[operator] = licence
        return licence, True


def clean_registry(
    rng: random.Random,
    kind: Kind,
    ship_name: str,
    ship_id_no: str,
    certificate_no_for: Callable[[int], str],
    owner: str,
    licence: LicenceEntry | None,
    operator: str,
    dates: ShipDates,
) -> ShipRegistry:
    """Entries that pass every check of the record (see the module docstring).

    ``certificate_no_for`` numbers the operation certificate by its year of issue, which is
    only known here.
    """
    existing = kind.project in (Project.SCRAP, Project.REFIT)
    cancelled = dates.deregistration if kind.project is Project.SCRAP else None
    certificate = None
    if not kind.is_ferry:
        if existing:
            issued = between(rng, max(dates.registered, date(2020, 1, 1)), date(2023, 6, 30))
        else:
            issued = later(dates.registered, rng, 3, 20)
        certificate = CertificateEntry(
            ship_name, certificate_no_for(issued.year), issued, years_later(issued, 5), cancelled
        )
    ownership = OwnershipEntry(ship_name, ship_id_no, dates.registered, cancelled)
    first_needed = min(d for d in (dates.application, dates.dismantle_start) if d is not None)
    if existing:
        inspected = first_needed - timedelta(days=rng.randint(30, 500))
    else:
        inspected = later(dates.built, rng, 1, 10)
    inspection = InspectionEntry(
        ship_name, ship_id_no, inspected, years_later(inspected, rng.randint(3, 5))
    )
    number = f"HN{inspected.year}{rng.randrange(10**6):06d}"
    return ShipRegistry(licence, certificate, ownership, inspection, number, owner, operator)


_SPECS = {spec.model.__tablename__: spec for spec in REGISTRIES}  # type: ignore[attr-defined]
REGISTRY_TABLES = tuple(_SPECS)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class RegistryWriter:
    """Registry rows and the same rows as ``load-registry`` CSV files.

    Rows carry no id: the database numbers them as ``load-registry`` would, and PostgreSQL's
    sequences stay in step with the table.
    """

    def __init__(self) -> None:
        self._count = dict.fromkeys(REGISTRY_TABLES, 0)
        self._csv: dict[str, io.StringIO] = {}
        self._writers: dict[str, Any] = {}
        for table, spec in _SPECS.items():
            buffer = io.StringIO()
            self._csv[table] = buffer
            self._writers[table] = csv.writer(buffer, lineterminator="\n")
            self._writers[table].writerow(spec.headers)
        self.rows: dict[str, list[dict[str, Any]]] = {table: [] for table in REGISTRY_TABLES}

    def _add(self, table: str, values: dict[str, Any]) -> None:
        spec: RegistrySpec = _SPECS[table]
        self._writers[table].writerow([_cell(values[c.attribute]) for c in spec.columns])
        self.rows[table].append(values)
        self._count[table] += 1

    def licence(self, licence: LicenceEntry) -> None:
        self._add(
            "registry_operator_licences",
            {
                "operator": licence.operator,
                "licence_no": licence.licence_no,
                "valid_from": licence.valid_from,
                "valid_until": licence.valid_until,
                "cancelled_on": licence.cancelled_on,
            },
        )

    def ship(self, registry: ShipRegistry) -> None:
        """The certificate, ownership and inspection entries of one ship (those that exist)."""
        if registry.certificate is not None:
            c = registry.certificate
            self._add(
                "registry_operation_certificates",
                {
                    "ship_name": c.ship_name,
                    "certificate_no": c.certificate_no,
                    "operator": registry.operator,
                    "issued_on": c.issued_on,
                    "expires_on": c.expires_on,
                    "cancelled_on": c.cancelled_on,
                },
            )
        if registry.ownership is not None:
            self.ownership(registry.ownership, registry.owner)
        if registry.inspection is not None:
            i = registry.inspection
            self._add(
                "registry_inspections",
                {
                    "ship_name": i.ship_name,
                    "ship_id_no": i.ship_id_no,
                    "certificate_no": registry.inspection_no,
                    "inspected_on": i.inspected_on,
                    "valid_until": i.valid_until,
                },
            )

    def ownership(self, ownership: OwnershipEntry, owner: str) -> None:
        self._add(
            "registry_ownerships",
            {
                "ship_name": ownership.ship_name,
                "ship_id_no": ownership.ship_id_no,
                "owner": owner,
                "registered_on": ownership.registered_on,
                "deregistered_on": ownership.deregistered_on,
            },
        )

    def take(self) -> dict[str, list[dict[str, Any]]]:
        """The rows written since the last call (for one batch), and forget them."""
        taken = self.rows
        self.rows = {table: [] for table in REGISTRY_TABLES}
        return taken

    def finish(self, loaded_at: datetime) -> tuple[dict[str, bytes], list[dict[str, Any]]]:
        """The CSV files by relative path and the ``registry_loads`` rows that describe them."""
        files: dict[str, bytes] = {}
        loads: list[dict[str, Any]] = []
        for table, spec in _SPECS.items():
            content = self._csv[table].getvalue().encode("utf-8")
            path = f"{FOLDER}/{spec.name}.csv"
            files[path] = content
            loads.append(
                {
                    "name": spec.name,
                    "source": path,
                    "sha256": hashlib.sha256(content).hexdigest(),
                    "row_count": self._count[table],
                    "loaded_at": loaded_at,
                }
            )
        return files, loads
