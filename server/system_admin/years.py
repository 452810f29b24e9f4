"""Subsidy years (奖补年份, manual 7.2): create, change the limits, delete.

Creating a year copies the previous year's standards table and material list and opens the
declaration for a month (page 7-4 特别提示, SPEC §4) — the open status is a status like any
other, so creating a year also ends every session.

Decisions where the manual leaves room:

* The first year of an empty server copies the tables the manual shows for 2024 (``core``'s
  seed data): "copy the previous year" with no previous year would start from nothing, and a
  year without a standards table can compute no amount.
* A year is deleted only while no record uses it (SPEC §4). Deleting it is undoing its
  creation, so the statuses of that year go with it — which is allowed only while all of them
  were created today, the same rule as deleting a status by hand; a year whose declaration has
  been open on an earlier day is history and stays.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core import declaration as rules
from core import materials as material_rules
from core.field_rules import Problem
from core.material_list_2024 import MATERIAL_LIST_2024
from core.standards import StandardsTable
from core.standards_2024 import STANDARDS_2024
from server.auth.actor import Actor
from server.form_problems import raise_form_problems
from server.models import PROVINCE_CODE, DeclarationStatus, SubsidyYear
from server.problems import ALREADY_EXISTS, NOT_FOUND, YEAR_IN_USE, ProblemError
from server.records.registry import HANDLERS
from server.system_admin.bodies import NewYearBody
from server.system_admin.statuses import add_status, entry_of, local_now
from server.system_admin.views import YearCreated, year_entry
from server.writes import WriteResult, check_version
from server.writes.preconditions import etag

YEARS_PATH = "/api/v1/subsidy-years"
PDF_LIMIT_MB = (1, 20)
ZIP_LIMIT_MB = (2, 60)
NOTE_CHARS = (rules.NOTE_MIN_CHARS, rules.NOTE_MAX_CHARS)
YEAR_RANGE = (2000, 2099)

Tables = tuple[list[dict[str, Any]], list[dict[str, object]]]


def latest_year(session: Session) -> SubsidyYear | None:
    statement = select(SubsidyYear).order_by(SubsidyYear.year.desc()).limit(1)
    return session.scalars(statement).first()


def year_row(session: Session, year: int, *, for_update: bool = False) -> SubsidyYear:
    """The stored year, or 404 (years are province-wide: everyone may know which exist)."""
    row = session.get(SubsidyYear, str(year), with_for_update=for_update or None)
    if row is None:
        raise ProblemError(NOT_FOUND, f"{year}年的奖补年份不存在")
    return row


def _between(
    field: str, label: str, value: object, bounds: tuple[int, int], unit: str
) -> list[Problem]:
    """A whole number within ``bounds`` (a JSON ``true`` is no number of megabytes)."""
    low, high = bounds
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return []
    return [Problem(field, f"{label}：应为{low}-{high}之间的整数{unit}，现为 {value}")]


def _note_problems(note: str) -> list[Problem]:
    """Page 7-4's 备注 rule, the same 5–100 characters as a status's note (page 7-2)."""
    low, high = NOTE_CHARS
    length = len(note.strip())
    if low <= length <= high:
        return []
    return [Problem("note", f"备注：须为{low}-{high}个字，当前{length}个字")]


def limit_problems(changes: Mapping[str, Any]) -> list[Problem]:
    """Page 7-4's ranges: PDF 1–20 M, zip 2–60 M, note 5–100 characters."""
    problems: list[Problem] = []
    if "pdf_limit_mb" in changes:
        label = "Pdf文件大小上限"
        problems += _between("pdf_limit_mb", label, changes["pdf_limit_mb"], PDF_LIMIT_MB, "（M）")
    if "zip_limit_mb" in changes:
        label = "Zip压缩包文件大小上限"
        problems += _between("zip_limit_mb", label, changes["zip_limit_mb"], ZIP_LIMIT_MB, "（M）")
    if "note" in changes:
        problems += _note_problems(changes["note"] or "")
    return problems


def _new_year_number_problems(year: int, latest: SubsidyYear | None) -> list[Problem]:
    """Page 7-4: 上个奖补年份+1; the first year anywhere in 2000–2099."""
    if latest is None:
        return _between("year", "奖补年份", year, YEAR_RANGE, "")
    if year == latest.year + 1:
        return []
    return [Problem("year", f"奖补年份：应为上个奖补年份+1，即 {latest.year + 1}，现为 {year}")]


