"""The mirrored tables: one per sync kind of ``docs/api-contract.md``, named like the kind.

Columns follow the fields of the server rows (``data`` in ``/sync/changes``); every one is
nullable because the cache stores what the server said, and a server one version ahead or
behind may omit a field — the row is then still stored whole in ``data``. Indexes serve the
list sorts and filters of SPEC §8 and the review queues (``desktop.models.queries``).

Rows of a kind this desktop does not know yet (a newer server) are kept in ``other_rows``, so
the sync cursor can move on without losing them.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import ID_LENGTH, REGION_LENGTH, SHA256_HEX_LENGTH, CacheBase, Mirrored
from desktop.models.types import Scaled

DECISION_LENGTH = 4


class RecordCommon:
    """Bookkeeping every record has: subsidy year, note, who created it and when."""

    year: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(String(200))
    created_on: Mapped[date | None]
    created_at: Mapped[datetime | None]
    created_by: Mapped[str | None] = mapped_column(String(9))
    updated_at: Mapped[datetime | None]


class WithMaterials:
    materials_uploaded_on: Mapped[date | None]


class PlatformReviewed:
    platform_result: Mapped[str | None] = mapped_column(String(DECISION_LENGTH))
    platform_on: Mapped[date | None]
    joint_review_problems: Mapped[str | None] = mapped_column(Text)


class CountyReviewed:
    county_result: Mapped[str | None] = mapped_column(String(DECISION_LENGTH))
    county_on: Mapped[date | None]


class CityReviewed:
    city_result: Mapped[str | None] = mapped_column(String(DECISION_LENGTH))
    city_on: Mapped[date | None]


class ProvinceReviewed:
    province_result: Mapped[str | None] = mapped_column(String(DECISION_LENGTH))
    province_on: Mapped[date | None]


class ShipParticulars:
    """Ship and project fields an application and its completion share (page 3-7)."""

    owners: Mapped[str | None] = mapped_column(String(200))
    operator: Mapped[str | None] = mapped_column(String(100))
    control_status: Mapped[str | None] = mapped_column(String(4))
    licence_no: Mapped[str | None] = mapped_column(String(50))
    policy: Mapped[str | None] = mapped_column(String(2))
    project: Mapped[str | None] = mapped_column(String(4))
    area: Mapped[str | None] = mapped_column(String(4))
    power_form: Mapped[str | None] = mapped_column(String(8))
    ship_type: Mapped[str | None] = mapped_column(String(30))
    ship_name: Mapped[str | None] = mapped_column(String(60))
    ship_id_no: Mapped[str | None] = mapped_column(String(30))
    port_of_registry: Mapped[str | None] = mapped_column(String(20))
    operation_cert_no: Mapped[str | None] = mapped_column(String(50))
    gross_tonnage: Mapped[int | None] = mapped_column(Integer)
    capacity: Mapped[int | None] = mapped_column(Integer)
    power_kw: Mapped[Decimal | None] = mapped_column(Scaled(2))
    built_date: Mapped[date | None]
    application_date: Mapped[date | None]
    estimate_amount: Mapped[Decimal | None]
    check_amount: Mapped[Decimal | None]
    machine_amount: Mapped[Decimal | None]
    machine_formula: Mapped[str | None] = mapped_column(String(120))
    ship_age: Mapped[Decimal | None] = mapped_column(Scaled(3))


_SHIP_INDEXES: tuple[tuple[str, ...], ...] = (
    ("year",),
    ("ship_name",),
    ("application_date",),
    ("created_at",),
    ("machine_amount",),
    ("platform_result", "county_result"),
    ("county_result", "city_result"),
    ("city_result", "province_result"),
)


class ReviewedShipRecord(
    Mirrored,
    RecordCommon,
    ShipParticulars,
    WithMaterials,
    PlatformReviewed,
    CountyReviewed,
    CityReviewed,
    ProvinceReviewed,
):
    """Mixin of the columns an application and its completion share.

    Both are ship records with materials and the whole review chain (platform → county → city
    → province); declaring the bases once keeps the two tables from drifting apart. Not a
    table: each subclass adds ``CacheBase`` and its ``__sync_kind__``.
    """


class Applicant(Mirrored, RecordCommon, CacheBase):
    """拆建申请人."""

    __sync_kind__ = "applicants"
    __extra_indexes__ = (("name",), ("credit_code",), ("year",))

    name: Mapped[str | None] = mapped_column(String(50))
    credit_code: Mapped[str | None] = mapped_column(String(18))
    address: Mapped[str | None] = mapped_column(String(50))
    applicant_type: Mapped[str | None] = mapped_column(String(2))
    contact: Mapped[str | None] = mapped_column(String(20))
    phone: Mapped[str | None] = mapped_column(String(20))
    bank_name: Mapped[str | None] = mapped_column(String(50))
    bank_account: Mapped[str | None] = mapped_column(String(30))


class Application(ReviewedShipRecord, CacheBase):
    """拆建申请; chain: materials → platform → county → city → province."""

    __sync_kind__ = "applications"
    __extra_indexes__ = (*_SHIP_INDEXES, ("applicant_id",))

    applicant_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    form_no: Mapped[str | None] = mapped_column(String(30))
    deregistration_date: Mapped[date | None]
    dismantle_start: Mapped[date | None]
    dismantle_finish: Mapped[date | None]
    refit_from_name: Mapped[str | None] = mapped_column(String(60))
    refit_from_tonnage: Mapped[int | None] = mapped_column(Integer)


class Completion(ReviewedShipRecord, CacheBase):
    """拆建完结, copied from its application."""

    __sync_kind__ = "completions"
    __extra_indexes__ = (*_SHIP_INDEXES, ("application_id",))

    application_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    form_no: Mapped[str | None] = mapped_column(String(30))
    finish_date: Mapped[date | None]
    archive_date: Mapped[date | None]


class CargoOwner(Mirrored, RecordCommon, WithMaterials, CityReviewed, CacheBase):
    """货主."""

    __sync_kind__ = "cargo_owners"
    __extra_indexes__ = (("name",), ("year",), ("city_result",))

    name: Mapped[str | None] = mapped_column(String(50))
    address: Mapped[str | None] = mapped_column(String(50))
    credit_code: Mapped[str | None] = mapped_column(String(18))
    contact: Mapped[str | None] = mapped_column(String(20))
    phone: Mapped[str | None] = mapped_column(String(20))
    bank_name: Mapped[str | None] = mapped_column(String(50))
    bank_account: Mapped[str | None] = mapped_column(String(30))
    last_year_foreign_teu: Mapped[int | None] = mapped_column(Integer)
    last_year_domestic_teu: Mapped[int | None] = mapped_column(Integer)


class MonthlyReport(Mirrored, RecordCommon, WithMaterials, CacheBase):
    """集装箱月报."""

    __sync_kind__ = "monthly_reports"
    __extra_indexes__ = (("cargo_owner_id", "year", "month"),)

    cargo_owner_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    month: Mapped[int | None] = mapped_column(Integer)
    foreign_teu: Mapped[int | None] = mapped_column(Integer)
    domestic_teu: Mapped[int | None] = mapped_column(Integer)


class Reward(Mirrored, RecordCommon, WithMaterials, CityReviewed, ProvinceReviewed, CacheBase):
    """奖励申请."""

    __sync_kind__ = "rewards"
    __extra_indexes__ = (("cargo_owner_id",), ("year",), ("city_result", "province_result"))

    cargo_owner_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    form_no: Mapped[str | None] = mapped_column(String(30))
    last_year_foreign_teu: Mapped[int | None] = mapped_column(Integer)
    last_year_domestic_teu: Mapped[int | None] = mapped_column(Integer)
    this_year_foreign_teu: Mapped[int | None] = mapped_column(Integer)
    this_year_domestic_teu: Mapped[int | None] = mapped_column(Integer)
    foreign_standard: Mapped[Decimal | None]
    domestic_standard: Mapped[Decimal | None]
    machine_foreign: Mapped[Decimal | None]
    machine_domestic: Mapped[Decimal | None]
    machine_formula: Mapped[str | None] = mapped_column(String(200))
    estimate_foreign: Mapped[Decimal | None]
    estimate_domestic: Mapped[Decimal | None]
    check_foreign: Mapped[Decimal | None]
    check_domestic: Mapped[Decimal | None]


class ReviewResult(Mirrored, CacheBase):
    """One line of a record's 审核日志: the result of one level on one day."""

    __sync_kind__ = "review_results"
    __extra_indexes__ = (("record_id", "review_date"),)

    record_kind: Mapped[str | None] = mapped_column(String(8))
    record_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    level: Mapped[str | None] = mapped_column(String(4))
    decision: Mapped[str | None] = mapped_column(String(DECISION_LENGTH))
    opinion: Mapped[str | None] = mapped_column(Text)
    reviewer: Mapped[str | None] = mapped_column(String(9))
    review_date: Mapped[date | None]
    submission_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    created_at: Mapped[datetime | None]
    updated_at: Mapped[datetime | None]


