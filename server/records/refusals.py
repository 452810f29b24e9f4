"""Workflow refusals as one 409 problem carrying every reason the core gave.

``detail`` joins the reasons one per line so the desktop can show it as is; ``reasons`` keeps
them apart for a client that lists them.
"""

from __future__ import annotations

from collections.abc import Iterable

from server.problems import WORKFLOW_REFUSED, ProblemError


def unique(reasons: Iterable[str]) -> list[str]:
    """The reasons in order, each once (two rule sets may name the same lock)."""
    return list(dict.fromkeys(reasons))


def refuse_if(reasons: Iterable[str]) -> None:
    """Raise 409 ``workflow_refused`` when there is any reason; do nothing otherwise."""
    found = unique(reasons)
    if found:
        raise ProblemError(WORKFLOW_REFUSED, "\n".join(found), reasons=found)
