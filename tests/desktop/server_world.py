"""A small Hunan world in the server database for desktop tests, and what the server holds.

Rows are written through the server's own session factory (``server.versioning`` stamps their
versions) or ``insert_synced`` for bulk: the subsidy year of this year, an open declaration
status, a county account with 编辑/审核/查询, applicants and applications waiting for county
review (materials uploaded, joint review passed), plus the same in a neighbouring county that
the account must never see.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from core.vocab import Decision, DeclarationState, Permission, PolicyScope
from server.auth.passwords import Passwords
from server.auth.permissions import encode_permissions
from server.db import Database
from server.materials.blobs import BlobStore
from server.models import (
    Account,
    Applicant,
    Application,
    Blob,
    DeclarationStatus,
    MaterialFile,
    ReviewResult,
    ReviewSubmission,
    SubsidyYear,
)
from server.scope import prefix_condition
from server.settings import Settings
from server.sync.kinds import sync_kinds
from server.versioning import insert_synced

COUNTY = "430121"
OTHER_COUNTY = "430181"
REVIEWER = f"{COUNTY}-1"
OTHER_REVIEWER = f"{OTHER_COUNTY}-1"
PASSWORD = "Sha369@!#"
CHINA = ZoneInfo("Asia/Shanghai")


def china_today() -> date:
    return datetime.now(CHINA).date()


def now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class World:
    """Ids of the seeded world."""

    applicant_id: str
    application_ids: list[str]
    hidden_application_ids: list[str]


def add_account(db: Database, settings: Settings, account_id: str) -> None:
    """A county account with 编辑, 审核 and 查询 (the handler who also reviews)."""
    passwords = Passwords(
        settings.with_overrides(argon2_time_cost=1, argon2_memory_kib=8, argon2_parallelism=1)
    )
    with db.write() as session:
        session.add(
            Account(
                id=account_id,
                region_code=account_id.partition("-")[0],
                name="胡立辉",
                unit="长沙县交通运输局",
                department="水运管理办公室",
                permissions=encode_permissions(
                    [Permission.EDIT, Permission.REVIEW, Permission.QUERY]
                ),
                password_hash=passwords.hash(PASSWORD),
                active=True,
                created_at=now(),
                login_count=0,
                failed_logins=0,
                session_epoch=1,
            )
        )


def add_year_and_status(db: Database) -> None:
    today = china_today()
    stamp = now()
    with db.write() as session:
        session.add(
            SubsidyYear(
                id=str(today.year),
                region_code="430000",
                year=today.year,
                pdf_limit_mb=20,
                zip_limit_mb=60,
                standards=[],
                materials=[],
                note=f"{today.year}年度奖补",
                created_at=stamp,
                created_by="430000-1",
            )
        )
        session.add(
            DeclarationStatus(
                region_code="430000",
                year=today.year,
                state=str(DeclarationState.OPEN),
                ship_deadline=today + timedelta(days=30),
                cargo_deadline=today + timedelta(days=30),
                policy_scope=str(PolicyScope.BOTH),
                check_ownership=True,
                check_inspection=True,
                note=f"申报{today.year}年奖补资金",
                created_on=today,
                created_at=stamp,
                created_by="430000-1",
            )
        )


def applicant_values(region_code: str) -> dict[str, Any]:
    today = china_today()
    stamp = now()
    return {
        "id": str(uuid.uuid4()),
        "region_code": region_code,
        "year": today.year,
        "note": "",
        "created_on": today - timedelta(days=20),
        "created_at": stamp,
        "created_by": f"{region_code}-1",
        "updated_at": stamp,
        "name": "衡阳畅达水路客运有限公司",
        "credit_code": "91430421MA4PDAW5XY",
        "address": "湖南省衡阳市衡阳县西渡镇米子路7号",
        "applicant_type": "企业",
        "contact": "朱清明",
        "phone": "13974868888",
        "bank_name": "中国农业银行衡阳县支行",
        "bank_account": "2324324242424342",
    }


def application_values(region_code: str, applicant_id: str, number: int) -> dict[str, Any]:
    """An application waiting for county review: materials uploaded, joint review passed."""
    today = china_today()
    stamp = now()
    return {
        "id": str(uuid.uuid4()),
        "region_code": region_code,
        "year": today.year,
        "note": "",
        "created_on": today - timedelta(days=10),
        "created_at": stamp,
        "created_by": f"{region_code}-1",
        "updated_at": stamp,
        "applicant_id": applicant_id,
        "form_no": f"长沙（{today.year}）{number + 1:04d}",
        "owners": "衡阳畅达水路客运有限公司",
        "operator": "衡阳畅达水路客运有限公司",
        "control_status": "自有",
        "licence_no": "湘衡XKA0123",
        "policy": "省",
        "project": "新建",
        "area": "省内",
        "power_form": "纯电",
        "ship_type": "干货船",
        "ship_name": f"湘长沙货{number:05d}",
        "ship_id_no": "CN20201234567",
        "port_of_registry": "长沙",
        "operation_cert_no": "湘长沙SJ（2022）0001",
        "gross_tonnage": 300 + number % 700,
        "capacity": 1000,
        "power_kw": "120.50",
        "built_date": date(2023, 5, 1),
        "application_date": today - timedelta(days=10),
        "estimate_amount": "51.75",
        "check_amount": None,
        "machine_amount": "51.75",
        "machine_formula": "0.1*345*1.5*1.00",
        "ship_age": "0.500",
        "materials_uploaded_on": today - timedelta(days=5),
        "platform_result": str(Decision.PASS),
        "platform_on": today - timedelta(days=4),
        "joint_review_problems": "",
        "refit_from_name": "",
    }


def add_applications(db: Database, region_code: str, count: int) -> tuple[str, list[str]]:
    """One applicant and ``count`` applications of it waiting for county review."""
    applicant = applicant_values(region_code)
    rows = [application_values(region_code, applicant["id"], number) for number in range(count)]
    with db.write() as session:
        insert_synced(session, Applicant, [applicant])
        insert_synced(session, Application, rows)
    return applicant["id"], [row["id"] for row in rows]


def seed(db: Database, settings: Settings, *, applications: int = 5, hidden: int = 2) -> World:
    """Year, status, the county account and applications (some in a county it cannot see)."""
    add_year_and_status(db)
    add_account(db, settings, REVIEWER)
    applicant_id, ids = add_applications(db, COUNTY, applications)
    _other, hidden_ids = add_applications(db, OTHER_COUNTY, hidden)
    return World(applicant_id=applicant_id, application_ids=ids, hidden_application_ids=hidden_ids)


def change_application(db: Database, application_id: str, note: str) -> int:
    """Another person's edit on the server: the row gets a new version, which is returned."""
    with db.write() as session:
        row = session.get(Application, application_id)
        assert row is not None
        row.note = note
        row.updated_at = now()
    with db.read() as session:
        return int(session.get_one(Application, application_id).version)


