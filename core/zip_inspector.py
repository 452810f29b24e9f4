"""Check an uploaded material zip and tell the uploader every problem at once.

SPEC §6, manual §2.2 提示 1-3 and §3.2.5: the PDFs of one upload travel in one zip, each named
exactly as the year's material list says and under its size limits. A rejected upload stores
nothing, so the person must learn everything that is wrong in one go (补正 "一次性告知"), not
one problem per attempt over a slow county network.

The zip comes from outside and is hostile until proven otherwise. Nothing is extracted to disk;
entries are stream-read in memory with hard caps, and no size written in the zip's headers is
trusted: every entry is decompressed chunk by chunk, its compression ratio checked as it grows
and the whole archive held to a total budget, so a bomb costs at most the caps. Reading every
entry to its end also verifies its CRC.

Decisions where the manual leaves room, with the reason:

* Names are decoded from the UTF-8 flag, else the Info-ZIP Unicode-path field, else strict
  UTF-8, else GB18030 (a superset of GBK/CP936): Windows' own zip tool and WinRAR on a
  Chinese Windows write GBK names without any flag.
* A single top-level folder wrapping all files is tolerated (right-click "compress" of a
  folder makes one); deeper folders are reported, since the stored names would be ambiguous.
* ASCII parentheses, stray spaces or a wrong extension make a name "misnamed": the manual
  demands the exact name, so it is an error, but the message gives the right name.
* An entry whose path would escape the folder is reported and never read; directories and
  macOS/Windows clutter (__MACOSX/, .DS_Store, ._*, Thumbs.db, desktop.ini) are ignored.
* A file over its limit is only counted, not kept; it is still checked for the PDF header so
  the message can say both that it is too large and that it is not a PDF.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum
from typing import IO, BinaryIO

from core.materials import MIB, MaterialSpec, format_mb, match_key
from core.pdf_sniff import PdfVerdict, check_pdf, has_pdf_header, is_archive

Source = str | os.PathLike[str] | BinaryIO

CHUNK = 64 * 1024
HEAD = 1024
UTF8_FLAG = 0x800
ENCRYPTED_FLAGS = 0x1 | 0x40  # traditional and strong encryption
UNICODE_PATH_EXTRA = 0x7075
JUNK_NAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})


class ProblemCode(StrEnum):
    """Stable machine-readable codes; the server passes them on in problem+json."""

    ZIP_TOO_LARGE = "zip_too_large"
    NOT_A_ZIP = "not_a_zip"
    CORRUPT_ARCHIVE = "corrupt_archive"
    TOO_MANY_FILES = "too_many_files"
    EMPTY_ZIP = "empty_zip"
    UNSAFE_PATH = "unsafe_path"
    ENCRYPTED_ENTRY = "encrypted_entry"
    UNSUPPORTED_METHOD = "unsupported_method"
    CORRUPT_ENTRY = "corrupt_entry"
    CRC_MISMATCH = "crc_mismatch"
    ZIP_BOMB = "zip_bomb"
    NESTED_ARCHIVE = "nested_archive"
    NOT_PDF = "not_pdf"
    PDF_ENCRYPTED = "pdf_encrypted"
    PDF_DAMAGED = "pdf_damaged"
    FILE_TOO_LARGE = "file_too_large"
    SUBFOLDER = "subfolder"
    MISNAMED = "misnamed"
    UNKNOWN_NAME = "unknown_name"
    RESERVED_NAME = "reserved_name"
    DUPLICATE = "duplicate"
    MISSING_REQUIRED = "missing_required"


@dataclass(frozen=True)
class ZipLimits:
    """The year's limits (SPEC §4) and the caps that keep a hostile zip cheap to inspect."""

    pdf_mb: Decimal = Decimal(20)
    zip_mb: Decimal = Decimal(60)
    max_entries: int = 200
    max_total_mb: Decimal = Decimal(200)
    max_ratio: int = 100
    ratio_floor_mb: Decimal = Decimal(1)

    def __post_init__(self) -> None:
        problems = []
        if not Decimal(1) <= self.pdf_mb <= Decimal(20):
            problems.append(f"PDF 文件大小上限 {format_mb(self.pdf_mb)} MB 无效，应在 1-20 之间")
        if not Decimal(2) <= self.zip_mb <= Decimal(60):
            problems.append(f"压缩包大小上限 {format_mb(self.zip_mb)} MB 无效，应在 2-60 之间")
        if problems:
            raise ValueError("；".join(problems))

    def bytes_of(self, mb: Decimal) -> int:
        return int(mb * MIB)


