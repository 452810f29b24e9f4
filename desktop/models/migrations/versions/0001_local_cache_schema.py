"""The first local cache schema: the mirrored tables of every sync kind (typed columns plus
the whole server row as JSON), unknown kinds, the outbox and its rows, server copies, the sync
state and the material file index.

Custom column types are written as their storage types (text, integers), so this revision
never changes when a Python type of ``desktop.models.types`` does.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
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
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=True),
        sa.Column("name", sa.String(length=8), nullable=True),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.Column("department", sa.String(length=40), nullable=True),
        sa.Column("permissions", sa.String(length=40), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=True),
        sa.Column("created_at", sa.String(length=26), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
    )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.create_index("ix_accounts_region_code", ["region_code"], unique=False)

    op.create_table(
        "applicants",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=True),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.Column("credit_code", sa.String(length=18), nullable=True),
        sa.Column("address", sa.String(length=50), nullable=True),
        sa.Column("applicant_type", sa.String(length=2), nullable=True),
        sa.Column("contact", sa.String(length=20), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("bank_name", sa.String(length=50), nullable=True),
        sa.Column("bank_account", sa.String(length=30), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("created_on", sa.String(length=10), nullable=True),
        sa.Column("created_at", sa.String(length=26), nullable=True),
        sa.Column("created_by", sa.String(length=9), nullable=True),
        sa.Column("updated_at", sa.String(length=26), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applicants")),
    )
    with op.batch_alter_table("applicants", schema=None) as batch_op:
        batch_op.create_index("ix_applicants_credit_code", ["credit_code"], unique=False)
        batch_op.create_index("ix_applicants_name", ["name"], unique=False)
        batch_op.create_index("ix_applicants_region_code", ["region_code"], unique=False)
        batch_op.create_index("ix_applicants_year", ["year"], unique=False)

    op.create_table(
        "applications",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=True),
        sa.Column("applicant_id", sa.String(length=36), nullable=True),
        sa.Column("form_no", sa.String(length=30), nullable=True),
        sa.Column("deregistration_date", sa.String(length=10), nullable=True),
        sa.Column("dismantle_start", sa.String(length=10), nullable=True),
        sa.Column("dismantle_finish", sa.String(length=10), nullable=True),
        sa.Column("refit_from_name", sa.String(length=60), nullable=True),
        sa.Column("refit_from_tonnage", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("created_on", sa.String(length=10), nullable=True),
        sa.Column("created_at", sa.String(length=26), nullable=True),
        sa.Column("created_by", sa.String(length=9), nullable=True),
        sa.Column("updated_at", sa.String(length=26), nullable=True),
        sa.Column("owners", sa.String(length=200), nullable=True),
        sa.Column("operator", sa.String(length=100), nullable=True),
        sa.Column("control_status", sa.String(length=4), nullable=True),
        sa.Column("licence_no", sa.String(length=50), nullable=True),
        sa.Column("policy", sa.String(length=2), nullable=True),
        sa.Column("project", sa.String(length=4), nullable=True),
        sa.Column("area", sa.String(length=4), nullable=True),
        sa.Column("power_form", sa.String(length=8), nullable=True),
        sa.Column("ship_type", sa.String(length=30), nullable=True),
        sa.Column("ship_name", sa.String(length=60), nullable=True),
        sa.Column("ship_id_no", sa.String(length=30), nullable=True),
        sa.Column("port_of_registry", sa.String(length=20), nullable=True),
        sa.Column("operation_cert_no", sa.String(length=50), nullable=True),
        sa.Column("gross_tonnage", sa.Integer(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("power_kw", sa.BigInteger(), nullable=True),
        sa.Column("built_date", sa.String(length=10), nullable=True),
        sa.Column("application_date", sa.String(length=10), nullable=True),
        sa.Column("estimate_amount", sa.BigInteger(), nullable=True),
        sa.Column("check_amount", sa.BigInteger(), nullable=True),
        sa.Column("machine_amount", sa.BigInteger(), nullable=True),
        sa.Column("machine_formula", sa.String(length=120), nullable=True),
        sa.Column("ship_age", sa.BigInteger(), nullable=True),
        sa.Column("materials_uploaded_on", sa.String(length=10), nullable=True),
        sa.Column("platform_result", sa.String(length=4), nullable=True),
        sa.Column("platform_on", sa.String(length=10), nullable=True),
        sa.Column("joint_review_problems", sa.Text(), nullable=True),
        sa.Column("county_result", sa.String(length=4), nullable=True),
        sa.Column("county_on", sa.String(length=10), nullable=True),
        sa.Column("city_result", sa.String(length=4), nullable=True),
        sa.Column("city_on", sa.String(length=10), nullable=True),
        sa.Column("province_result", sa.String(length=4), nullable=True),
        sa.Column("province_on", sa.String(length=10), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications")),
    )
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.create_index("ix_applications_applicant_id", ["applicant_id"], unique=False)
        batch_op.create_index(
            "ix_applications_application_date", ["application_date"], unique=False
        )
        batch_op.create_index(
            "ix_applications_city_result_province_result",
            ["city_result", "province_result"],
            unique=False,
        )
        batch_op.create_index(
            "ix_applications_county_result_city_result",
            ["county_result", "city_result"],
            unique=False,
        )
        batch_op.create_index("ix_applications_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_applications_machine_amount", ["machine_amount"], unique=False)
        batch_op.create_index(
            "ix_applications_platform_result_county_result",
            ["platform_result", "county_result"],
            unique=False,
        )
        batch_op.create_index("ix_applications_region_code", ["region_code"], unique=False)
        batch_op.create_index("ix_applications_ship_name", ["ship_name"], unique=False)
        batch_op.create_index("ix_applications_year", ["year"], unique=False)

    op.create_table(
        "cargo_owners",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=True),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.Column("address", sa.String(length=50), nullable=True),
        sa.Column("credit_code", sa.String(length=18), nullable=True),
        sa.Column("contact", sa.String(length=20), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("bank_name", sa.String(length=50), nullable=True),
        sa.Column("bank_account", sa.String(length=30), nullable=True),
        sa.Column("last_year_foreign_teu", sa.Integer(), nullable=True),
        sa.Column("last_year_domestic_teu", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("created_on", sa.String(length=10), nullable=True),
        sa.Column("created_at", sa.String(length=26), nullable=True),
        sa.Column("created_by", sa.String(length=9), nullable=True),
        sa.Column("updated_at", sa.String(length=26), nullable=True),
        sa.Column("materials_uploaded_on", sa.String(length=10), nullable=True),
        sa.Column("city_result", sa.String(length=4), nullable=True),
        sa.Column("city_on", sa.String(length=10), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cargo_owners")),
    )
    with op.batch_alter_table("cargo_owners", schema=None) as batch_op:
        batch_op.create_index("ix_cargo_owners_city_result", ["city_result"], unique=False)
        batch_op.create_index("ix_cargo_owners_name", ["name"], unique=False)
        batch_op.create_index("ix_cargo_owners_region_code", ["region_code"], unique=False)
        batch_op.create_index("ix_cargo_owners_year", ["year"], unique=False)

    op.create_table(
        "completions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=True),
        sa.Column("application_id", sa.String(length=36), nullable=True),
        sa.Column("form_no", sa.String(length=30), nullable=True),
        sa.Column("finish_date", sa.String(length=10), nullable=True),
        sa.Column("archive_date", sa.String(length=10), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("created_on", sa.String(length=10), nullable=True),
        sa.Column("created_at", sa.String(length=26), nullable=True),
        sa.Column("created_by", sa.String(length=9), nullable=True),
        sa.Column("updated_at", sa.String(length=26), nullable=True),
        sa.Column("owners", sa.String(length=200), nullable=True),
        sa.Column("operator", sa.String(length=100), nullable=True),
        sa.Column("control_status", sa.String(length=4), nullable=True),
        sa.Column("licence_no", sa.String(length=50), nullable=True),
        sa.Column("policy", sa.String(length=2), nullable=True),
        sa.Column("project", sa.String(length=4), nullable=True),
        sa.Column("area", sa.String(length=4), nullable=True),
        sa.Column("power_form", sa.String(length=8), nullable=True),
        sa.Column("ship_type", sa.String(length=30), nullable=True),
        sa.Column("ship_name", sa.String(length=60), nullable=True),
        sa.Column("ship_id_no", sa.String(length=30), nullable=True),
        sa.Column("port_of_registry", sa.String(length=20), nullable=True),
        sa.Column("operation_cert_no", sa.String(length=50), nullable=True),
        sa.Column("gross_tonnage", sa.Integer(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("power_kw", sa.BigInteger(), nullable=True),
        sa.Column("built_date", sa.String(length=10), nullable=True),
        sa.Column("application_date", sa.String(length=10), nullable=True),
        sa.Column("estimate_amount", sa.BigInteger(), nullable=True),
        sa.Column("check_amount", sa.BigInteger(), nullable=True),
        sa.Column("machine_amount", sa.BigInteger(), nullable=True),
        sa.Column("machine_formula", sa.String(length=120), nullable=True),
        sa.Column("ship_age", sa.BigInteger(), nullable=True),
        sa.Column("materials_uploaded_on", sa.String(length=10), nullable=True),
        sa.Column("platform_result", sa.String(length=4), nullable=True),
        sa.Column("platform_on", sa.String(length=10), nullable=True),
        sa.Column("joint_review_problems", sa.Text(), nullable=True),
        sa.Column("county_result", sa.String(length=4), nullable=True),
        sa.Column("county_on", sa.String(length=10), nullable=True),
        sa.Column("city_result", sa.String(length=4), nullable=True),
        sa.Column("city_on", sa.String(length=10), nullable=True),
        sa.Column("province_result", sa.String(length=4), nullable=True),
        sa.Column("province_on", sa.String(length=10), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_completions")),
    )
    with op.batch_alter_table("completions", schema=None) as batch_op:
        batch_op.create_index("ix_completions_application_date", ["application_date"], unique=False)
        batch_op.create_index("ix_completions_application_id", ["application_id"], unique=False)
        batch_op.create_index(
            "ix_completions_city_result_province_result",
            ["city_result", "province_result"],
            unique=False,
        )
        batch_op.create_index(
            "ix_completions_county_result_city_result",
            ["county_result", "city_result"],
            unique=False,
        )
        batch_op.create_index("ix_completions_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_completions_machine_amount", ["machine_amount"], unique=False)
        batch_op.create_index(
            "ix_completions_platform_result_county_result",
            ["platform_result", "county_result"],
            unique=False,
        )
        batch_op.create_index("ix_completions_region_code", ["region_code"], unique=False)
        batch_op.create_index("ix_completions_ship_name", ["ship_name"], unique=False)
        batch_op.create_index("ix_completions_year", ["year"], unique=False)

    op.create_table(
        "declaration_statuses",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=4), nullable=True),
        sa.Column("ship_deadline", sa.String(length=10), nullable=True),
        sa.Column("cargo_deadline", sa.String(length=10), nullable=True),
        sa.Column("policy_scope", sa.String(length=8), nullable=True),
        sa.Column("check_ownership", sa.Boolean(), nullable=True),
        sa.Column("check_inspection", sa.Boolean(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("created_on", sa.String(length=10), nullable=True),
        sa.Column("created_at", sa.String(length=26), nullable=True),
        sa.Column("created_by", sa.String(length=9), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_declaration_statuses")),
    )
    with op.batch_alter_table("declaration_statuses", schema=None) as batch_op:
        batch_op.create_index("ix_declaration_statuses_created_at", ["created_at"], unique=False)
        batch_op.create_index("ix_declaration_statuses_region_code", ["region_code"], unique=False)

    op.create_table(
        "material_cache",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("last_used", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_material_cache")),
    )
    with op.batch_alter_table("material_cache", schema=None) as batch_op:
        batch_op.create_index("ix_material_cache_last_used", ["last_used"], unique=False)

    op.create_table(
        "material_files",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=True),
        sa.Column("record_kind", sa.String(length=8), nullable=True),
        sa.Column("record_id", sa.String(length=36), nullable=True),
        sa.Column("stage", sa.String(length=4), nullable=True),
        sa.Column("name", sa.String(length=120), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("size", sa.BigInteger(), nullable=True),
        sa.Column("uploaded_at", sa.String(length=26), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_material_files")),
    )
    with op.batch_alter_table("material_files", schema=None) as batch_op:
        batch_op.create_index("ix_material_files_record_id", ["record_id"], unique=False)
        batch_op.create_index("ix_material_files_region_code", ["region_code"], unique=False)
        batch_op.create_index("ix_material_files_sha256", ["sha256"], unique=False)

    op.create_table(
        "monthly_reports",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=True),
        sa.Column("cargo_owner_id", sa.String(length=36), nullable=True),
        sa.Column("month", sa.Integer(), nullable=True),
        sa.Column("foreign_teu", sa.Integer(), nullable=True),
        sa.Column("domestic_teu", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("created_on", sa.String(length=10), nullable=True),
        sa.Column("created_at", sa.String(length=26), nullable=True),
        sa.Column("created_by", sa.String(length=9), nullable=True),
        sa.Column("updated_at", sa.String(length=26), nullable=True),
        sa.Column("materials_uploaded_on", sa.String(length=10), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monthly_reports")),
    )
    with op.batch_alter_table("monthly_reports", schema=None) as batch_op:
        batch_op.create_index(
            "ix_monthly_reports_cargo_owner_id_year_month",
            ["cargo_owner_id", "year", "month"],
            unique=False,
        )
        batch_op.create_index("ix_monthly_reports_region_code", ["region_code"], unique=False)

    op.create_table(
        "other_rows",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "id", name=op.f("pk_other_rows")),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("idempotency_key", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("path", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("expected_version", sa.BigInteger(), nullable=True),
        sa.Column("record_kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("error_code", sa.String(length=40), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.Column("last_attempt_at", sa.String(length=26), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_outbox_idempotency_key")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_record", ["record_kind", "record_id"], unique=False)
        batch_op.create_index("ix_outbox_state_seq", ["state", "seq"], unique=False)

    op.create_table(
        "review_results",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=True),
        sa.Column("record_kind", sa.String(length=8), nullable=True),
        sa.Column("record_id", sa.String(length=36), nullable=True),
        sa.Column("level", sa.String(length=4), nullable=True),
        sa.Column("decision", sa.String(length=4), nullable=True),
        sa.Column("opinion", sa.Text(), nullable=True),
        sa.Column("reviewer", sa.String(length=9), nullable=True),
        sa.Column("review_date", sa.String(length=10), nullable=True),
        sa.Column("submission_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.String(length=26), nullable=True),
        sa.Column("updated_at", sa.String(length=26), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_results")),
    )
    with op.batch_alter_table("review_results", schema=None) as batch_op:
        batch_op.create_index(
            "ix_review_results_record_id_review_date", ["record_id", "review_date"], unique=False
        )
        batch_op.create_index("ix_review_results_region_code", ["region_code"], unique=False)

    op.create_table(
        "rewards",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=True),
        sa.Column("cargo_owner_id", sa.String(length=36), nullable=True),
        sa.Column("form_no", sa.String(length=30), nullable=True),
        sa.Column("last_year_foreign_teu", sa.Integer(), nullable=True),
        sa.Column("last_year_domestic_teu", sa.Integer(), nullable=True),
        sa.Column("this_year_foreign_teu", sa.Integer(), nullable=True),
        sa.Column("this_year_domestic_teu", sa.Integer(), nullable=True),
        sa.Column("foreign_standard", sa.BigInteger(), nullable=True),
        sa.Column("domestic_standard", sa.BigInteger(), nullable=True),
        sa.Column("machine_foreign", sa.BigInteger(), nullable=True),
        sa.Column("machine_domestic", sa.BigInteger(), nullable=True),
        sa.Column("machine_formula", sa.String(length=200), nullable=True),
        sa.Column("estimate_foreign", sa.BigInteger(), nullable=True),
        sa.Column("estimate_domestic", sa.BigInteger(), nullable=True),
        sa.Column("check_foreign", sa.BigInteger(), nullable=True),
        sa.Column("check_domestic", sa.BigInteger(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("created_on", sa.String(length=10), nullable=True),
        sa.Column("created_at", sa.String(length=26), nullable=True),
        sa.Column("created_by", sa.String(length=9), nullable=True),
        sa.Column("updated_at", sa.String(length=26), nullable=True),
        sa.Column("materials_uploaded_on", sa.String(length=10), nullable=True),
        sa.Column("city_result", sa.String(length=4), nullable=True),
        sa.Column("city_on", sa.String(length=10), nullable=True),
        sa.Column("province_result", sa.String(length=4), nullable=True),
        sa.Column("province_on", sa.String(length=10), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rewards")),
    )
    with op.batch_alter_table("rewards", schema=None) as batch_op:
        batch_op.create_index("ix_rewards_cargo_owner_id", ["cargo_owner_id"], unique=False)
        batch_op.create_index(
            "ix_rewards_city_result_province_result",
            ["city_result", "province_result"],
            unique=False,
        )
        batch_op.create_index("ix_rewards_region_code", ["region_code"], unique=False)
        batch_op.create_index("ix_rewards_year", ["year"], unique=False)

    op.create_table(
        "server_copies",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("data", sa.Text(), nullable=True),
        sa.Column("received_at", sa.String(length=26), nullable=False),
        sa.PrimaryKeyConstraint("kind", "id", name=op.f("pk_server_copies")),
    )
    op.create_table(
        "subsidy_years",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("pdf_limit_mb", sa.Integer(), nullable=True),
        sa.Column("zip_limit_mb", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.String(length=26), nullable=True),
        sa.Column("created_by", sa.String(length=9), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subsidy_years")),
    )
    with op.batch_alter_table("subsidy_years", schema=None) as batch_op:
        batch_op.create_index("ix_subsidy_years_region_code", ["region_code"], unique=False)

    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("server_url", sa.String(length=300), nullable=False),
        sa.Column("account_id", sa.String(length=20), nullable=False),
        sa.Column("account_json", sa.Text(), nullable=False),
        sa.Column("cursor", sa.BigInteger(), nullable=False),
        sa.Column("server_version", sa.BigInteger(), nullable=False),
        sa.Column("full_resyncs", sa.Integer(), nullable=False),
        sa.Column("clock_offset_seconds", sa.Double(), nullable=False),
        sa.Column("last_success_at", sa.String(length=26), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "outbox_rows",
        sa.Column("item_seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_seq"],
            ["outbox.seq"],
            name=op.f("fk_outbox_rows_item_seq_outbox"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_seq", "kind", "row_id", name=op.f("pk_outbox_rows")),
    )
    with op.batch_alter_table("outbox_rows", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_rows_kind_row_id", ["kind", "row_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox_rows", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_rows_kind_row_id")

    op.drop_table("outbox_rows")
    op.drop_table("sync_state")
    with op.batch_alter_table("subsidy_years", schema=None) as batch_op:
        batch_op.drop_index("ix_subsidy_years_region_code")

    op.drop_table("subsidy_years")
    op.drop_table("server_copies")
    with op.batch_alter_table("rewards", schema=None) as batch_op:
        batch_op.drop_index("ix_rewards_year")
        batch_op.drop_index("ix_rewards_region_code")
        batch_op.drop_index("ix_rewards_city_result_province_result")
        batch_op.drop_index("ix_rewards_cargo_owner_id")

    op.drop_table("rewards")
    with op.batch_alter_table("review_results", schema=None) as batch_op:
        batch_op.drop_index("ix_review_results_region_code")
        batch_op.drop_index("ix_review_results_record_id_review_date")

    op.drop_table("review_results")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_state_seq")
        batch_op.drop_index("ix_outbox_record")

    op.drop_table("outbox")
    op.drop_table("other_rows")
    with op.batch_alter_table("monthly_reports", schema=None) as batch_op:
        batch_op.drop_index("ix_monthly_reports_region_code")
        batch_op.drop_index("ix_monthly_reports_cargo_owner_id_year_month")

    op.drop_table("monthly_reports")
    with op.batch_alter_table("material_files", schema=None) as batch_op:
        batch_op.drop_index("ix_material_files_sha256")
        batch_op.drop_index("ix_material_files_region_code")
        batch_op.drop_index("ix_material_files_record_id")

    op.drop_table("material_files")
    with op.batch_alter_table("material_cache", schema=None) as batch_op:
        batch_op.drop_index("ix_material_cache_last_used")

    op.drop_table("material_cache")
    with op.batch_alter_table("declaration_statuses", schema=None) as batch_op:
        batch_op.drop_index("ix_declaration_statuses_region_code")
        batch_op.drop_index("ix_declaration_statuses_created_at")

    op.drop_table("declaration_statuses")
    with op.batch_alter_table("completions", schema=None) as batch_op:
        batch_op.drop_index("ix_completions_year")
        batch_op.drop_index("ix_completions_ship_name")
        batch_op.drop_index("ix_completions_region_code")
        batch_op.drop_index("ix_completions_platform_result_county_result")
        batch_op.drop_index("ix_completions_machine_amount")
        batch_op.drop_index("ix_completions_created_at")
        batch_op.drop_index("ix_completions_county_result_city_result")
        batch_op.drop_index("ix_completions_city_result_province_result")
        batch_op.drop_index("ix_completions_application_id")
        batch_op.drop_index("ix_completions_application_date")

    op.drop_table("completions")
    with op.batch_alter_table("cargo_owners", schema=None) as batch_op:
        batch_op.drop_index("ix_cargo_owners_year")
        batch_op.drop_index("ix_cargo_owners_region_code")
        batch_op.drop_index("ix_cargo_owners_name")
        batch_op.drop_index("ix_cargo_owners_city_result")

    op.drop_table("cargo_owners")
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_index("ix_applications_year")
        batch_op.drop_index("ix_applications_ship_name")
        batch_op.drop_index("ix_applications_region_code")
        batch_op.drop_index("ix_applications_platform_result_county_result")
        batch_op.drop_index("ix_applications_machine_amount")
        batch_op.drop_index("ix_applications_created_at")
        batch_op.drop_index("ix_applications_county_result_city_result")
        batch_op.drop_index("ix_applications_city_result_province_result")
        batch_op.drop_index("ix_applications_application_date")
        batch_op.drop_index("ix_applications_applicant_id")

    op.drop_table("applications")
    with op.batch_alter_table("applicants", schema=None) as batch_op:
        batch_op.drop_index("ix_applicants_year")
        batch_op.drop_index("ix_applicants_region_code")
        batch_op.drop_index("ix_applicants_name")
        batch_op.drop_index("ix_applicants_credit_code")

    op.drop_table("applicants")
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_index("ix_accounts_region_code")

    op.drop_table("accounts")
