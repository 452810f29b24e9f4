"""Looking up the parent a request names (``applicant_id``, ``application_id``,
``cargo_owner_id``), with the same answer for "missing" and "outside your region".

A parent named by a create is locked for the rest of the write: children of one parent are
then created one after another, so two monthly reports of the same owner cannot both claim "the
next month", and the facts read from the parent (passed city review …) cannot change
underneath. Locks are always taken parent first, then children, so writers never deadlock.
"""

from __future__ import annotations

from typing import Any

from server.records.context import WriteContext
from server.records.kinds import Parent
from server.records.queries import visible_row
from server.validation_messages import FieldProblem


def named_parent(
    ctx: WriteContext, model: type[Any], column: str, row_id: Any, label: str
) -> Parent:
    """The visible row ``row_id`` of ``model``, or a problem on ``column`` saying what to do."""
    if not row_id:
        return Parent(problems=[FieldProblem(column, f"{label}：必须选取")])
    row = visible_row(ctx.session, model, row_id, ctx.actor.scope, for_update=True)
    if row is None:
        message = f"{label}：所选记录不存在或不在本账号的管辖范围内，请重新选取"
        return Parent(problems=[FieldProblem(column, message)])
    return Parent(row)


def stored_parent(
    ctx: WriteContext, model: type[Any], row_id: str, *, lock: bool = False
) -> Parent:
    """The parent of a stored record (foreign keys guarantee it exists), locked if asked."""
    return Parent(ctx.session.get(model, row_id, with_for_update=lock or None))