@dataclass(frozen=True)
class ExpectedFile:
    """One PDF the zip may hold, with the list row's own limit in MB."""

    name: str
    max_mb: Decimal
    required: bool


@dataclass(frozen=True)
class Expectation:
    """What one upload may and must contain; ``reserved`` names are uploaded by someone else."""

    files: tuple[ExpectedFile, ...]
    reserved: tuple[str, ...] = ()

    @classmethod
    def from_specs(
        cls, specs: Sequence[MaterialSpec], *, city_or_province: bool = False
    ) -> Expectation:
        """The applicant's zip leaves out the rows the city or province uploads, and vice versa."""
        mine = [s for s in specs if s.uploaded_by_city_or_province == city_or_province]
        others = [s.name for s in specs if s.uploaded_by_city_or_province != city_or_province]
        files = tuple(ExpectedFile(s.name, s.max_mb, s.required) for s in mine)
        return cls(files, () if city_or_province else tuple(others))


@dataclass(frozen=True)
class ZipProblem:
    """One problem: its code, the entry (or material) it concerns, and what to do, in Chinese."""

    code: ProblemCode
    name: str
    message: str


@dataclass(frozen=True)
class AcceptedFile:
    """A verified entry: the material's name from the list, its size and SHA-256."""

    name: str
    size: int
    sha256: str
    entry_index: int


@dataclass(frozen=True)
class InspectionReport:
    """Every problem found, and the entries that passed every check of their own."""

    problems: tuple[ZipProblem, ...]
    files: tuple[AcceptedFile, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def codes(self) -> list[ProblemCode]:
        return [p.code for p in self.problems]

    def summary(self) -> str:
        """All problems as one numbered Chinese text, for a dialog or a problem+json detail."""
        if self.ok:
            return "压缩包检查通过"
        lines = [f"{i}. {p.message}" for i, p in enumerate(self.problems, 1)]
        head = f"压缩包有 {len(self.problems)} 个问题，请全部改正后重新上传："
        return "\n".join([head, *lines])


@dataclass(frozen=True)
class ExtractedFile:
    """A verified file's bytes, read again for content-addressed storage."""

    name: str
    data: bytes
    sha256: str


class ZipChangedError(ValueError):
    """The zip read for storing differs from the one inspected."""


# --- entry points -----------------------------------------------------------------------------


def inspect_zip(
    source: Source,
    expected: Expectation | Sequence[MaterialSpec],
    limits: ZipLimits | None = None,
) -> InspectionReport:
    """Inspect a zip (a path or a seekable binary file) against what the upload expects."""
    limits = limits or ZipLimits()
    if not isinstance(expected, Expectation):
        expected = Expectation.from_specs(expected)
    with _opened(source) as fp:
        problems = _zip_size_problems(_size(fp), limits)
        try:
            archive = zipfile.ZipFile(fp)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, struct.error):
            return InspectionReport((*problems, _unreadable(fp)), ())
        with archive:
            return _inspect_archive(archive, expected, limits, problems)


def extract_accepted(
    source: Source, report: InspectionReport, limits: ZipLimits | None = None
) -> Iterator[ExtractedFile]:
    """Yield the accepted files' bytes, re-read with the same caps and checked against the report.

    Refuses a report with problems (a rejected upload stores nothing) and raises
    ZipChangedError when an entry no longer matches the size and SHA-256 inspected.
    """
    if not report.ok:
        raise ValueError("压缩包未通过检查，不能保存其中的文件")
    limits = limits or ZipLimits()
    with _opened(source) as fp, zipfile.ZipFile(fp) as archive:
        infos = archive.infolist()
        budget = _Budget(limits.bytes_of(limits.max_total_mb))
        for accepted in report.files:
            yield _reextract(archive, infos, accepted, limits, budget)


