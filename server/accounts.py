"""Creating accounts and the account rules the core leaves to the server.

``create_account`` is what ``reviewdesk-server create-admin`` uses and what the account
endpoints of issue #7 will use: the core form rules (``core.forms.validate_account``: region,
id shape, name, unit, permissions, 系统 only at province) plus the password rule, all problems
at once, then an argon2id hash.

The manual's page 8-2 has one field "所在单位与部门"; the schema keeps an optional separate
``department`` for offices that want it, with the same 5–20 Chinese characters rule (SPEC §3).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from core.field_rules import FormError, Problem, hanzi_reasons, text_of
from core.forms import validate_account
from core.validators import check_password, parse_permissions
from core.vocab import Permission
from server.auth.passwords import Passwords
from server.auth.permissions import encode_permissions
from server.models import Account

DEPARTMENT_LABEL = "部门"
ADMIN_PERMISSIONS = encode_permissions(
    {Permission.SYSTEM, Permission.MANAGE, Permission.EDIT, Permission.REVIEW, Permission.QUERY}
)
_department_reasons = hanzi_reasons(5, 20)


def department_problems(raw: object) -> list[Problem]:
    """部门 may be empty; otherwise 5–20 Chinese characters."""
    text = text_of(raw)
    if not text:
        return []
    return [
        Problem("department", f"{DEPARTMENT_LABEL}：{reason}")
        for reason in _department_reasons(text)
    ]


@dataclass(frozen=True)
class NewAccount:
    """An account as typed: ``permissions`` as text ("系统,管理", 、 or . also separate)."""

    account_id: str
    name: str
    unit: str
    department: str
    permissions: str
    password: str

    @property
    def region_code(self) -> str:
        return self.account_id.partition("-")[0]


def new_account_problems(account: NewAccount) -> list[Problem]:
    """Everything wrong with a new account, in form order."""
    data = {
        "region_code": account.region_code,
        "account_id": account.account_id,
        "name": account.name,
        "unit": account.unit,
        "permissions": account.permissions,
    }
    return (
        validate_account(data)
        + department_problems(account.department)
        + check_password(account.password)
    )


def create_account(
    session: Session, passwords: Passwords, account: NewAccount, now: datetime
) -> Account:
    """Validate and add an account; FormError with every problem when it is invalid or exists."""
    problems = new_account_problems(account)
    if not problems and session.get(Account, account.account_id) is not None:
        problems.append(Problem("account_id", f"账号：{account.account_id} 已存在"))
    if problems:
        raise FormError(problems)
    row = Account(
        id=account.account_id,
        region_code=account.region_code,
        name=text_of(account.name),
        unit=text_of(account.unit),
        department=text_of(account.department),
        permissions=encode_permissions(parse_permissions(account.permissions)),
        password_hash=passwords.hash(account.password),
        active=True,
        created_at=now,
        login_count=0,
        failed_logins=0,
        session_epoch=1,
    )
    session.add(row)
    session.flush()
    return row
