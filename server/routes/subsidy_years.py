"""``/api/v1/subsidy-years``: subsidy years, their limits and their two tables (manual 7.2,
pages 7-3/7-4; SPEC §4).

Reading is open to every account (the rows sync to every desktop anyway: uploads check the
limits, amounts use the standards, the material list says what to upload); every write needs a
province 【系统】 account.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response
from sqlalchemy import select

from server.auth.actor import CurrentActor
from server.models import SubsidyYear
from server.services import Services, get_services
from server.system_admin.authority import ProvinceSystem
from server.system_admin.bodies import NewYearBody, TableBody, YearChanges
from server.system_admin.views import YearCreated, YearEntry, YearTable, year_entry
from server.system_admin.year_tables import TableName, replace_table, table_of
from server.system_admin.years import create_year, delete_year, modify_year, year_row
from server.writes import ExpectedVersion, IdempotentWrite, expected_version, idempotent_write
from server.writes.preconditions import etag

router = APIRouter(prefix="/subsidy-years", tags=["奖补年份"])

Writer = Annotated[IdempotentWrite, Depends(idempotent_write)]
Expected = Annotated[ExpectedVersion, Depends(expected_version)]
ServicesDep = Annotated[Services, Depends(get_services)]
Year = Annotated[int, Path(ge=2000, le=2099, description="奖补年份，如 2024")]


@router.get("", response_model=list[YearEntry], summary="奖补年份记录")
def list_years(actor: CurrentActor, services: ServicesDep) -> list[YearEntry]:
    """Page 7-3, the latest year first."""
    with services.db.read() as session:
        rows = session.scalars(select(SubsidyYear).order_by(SubsidyYear.year.desc()))
        return [year_entry(row) for row in rows]


@router.get("/{year}", response_model=YearEntry, summary="读取奖补年份")
def read_year(
    year: Year, actor: CurrentActor, services: ServicesDep, response: Response
) -> YearEntry:
    with services.db.read() as session:
        row = year_row(session, year)
        response.headers["ETag"] = etag(row.version)
        return year_entry(row)


@router.post("", status_code=201, response_model=YearCreated, summary="新建奖补年份")
def post_year(body: NewYearBody, actor: ProvinceSystem, write: Writer) -> Response:
    now = write.services.clock()
    return write.run(lambda session: create_year(session, write.actor, body, now))


@router.patch("/{year}", response_model=YearEntry, summary="修改奖补年份")
def patch_year(
    year: Year, body: YearChanges, actor: ProvinceSystem, write: Writer, expected: Expected
) -> Response:
    base = expected.resolve(body.base_version)
    changes = body.model_dump(exclude_unset=True, exclude={"base_version"})
    return write.run(lambda session: modify_year(session, year, changes, base))


@router.delete("/{year}", status_code=204, response_class=Response, summary="删除奖补年份")
def remove_year(year: Year, actor: ProvinceSystem, write: Writer, expected: Expected) -> Response:
    base = expected.resolve(None)
    now = write.services.clock()
    return write.run(lambda session: delete_year(session, year, base, now))


def _read_table(services: Services, year: int, table: TableName, response: Response) -> YearTable:
    with services.db.read() as session:
        row = year_row(session, year)
        response.headers["ETag"] = etag(row.version)
        return table_of(row, table)


def _put_table(
    write: IdempotentWrite, year: int, table: TableName, body: TableBody, expected: ExpectedVersion
) -> Response:
    base = expected.resolve(body.base_version)
    return write.run(lambda session: replace_table(session, year, table, body.rows, base))


@router.get("/{year}/standards", response_model=YearTable, summary="读取奖补标准")
def get_standards(
    year: Year, actor: CurrentActor, services: ServicesDep, response: Response
) -> YearTable:
    return _read_table(services, year, TableName.STANDARDS, response)


@router.put("/{year}/standards", response_model=YearTable, summary="替换奖补标准（整表）")
def put_standards(
    year: Year, body: TableBody, actor: ProvinceSystem, write: Writer, expected: Expected
) -> Response:
    return _put_table(write, year, TableName.STANDARDS, body, expected)


@router.get("/{year}/materials", response_model=YearTable, summary="读取材料清单")
def get_materials(
    year: Year, actor: CurrentActor, services: ServicesDep, response: Response
) -> YearTable:
    return _read_table(services, year, TableName.MATERIALS, response)


@router.put("/{year}/materials", response_model=YearTable, summary="替换材料清单（整表）")
def put_materials(
    year: Year, body: TableBody, actor: ProvinceSystem, write: Writer, expected: Expected
) -> Response:
    return _put_table(write, year, TableName.MATERIALS, body, expected)
