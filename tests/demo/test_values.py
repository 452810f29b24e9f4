"""Every value the demo generates passes the core's own form rules (core.forms and friends),
read back from the server database through the server's own column → form-key maps."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from core.completion_form import validate_completion
from core.field_rules import text_of
from core.forms import (
    validate_account,
    validate_applicant,
    validate_application,
    validate_cargo_owner,
    validate_monthly_report,
)
from core.reward_form import validate_reward
from core.validators import check_form_no, check_password, check_unit
from demo.accounts import ROLES
from server.auth.permissions import decode_permissions
from server.records import applicants, applications, cargo_owners, completions
from server.records.fields import form_values
from tests.demo.conftest import LoadedWorld


def _messages(problems: list[Any]) -> list[str]:
    return [problem.message for problem in problems]


def _form(row: dict[str, Any], fields: Any) -> dict[str, Any]:
    return form_values(row, fields)


def test_applicants_pass_the_applicant_form(loaded: LoadedWorld) -> None:
    rows = loaded.rows("applicants")
    assert rows
    for row in rows:
        assert _messages(validate_applicant(_form(row, applicants.FIELDS))) == [], row


def test_applications_pass_the_application_form(loaded: LoadedWorld) -> None:
    addresses = {row["id"]: row["address"] for row in loaded.rows("applicants")}
    rows = loaded.rows("applications")
    assert len(rows) == loaded.counts["applications"]
    for row in rows:
        data = _form(row, applications.FIELDS) | {
            "applicant_address": addresses[row["applicant_id"]]
        }
        assert _messages(validate_application(data)) == [], row
        assert check_form_no(row["form_no"], required=False) == []


def test_completions_pass_the_completion_form(loaded: LoadedWorld) -> None:
    built = {row["id"]: row["built_date"] for row in loaded.rows("applications")}
    rows = loaded.rows("completions")
    assert rows
    for row in rows:
        data = _form(row, completions.FIELDS)
        assert _messages(validate_completion(data, built[row["application_id"]])) == [], row


def test_cargo_records_pass_their_forms(loaded: LoadedWorld) -> None:
    for row in loaded.rows("cargo_owners"):
        assert _messages(validate_cargo_owner(_form(row, cargo_owners.FIELDS))) == [], row
    months: dict[str, list[int]] = defaultdict(list)
    for row in sorted(
        loaded.rows("monthly_reports"), key=lambda r: (r["cargo_owner_id"], r["month"])
    ):
        data = {key: row[key] for key in ("month", "foreign_teu", "domestic_teu", "note")}
        previous = months[row["cargo_owner_id"]]
        assert _messages(validate_monthly_report(data, previous)) == [], row
        previous.append(row["month"])
    for row in loaded.rows("rewards"):
        keys = (
            "form_no",
            "estimate_foreign",
            "estimate_domestic",
            "check_foreign",
            "check_domestic",
            "note",
        )
        assert _messages(validate_reward({key: row[key] for key in keys})) == [], row


def test_accounts_pass_the_account_form(loaded: LoadedWorld) -> None:
    rows = loaded.rows("accounts")
    for row in rows:
        data = {
            "region_code": row["region_code"],
            "account_id": row["id"],
            "name": row["name"],
            "unit": row["unit"],
            "permissions": "、".join(sorted(decode_permissions(row["permissions"]))),
        }
        assert _messages(validate_account(data)) == [], row
        assert check_unit(row["department"], "unit") == [], row["department"]


def test_every_role_password_is_a_valid_nine_character_password() -> None:
    passwords = [role.password for role in ROLES]
    assert len(set(passwords)) == len(ROLES)
    for password in passwords:
        assert len(password) == 9
        assert check_password(password) == [], password


def test_no_float_reaches_a_money_column(loaded: LoadedWorld) -> None:
    """Amounts come back as Decimal with two places (text_of refuses floats outright)."""
    for row in loaded.rows("applications"):
        for key in ("estimate_amount", "machine_amount"):
            assert text_of(row[key]).count(".") == 1