class MaterialFile(Mirrored, CacheBase):
    """One PDF of one record's stage, addressed by SHA-256."""

    __sync_kind__ = "material_files"
    __extra_indexes__ = (("record_id",), ("sha256",))

    record_kind: Mapped[str | None] = mapped_column(String(8))
    record_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    stage: Mapped[str | None] = mapped_column(String(4))
    name: Mapped[str | None] = mapped_column(String(120))
    sha256: Mapped[str | None] = mapped_column(String(SHA256_HEX_LENGTH))
    size: Mapped[int | None] = mapped_column(BigInteger)
    uploaded_at: Mapped[datetime | None]


class DeclarationStatus(Mirrored, CacheBase):
    """申报状态 (global kind: every account receives every row)."""

    __sync_kind__ = "declaration_statuses"
    __extra_indexes__ = (("created_at",),)

    year: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str | None] = mapped_column(String(4))
    ship_deadline: Mapped[date | None]
    cargo_deadline: Mapped[date | None]
    policy_scope: Mapped[str | None] = mapped_column(String(8))
    check_ownership: Mapped[bool | None]
    check_inspection: Mapped[bool | None]
    note: Mapped[str | None] = mapped_column(String(200))
    created_on: Mapped[date | None]
    created_at: Mapped[datetime | None]
    created_by: Mapped[str | None] = mapped_column(String(9))