def _reextract(
    archive: zipfile.ZipFile,
    infos: list[zipfile.ZipInfo],
    accepted: AcceptedFile,
    limits: ZipLimits,
    budget: _Budget,
) -> ExtractedFile:
    changed = ZipChangedError(f"“{accepted.name}”与检查时不一致，压缩包在检查后被改动，请重新上传")
    if accepted.entry_index >= len(infos):
        raise changed
    read = _read_entry(archive, infos[accepted.entry_index], accepted.size, limits, budget)
    if read.outcome is not _Outcome.OK or read.data is None:
        raise changed
    digest = hashlib.sha256(read.data).hexdigest()
    if digest != accepted.sha256:
        raise changed
    return ExtractedFile(accepted.name, read.data, digest)


# --- the source and the archive ---------------------------------------------------------------


def _opened(source: Source) -> AbstractContextManager[BinaryIO]:
    if isinstance(source, str | os.PathLike):
        return open(source, "rb")
    source.seek(0)
    return nullcontext(source)


def _size(fp: BinaryIO) -> int:
    size = fp.seek(0, io.SEEK_END)
    fp.seek(0)
    return size


def _zip_size_problems(size: int, limits: ZipLimits) -> list[ZipProblem]:
    if size <= limits.bytes_of(limits.zip_mb):
        return []
    message = (
        f"压缩包为 {_size_text(size)} MB，超过本年度压缩包上限 {format_mb(limits.zip_mb)} MB，"
        "请降低 PDF 扫描分辨率或改用黑白模式后重新打包"
    )
    return [ZipProblem(ProblemCode.ZIP_TOO_LARGE, "", message)]


def _unreadable(fp: BinaryIO) -> ZipProblem:
    fp.seek(0)
    if fp.read(4) in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return ZipProblem(
            ProblemCode.CORRUPT_ARCHIVE,
            "",
            "压缩包已损坏，无法读取其中的文件目录，请重新打包后上传",
        )
    message = (
        "上传的文件不是 Zip 压缩包，请把 PDF 材料压缩为 .zip 文件后重新上传（不支持 rar、7z 格式）"
    )
    return ZipProblem(ProblemCode.NOT_A_ZIP, "", message)


@dataclass(frozen=True)
class _Entry:
    index: int
    info: zipfile.ZipInfo
    path: str
    parts: tuple[str, ...]

    @property
    def basename(self) -> str:
        return self.parts[-1]


def _inspect_archive(
    archive: zipfile.ZipFile,
    expectation: Expectation,
    limits: ZipLimits,
    problems: list[ZipProblem],
) -> InspectionReport:
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        return InspectionReport((*problems, _too_many(len(infos), limits)), ())
    entries = [_entry(i, info) for i, info in enumerate(infos)]
    unsafe = [p for p in map(_unsafe_problem, entries) if p is not None]
    files = _unwrap([e for e in entries if _unsafe_reason(e.path) is None and not _ignored(e)])
    budget = _Budget(limits.bytes_of(limits.max_total_mb))
    results = [_check_entry(archive, e, expectation, limits, budget) for e in files]
    duplicates, duplicated = _duplicates(results)
    tail = [*unsafe, *(p for r in results for p in r.problems), *duplicates]
    tail += _missing(expectation, {r.key for r in results if r.matched})
    head = [*problems, *_budget_problems(budget, limits), *_empty(files, unsafe)]
    accepted = tuple(r.accepted for r in results if r.accepted and r.key not in duplicated)
    return InspectionReport((*head, *tail), accepted)


def _too_many(count: int, limits: ZipLimits) -> ZipProblem:
    message = (
        f"压缩包中有 {count} 个条目，超过上限 {limits.max_entries} 个，"
        "请只放入材料清单中的 PDF 后重新打包"
    )
    return ZipProblem(ProblemCode.TOO_MANY_FILES, "", message)


def _empty(files: list[_Entry], unsafe: list[ZipProblem]) -> list[ZipProblem]:
    if files or unsafe:
        return []
    message = "压缩包中没有任何文件，请放入材料清单中的 PDF 后重新打包"
    return [ZipProblem(ProblemCode.EMPTY_ZIP, "", message)]


# --- names ------------------------------------------------------------------------------------


