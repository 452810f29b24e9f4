"""Loading the joint-review registries from CSV files (``reviewdesk-server load-registry``).

Each file is a full extract of one registry and replaces that registry's table. The registry
is recognised by the file's header row, which must be exactly one of these (UTF-8, with or
without BOM, comma-separated; dates as 2024-05-21, 2024-5-21 or 2024/5/21; an empty optional
date means "none"):

* 水路运政库 经营许可 — ``经营人,许可证号,发证日期,有效期至,注销日期``
  (注销日期 optional) → ``registry_operator_licences``
* 水路运政库 营运证 — ``船名,营运证号,经营人,发证日期,有效期至,注销日期``
  (经营人 and 注销日期 optional) → ``registry_operation_certificates``
* 船舶登记库 所有权登记 — ``船名,船舶识别号,船舶所有人,登记日期,注销日期``
  (注销日期 optional: the deregistration) → ``registry_ownerships``
* 船检登记库 检验 — ``船名,船舶识别号,检验证书号,检验日期,有效期至``
  (检验证书号 optional) → ``registry_inspections``

Every file is read and checked before anything is written, and every problem of every file is
reported at once (file, line, column, what is wrong); then all files are loaded in one
transaction, so a rejected load changes nothing.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from server.models import (
    RegistryInspection,
    RegistryLoad,
    RegistryOperationCertificate,
    RegistryOperatorLicence,
    RegistryOwnership,
)
from server.models.base import Base

_DATE = re.compile(r"([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})")
_CHUNK = 1000


@dataclass(frozen=True)
class CsvColumn:
    header: str
    attribute: str
    kind: str  # "text" or "date"
    required: bool = True
    max_length: int = 100


@dataclass(frozen=True)
class RegistrySpec:
    """One registry: its name, the model it fills and its CSV columns in order."""

    name: str
    model: type[Base]
    columns: tuple[CsvColumn, ...]
    period: tuple[str, str] | None = None  # (start, end) attributes that must be ordered

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(column.header for column in self.columns)


REGISTRIES: tuple[RegistrySpec, ...] = (
    RegistrySpec(
        "水路运政库-经营许可",
        RegistryOperatorLicence,
        (
            CsvColumn("经营人", "operator", "text"),
            CsvColumn("许可证号", "licence_no", "text", max_length=50),
            CsvColumn("发证日期", "valid_from", "date"),
            CsvColumn("有效期至", "valid_until", "date"),
            CsvColumn("注销日期", "cancelled_on", "date", required=False),
        ),
        period=("valid_from", "valid_until"),
    ),
    RegistrySpec(
        "水路运政库-营运证",
        RegistryOperationCertificate,
        (
            CsvColumn("船名", "ship_name", "text", max_length=60),
            CsvColumn("营运证号", "certificate_no", "text", max_length=50),
            CsvColumn("经营人", "operator", "text", required=False),
            CsvColumn("发证日期", "issued_on", "date"),
            CsvColumn("有效期至", "expires_on", "date"),
            CsvColumn("注销日期", "cancelled_on", "date", required=False),
        ),
        period=("issued_on", "expires_on"),
    ),
    RegistrySpec(
        "船舶登记库-所有权登记",
        RegistryOwnership,
        (
            CsvColumn("船名", "ship_name", "text", max_length=60),
            CsvColumn("船舶识别号", "ship_id_no", "text", max_length=30),
            CsvColumn("船舶所有人", "owner", "text", max_length=200),
            CsvColumn("登记日期", "registered_on", "date"),
            CsvColumn("注销日期", "deregistered_on", "date", required=False),
        ),
        period=("registered_on", "deregistered_on"),
    ),
    RegistrySpec(
        "船检登记库-检验",
        RegistryInspection,
        (
            CsvColumn("船名", "ship_name", "text", max_length=60),
            CsvColumn("船舶识别号", "ship_id_no", "text", max_length=30),
            CsvColumn("检验证书号", "certificate_no", "text", required=False, max_length=50),
            CsvColumn("检验日期", "inspected_on", "date"),
            CsvColumn("有效期至", "valid_until", "date"),
        ),
        period=("inspected_on", "valid_until"),
    ),
)


class RegistryLoadError(ValueError):
    """The files were not loaded; ``problems`` lists everything wrong with them."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class ParsedFile:
    path: Path
    spec: RegistrySpec
    rows: list[dict[str, Any]]
    sha256: str


