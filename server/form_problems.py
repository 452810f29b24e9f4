"""Core form problems (``core.field_rules.Problem``) answered as one 422 problem document.

The administration endpoints validate with the core's rules, which return every problem of a
form at once; this turns such a list into the ``validation_failed`` answer the desktop shows
beside each field, so no endpoint builds that answer itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.field_rules import Problem
from server.problems import validation_problem
from server.validation_messages import FieldProblem


def raise_form_problems(problems: Iterable[Problem]) -> None:
    """Raise one 422 listing every problem, or return when there is none."""
    found = [FieldProblem(problem.field, problem.message) for problem in problems]
    if found:
        raise validation_problem(found)


def relabelled(
    problems: Iterable[Problem], field: str, old_label: str, label: str
) -> list[Problem]:
    """Problems of one rule moved to another field: "密码：…" of ``new_password`` → "新密码：…".

    The core labels its messages by its own field keys; an endpoint with two password fields
    must say which one is wrong.
    """
    prefix = f"{old_label}："
    return [
        Problem(field, f"{label}：{problem.message.removeprefix(prefix)}") for problem in problems
    ]