def _entry(index: int, info: zipfile.ZipInfo) -> _Entry:
    path = _decode_name(info)
    parts = tuple(p for p in path.split("/") if p not in ("", "."))
    return _Entry(index, info, path, parts or ("",))


def _decode_name(info: zipfile.ZipInfo) -> str:
    """The entry's real name (see the module docstring for the order of guesses)."""
    if info.flag_bits & UTF8_FLAG:
        name = info.orig_filename
    else:
        raw = info.orig_filename.encode("cp437")  # zipfile decoded the raw bytes as cp437
        name = _unicode_path(info.extra, raw) or _guess(raw)
    return unicodedata.normalize("NFC", name)


def _guess(raw: bytes) -> str:
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("cp437")


def _unicode_path(extra: bytes, raw: bytes) -> str | None:
    """The Info-ZIP Unicode Path field (0x7075), used only when it describes this very name."""
    pos = 0
    while pos + 4 <= len(extra):
        tag, size = struct.unpack_from("<HH", extra, pos)
        body = extra[pos + 4 : pos + 4 + size]
        pos += 4 + size
        if tag != UNICODE_PATH_EXTRA or len(body) < 5 or body[0] != 1:
            continue
        if struct.unpack_from("<I", body, 1)[0] != zlib.crc32(raw):
            return None
        try:
            return body[5:].decode("utf-8")
        except UnicodeDecodeError:
            return None
    return None


_DRIVE = re.compile(r"^[A-Za-z]:")


def _unsafe_reason(path: str) -> str | None:
    checks = [
        (any(ord(c) < 32 or c == "\x7f" for c in path), "包含控制字符"),
        (bool(_DRIVE.match(path)), "包含盘符"),
        (path.startswith("/"), "使用了绝对路径"),
        ("\\" in path, "包含反斜杠“\\”"),
        (".." in path.split("/"), "包含上级目录“..”"),
    ]
    return next((reason for failed, reason in checks if failed), None)


def _unsafe_problem(entry: _Entry) -> ZipProblem | None:
    reason = _unsafe_reason(entry.path)
    if reason is None:
        return None
    shown = entry.path.replace("\x00", "\\0")
    message = f"“{shown}”的路径不安全（{reason}），请把文件直接放在压缩包中后重新打包"
    return ZipProblem(ProblemCode.UNSAFE_PATH, shown, message)


def _ignored(entry: _Entry) -> bool:
    """Directories and the clutter macOS and Windows add to zips."""
    name = entry.basename
    if entry.path.endswith("/") or entry.info.is_dir():
        return True
    return entry.parts[0] == "__MACOSX" or name in JUNK_NAMES or name.startswith("._")


def _unwrap(files: list[_Entry]) -> list[_Entry]:
    """Drop one top-level folder that wraps every file."""
    tops = {e.parts[0] for e in files}
    if len(tops) != 1 or any(len(e.parts) < 2 for e in files):
        return files
    return [_Entry(e.index, e.info, e.path, e.parts[1:]) for e in files]


class _Match(StrEnum):
    EXACT = "exact"
    MISNAMED = "misnamed"
    RESERVED = "reserved"
    UNKNOWN = "unknown"


def _match(name: str, expectation: Expectation) -> tuple[_Match, ExpectedFile | None]:
    key = match_key(name)
    for expected in expectation.files:
        if match_key(expected.name) == key:
            return _Match.EXACT, expected
    if any(match_key(r) == key for r in expectation.reserved):
        return _Match.RESERVED, None
    loose = _loose(name)
    for expected in expectation.files:
        if _loose(expected.name) == loose:
            return _Match.MISNAMED, expected
    return _Match.UNKNOWN, None


def _loose(name: str) -> str:
    """A name with its extension, whitespace and parenthesis style ignored: near misses."""
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = stem.replace("(", "（").replace(")", "）")
    return "".join(stem.split())


# --- one entry --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Result:
    problems: tuple[ZipProblem, ...]
    key: str
    matched: bool
    paths: tuple[str, ...]
    accepted: AcceptedFile | None