def copied_tables(latest: SubsidyYear | None, year: int) -> Tables:
    """The previous year's standards and material list for ``year`` (the 2024 seed at first)."""
    if latest is None:
        standards, specs = STANDARDS_2024, list(MATERIAL_LIST_2024)
    else:
        try:
            standards = StandardsTable.from_dicts(latest.year, latest.standards)
            specs = material_rules.specs_from_dicts(latest.materials)
        except (ValueError, TypeError, KeyError) as error:
            message = f"上个奖补年份（{latest.year}）的奖补标准或材料清单无法复制：{error}"
            raise_form_problems([Problem("year", f"{message}。请先修正该年份的参数")])
            raise
    copied = material_rules.copy_to_year(specs, year)
    return standards.copy_to_year(year).to_dicts(), material_rules.specs_to_dicts(copied)


def create_year(session: Session, actor: Actor, body: NewYearBody, now: datetime) -> WriteResult:
    """Page 7-4: the new year with copied tables and an open status for a month (201)."""
    latest = latest_year(session)
    values = body.model_dump()
    raise_form_problems(_new_year_number_problems(body.year, latest) + limit_problems(values))
    standards, materials = copied_tables(latest, body.year)
    row = SubsidyYear(
        id=str(body.year),
        region_code=PROVINCE_CODE,
        year=body.year,
        pdf_limit_mb=body.pdf_limit_mb,
        zip_limit_mb=body.zip_limit_mb,
        standards=standards,
        materials=materials,
        note=body.note.strip(),
        created_at=now,
        created_by=actor.account_id,
    )
    session.add(row)
    try:
        session.flush()
    except IntegrityError as error:
        raise ProblemError(ALREADY_EXISTS, f"{body.year}年的奖补年份已存在") from error
    moment = local_now(now)
    status = add_status(session, rules.new_year_status(body.year, moment), actor)
    created = YearCreated(year=year_entry(row), status=entry_of(session, status, moment.date()))
    headers = {"ETag": etag(row.version), "Location": f"{YEARS_PATH}/{row.year}"}
    return WriteResult(201, created.model_dump(mode="json"), headers)


def modify_year(
    session: Session, year: int, changes: Mapping[str, Any], expected: int
) -> WriteResult:
    """Change a year's limits or note (200)."""
    row = year_row(session, year, for_update=True)
    check_version(row, expected)
    problems = limit_problems(changes)
    if not changes:
        problems.append(
            Problem("", "没有要修改的字段（Pdf文件大小上限、Zip压缩包文件大小上限、备注）")
        )
    raise_form_problems(problems)
    for key, value in changes.items():
        setattr(row, key, value.strip() if isinstance(value, str) else value)
    session.flush()
    return WriteResult(200, year_entry(row).model_dump(mode="json"), {"ETag": etag(row.version)})


def _records_using(session: Session, year: int) -> list[str]:
    """ "拆建申请人 2 条" for every record kind with records of ``year``."""
    found = []
    for handler in HANDLERS.values():
        model = handler.model
        count = session.scalar(select(func.count()).select_from(model).where(model.year == year))
        if count:
            found.append(f"{handler.kind} {count} 条")
    return found


def _statuses_of(session: Session, year: int) -> list[DeclarationStatus]:
    """The statuses naming ``year``: they go with it, or keep it."""
    statement = select(DeclarationStatus).where(DeclarationStatus.year == year)
    return list(session.scalars(statement))


def _deletion_refusal(
    session: Session, year: int, statuses: list[DeclarationStatus], now: datetime
) -> str | None:
    """Why ``year`` must stay: records use it, or its declaration was open on an earlier day."""
    used = _records_using(session, year)
    if used:
        return f"{year}年已有记录（{'、'.join(used)}），不能删除该奖补年份"
    today = local_now(now).date()
    earlier = sorted({row.created_on for row in statuses if row.created_on != today})
    if earlier:
        days = "、".join(day.isoformat() for day in earlier)
        return f"{year}年的申报状态已于{days}创建并生效过，该奖补年份已投入使用，不能删除"
    return None


def delete_year(session: Session, year: int, expected: int, now: datetime) -> WriteResult:
    """Delete an unused year with its statuses of today (204)."""
    row = year_row(session, year, for_update=True)
    check_version(row, expected)
    statuses = _statuses_of(session, year)
    refusal = _deletion_refusal(session, year, statuses, now)
    if refusal is not None:
        raise ProblemError(YEAR_IN_USE, refusal)
    for status in statuses:
        session.delete(status)
    session.delete(row)
    session.flush()
    return WriteResult(204)
