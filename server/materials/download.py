"""``GET /materials/{sha256}``: the bytes of a material, to accounts that may see it.

Scoping is by the records, not the blob: an account may fetch a blob only when a material file
of a record inside its region names it (SPEC §3). Anything else — an unknown hash, a blob only
another region's records name, a malformed hash — is the same 404, so probing hashes tells
nothing about other regions' files.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import select
from starlette.datastructures import Headers
from starlette.responses import Response, StreamingResponse

from server.auth.actor import Actor
from server.materials.blobs import BlobStore, is_sha256
from server.materials.ranges import (
    etag_listed,
    file_chunks,
    requested_range,
    strong_etag,
)
from server.models import Blob, MaterialFile
from server.problems import INTERNAL_ERROR, NOT_FOUND, ProblemError
from server.scope import scope_filter
from server.services import Services

PDF_MEDIA_TYPE = "application/pdf"
CACHE_CONTROL = "private, max-age=31536000, immutable"
"""Private (scoped per account), and a content-addressed file never changes."""

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class VisibleBlob:
    """A blob the actor may read: where it is, how large, and a name for the download."""

    sha256: str
    path: Path
    size: int
    name: str


def visible_blob(services: Services, actor: Actor, sha256: str) -> VisibleBlob:
    """The blob when a material file in the actor's region names it; 404 otherwise."""
    missing = ProblemError(NOT_FOUND, "材料文件不存在，或不在本账号的管辖范围内")
    if not is_sha256(sha256):
        raise missing
    statement = (
        select(MaterialFile.name, Blob.size)
        .join(Blob, Blob.sha256 == MaterialFile.sha256)
        .where(MaterialFile.sha256 == sha256, scope_filter(MaterialFile, actor))
        .order_by(MaterialFile.version)
        .limit(1)
    )
    with services.db.read() as session:
        found = session.execute(statement).first()
    if found is None:
        raise missing
    path = BlobStore(services.settings.blob_dir).path_of(sha256)
    if not path.is_file() or path.stat().st_size != found.size:
        logger.error("blob %s is missing or damaged at %s", sha256, path)
        raise ProblemError(INTERNAL_ERROR, "服务器上的材料文件缺失或损坏，请联系系统管理员")
    return VisibleBlob(sha256, path, found.size, found.name)


def blob_response(blob: VisibleBlob, request_headers: Headers) -> Response:
    """304, 206 or 200 for the request's conditional and range headers (416 raised)."""
    etag = strong_etag(blob.sha256)
    headers = {
        "ETag": etag,
        "Cache-Control": CACHE_CONTROL,
        "Accept-Ranges": "bytes",
    }
    if etag_listed(request_headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    byte_range = requested_range(
        request_headers.get("range"), request_headers.get("if-range"), etag, blob.size
    )
    headers["Content-Disposition"] = f"inline; filename*=UTF-8''{quote(blob.name)}"
    if byte_range is None:
        headers["Content-Length"] = str(blob.size)
        body = file_chunks(blob.path, 0, blob.size)
        return StreamingResponse(body, 200, headers, media_type=PDF_MEDIA_TYPE)
    headers["Content-Range"] = byte_range.content_range(blob.size)
    headers["Content-Length"] = str(byte_range.length)
    body = file_chunks(blob.path, byte_range.start, byte_range.length)
    return StreamingResponse(body, 206, headers, media_type=PDF_MEDIA_TYPE)