def _check_entry(
    archive: zipfile.ZipFile,
    entry: _Entry,
    expectation: Expectation,
    limits: ZipLimits,
    budget: _Budget,
) -> _Result:
    kind, expected = _match(entry.basename, expectation)
    limit_mb, own = _limit(expected, limits)
    read, problems = _read_or_refuse(archive, entry, limits.bytes_of(limit_mb), limits, budget)
    problems = _folder_problems(entry) + problems
    archived = read is not None and _is_nested(entry, read)
    if read is not None:
        problems += _content_problems(entry, read, limit_mb, own)
    if not archived:
        problems += _name_problems(entry, kind, expected)
    key = expected.name if expected else match_key(entry.basename)
    accepted = _accept(entry, read, key) if not problems and kind is _Match.EXACT else None
    matched = kind in (_Match.EXACT, _Match.MISNAMED)
    return _Result(tuple(problems), key, matched, (entry.path,), accepted)


def _limit(expected: ExpectedFile | None, limits: ZipLimits) -> tuple[Decimal, bool]:
    """The entry's effective limit in MB, and whether it is the material's own (not the year's)."""
    if expected is not None and expected.max_mb <= limits.pdf_mb:
        return expected.max_mb, True
    return limits.pdf_mb, False


def _folder_problems(entry: _Entry) -> list[ZipProblem]:
    if len(entry.parts) < 2:
        return []
    message = f"“{entry.path}”放在了子文件夹中，请把所有 PDF 放在压缩包的同一层后重新打包"
    return [ZipProblem(ProblemCode.SUBFOLDER, entry.path, message)]


def _read_or_refuse(
    archive: zipfile.ZipFile,
    entry: _Entry,
    keep: int,
    limits: ZipLimits,
    budget: _Budget,
) -> tuple[_Read | None, list[ZipProblem]]:
    """Read the entry unless it is encrypted or the budget is spent; report read failures."""
    if entry.info.flag_bits & ENCRYPTED_FLAGS:
        return None, [_problem(ProblemCode.ENCRYPTED_ENTRY, entry.path)]
    if budget.exceeded:
        return None, []
    read = _read_entry(archive, entry.info, keep, limits, budget)
    code = _READ_FAILURES.get(read.outcome)
    if code is not None:
        return None, [_problem(code, entry.path, limits)]
    return (None, []) if read.outcome is _Outcome.BUDGET else (read, [])


def _is_nested(entry: _Entry, read: _Read) -> bool:
    return is_archive(entry.basename, read.head)


def _content_problems(entry: _Entry, read: _Read, limit_mb: Decimal, own: bool) -> list[ZipProblem]:
    if _is_nested(entry, read):
        return [_problem(ProblemCode.NESTED_ARCHIVE, entry.path)]
    if read.outcome is _Outcome.OVER_LIMIT:
        oversize = _oversize(entry.path, read, limit_mb, own)
        pdf = [] if has_pdf_header(read.head) else [_problem(ProblemCode.NOT_PDF, entry.path)]
        return [oversize, *pdf]
    assert read.data is not None
    return _pdf_problems(entry.path, read.data)


def _pdf_problems(path: str, data: bytes) -> list[ZipProblem]:
    verdict = check_pdf(data).verdict
    if verdict is PdfVerdict.OK:
        return []
    code, message = _PDF_MESSAGES[verdict]
    return [ZipProblem(code, path, f"“{path}”{message}")]


_PDF_MESSAGES = {
    PdfVerdict.NOT_PDF: (
        ProblemCode.NOT_PDF,
        "不是有效的 PDF 文件（内容不是 PDF），请扫描为 PDF 后重新打包",
    ),
    PdfVerdict.NEEDS_PASSWORD: (
        ProblemCode.PDF_ENCRYPTED,
        "是加密的 PDF（打开需要密码），请去掉密码后重新打包",
    ),
    PdfVerdict.RESTRICTED: (
        ProblemCode.PDF_ENCRYPTED,
        "是加密的 PDF（设置了权限密码，可能无法打印），请去掉密码后重新打包",
    ),
    PdfVerdict.DAMAGED: (
        ProblemCode.PDF_DAMAGED,
        "是损坏的 PDF 文件，无法打开，请重新扫描为 PDF 后重新打包",
    ),
    PdfVerdict.NO_PAGES: (
        ProblemCode.PDF_DAMAGED,
        "是没有任何页面的 PDF 文件，请重新扫描为 PDF 后重新打包",
    ),
}


