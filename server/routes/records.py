"""``/api/v1/records/{kind}``: create, read, modify and delete the six record kinds (SPEC §5).

One route of each method per kind, generated from ``server.records.registry`` so every kind has
its exact request schema in the OpenAPI document. Handlers only wire dependencies: permission
(【编辑】 for writes), idempotency key and expected version; the rules run in
``server.records.service`` inside the idempotent unit of work.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Response
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from core.vocab import Permission
from server.auth.actor import Actor, CurrentActor, require
from server.records.bodies import CreateBody, PatchBody
from server.records.context import WriteContext
from server.records.kinds import KindHandler
from server.records.registry import HANDLERS
from server.records.service import create_record, delete_record, modify_record
from server.routes.record_views import RecordRow
from server.scope import get_visible
from server.services import Services, get_services
from server.sync.kinds import encode_object
from server.writes import ExpectedVersion, IdempotentWrite, expected_version, idempotent_write
from server.writes.preconditions import etag

router = APIRouter(prefix="/records", tags=["记录"])

Editor = Annotated[Actor, Depends(require(Permission.EDIT))]
Writer = Annotated[IdempotentWrite, Depends(idempotent_write)]
Expected = Annotated[ExpectedVersion, Depends(expected_version)]
ServicesDep = Annotated[Services, Depends(get_services)]


def write_context(write: IdempotentWrite, session: Session) -> WriteContext:
    """The context of a write running inside ``write``'s transaction."""
    return WriteContext(session, write.actor, write.services.clock())


def _signed(
    endpoint: Callable[..., Response], name: str, params: dict[str, Any]
) -> Callable[..., Response]:
    """Give a generated endpoint its name and typed parameters (FastAPI reads the signature)."""
    endpoint.__name__ = name
    endpoint.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [
            inspect.Parameter(key, inspect.Parameter.KEYWORD_ONLY, annotation=annotation)
            for key, annotation in params.items()
        ],
        return_annotation=Response,
    )
    return endpoint


def _create(handler: KindHandler) -> Callable[..., Response]:
    """``POST /records/{kind}``: needs 【编辑】 and an idempotency key."""

    def endpoint(*, body: CreateBody, actor: Actor, write: IdempotentWrite) -> Response:
        return write.run(
            lambda session: create_record(write_context(write, session), handler, body)
        )

    params = {"body": handler.create_body, "actor": Editor, "write": Writer}
    return _signed(endpoint, f"create_{handler.name}", params)


def _modify(handler: KindHandler) -> Callable[..., Response]:
    """``PATCH /records/{kind}/{id}``: needs 【编辑】, a key and the expected version."""

    def endpoint(
        *,
        record_id: str,
        body: PatchBody,
        actor: Actor,
        write: IdempotentWrite,
        expected: ExpectedVersion,
    ) -> Response:
        base = expected.resolve(body.base_version)
        return write.run(
            lambda session: modify_record(
                write_context(write, session), handler, record_id, body, base
            )
        )

    params = {
        "record_id": str,
        "body": handler.patch_body,
        "actor": Editor,
        "write": Writer,
        "expected": Expected,
    }
    return _signed(endpoint, f"modify_{handler.name}", params)


def _delete(handler: KindHandler) -> Callable[..., Response]:
    """``DELETE /records/{kind}/{id}``: needs 【编辑】, a key and the expected version."""

    def endpoint(
        *, record_id: str, actor: Actor, write: IdempotentWrite, expected: ExpectedVersion
    ) -> Response:
        base = expected.resolve(None)
        return write.run(
            lambda session: delete_record(write_context(write, session), handler, record_id, base)
        )

    params = {"record_id": str, "actor": Editor, "write": Writer, "expected": Expected}
    return _signed(endpoint, f"delete_{handler.name}", params)


def _read(handler: KindHandler) -> Callable[..., Response]:
    """``GET /records/{kind}/{id}``: any account that may see the record."""

    def endpoint(*, record_id: str, actor: Actor, services: Services) -> Response:
        with services.db.read() as session:
            row = get_visible(session, handler.model, record_id, actor)
            return JSONResponse(encode_object(row), headers={"ETag": etag(row.version)})

    params = {"record_id": str, "actor": CurrentActor, "services": ServicesDep}
    return _signed(endpoint, f"read_{handler.name}", params)


def _register(handler: KindHandler) -> None:
    """The four routes of one kind."""
    collection, item = f"/{handler.name}", f"/{handler.name}/{{record_id}}"
    kind = handler.kind
    router.add_api_route(
        collection,
        _create(handler),
        methods=["POST"],
        status_code=201,
        response_model=RecordRow,
        summary=f"建档{kind}",
    )
    router.add_api_route(
        item, _read(handler), methods=["GET"], response_model=RecordRow, summary=f"读取{kind}"
    )
    router.add_api_route(
        item, _modify(handler), methods=["PATCH"], response_model=RecordRow, summary=f"修改{kind}"
    )
    router.add_api_route(
        item,
        _delete(handler),
        methods=["DELETE"],
        status_code=204,
        response_class=Response,
        summary=f"删除{kind}",
    )


for _handler in HANDLERS.values():
    _register(_handler)
