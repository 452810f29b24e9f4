"""Helpers for server tests: schema reset between tests, accounts, logins, write headers."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import delete, insert, text

from core.vocab import DeclarationState, Permission, PolicyScope
from server.auth.passwords import Passwords
from server.auth.permissions import encode_permissions
from server.clock import DEFAULT_START
from server.db import Database
from server.models import Account, Applicant, DeclarationStatus, ServerCounter, metadata
from server.models.counters import initial_rows

PASSWORD = "Sha369@!#"
ALL_PERMISSIONS = frozenset(Permission)


def reset_database(database: Database) -> None:
    """Empty every table and put the counters back to their initial values."""
    tables = [table for table in reversed(metadata.sorted_tables)]
    with database.engine.begin() as connection:
        if database.is_postgres:
            names = ", ".join(f'"{table.name}"' for table in tables)
            connection.execute(text(f"TRUNCATE TABLE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                connection.execute(delete(table))
        connection.execute(insert(ServerCounter.__table__), initial_rows())


def add_account(
    database: Database,
    passwords: Passwords,
    account_id: str,
    *,
    permissions: Iterable[Permission] = (Permission.EDIT, Permission.REVIEW, Permission.QUERY),
    password: str = PASSWORD,
    active: bool = True,
    name: str = "胡立辉",
    now: datetime | None = None,
) -> Account:
    """Insert an account straight into the database (the account API is issue #7's)."""
    with database.write() as session:
        account = Account(
            id=account_id,
            region_code=account_id.partition("-")[0],
            name=name,
            unit="湖南省水运事务中心",
            department="",
            permissions=encode_permissions(permissions),
            password_hash=passwords.hash(password),
            active=active,
            created_at=now or DEFAULT_START,
            login_count=0,
            failed_logins=0,
            session_epoch=1,
        )
        session.add(account)
    return account


def login(client: TestClient, account_id: str, password: str = PASSWORD) -> dict[str, str]:
    """Log in and return the Authorization header of the new session."""
    response = client.post("/api/v1/auth/login", json={"account": account_id, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


def write_headers(
    auth: dict[str, str], *, key: str | None = None, version: int | None = None
) -> dict[str, str]:
    """Auth plus a fresh (or given) Idempotency-Key and, optionally, If-Match."""
    headers = {**auth, "Idempotency-Key": key or str(uuid.uuid4())}
    if version is not None:
        headers["If-Match"] = f'"{version}"'
    return headers


def applicant_row(region_code: str, now: datetime, **overrides: Any) -> Applicant:
    """A valid applicant record of ``region_code`` (for sync and scoping tests)."""
    values: dict[str, Any] = {
        "region_code": region_code,
        "year": 2024,
        "note": "",
        "created_on": now.date(),
        "created_at": now,
        "created_by": f"{region_code}-1",
        "updated_at": now,
        "name": "衡阳畅达水路客运有限公司",
        "credit_code": "91430421MA4PDAW5XY",
        "address": "湖南省衡阳市衡阳县西渡镇米子路7号",
        "applicant_type": "企业",
        "contact": "朱清明",
        "phone": "13974868888",
        "bank_name": "中国农业银行衡阳县支行",
        "bank_account": "2324324242424342",
    }
    values.update(overrides)
    return Applicant(**values)


def declaration_row(
    state: DeclarationState, now: datetime, *, deadline: date | None = None
) -> DeclarationStatus:
    """A declaration status created ``now`` (province-wide, synced to everyone)."""
    end = deadline or (now + timedelta(days=30)).date()
    return DeclarationStatus(
        region_code="430000",
        year=2024,
        state=str(state),
        ship_deadline=end,
        cargo_deadline=end,
        policy_scope=str(PolicyScope.BOTH),
        check_ownership=True,
        check_inspection=True,
        note="申报2024年奖补资金",
        created_on=now.date(),
        created_at=now,
        created_by="430000-1",
    )