def _oversize(path: str, read: _Read, limit_mb: Decimal, own: bool) -> ZipProblem:
    if read.cap:
        size = f"大于 {format_mb(Decimal(read.cap) / MIB)}"  # reading stopped at the hard cap
    else:
        size = f"为 {_size_text(read.size)}"
    which = "该材料上限" if own else "本年度 PDF 上限"
    message = f"文件“{path}”{size} MB，超过{which} {format_mb(limit_mb)} MB，请压缩后重新打包"
    return ZipProblem(ProblemCode.FILE_TOO_LARGE, path, message)


def _name_problems(entry: _Entry, kind: _Match, expected: ExpectedFile | None) -> list[ZipProblem]:
    if kind is _Match.EXACT:
        return []
    if kind is _Match.MISNAMED and expected is not None:
        message = (
            f"文件名“{entry.basename}”与规定不一致，应为“{expected.name}”（包括中文圆括号），"
            "请改名后重新打包"
        )
        return [ZipProblem(ProblemCode.MISNAMED, entry.path, message)]
    if kind is _Match.RESERVED:
        message = (
            f"“{entry.basename}”由市州或省中心上传，申请材料压缩包中不要包含该文件，"
            "请删除后重新打包"
        )
        return [ZipProblem(ProblemCode.RESERVED_NAME, entry.path, message)]
    message = (
        f"“{entry.path}”不在本次应上传的材料清单中，请按清单中的名称改名，或删除该文件后重新打包"
    )
    return [ZipProblem(ProblemCode.UNKNOWN_NAME, entry.path, message)]


def _accept(entry: _Entry, read: _Read | None, name: str) -> AcceptedFile | None:
    if read is None or read.data is None:
        return None
    digest = hashlib.sha256(read.data).hexdigest()
    return AcceptedFile(name, read.size, digest, entry.index)


def _problem(code: ProblemCode, path: str, limits: ZipLimits | None = None) -> ZipProblem:
    """Problems whose message needs only the entry's path (and the ratio cap)."""
    ratio = limits.max_ratio if limits else 0
    messages = {
        ProblemCode.ENCRYPTED_ENTRY: "在压缩包中设置了密码，请不要加密，重新打包",
        ProblemCode.UNSUPPORTED_METHOD: (
            "使用了不支持的压缩方式，请用 Windows 自带的“发送到→压缩(zipped)文件夹”"
            "或 7-Zip 的 Deflate 方式重新打包"
        ),
        ProblemCode.CORRUPT_ENTRY: "在压缩包中已损坏，无法解压，请重新打包",
        ProblemCode.CRC_MISMATCH: (
            "校验失败（CRC 错误，内容与压缩包的记录不符），压缩包可能已损坏，请重新打包"
        ),
        ProblemCode.ZIP_BOMB: (
            f"解压后异常膨胀（压缩比超过 {ratio}:1），不是正常的扫描 PDF，请检查后重新打包"
        ),
        ProblemCode.NESTED_ARCHIVE: (
            "是压缩包，压缩包中不能再套压缩包，请解压后把其中的 PDF 直接放入压缩包"
        ),
        ProblemCode.NOT_PDF: _PDF_MESSAGES[PdfVerdict.NOT_PDF][1],
    }
    return ZipProblem(code, path, f"“{path}”{messages[code]}")


# --- duplicates and missing materials ---------------------------------------------------------


def _duplicates(results: list[_Result]) -> tuple[list[ZipProblem], set[str]]:
    groups: dict[str, list[str]] = {}
    for r in results:
        groups.setdefault(r.key, []).extend(r.paths)
    problems = [
        ZipProblem(
            ProblemCode.DUPLICATE,
            key,
            f"压缩包中有 {len(paths)} 个“{key}”（{'、'.join(paths)}），请只保留一个后重新打包",
        )
        for key, paths in groups.items()
        if len(paths) > 1
    ]
    return problems, {p.name for p in problems}


