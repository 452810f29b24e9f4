"""Conditional and partial downloads of content-addressed files (RFC 9110 §13, §14).

A blob's name is its SHA-256, so its ETag (``"<sha256>"``) never changes and a client that
holds the file gets 304 for ``If-None-Match``. ``Range`` lets a desktop on a broken county
network resume a large scan instead of starting over: one range per request (``bytes=a-b``,
``bytes=a-``, ``bytes=-n``) → 206 with ``Content-Range``; a range that cannot be served (beyond
the end, reversed, malformed, several at once) → 416 with ``Content-Range: bytes */size``.
``If-Range`` with another validator than the ETag falls back to the whole file, as the RFC says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from server.problems import RANGE_NOT_SATISFIABLE, ProblemError

CHUNK = 256 * 1024
_SPEC = re.compile(r"\s*(\d*)\s*-\s*(\d*)\s*")
_ETAG_ITEM = re.compile(r'\s*(?:W/)?("[^"]*"|\*)\s*')


@dataclass(frozen=True)
class ByteRange:
    """Bytes ``start`` through ``end`` inclusive, as ``Content-Range`` writes them."""

    start: int
    end: int

    @property
    def length(self) -> int:
        return self.end - self.start + 1

    def content_range(self, size: int) -> str:
        return f"bytes {self.start}-{self.end}/{size}"


def strong_etag(sha256: str) -> str:
    return f'"{sha256}"'


def etag_listed(header: str | None, etag: str) -> bool:
    """Whether an ``If-None-Match``/``If-Range`` list names ``etag`` (weak comparison) or ``*``."""
    if not header:
        return False
    for item in header.split(","):
        match = _ETAG_ITEM.fullmatch(item)
        if match and match.group(1) in ("*", etag):
            return True
    return False


def requested_range(
    range_header: str | None, if_range: str | None, etag: str, size: int
) -> ByteRange | None:
    """The one range to serve, None for the whole file, or 416 when it cannot be served."""
    if range_header is None:
        return None
    if if_range is not None and if_range.strip() != etag:
        return None  # the client's copy is another version: send the whole file
    return parse_range(range_header, size)


def parse_range(header: str, size: int) -> ByteRange:
    """``bytes=a-b`` / ``bytes=a-`` / ``bytes=-n`` within ``size``; 416 for anything else."""
    unit, _, specs = header.partition("=")
    if unit.strip().lower() != "bytes" or not specs.strip():
        raise unsatisfiable(size, "只支持以字节（bytes）为单位的范围请求")
    if "," in specs:
        raise unsatisfiable(size, "只支持单个范围的请求，请分次请求")
    match = _SPEC.fullmatch(specs)
    if match is None or match.group(1) == match.group(2) == "":
        raise unsatisfiable(size, f"范围“{header}”格式无效")
    first, last = match.group(1), match.group(2)
    if first == "":
        return _suffix(int(last), size)
    start = int(first)
    end = size - 1 if last == "" else min(int(last), size - 1)
    if start >= size or (last != "" and int(last) < start):
        raise unsatisfiable(size, f"范围“{header}”超出文件大小（{size} 字节）")
    return ByteRange(start, end)


def _suffix(length: int, size: int) -> ByteRange:
    if length == 0 or size == 0:
        raise unsatisfiable(size, "请求的末尾字节数为 0，或文件为空")
    return ByteRange(max(size - length, 0), size - 1)


def unsatisfiable(size: int, reason: str) -> ProblemError:
    """416 with the ``Content-Range`` the RFC asks for."""
    return ProblemError(
        RANGE_NOT_SATISFIABLE,
        f"无法返回请求的部分内容：{reason}",
        headers={"Content-Range": f"bytes */{size}"},
        size=size,
    )


def file_chunks(path: Path, start: int, length: int) -> Iterator[bytes]:
    """``length`` bytes of ``path`` from ``start``, in chunks (never the whole file at once)."""
    with path.open("rb") as source:
        source.seek(start)
        remaining = length
        while remaining > 0:
            chunk = source.read(min(CHUNK, remaining))
            if not chunk:
                return
            remaining -= len(chunk)
            yield chunk