def delete_application(db: Database, application_id: str) -> None:
    """Delete on the server (leaves a tombstone)."""
    with db.write() as session:
        session.delete(session.get_one(Application, application_id))


def add_material(
    db: Database, settings: Settings, record_id: str, name: str, content: bytes
) -> str:
    """Store a blob in the server's blob directory and name it as a material of the record."""
    sha = hashlib.sha256(content).hexdigest()
    BlobStore(settings.blob_dir).put(sha, content)
    with db.write() as session:
        if session.get(Blob, sha) is None:
            session.add(Blob(sha256=sha, size=len(content), created_at=now()))
        session.flush()
        session.add(
            MaterialFile(
                region_code=COUNTY,
                record_kind="拆建申请",
                record_id=record_id,
                stage="申请",
                name=name,
                sha256=sha,
                size=len(content),
                uploaded_at=now(),
            )
        )
    return sha


# ---- what the server holds ----------------------------------------------------------------


def visible_rows(db: Database, scope: str = COUNTY) -> set[tuple[str, str, int]]:
    """(kind, id, version) of every synced row an account with ``scope`` sees."""
    found: set[tuple[str, str, int]] = set()
    with db.read() as session:
        for kind in sync_kinds().values():
            table = kind.table
            statement = select(table.c.id, table.c.version)
            if kind.scope == "region":
                statement = statement.where(prefix_condition(table.c.region_code, scope))
            found |= {
                (kind.name, row_id, version) for row_id, version in session.execute(statement)
            }
    return found


def submissions_of(db: Database, review_ids: Iterable[str]) -> dict[str, int]:
    """How many stored submissions each review id has (exactly one each when all is well)."""
    wanted = set(review_ids)
    with db.read() as session:
        statement = select(ReviewSubmission.id, func.count()).group_by(ReviewSubmission.id)
        return {row_id: count for row_id, count in session.execute(statement) if row_id in wanted}


def submission_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(ReviewSubmission)) or 0)


def results_of(db: Database, record_ids: Iterable[str]) -> list[ReviewResult]:
    wanted = list(record_ids)
    with db.read() as session:
        return list(session.scalars(select(ReviewResult).where(ReviewResult.record_id.in_(wanted))))


def county_result(db: Database, application_id: str) -> str | None:
    with db.read() as session:
        return session.get_one(Application, application_id).county_result
