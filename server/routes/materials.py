"""Material routes (SPEC §6, §7): upload a record's zip, list its materials, download a PDF.

* ``POST /records/{kind}/{id}/materials`` — multipart field ``zip``, ``If-Match`` (record
  version), ``Idempotency-Key``; 200 ``{record, files}``, 413 ``payload_too_large`` before the
  body is read when it is over the year's zip limit, 422 ``zip_rejected`` with every problem.
* ``GET /records/{kind}/{id}/materials`` — required / present / missing.
* ``GET /materials/{sha256}`` — the bytes; ``ETag``, ``If-None-Match`` → 304, ``Range`` → 206.

The upload route is ``async`` because it streams the body itself (``server.materials.body``);
its database and zip work runs in the thread pool like every synchronous route's.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from core.vocab import Permission
from server.auth.actor import Actor, CurrentActor, require
from server.materials.blobs import BlobStore
from server.materials.body import FIELD, receive_zip
from server.materials.download import PDF_MEDIA_TYPE, blob_response, visible_blob
from server.materials.kinds import material_kind
from server.materials.status import MaterialList, material_list
from server.materials.upload import UploadRequest, perform_upload, pre_inspect, upload_limit
from server.records.context import WriteContext
from server.routes.sync import Change
from server.scope import get_visible
from server.services import Services, get_services
from server.writes import ExpectedVersion, expected_version
from server.writes.idempotency import idempotency_key, streamed_write
from server.writes.preconditions import etag

router = APIRouter(tags=["材料"])

_UPLOAD_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": [FIELD],
                    "properties": {FIELD: {"type": "string", "format": "binary"}},
                }
            }
        },
    }
}


class UploadAnswer(BaseModel):
    """The record after the upload (new version, flags cleared) and its new files."""

    record: Change
    files: list[Change]


@router.post(
    "/records/{kind}/{record_id}/materials",
    response_model=UploadAnswer,
    openapi_extra=_UPLOAD_BODY,
    summary="上传记录的材料压缩包",
)
async def post_materials(
    kind: str,
    record_id: str,
    request: Request,
    actor: Annotated[Actor, Depends(require(Permission.EDIT))],
    services: Annotated[Services, Depends(get_services)],
    expected: Annotated[ExpectedVersion, Depends(expected_version)],
) -> Response:
    key = idempotency_key(request)
    material = material_kind(kind)
    base = expected.resolve(None)
    limit = await run_in_threadpool(upload_limit, services, actor, material, record_id)
    received = await receive_zip(request, limit, services.settings.uploads_dir)
    try:
        inspected = await run_in_threadpool(
            pre_inspect, services, actor, material, record_id, received.path
        )
        upload = UploadRequest(material, record_id, base, received.path, inspected)
        store = BlobStore(services.settings.blob_dir)
        write = streamed_write(request, actor, services, key, received.sha256)
        return await run_in_threadpool(
            write.run,
            lambda session: perform_upload(
                WriteContext(session, actor, services.clock()), upload, store
            ),
        )
    finally:
        received.path.unlink(missing_ok=True)


@router.get(
    "/records/{kind}/{record_id}/materials",
    response_model=MaterialList,
    summary="记录的材料清单（必需、已上传、缺少）",
)
def get_materials(
    kind: str,
    record_id: str,
    actor: CurrentActor,
    services: Annotated[Services, Depends(get_services)],
    response: Response,
) -> MaterialList:
    material = material_kind(kind)
    with services.db.read() as session:
        record = get_visible(session, material.model, record_id, actor)
        response.headers["ETag"] = etag(record.version)
        return material_list(session, material, record)


@router.get(
    "/materials/{sha256}",
    response_class=Response,
    responses={
        200: {"content": {PDF_MEDIA_TYPE: {}}, "description": "材料 PDF"},
        206: {"content": {PDF_MEDIA_TYPE: {}}, "description": "材料 PDF 的一部分（Range）"},
        304: {"description": "客户端已有该文件（If-None-Match）"},
    },
    summary="按 SHA-256 下载材料文件",
)
def get_material(
    sha256: str,
    request: Request,
    actor: CurrentActor,
    services: Annotated[Services, Depends(get_services)],
) -> Response:
    return blob_response(visible_blob(services, actor, sha256), request.headers)
