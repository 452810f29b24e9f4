"""Checking a form with the core's validators, and turning valid text into a request body.

``form_problems`` runs the very validator the server runs for the kind (``core.forms``,
``core.application_form``, ``core.completion_form``, ``core.reward_form``) and returns every
problem at once, by column, so each message lands beside its field; the chosen parent counts
as a field too. ``request_values`` turns the typed text of a valid form into the values the API
takes (ISO dates, whole numbers, decimal strings), so the local row the outbox item writes is
as well-formed as the server's answer will be.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from core.application_form import validate_application
from core.completion_form import validate_completion
from core.field_rules import Problem
from core.forms import (
    validate_applicant,
    validate_cargo_owner,
    validate_monthly_report,
)
from core.reward_form import validate_reward
from core.validators import parse_date, parse_decimal, parse_int
from desktop.views.forms.form_data import FormData, ParentChoice
from desktop.views.forms.form_specs import Editor, FormSpec, ParentKind

CONTEXT = "FormValidation"
FORM_LEVEL = ""
"""The "column" of problems that belong to no single field."""

Values = Mapping[str, str]
Form = dict[str, object]
Chosen = ParentChoice | None
Validator = Callable[[Form, FormData, Chosen], list[Problem]]


def _applicant(form: Form, _data: FormData, _parent: Chosen) -> list[Problem]:
    return validate_applicant(form)


def _application(form: Form, _data: FormData, parent: Chosen) -> list[Problem]:
    if parent is not None:
        form["applicant_address"] = parent.address
    return validate_application(form)


def _completion(form: Form, _data: FormData, parent: Chosen) -> list[Problem]:
    built = parse_date(parent.data.get("built_date")) if parent is not None else None
    return validate_completion(form, built)


def _cargo_owner(form: Form, _data: FormData, _parent: Chosen) -> list[Problem]:
    return validate_cargo_owner(form)


def _monthly(form: Form, data: FormData, _parent: Chosen) -> list[Problem]:
    return validate_monthly_report(form, data.reported_months)


def _reward(form: Form, _data: FormData, _parent: Chosen) -> list[Problem]:
    return validate_reward(form)


VALIDATORS: Mapping[str, Validator] = {
    "applicants": _applicant,
    "applications": _application,
    "completions": _completion,
    "cargo_owners": _cargo_owner,
    "monthly_reports": _monthly,
    "rewards": _reward,
}


def _parent_missing(kind: ParentKind) -> str:
    if kind is ParentKind.APPLICANT:
        return QCoreApplication.translate(CONTEXT, "申请人：必须选择（点击“查找并选取申请人”）")
    if kind is ParentKind.APPLICATION:
        return QCoreApplication.translate(CONTEXT, "拆建申请：必须选择（点击“查找并选取申请记录”）")
    return QCoreApplication.translate(CONTEXT, "货主：必须选择（点击“查找并选取货主”）")


def form_problems(
    spec: FormSpec, values: Values, data: FormData, parent: ParentChoice | None
) -> dict[str, list[str]]:
    """Every problem of the form at once: column → messages (``FORM_LEVEL`` for the rest)."""
    form: Form = {field.form_key: values.get(field.column, "") for field in spec.fields}
    columns = {field.form_key: field.column for field in spec.fields}
    columns["applicant_address"] = spec.parent_column
    found: dict[str, list[str]] = {}
    if spec.parent is not None and parent is None:
        found[spec.parent_column] = [_parent_missing(spec.parent)]
    for problem in VALIDATORS[spec.kind](form, data, parent):
        found.setdefault(columns.get(problem.field, FORM_LEVEL), []).append(problem.message)
    return found


def _typed(editor: Editor, text: str) -> Any:
    """One valid field's text as the API takes it."""
    if editor is Editor.DATE:
        day = parse_date(text)
        return None if day is None else day.isoformat()
    if editor is Editor.INTEGER:
        return parse_int(text)
    if editor is Editor.DECIMAL:
        amount = parse_decimal(text)
        return None if amount is None else str(amount)
    return text.strip()


def request_values(spec: FormSpec, values: Values) -> dict[str, Any]:
    """The column values of a *valid* form, typed for the request body."""
    return {
        field.column: _typed(field.editor, values.get(field.column, "")) for field in spec.fields
    }


def _typed_or_raw(editor: Editor, text: str) -> Any:
    """A stored value typed like a request value; as it is when it does not parse."""
    try:
        return _typed(editor, text)
    except ValueError:
        return text


def changed_values(spec: FormSpec, stored: Values, typed: Values) -> dict[str, Any]:
    """The fields whose value differs from the stored record's (what a PATCH sends).

    Both sides are typed the same way, so "120.5" typed over a stored "120.50", or "2024-5-1"
    over "2024-05-01", is no change.
    """
    after = request_values(spec, typed)
    return {
        field.column: after[field.column]
        for field in spec.fields
        if after[field.column] != _typed_or_raw(field.editor, stored.get(field.column, ""))
    }