def _missing(expectation: Expectation, present: set[str]) -> list[ZipProblem]:
    return [
        ZipProblem(
            ProblemCode.MISSING_REQUIRED,
            f.name,
            f"压缩包中缺少必需材料“{f.name}”，请扫描为 PDF 并按此名称放入压缩包",
        )
        for f in expectation.files
        if f.required and f.name not in present
    ]


# --- capped streaming reads -------------------------------------------------------------------


class _Outcome(StrEnum):
    OK = "ok"
    OVER_LIMIT = "over_limit"
    BOMB = "bomb"
    BUDGET = "budget"
    CRC = "crc"
    CORRUPT = "corrupt"
    UNSUPPORTED = "unsupported"


_READ_FAILURES = {
    _Outcome.BOMB: ProblemCode.ZIP_BOMB,
    _Outcome.CRC: ProblemCode.CRC_MISMATCH,
    _Outcome.CORRUPT: ProblemCode.CORRUPT_ENTRY,
    _Outcome.UNSUPPORTED: ProblemCode.UNSUPPORTED_METHOD,
}


class _Budget:
    """Bytes the whole archive may still expand to; spent chunk by chunk across entries."""

    def __init__(self, total: int) -> None:
        self.remaining = total
        self.exceeded = False

    def spend(self, amount: int) -> bool:
        self.remaining -= amount
        self.exceeded = self.exceeded or self.remaining < 0
        return not self.exceeded


def _budget_problems(budget: _Budget, limits: ZipLimits) -> list[ZipProblem]:
    if not budget.exceeded:
        return []
    message = (
        f"压缩包解压后的总大小超过 {format_mb(limits.max_total_mb)} MB，"
        "请只放入材料清单中的 PDF 后重新打包"
    )
    return [ZipProblem(ProblemCode.ZIP_BOMB, "", message)]


@dataclass(frozen=True)
class _Read:
    outcome: _Outcome
    size: int = 0
    head: bytes = b""
    data: bytes | None = None
    cap: int = 0


def _read_entry(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, keep: int, limits: ZipLimits, budget: _Budget
) -> _Read:
    """Stream one entry: keep it when it fits ``keep`` bytes, otherwise only count it."""
    try:
        with archive.open(info) as stream:
            return _stream(stream, info, keep, limits, budget)
    except NotImplementedError:
        return _Read(_Outcome.UNSUPPORTED)
    except zipfile.BadZipFile as exc:
        # zipfile reports a wrong checksum only through this message.
        crc = str(exc).startswith("Bad CRC-32")
        return _Read(_Outcome.CRC if crc else _Outcome.CORRUPT)
    except (zlib.error, EOFError, OSError, ValueError, RuntimeError, LookupError, struct.error):
        return _Read(_Outcome.CORRUPT)


def _stream(
    stream: IO[bytes], info: zipfile.ZipInfo, keep: int, limits: ZipLimits, budget: _Budget
) -> _Read:
    cap = max(keep, limits.bytes_of(limits.zip_mb))
    kept: list[bytes] = []
    size, head = 0, b""
    while chunk := stream.read(CHUNK):
        size += len(chunk)
        head = head if len(head) >= HEAD else (head + chunk)[:HEAD]
        if size > keep:
            kept.clear()  # too large to accept: count the rest, keep nothing
        else:
            kept.append(chunk)
        if _bomb(size, info.compress_size, limits):
            return _Read(_Outcome.BOMB, size, head)
        if not budget.spend(len(chunk)):
            return _Read(_Outcome.BUDGET, size, head)
        if size > cap:
            return _Read(_Outcome.OVER_LIMIT, size, head, cap=cap)
    if size > keep:
        return _Read(_Outcome.OVER_LIMIT, size, head)
    return _Read(_Outcome.OK, size, head, b"".join(kept))


def _bomb(size: int, compressed: int, limits: ZipLimits) -> bool:
    if size <= limits.bytes_of(limits.ratio_floor_mb):
        return False
    return size > limits.max_ratio * max(compressed, 1)


def _size_text(size: int) -> str:
    """Bytes as MB with one decimal, rounded up so an oversize file never reads as the limit."""
    return str((Decimal(size) / MIB).quantize(Decimal("0.1"), rounding=ROUND_CEILING))