def _parse_date(text: str) -> date | None:
    match = _DATE.fullmatch(text)
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _spec_for(header: Sequence[str]) -> RegistrySpec | None:
    cleaned = tuple(cell.strip() for cell in header)
    return next((spec for spec in REGISTRIES if spec.headers == cleaned), None)


def _cell(column: CsvColumn, raw: str, where: str, problems: list[str]) -> Any:
    text = raw.strip()
    if not text:
        if column.required:
            problems.append(f"{where}“{column.header}”不能为空")
        return None if column.kind == "date" else ""
    if column.kind == "date":
        day = _parse_date(text)
        if day is None:
            problems.append(f"{where}“{column.header}”的值“{text}”不是有效日期（应如 2024-05-21）")
        return day
    if len(text) > column.max_length:
        problems.append(f"{where}“{column.header}”超过 {column.max_length} 个字")
    return text


def _row(spec: RegistrySpec, cells: list[str], where: str, problems: list[str]) -> dict[str, Any]:
    if len(cells) != len(spec.columns):
        problems.append(f"{where}应有 {len(spec.columns)} 列，实有 {len(cells)} 列")
        return {}
    row = {
        column.attribute: _cell(column, raw, where, problems)
        for column, raw in zip(spec.columns, cells, strict=True)
    }
    if spec.period is not None:
        start, end = (row.get(name) for name in spec.period)
        if start is not None and end is not None and end < start:
            problems.append(f"{where}结束日期早于开始日期")
    return row


def parse_file(path: Path, problems: list[str]) -> ParsedFile | None:
    """Read and check one CSV file, appending every problem found to ``problems``."""
    try:
        content = path.read_bytes()
        text = content.decode("utf-8-sig")
    except OSError as error:
        problems.append(f"{path}：无法读取（{error.strerror or error}）")
        return None
    except UnicodeDecodeError:
        problems.append(f"{path}：不是 UTF-8 编码的文本文件，请在 Excel 中另存为“CSV UTF-8”")
        return None
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    spec = _spec_for(header or [])
    if spec is None:
        expected = "；".join(f"{s.name}：{','.join(s.headers)}" for s in REGISTRIES)
        problems.append(f"{path}：表头“{','.join(header or [])}”无法识别，应为以下之一——{expected}")
        return None
    rows = []
    for line_no, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        row = _row(spec, cells, f"{path} 第{line_no}行：", problems)
        if row:
            rows.append(row)
    return ParsedFile(path, spec, rows, hashlib.sha256(content).hexdigest())


def parse_files(paths: Sequence[Path]) -> list[ParsedFile]:
    """Parse every file; RegistryLoadError with all problems if any file is wrong."""
    problems: list[str] = []
    parsed = [found for path in paths if (found := parse_file(path, problems)) is not None]
    seen: dict[str, Path] = {}
    for item in parsed:
        if item.spec.name in seen:
            problems.append(
                f"{item.path}：与 {seen[item.spec.name]} 同为“{item.spec.name}”，每库只能给一个文件"
            )
        seen.setdefault(item.spec.name, item.path)
    if problems:
        raise RegistryLoadError(problems)
    return parsed


def load_registries(session: Session, paths: Sequence[Path], now: datetime) -> dict[str, int]:
    """Replace the registries the files hold; returns rows loaded per registry name."""
    parsed = parse_files(paths)
    loaded: dict[str, int] = {}
    for item in parsed:
        table = item.spec.model.__table__  # type: ignore[attr-defined]
        session.execute(delete(table))
        for start in range(0, len(item.rows), _CHUNK):
            session.execute(insert(table), item.rows[start : start + _CHUNK])
        session.merge(
            RegistryLoad(
                name=item.spec.name,
                source=str(item.path)[-260:],
                sha256=item.sha256,
                row_count=len(item.rows),
                loaded_at=now,
            )
        )
        loaded[item.spec.name] = len(item.rows)
    return loaded
