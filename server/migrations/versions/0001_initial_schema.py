"""Initial schema: accounts and tokens, declaration statuses and subsidy years, the six record
tables, review submissions and results, material files and blobs, the joint-review registries,
idempotency keys, tombstones and the server counters (seeded here: version 0, session epoch 1).

Revision ID: 0001
Revises:
Create Date: 2024-11-11
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=8), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column("department", sa.String(length=40), nullable=False),
        sa.Column("permissions", sa.String(length=40), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("login_count", sa.Integer(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("session_epoch", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
    )
    op.create_index(
        "ix_accounts_region_code_version", "accounts", ["region_code", "version"], unique=False
    )
    op.create_index("ix_accounts_version", "accounts", ["version"], unique=True)

    op.create_table(
        "applicants",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("credit_code", sa.String(length=18), nullable=False),
        sa.Column("address", sa.String(length=50), nullable=False),
        sa.Column("applicant_type", sa.String(length=2), nullable=False),
        sa.Column("contact", sa.String(length=20), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("bank_name", sa.String(length=50), nullable=False),
        sa.Column("bank_account", sa.String(length=30), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=9), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applicants")),
    )
    op.create_index(
        "ix_applicants_region_code_version", "applicants", ["region_code", "version"], unique=False
    )
    op.create_index("ix_applicants_version", "applicants", ["version"], unique=True)
    op.create_index(op.f("ix_applicants_year"), "applicants", ["year"], unique=False)

    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blobs")),
    )
    op.create_table(
        "cargo_owners",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("address", sa.String(length=50), nullable=False),
        sa.Column("credit_code", sa.String(length=18), nullable=False),
        sa.Column("contact", sa.String(length=20), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("bank_name", sa.String(length=50), nullable=False),
        sa.Column("bank_account", sa.String(length=30), nullable=False),
        sa.Column("last_year_foreign_teu", sa.Integer(), nullable=False),
        sa.Column("last_year_domestic_teu", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=9), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("materials_uploaded_on", sa.Date(), nullable=True),
        sa.Column("city_result", sa.String(length=4), nullable=True),
        sa.Column("city_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cargo_owners")),
    )
    op.create_index(
        "ix_cargo_owners_region_code_version",
        "cargo_owners",
        ["region_code", "version"],
        unique=False,
    )
    op.create_index("ix_cargo_owners_version", "cargo_owners", ["version"], unique=True)
    op.create_index(op.f("ix_cargo_owners_year"), "cargo_owners", ["year"], unique=False)

    op.create_table(
        "declaration_statuses",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=4), nullable=False),
        sa.Column("ship_deadline", sa.Date(), nullable=False),
        sa.Column("cargo_deadline", sa.Date(), nullable=False),
        sa.Column("policy_scope", sa.String(length=8), nullable=False),
        sa.Column("check_ownership", sa.Boolean(), nullable=False),
        sa.Column("check_inspection", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=9), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_declaration_statuses")),
    )
    op.create_index(
        "ix_declaration_statuses_created_at", "declaration_statuses", ["created_at"], unique=False
    )
    op.create_index(
        "ix_declaration_statuses_region_code_version",
        "declaration_statuses",
        ["region_code", "version"],
        unique=False,
    )
    op.create_index(
        "ix_declaration_statuses_version", "declaration_statuses", ["version"], unique=True
    )

    op.create_table(
        "idempotency_keys",
        sa.Column("account_id", sa.String(length=9), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("request_hash", sa.String(length=64), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column("headers", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("account_id", "key", name=op.f("pk_idempotency_keys")),
    )
    op.create_index(
        "ix_idempotency_keys_created_at", "idempotency_keys", ["created_at"], unique=False
    )

    op.create_table(
        "login_failures",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("account_id", sa.String(length=40), nullable=False),
        sa.Column("client_ip", sa.String(length=64), nullable=False),
        sa.Column("failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_failures")),
    )
    op.create_index(
        "ix_login_failures_account_id_failed_at",
        "login_failures",
        ["account_id", "failed_at"],
        unique=False,
    )
    op.create_index(
        "ix_login_failures_client_ip_failed_at",
        "login_failures",
        ["client_ip", "failed_at"],
        unique=False,
    )

    op.create_table(
        "registry_inspections",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("ship_name", sa.String(length=60), nullable=False),
        sa.Column("ship_id_no", sa.String(length=30), nullable=False),
        sa.Column("certificate_no", sa.String(length=50), nullable=False),
        sa.Column("inspected_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registry_inspections")),
    )
    op.create_index(
        "ix_registry_inspections_match",
        "registry_inspections",
        ["ship_name", "ship_id_no"],
        unique=False,
    )

    op.create_table(
        "registry_loads",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("source", sa.String(length=260), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_registry_loads")),
    )
    op.create_table(
        "registry_operation_certificates",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("ship_name", sa.String(length=60), nullable=False),
        sa.Column("certificate_no", sa.String(length=50), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("cancelled_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registry_operation_certificates")),
    )
    op.create_index(
        "ix_registry_operation_certificates_match",
        "registry_operation_certificates",
        ["certificate_no", "ship_name"],
        unique=False,
    )

    op.create_table(
        "registry_operator_licences",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("licence_no", sa.String(length=50), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("cancelled_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registry_operator_licences")),
    )
    op.create_index(
        "ix_registry_operator_licences_match",
        "registry_operator_licences",
        ["licence_no", "operator"],
        unique=False,
    )

    op.create_table(
        "registry_ownerships",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("ship_name", sa.String(length=60), nullable=False),
        sa.Column("ship_id_no", sa.String(length=30), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("deregistered_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registry_ownerships")),
    )
    op.create_index(
        "ix_registry_ownerships_match",
        "registry_ownerships",
        ["ship_name", "ship_id_no"],
        unique=False,
    )

    op.create_table(
        "review_results",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("record_kind", sa.String(length=8), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("level", sa.String(length=4), nullable=False),
        sa.Column("decision", sa.String(length=4), nullable=False),
        sa.Column("opinion", sa.Text(), nullable=False),
        sa.Column("reviewer", sa.String(length=9), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=False),
        sa.Column("submission_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_results")),
        sa.UniqueConstraint(
            "record_kind",
            "record_id",
            "level",
            "review_date",
            name=op.f("uq_review_results_record_kind_record_id_level_review_date"),
        ),
    )
    op.create_index(
        "ix_review_results_region_code_version",
        "review_results",
        ["region_code", "version"],
        unique=False,
    )
    op.create_index("ix_review_results_version", "review_results", ["version"], unique=True)

    op.create_table(
        "review_submissions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=False),
        sa.Column("record_kind", sa.String(length=8), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("level", sa.String(length=4), nullable=False),
        sa.Column("decision", sa.String(length=4), nullable=False),
        sa.Column("opinion", sa.Text(), nullable=False),
        sa.Column("reviewer", sa.String(length=9), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_submissions")),
    )
    op.create_index(
        "ix_review_submissions_record",
        "review_submissions",
        ["record_kind", "record_id", "created_at"],
        unique=False,
    )

    op.create_table(
        "server_counters",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_server_counters")),
    )
    op.create_table(
        "subsidy_years",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("pdf_limit_mb", sa.Integer(), nullable=False),
        sa.Column("zip_limit_mb", sa.Integer(), nullable=False),
        sa.Column("standards", sa.JSON(), nullable=False),
        sa.Column("materials", sa.JSON(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=9), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subsidy_years")),
        sa.UniqueConstraint("year", name=op.f("uq_subsidy_years_year")),
    )
    op.create_index(
        "ix_subsidy_years_region_code_version",
        "subsidy_years",
        ["region_code", "version"],
        unique=False,
    )
    op.create_index("ix_subsidy_years_version", "subsidy_years", ["version"], unique=True)

    op.create_table(
        "tombstones",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("kind", "id", name=op.f("pk_tombstones")),
    )
    op.create_index("ix_tombstones_deleted_at", "tombstones", ["deleted_at"], unique=False)
    op.create_index(
        "ix_tombstones_region_code_version", "tombstones", ["region_code", "version"], unique=False
    )
    op.create_index("ix_tombstones_version", "tombstones", ["version"], unique=True)

    op.create_table(
        "applications",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("applicant_id", sa.String(length=36), nullable=False),
        sa.Column("form_no", sa.String(length=30), nullable=False),
        sa.Column("deregistration_date", sa.Date(), nullable=True),
        sa.Column("dismantle_start", sa.Date(), nullable=True),
        sa.Column("dismantle_finish", sa.Date(), nullable=True),
        sa.Column("refit_from_name", sa.String(length=60), nullable=False),
        sa.Column("refit_from_tonnage", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=9), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owners", sa.String(length=200), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("control_status", sa.String(length=4), nullable=False),
        sa.Column("licence_no", sa.String(length=50), nullable=False),
        sa.Column("policy", sa.String(length=2), nullable=False),
        sa.Column("project", sa.String(length=4), nullable=False),
        sa.Column("area", sa.String(length=4), nullable=False),
        sa.Column("power_form", sa.String(length=8), nullable=False),
        sa.Column("ship_type", sa.String(length=30), nullable=False),
        sa.Column("ship_name", sa.String(length=60), nullable=False),
        sa.Column("ship_id_no", sa.String(length=30), nullable=False),
        sa.Column("port_of_registry", sa.String(length=20), nullable=False),
        sa.Column("operation_cert_no", sa.String(length=50), nullable=False),
        sa.Column("gross_tonnage", sa.Integer(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("power_kw", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("built_date", sa.Date(), nullable=True),
        sa.Column("application_date", sa.Date(), nullable=True),
        sa.Column("estimate_amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("check_amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("machine_amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("machine_formula", sa.String(length=120), nullable=False),
        sa.Column("ship_age", sa.Numeric(precision=7, scale=3), nullable=True),
        sa.Column("materials_uploaded_on", sa.Date(), nullable=True),
        sa.Column("platform_result", sa.String(length=4), nullable=True),
        sa.Column("platform_on", sa.Date(), nullable=True),
        sa.Column("joint_review_problems", sa.Text(), nullable=False),
        sa.Column("county_result", sa.String(length=4), nullable=True),
        sa.Column("county_on", sa.Date(), nullable=True),
        sa.Column("city_result", sa.String(length=4), nullable=True),
        sa.Column("city_on", sa.Date(), nullable=True),
        sa.Column("province_result", sa.String(length=4), nullable=True),
        sa.Column("province_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicants.id"],
            name=op.f("fk_applications_applicant_id_applicants"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications")),
    )
    op.create_index(
        op.f("ix_applications_applicant_id"), "applications", ["applicant_id"], unique=False
    )
    op.create_index(
        "ix_applications_region_code_version",
        "applications",
        ["region_code", "version"],
        unique=False,
    )
    op.create_index(op.f("ix_applications_ship_name"), "applications", ["ship_name"], unique=False)
    op.create_index("ix_applications_version", "applications", ["version"], unique=True)
    op.create_index(op.f("ix_applications_year"), "applications", ["year"], unique=False)

    op.create_table(
        "auth_tokens",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("epoch", sa.BigInteger(), nullable=False),
        sa.Column("account_epoch", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_auth_tokens_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_auth_tokens")),
    )
    op.create_index(op.f("ix_auth_tokens_account_id"), "auth_tokens", ["account_id"], unique=False)
    op.create_index("ix_auth_tokens_expires_at", "auth_tokens", ["expires_at"], unique=False)

    op.create_table(
        "material_files",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("record_kind", sa.String(length=8), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("stage", sa.String(length=4), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["blobs.sha256"],
            name=op.f("fk_material_files_sha256_blobs"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_material_files")),
        sa.UniqueConstraint(
            "record_kind",
            "record_id",
            "stage",
            "name",
            name=op.f("uq_material_files_record_kind_record_id_stage_name"),
        ),
    )
    op.create_index(
        "ix_material_files_region_code_version",
        "material_files",
        ["region_code", "version"],
        unique=False,
    )
    op.create_index("ix_material_files_sha256", "material_files", ["sha256"], unique=False)
    op.create_index("ix_material_files_version", "material_files", ["version"], unique=True)

    op.create_table(
        "monthly_reports",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("cargo_owner_id", sa.String(length=36), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("foreign_teu", sa.Integer(), nullable=False),
        sa.Column("domestic_teu", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=9), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("materials_uploaded_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["cargo_owner_id"],
            ["cargo_owners.id"],
            name=op.f("fk_monthly_reports_cargo_owner_id_cargo_owners"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monthly_reports")),
        sa.UniqueConstraint(
            "cargo_owner_id",
            "year",
            "month",
            name=op.f("uq_monthly_reports_cargo_owner_id_year_month"),
        ),
    )
    op.create_index(
        op.f("ix_monthly_reports_cargo_owner_id"),
        "monthly_reports",
        ["cargo_owner_id"],
        unique=False,
    )
    op.create_index(
        "ix_monthly_reports_region_code_version",
        "monthly_reports",
        ["region_code", "version"],
        unique=False,
    )
    op.create_index("ix_monthly_reports_version", "monthly_reports", ["version"], unique=True)
    op.create_index(op.f("ix_monthly_reports_year"), "monthly_reports", ["year"], unique=False)

    op.create_table(
        "rewards",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("cargo_owner_id", sa.String(length=36), nullable=False),
        sa.Column("form_no", sa.String(length=30), nullable=False),
        sa.Column("last_year_foreign_teu", sa.Integer(), nullable=False),
        sa.Column("last_year_domestic_teu", sa.Integer(), nullable=False),
        sa.Column("this_year_foreign_teu", sa.Integer(), nullable=False),
        sa.Column("this_year_domestic_teu", sa.Integer(), nullable=False),
        sa.Column("foreign_standard", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("domestic_standard", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("machine_foreign", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("machine_domestic", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("machine_formula", sa.String(length=200), nullable=False),
        sa.Column("estimate_foreign", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("estimate_domestic", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("check_foreign", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("check_domestic", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=9), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("materials_uploaded_on", sa.Date(), nullable=True),
        sa.Column("city_result", sa.String(length=4), nullable=True),
        sa.Column("city_on", sa.Date(), nullable=True),
        sa.Column("province_result", sa.String(length=4), nullable=True),
        sa.Column("province_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["cargo_owner_id"],
            ["cargo_owners.id"],
            name=op.f("fk_rewards_cargo_owner_id_cargo_owners"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rewards")),
    )
    op.create_index(op.f("ix_rewards_cargo_owner_id"), "rewards", ["cargo_owner_id"], unique=False)
    op.create_index(
        "ix_rewards_region_code_version", "rewards", ["region_code", "version"], unique=False
    )
    op.create_index("ix_rewards_version", "rewards", ["version"], unique=True)
    op.create_index(op.f("ix_rewards_year"), "rewards", ["year"], unique=False)

    op.create_table(
        "completions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("application_id", sa.String(length=36), nullable=False),
        sa.Column("form_no", sa.String(length=30), nullable=False),
        sa.Column("finish_date", sa.Date(), nullable=True),
        sa.Column("archive_date", sa.Date(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=9), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owners", sa.String(length=200), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("control_status", sa.String(length=4), nullable=False),
        sa.Column("licence_no", sa.String(length=50), nullable=False),
        sa.Column("policy", sa.String(length=2), nullable=False),
        sa.Column("project", sa.String(length=4), nullable=False),
        sa.Column("area", sa.String(length=4), nullable=False),
        sa.Column("power_form", sa.String(length=8), nullable=False),
        sa.Column("ship_type", sa.String(length=30), nullable=False),
        sa.Column("ship_name", sa.String(length=60), nullable=False),
        sa.Column("ship_id_no", sa.String(length=30), nullable=False),
        sa.Column("port_of_registry", sa.String(length=20), nullable=False),
        sa.Column("operation_cert_no", sa.String(length=50), nullable=False),
        sa.Column("gross_tonnage", sa.Integer(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("power_kw", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("built_date", sa.Date(), nullable=True),
        sa.Column("application_date", sa.Date(), nullable=True),
        sa.Column("estimate_amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("check_amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("machine_amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("machine_formula", sa.String(length=120), nullable=False),
        sa.Column("ship_age", sa.Numeric(precision=7, scale=3), nullable=True),
        sa.Column("materials_uploaded_on", sa.Date(), nullable=True),
        sa.Column("platform_result", sa.String(length=4), nullable=True),
        sa.Column("platform_on", sa.Date(), nullable=True),
        sa.Column("joint_review_problems", sa.Text(), nullable=False),
        sa.Column("county_result", sa.String(length=4), nullable=True),
        sa.Column("county_on", sa.Date(), nullable=True),
        sa.Column("city_result", sa.String(length=4), nullable=True),
        sa.Column("city_on", sa.Date(), nullable=True),
        sa.Column("province_result", sa.String(length=4), nullable=True),
        sa.Column("province_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_completions_application_id_applications"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_completions")),
        sa.UniqueConstraint("application_id", name=op.f("uq_completions_application_id")),
    )
    op.create_index(
        "ix_completions_region_code_version",
        "completions",
        ["region_code", "version"],
        unique=False,
    )
    op.create_index(op.f("ix_completions_ship_name"), "completions", ["ship_name"], unique=False)
    op.create_index("ix_completions_version", "completions", ["version"], unique=True)
    op.create_index(op.f("ix_completions_year"), "completions", ["year"], unique=False)
    op.bulk_insert(
        sa.table(
            "server_counters", sa.column("name", sa.String), sa.column("value", sa.BigInteger)
        ),
        [
            {"name": "version", "value": 0},
            {"name": "session_epoch", "value": 1},
            {"name": "tombstones_pruned_through", "value": 0},
        ],
    )


def downgrade() -> None:
    op.drop_table("completions")
    op.drop_table("rewards")
    op.drop_table("monthly_reports")
    op.drop_table("material_files")
    op.drop_table("auth_tokens")
    op.drop_table("applications")
    op.drop_table("tombstones")
    op.drop_table("subsidy_years")
    op.drop_table("server_counters")
    op.drop_table("review_submissions")
    op.drop_table("review_results")
    op.drop_table("registry_ownerships")
    op.drop_table("registry_operator_licences")
    op.drop_table("registry_operation_certificates")
    op.drop_table("registry_loads")
    op.drop_table("registry_inspections")
    op.drop_table("login_failures")
    op.drop_table("idempotency_keys")
    op.drop_table("declaration_statuses")
    op.drop_table("cargo_owners")
    op.drop_table("blobs")
    op.drop_table("applicants")
    op.drop_table("accounts")
