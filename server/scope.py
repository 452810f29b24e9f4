"""Region scoping, written once for every read and every write (SPEC §3: "No one sees or
changes what their region … do[es] not allow").

* Reads: every query over a synced table adds ``scope_filter(table, actor)``: the rows whose
  region code starts with the actor's prefix ("43" province, "4301" a city with its counties,
  the full code of a county). Prefixes become ranges (``>= '4301' AND < '4302'``) so both
  SQLite and PostgreSQL use the (region_code, version) index.
* A row outside the scope is answered exactly like a missing row — 404 ``not_found`` — by
  ``get_visible``: telling "exists but not yours" apart from "does not exist" would leak which
  ids exist in other regions.
* A write that *names* a region outside the scope (creating a record for another county)
  gets 403 ``out_of_scope`` from ``ensure_in_scope``: the caller chose that region itself, so
  saying no reveals nothing.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Table, and_, true
from sqlalchemy.orm import Session

from core import regions
from server.auth.actor import Actor
from server.models.base import Synced
from server.problems import NOT_FOUND, OUT_OF_SCOPE, ProblemError

RowT = TypeVar("RowT", bound=Synced)
PROVINCE_PREFIX = regions.scope_prefix(regions.PROVINCE_CODE)


def prefix_condition(column: Any, prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, as an index-friendly equality or range."""
    if len(prefix) == 6:
        return column == prefix
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


def scope_filter(table: Table | type[Synced], actor: Actor) -> ColumnElement[bool]:
    """The WHERE condition that limits ``table`` to the rows ``actor`` may see.

    The province sees every row: every stored region code is a Hunan code (writes go through
    ``ensure_in_scope``), so its prefix "43" would match them all, and leaving the predicate out
    lets the database walk the ``(version)`` index in order instead of range-scanning
    ``(region_code, version)`` and sorting — the difference between a linear and a quadratic
    initial sync.
    """
    model_scope = getattr(table, "__sync_scope__", None)
    if model_scope == "global" or actor.scope == PROVINCE_PREFIX:
        return true()
    columns = table.c if isinstance(table, Table) else table.__table__.c  # type: ignore[attr-defined]
    return prefix_condition(columns.region_code, actor.scope)


def is_visible(actor: Actor, region_code: str) -> bool:
    """Whether a row of ``region_code`` is inside the actor's scope."""
    return region_code.startswith(actor.scope)


def ensure_in_scope(actor: Actor, region_code: str) -> None:
    """403 ``out_of_scope`` unless ``region_code`` is a Hunan region inside the actor's scope."""
    if regions.find(region_code) is None or not is_visible(actor, region_code):
        raise ProblemError(
            OUT_OF_SCOPE,
            f"区划“{region_code}”不在本账号的管辖范围内（{_scope_name(actor)}），不能在此建档或修改",
        )


def get_visible(
    session: Session, model: type[RowT], row_id: str, actor: Actor, *, for_update: bool = False
) -> RowT:
    """The row ``row_id`` of ``model`` if the actor may see it; 404 otherwise.

    ``for_update`` locks the row (PostgreSQL ``SELECT … FOR UPDATE``) so that a version check
    and the update that follows cannot interleave with another writer's.
    """
    row = session.get(model, row_id, with_for_update=for_update or None)
    if row is None or (model.__sync_scope__ == "region" and not is_visible(actor, row.region_code)):
        raise not_found()
    return row


def not_found() -> ProblemError:
    return ProblemError(NOT_FOUND, "记录不存在，或不在本账号的管辖范围内")


def _scope_name(actor: Actor) -> str:
    region = regions.find(actor.region_code)
    return region.name if region is not None else actor.region_code
