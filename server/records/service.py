"""Create, modify and delete any record kind: one guarded sequence, written once.

Order of the guards, each answering with its own problem (docs/api-contract.md):

1. permission (the route's dependency, 403) and region scope — a stored row outside the scope is
   404 ``not_found``, a region named outside it 403 ``out_of_scope``;
2. the expected version (412 with the current row) — checked on the row locked for update, so
   nobody can change it between the check and the write;
3. the declaration window (409 ``declaration_closed``);
4. the workflow rules of ``core.workflow`` (409 ``workflow_refused``, every reason at once);
5. the form rules of ``core.forms`` (422, every problem at once).

Derived values (machine amounts, reward sums) are recomputed by the kind on every write; a
modification then runs ``core.workflow.on_modify`` (failure and return flags cleared, materials
to be uploaded again). Deleting a record deletes its review results and material files with it
(each leaves a tombstone); the append-only ``review_submissions`` log keeps every decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core import regions, workflow
from core.declaration import WriteAction
from server.models import MaterialFile, ReviewResult, Tombstone
from server.problems import ALREADY_EXISTS, ProblemError
from server.records.bodies import CreateBody, PatchBody
from server.records.context import WriteContext
from server.records.fields import fitted, raise_if_invalid
from server.records.kinds import KindHandler, Parent, Target
from server.records.refusals import refuse_if
from server.records.state import review_state, store_state
from server.records.window import ensure_open
from server.scope import ensure_in_scope, get_visible
from server.sync.kinds import encode_object
from server.validation_messages import FieldProblem
from server.writes import WriteResult, check_version
from server.writes.preconditions import etag

API_RECORDS_PATH = "/api/v1/records"


def _ensure_unused_id(session: Session, handler: KindHandler, record_id: str) -> None:
    """A client id names one record forever: taken by a live or a deleted record → 409."""
    taken = session.get(handler.model, record_id) is not None
    deleted = session.get(Tombstone, (handler.name, record_id)) is not None
    if taken or deleted:
        raise ProblemError(
            ALREADY_EXISTS,
            f"记录编号 {record_id} 已被使用（记录已存在或已删除），请为新记录生成新的编号",
        )


def _ensure_region(ctx: WriteContext, region: str, claimed: str | None) -> None:
    """A region the client names must be the one the record will belong to."""
    if claimed is None or claimed == region:
        return
    ensure_in_scope(ctx.actor, claimed)
    name = regions.full_name(region)
    message = f"所在区划：新记录属于{region}（{name}），与提交的{claimed}不一致"
    raise_if_invalid([FieldProblem("region_code", message)])


def _answer(row: Any, status_code: int) -> WriteResult:
    """The row as the sync feed shows it, with its new version as ETag."""
    headers = {"ETag": etag(row.version)}
    if status_code == 201:
        headers["Location"] = f"{API_RECORDS_PATH}/{row.__tablename__}/{row.id}"
    return WriteResult(status_code, encode_object(row), headers)


@dataclass(frozen=True)
class _Admitted:
    """A create that passed every guard: where the record goes and what it hangs from."""

    parent: Parent
    target: Target
    region: str


def _admit(
    ctx: WriteContext, handler: KindHandler, body: CreateBody, fields: dict[str, Any]
) -> _Admitted:
    """Run a create's guards in the contract's order; raise the first that refuses."""
    parent = handler.parent_for_create(ctx, fields)
    facts = handler.new_facts(ctx, parent, fields)
    status = ensure_open(ctx, WriteAction.CREATE, handler.kind, policy=facts.policy)
    target = Target(status.year)
    if parent.problems:
        raise_if_invalid([*parent.problems, *handler.problems(ctx, fields, parent, target)])
    region = handler.region_for(ctx, parent)
    _ensure_region(ctx, region, body.region_code)
    _ensure_unused_id(ctx.session, handler, body.id)
    refuse_if(workflow.can_create(facts, ctx.actor.as_review_actor()))
    raise_if_invalid(handler.problems(ctx, fields, parent, target))
    return _Admitted(parent, target, region)


def create_record(ctx: WriteContext, handler: KindHandler, body: CreateBody) -> WriteResult:
    """Create a record with its client-made id; 201 with the stored row."""
    fields = body.model_dump(exclude={"id", "region_code"})
    admitted = _admit(ctx, handler, body, fields)
    columns = handler.columns(ctx, fields, admitted.parent, admitted.target)
    row = handler.model(
        id=body.id,
        region_code=admitted.region,
        year=admitted.target.year,
        created_on=ctx.today,
        created_at=ctx.now,
        created_by=ctx.actor.account_id,
        updated_at=ctx.now,
        **fitted(handler.model, columns),
    )
    ctx.session.add(row)
    _insert(ctx.session, row)
    _flush_with_side_effects(ctx, handler, row)
    return _answer(row, 201)


def _insert(session: Session, row: Any) -> None:
    """Insert ``row``; a concurrent create of the same id (or unique content) → 409."""
    try:
        session.flush()
    except IntegrityError as error:
        raise ProblemError(
            ALREADY_EXISTS,
            "与同时提交的另一条记录冲突（记录编号或唯一内容相同），请同步后再确认是否需要重新建档",
        ) from error


def _locked_row(ctx: WriteContext, handler: KindHandler, record_id: str, expected: int) -> Any:
    """The visible row locked for update, at the version the client based its write on."""
    row = get_visible(ctx.session, handler.model, record_id, ctx.actor, for_update=True)
    check_version(row, expected)
    return row


def modify_record(
    ctx: WriteContext, handler: KindHandler, record_id: str, body: PatchBody, expected: int
) -> WriteResult:
    """Apply the changed fields; 200 with the stored row."""
    changes = body.model_dump(exclude_unset=True, exclude={"base_version"})
    row = _locked_row(ctx, handler, record_id, expected)
    ensure_open(ctx, WriteAction.MODIFY, handler.kind, year=row.year)
    refuse_if(
        [
            *workflow.can_modify(handler.facts(ctx, row), ctx.actor.as_review_actor()),
            *handler.modify_refusals(ctx, row, changes),
        ]
    )
    if not changes:
        raise_if_invalid([FieldProblem("", "没有要修改的字段，请至少提交一个字段")])
    parent = handler.parent_for_modify(ctx, row, changes)
    values = {**handler.stored_form(row), **changes}
    _apply(ctx, handler, row, values, parent)
    _flush_with_side_effects(ctx, handler, row)
    return _answer(row, 200)


def _apply(
    ctx: WriteContext, handler: KindHandler, row: Any, values: dict[str, Any], parent: Parent
) -> None:
    """Validate the merged values, write them, and clear what a modification clears."""
    target = Target(row.year, row)
    raise_if_invalid([*parent.problems, *handler.problems(ctx, values, parent, target)])
    columns = fitted(handler.model, handler.columns(ctx, values, parent, target))
    for column, value in columns.items():
        setattr(row, column, value)
    store_state(handler.kind, row, workflow.on_modify(review_state(handler.kind, row)))
    row.updated_at = ctx.now


def _flush_with_side_effects(ctx: WriteContext, handler: KindHandler, row: Any) -> None:
    """Stamp the row's version, then let the kind update its dependants (their own versions)."""
    ctx.session.flush()
    handler.after_write(ctx, row)
    ctx.session.flush()


def delete_record(
    ctx: WriteContext, handler: KindHandler, record_id: str, expected: int
) -> WriteResult:
    """Delete the record, its review results and its material files; 204."""
    row = _locked_row(ctx, handler, record_id, expected)
    ensure_open(ctx, WriteAction.DELETE, handler.kind, year=row.year)
    refuse_if(
        [
            *workflow.can_delete(handler.facts(ctx, row), ctx.actor.as_review_actor()),
            *handler.delete_refusals(ctx, row),
        ]
    )
    _delete_attachments(ctx.session, handler, row.id)
    ctx.session.delete(row)
    ctx.session.flush()
    handler.after_delete(ctx, row)
    ctx.session.flush()
    return WriteResult(204)


def _delete_attachments(session: Session, handler: KindHandler, record_id: str) -> None:
    """The record's review results and material files go with it (the blobs stay)."""
    kind = str(handler.kind)
    for model in (ReviewResult, MaterialFile):
        rows = session.scalars(
            select(model).where(model.record_kind == kind, model.record_id == record_id)
        ).all()
        for attached in rows:
            session.delete(attached)
