"""Small existence queries the workflow facts are built from (children, passed dependants)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.orm import Session


def any_row(session: Session, model: type[Any], *conditions: ColumnElement[bool]) -> bool:
    """Whether at least one row of ``model`` meets every condition."""
    return bool(session.scalar(select(exists().where(*conditions).select_from(model))))


def visible_row(
    session: Session, model: type[Any], row_id: object, scope: str, *, for_update: bool = False
) -> Any | None:
    """The row ``row_id`` of ``model`` if it exists inside the region prefix ``scope``.

    For ids named in a request body: a missing row and one outside the account's region give
    the same answer, so a request cannot probe other regions' ids. ``for_update`` locks it.
    """
    if not isinstance(row_id, str) or not row_id:
        return None
    row = session.get(model, row_id, with_for_update=for_update or None)
    if row is None or not row.region_code.startswith(scope):
        return None
    return row
