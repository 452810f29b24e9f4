"""Receive a multipart upload's ``zip`` field into a temporary file, never over a hard cap.

FastAPI's own form parsing would spool any size to disk before the handler sees a byte, so the
body is parsed here as it arrives: a declared ``Content-Length`` over the cap is refused before
anything is read, and a body that grows past the cap (chunked, or lying about its length) is
refused the moment it does — 413 ``payload_too_large`` either way, with the temporary file
removed. The SHA-256 of the zip is computed on the way, so the idempotency fingerprint can stand
for a body that is never held in memory; it is the zip's and not the raw body's because a client
replaying an upload writes a new multipart boundary each time, while the zip stays the same.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO, TYPE_CHECKING, Protocol

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from core.materials import MIB, format_mb
from server.problems import PAYLOAD_TOO_LARGE, ProblemError, validation_problem
from server.validation_messages import FieldProblem

if TYPE_CHECKING:
    from python_multipart.multipart import MultipartCallbacks

FIELD = "zip"
MULTIPART_ALLOWANCE = 64 * 1024
"""Room for the multipart boundaries and part headers around the zip itself."""


@dataclass(frozen=True)
class ReceivedZip:
    """The zip part written to ``path`` (the caller deletes it), its size and its SHA-256."""

    path: Path
    size: int
    sha256: str


def too_large(limit: int) -> ProblemError:
    """413 naming the year's limit in MB, as the upload dialog words it."""
    mb = format_mb(Decimal(limit) / MIB)
    return ProblemError(
        PAYLOAD_TOO_LARGE,
        f"压缩包超过本年度压缩包上限 {mb} MB，请降低 PDF 扫描分辨率或改用黑白模式后重新打包上传",
        limit_bytes=limit,
    )


def _bad_form(message: str) -> ProblemError:
    return validation_problem([FieldProblem(FIELD, message)])


def _boundary(request: Request) -> bytes:
    media_type, options = parse_options_header(request.headers.get("content-type", "").encode())
    boundary = options.get(b"boundary")
    if media_type != b"multipart/form-data" or not boundary:
        raise _bad_form("请以 multipart/form-data 方式上传，压缩包放在名为 zip 的字段中")
    return boundary


def _declared_length(request: Request) -> int | None:
    raw = request.headers.get("content-length")
    if raw is None:
        return None
    try:
        return int(raw)
    except ValueError:
        raise _bad_form("Content-Length 请求头无效") from None


class _Digest(Protocol):
    def update(self, data: bytes, /) -> None: ...

    def hexdigest(self) -> str: ...


@dataclass
class _ZipPart:
    """Parser callbacks: find the part named ``zip`` and copy its bytes to ``out``."""

    out: IO[bytes]
    limit: int
    digest: _Digest = field(default_factory=hashlib.sha256)
    size: int = 0
    parts: int = 0
    ended: bool = False
    _header_field: bytearray = field(default_factory=bytearray)
    _header_value: bytearray = field(default_factory=bytearray)
    _disposition: bytes = b""
    _inside: bool = False

    def callbacks(self) -> MultipartCallbacks:
        return {
            "on_part_begin": self._begin,
            "on_header_field": self._field,
            "on_header_value": self._value,
            "on_header_end": self._header_end,
            "on_headers_finished": self._headers_finished,
            "on_part_data": self._data,
            "on_part_end": self._part_end,
            "on_end": self._end,
        }

    def _begin(self) -> None:
        self._disposition = b""
        self._inside = False

    def _field(self, data: bytes, start: int, end: int) -> None:
        self._header_field.extend(data[start:end])

    def _value(self, data: bytes, start: int, end: int) -> None:
        self._header_value.extend(data[start:end])

    def _header_end(self) -> None:
        if bytes(self._header_field).strip().lower() == b"content-disposition":
            self._disposition = bytes(self._header_value)
        self._header_field.clear()
        self._header_value.clear()

    def _headers_finished(self) -> None:
        _, options = parse_options_header(self._disposition)
        self._inside = options.get(b"name") == FIELD.encode()
        if self._inside:
            self.parts += 1
            if self.parts > 1:
                raise _bad_form("一次只能上传一个压缩包（zip 字段出现了多次）")

    def _data(self, data: bytes, start: int, end: int) -> None:
        if not self._inside:
            return
        self.size += end - start
        if self.size > self.limit:
            raise too_large(self.limit)
        self.digest.update(data[start:end])
        self.out.write(data[start:end])

    def _part_end(self) -> None:
        self._inside = False

    def _end(self) -> None:
        self.ended = True


async def receive_zip(request: Request, limit: int, directory: Path) -> ReceivedZip:
    """Stream the body; the zip part may be at most ``limit`` bytes (413 beyond it)."""
    boundary = _boundary(request)
    body_cap = limit + MULTIPART_ALLOWANCE
    declared = _declared_length(request)
    if declared is not None and declared > body_cap:
        raise too_large(limit)
    directory.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix="upload-", suffix=".zip", dir=directory)
    path = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            part = _ZipPart(out, limit)
            await _stream(request, MultipartParser(boundary, part.callbacks()), limit)
        _check_complete(part)
        return ReceivedZip(path, part.size, part.digest.hexdigest())
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        raise


async def _stream(request: Request, parser: MultipartParser, limit: int) -> None:
    """Feed the body to the parser chunk by chunk (file writes off the event loop)."""
    received = 0
    try:
        async for chunk in request.stream():
            received += len(chunk)
            if received > limit + MULTIPART_ALLOWANCE:
                raise too_large(limit)
            if chunk:
                await run_in_threadpool(parser.write, chunk)
        parser.finalize()
    except MultipartParseError as error:
        raise _bad_form("上传内容不是完整的 multipart/form-data 请求，请重新上传") from error


def _check_complete(part: _ZipPart) -> None:
    if not part.ended:
        raise _bad_form("上传内容不完整（连接可能中断），请重新上传")
    if part.parts == 0:
        raise _bad_form("请选择要上传的 Zip 压缩包（字段名 zip）")
