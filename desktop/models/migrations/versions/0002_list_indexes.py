"""Covering indexes for the record lists (``desktop.models.list_indexes``): the list's id query
scans them instead of the wide mirrored rows.

Column lists are written out, so this revision never changes when the model does.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SHIP = [
    "version",
    "region_code",
    "year",
    "created_on",
    "created_at",
    "created_by",
    "updated_at",
    "owners",
    "operator",
    "control_status",
    "licence_no",
    "policy",
    "project",
    "area",
    "power_form",
    "ship_type",
    "ship_name",
    "ship_id_no",
    "port_of_registry",
    "operation_cert_no",
    "gross_tonnage",
    "capacity",
    "power_kw",
    "built_date",
    "application_date",
    "estimate_amount",
    "check_amount",
    "machine_amount",
    "ship_age",
    "materials_uploaded_on",
    "platform_result",
    "platform_on",
    "county_result",
    "county_on",
    "city_result",
    "city_on",
    "province_result",
    "province_on",
]

APPLICATIONS = [
    "version",
    "region_code",
    "applicant_id",
    "form_no",
    "deregistration_date",
    "dismantle_start",
    "dismantle_finish",
    "refit_from_name",
    "refit_from_tonnage",
    *_SHIP[2:],
    "id",
]
COMPLETIONS = [
    "version",
    "region_code",
    "application_id",
    "form_no",
    "finish_date",
    "archive_date",
    *_SHIP[2:],
    "id",
]


def upgrade() -> None:
    op.create_index("ix_applications_list", "applications", APPLICATIONS, unique=False)
    op.create_index("ix_completions_list", "completions", COMPLETIONS, unique=False)
    op.create_index(
        "ix_applicants_names", "applicants", ["id", "name", "applicant_type"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_applicants_names", table_name="applicants")
    op.drop_index("ix_completions_list", table_name="completions")
    op.drop_index("ix_applications_list", table_name="applications")