class SubsidyYear(Mirrored, CacheBase):
    """奖补年份; its standards table and material list stay in ``data`` (they are lists)."""

    __sync_kind__ = "subsidy_years"

    year: Mapped[int | None] = mapped_column(Integer)
    pdf_limit_mb: Mapped[int | None] = mapped_column(Integer)
    zip_limit_mb: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime | None]
    created_by: Mapped[str | None] = mapped_column(String(9))


class AccountRow(Mirrored, CacheBase):
    """An account of this region or a lower one, without secrets (who reviewed what)."""

    __sync_kind__ = "accounts"

    name: Mapped[str | None] = mapped_column(String(8))
    unit: Mapped[str | None] = mapped_column(String(40))
    department: Mapped[str | None] = mapped_column(String(40))
    permissions: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool | None]
    created_at: Mapped[datetime | None]


class OtherRow(CacheBase):
    """A row of a sync kind this desktop does not know (sent by a newer server), kept whole."""

    __tablename__ = "other_rows"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, default=0)
    region_code: Mapped[str | None] = mapped_column(String(REGION_LENGTH))
    data: Mapped[str] = mapped_column(Text, default="{}")


MIRRORS: dict[str, type[Mirrored]] = {
    model.__sync_kind__: model
    for model in (
        Applicant,
        Application,
        Completion,
        CargoOwner,
        MonthlyReport,
        Reward,
        ReviewResult,
        MaterialFile,
        DeclarationStatus,
        SubsidyYear,
        AccountRow,
    )
}
"""Every known sync kind → its mirrored table."""
