"""Material zips for the API tests: real PDFs with Chinese text, and hostile archives.

Hostile entries (a path escaping the folder, an encryption flag, a bomb) are written byte by
byte, because Python's ``zipfile`` refuses or rewrites exactly the fields an attacker sets.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib
from dataclasses import dataclass

import pymupdf

from core.materials import MIB
from demo.pdfs import text_pdf


def pdf(title: str) -> bytes:
    """A small real PDF whose page shows ``title`` in Chinese."""
    return text_pdf(title, [f"{title}（测试材料）", "湖南省水运事务中心"])


def big_pdf(size: int, seed: int = 7) -> bytes:
    """A valid PDF of at least ``size`` bytes that does not compress (a scan stand-in)."""
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "扫描件", fontname="china-s")
    doc.embfile_add("scan", random.Random(seed).randbytes(size))
    return doc.tobytes()


def zip_of(files: dict[str, bytes]) -> bytes:
    """An ordinary deflated zip, as Windows' "send to compressed folder" makes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@dataclass(frozen=True)
class RawEntry:
    """One entry written exactly as told (name bytes, flags, payload)."""

    name: str
    data: bytes = b""
    flags: int = 0x800  # UTF-8 names
    compressed: bytes | None = None
    crc: int | None = None
    size: int | None = None


def _deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def raw_zip(entries: list[RawEntry]) -> bytes:
    """Local headers, data, central directory and end record, with nothing sanitised."""
    body, central = b"", b""
    for entry in entries:
        name = entry.name.encode()
        payload = entry.compressed if entry.compressed is not None else _deflate(entry.data)
        crc = zlib.crc32(entry.data) if entry.crc is None else entry.crc
        size = len(entry.data) if entry.size is None else entry.size
        fields = (20, entry.flags, 8, 0, 0x21, crc, len(payload), size, len(name))
        local = struct.pack("<4s5H3I2H", b"PK\x03\x04", *fields, 0)
        central += struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, 0, len(body))
        central += name
        body += local + name + payload
    count = len(entries)
    end = struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, count, count, len(central), len(body), 0)
    return body + central + end


def bomb_entry(name: str, total: int = 32 * MIB) -> RawEntry:
    """``total`` zero bytes deflated to a few kilobytes: a ratio no scan ever has."""
    packer, crc, out = zlib.compressobj(9, zlib.DEFLATED, -15), 0, []
    block = bytes(MIB)
    for _ in range(total // MIB):
        out.append(packer.compress(block))
        crc = zlib.crc32(block, crc)
    out.append(packer.flush())
    return RawEntry(name, compressed=b"".join(out), crc=crc, size=total)
