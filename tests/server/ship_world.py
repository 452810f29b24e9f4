"""A small ship-project world for material and joint-review tests, written through the ORM.

The record API is another issue's; these helpers insert the rows it would have created (the
version hook stamps them): the 2024 subsidy year with the 2024 material list, an open
declaration status, county accounts, applicants and their applications / completions.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from fastapi.testclient import TestClient

from core.material_list_2024 import MATERIAL_LIST_2024
from core.materials import Operation, materials_for, specs_to_dicts
from core.vocab import DeclarationState, Permission, Policy, Project, Stage
from server.auth.passwords import Passwords
from server.clock import DEFAULT_START
from server.db import Database
from server.models import Application, Completion, SubsidyYear
from tests.server.helpers import add_account, applicant_row, declaration_row, login

COUNTY = "430121"  # 长沙县
OTHER_COUNTY = "430181"  # 浏阳市
EDITOR = f"{COUNTY}-1"
OTHER_EDITOR = f"{OTHER_COUNTY}-1"
CITY = "430100-1"
EDITOR_PERMISSIONS = (Permission.EDIT, Permission.REVIEW, Permission.QUERY)


def subsidy_year(
    *, year: int = 2024, pdf_limit_mb: int = 20, zip_limit_mb: int = 60
) -> SubsidyYear:
    """The year with its 2024 material list as data (standards are not needed here)."""
    return SubsidyYear(
        id=str(year),
        region_code="430000",
        year=year,
        pdf_limit_mb=pdf_limit_mb,
        zip_limit_mb=zip_limit_mb,
        standards=[],
        materials=specs_to_dicts(MATERIAL_LIST_2024),
        note=f"{year}年度奖补",
        created_at=DEFAULT_START,
        created_by="430000-1",
    )


def application_row(region_code: str, applicant_id: str, **overrides: Any) -> Application:
    """A province-policy new-build application of a cargo ship (营运船), not yet uploaded."""
    now: datetime = DEFAULT_START
    values: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "region_code": region_code,
        "year": 2024,
        "created_on": now.date(),
        "created_at": now,
        "created_by": f"{region_code}-1",
        "updated_at": now,
        "applicant_id": applicant_id,
        "owners": "衡阳畅达水路客运有限公司",
        "operator": "衡阳畅达水路客运有限公司",
        "control_status": "自有",
        "licence_no": "湘衡XKA0123",
        "policy": str(Policy.PROVINCE),
        "project": str(Project.NEW),
        "area": "省内",
        "power_form": "纯电",
        "ship_type": "干货船",
        "ship_name": "湘衡阳货1001",
        "ship_id_no": "CN20201234567",
        "port_of_registry": "衡阳",
        "operation_cert_no": "湘衡阳SJ（2022）0001",
        "gross_tonnage": 345,
        "application_date": date(2024, 8, 30),
    }
    values.update(overrides)
    return Application(**values)


def completion_row(application: Application, **overrides: Any) -> Completion:
    """The completion copied from a (ministry scrapping) application."""
    copied = {
        column: getattr(application, column)
        for column in (
            "region_code",
            "year",
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
            "application_date",
        )
    }
    now = DEFAULT_START
    values: dict[str, Any] = {
        **copied,
        "id": str(uuid.uuid4()),
        "application_id": application.id,
        "created_on": now.date(),
        "created_at": now,
        "created_by": application.created_by,
        "updated_at": now,
        "archive_date": date(2024, 10, 18),
    }
    values.update(overrides)
    return Completion(**values)


def required_files(
    policy: Policy = Policy.PROVINCE,
    project: Project = Project.NEW,
    operation: Operation = Operation.OPERATING,
    stage: Stage = Stage.APPLICATION,
) -> list[str]:
    """The required names of the applicant's zip for such an application."""
    specs = materials_for(MATERIAL_LIST_2024, stage, policy, project, operation)
    return [s.name for s in specs if s.required and not s.uploaded_by_city_or_province]


@dataclass(frozen=True)
class World:
    """Ids and logins of the seeded world."""

    applicant_id: str
    application_id: str
    other_application_id: str
    editor: dict[str, str]
    other_editor: dict[str, str]


def seed(
    client: TestClient,
    database: Database,
    passwords: Passwords,
    *,
    zip_limit_mb: int = 60,
    state: DeclarationState = DeclarationState.OPEN,
) -> World:
    """Year, status, two county editors, and one application in each county."""
    with database.write() as session:
        session.add(subsidy_year(zip_limit_mb=zip_limit_mb))
        session.add(declaration_row(state, DEFAULT_START))
        applicant = applicant_row(COUNTY, DEFAULT_START)
        other_applicant = applicant_row(OTHER_COUNTY, DEFAULT_START)
        session.add_all([applicant, other_applicant])
        session.flush()
        application = application_row(COUNTY, applicant.id)
        other = application_row(OTHER_COUNTY, other_applicant.id)
        session.add_all([application, other])
    add_account(database, passwords, EDITOR, permissions=EDITOR_PERMISSIONS)
    add_account(database, passwords, OTHER_EDITOR, permissions=EDITOR_PERMISSIONS)
    return World(
        applicant_id=applicant.id,
        application_id=application.id,
        other_application_id=other.id,
        editor=login(client, EDITOR),
        other_editor=login(client, OTHER_EDITOR),
    )
