"""The rows of page 8-1 (本级与下级区划账号及记录): an account with its login record.

The login bookkeeping (last login, number of logins) is private to the server — a login must
not bump the account's sync version — so it reaches administrators only through these views,
never through ``/sync/changes``. Secrets (the password hash, failure counts, lock, session
epoch) appear nowhere.
"""

from __future__ import annotations

from datetime import datetime

from server.models import Account
from server.routes.account_view import AccountView, account_view


class AccountEntry(AccountView):
    """One row of page 8-1: the account as ``/me`` shows it, plus when it was made and used."""

    created_at: datetime
    last_login_at: datetime | None
    login_count: int


def account_entry(account: Account) -> AccountEntry:
    return AccountEntry(
        **account_view(account).model_dump(),
        created_at=account.created_at,
        last_login_at=account.last_login_at,
        login_count=account.login_count,
    )


def listing_order(account: Account) -> tuple[str, int]:
    """Region code, then the account's number as a number (430000-2 before 430000-10)."""
    region, _, number = account.id.partition("-")
    return region, int(number) if number.isdigit() else 0
