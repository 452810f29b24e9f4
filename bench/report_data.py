"""Synthetic local-cache data for the report and printing benchmarks.

The database is a desktop cache file, created and opened as the app opens its own
(``open_cache``: its migrations, pragmas, indexes and integer-cent ``Scaled`` amounts), and
read through the app's ``cache_tables``, so the figures describe what the app runs rather than
the server's schema. Rows go straight into the mirrored tables with Core ``executemany``;
every value is deterministic from the row number, so two runs measure the same work. Ships
spread over every county of Hunan and both policies, with amounts, dates and review results
in the shapes the reports and documents read; four in five passed every level. Two years are
filled so one database gives a small and a large report (the memory figure compares them).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from core import regions
from core.vocab import RegionLevel
from desktop.models.database import open_cache
from desktop.models.report_tables import cache_tables
from desktop.reports.tables import ReportTables

NOW = datetime(2024, 11, 11, 1, 0, tzinfo=UTC)
BATCH = 5000
_PROJECTS = (("部", "拆解"), ("省", "拆解"))
"""Every generated ship is scrapped, so the scrapping table (page 6-2) has one detail row per
generated record: the report figure measures exactly the requested row count."""
_TYPES = ("干货船", "散货船", "集装箱船", "普通客船", "客渡船", "成品油船")
_CONTROL = ("自有", "自有", "自有", "挂靠", "光租")
_COMPANIES = (
    "湖南晶泰运输有限公司",
    "衡阳畅达水路客运有限公司",
    "岳阳市辉煌船务有限公司",
    "益阳华洋航运有限公司",
    "常德市鸿运物流有限责任公司",
)


def _counties() -> list[str]:
    return [r.code for r in regions.all_regions() if r.level is RegionLevel.COUNTY]


def _common(index: int, region: str, year: int) -> dict[str, Any]:
    return {
        "region_code": region,
        "version": index,
        "year": year,
        "note": "",
        "created_on": date(year, 6, 1),
        "created_at": NOW,
        "created_by": f"{region}-1",
        "updated_at": NOW,
    }


def _applicant(index: int, region: str, year: int) -> dict[str, Any]:
    return {
        **_common(index, region, year),
        "id": f"P{year}-{index:07d}",
        "name": _COMPANIES[index % len(_COMPANIES)],
        "credit_code": "91430421MA4PDAW5XY",
        "address": "湖南省衡阳市衡阳县西渡镇米子路7号" if index % 4 else "武汉市汉口区大智路1号",
        "applicant_type": "企业" if index % 3 else "个体",
        "contact": "朱清明",
        "phone": "13974868888",
        "bank_name": "中国农业银行",
        "bank_account": "2324324242424342",
    }


def _application(index: int, region: str, year: int, applicant_id: str) -> dict[str, Any]:
    policy, project = _PROJECTS[index % len(_PROJECTS)]
    gross = 20 + index % 3000
    estimate = Decimal(gross * 15 + index % 97).scaleb(-2)
    passed = "同意" if index % 5 else None
    return {
        **_common(index, region, year),
        "id": f"A{year}-{index:07d}",
        "applicant_id": applicant_id,
        "form_no": f"长沙（{year}）{index % 10000:04d}",
        "owners": _COMPANIES[index % len(_COMPANIES)],
        "operator": _COMPANIES[(index + 1) % len(_COMPANIES)],
        "control_status": _CONTROL[index % len(_CONTROL)],
        "licence_no": "湘长XKA0123",
        "policy": policy,
        "project": project,
        "area": ("省内", "省际", "沿海")[index % 3],
        "power_form": ("燃油", "纯电", "液气")[index % 3],
        "ship_type": _TYPES[index % len(_TYPES)],
        "ship_name": f"湘长沙货{index:06d}",
        "ship_id_no": f"CN2008{index:07d}",
        "port_of_registry": "长沙",
        "operation_cert_no": f"湘长沙SJ（2022）{index % 10000:04d}",
        "gross_tonnage": gross,
        "capacity": gross * 2,
        "power_kw": Decimal(100 + index % 900).scaleb(-1),
        "built_date": date(2000, 1, 1) + timedelta(days=index % 7000),
        "application_date": date(year, 6, 1) + timedelta(days=index % 150),
        "deregistration_date": date(year, 8, 1) + timedelta(days=index % 60),
        "ship_age": Decimal(15000 + index % 9000).scaleb(-3),
        "estimate_amount": estimate,
        "check_amount": estimate + Decimal("0.25") * (index % 3),
        "machine_amount": estimate,
        "machine_formula": f"0.1*{gross}*1.5*1.00",
        "joint_review_problems": "" if passed else "营运证无效①",
        "materials_uploaded_on": date(year, 6, 20),
        "platform_result": passed or "退回",
        "platform_on": date(year, 7, 1),
        "county_result": passed,
        "city_result": passed,
        "province_result": passed,
    }


def _rows(count: int, year: int, start: int) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    counties = _counties()
    for offset in range(count):
        index = start + offset
        region = counties[index % len(counties)]
        applicant = _applicant(index, region, year)
        yield applicant, _application(index, region, year, applicant["id"])


def open_database(path: Path) -> tuple[sa.Engine, ReportTables]:
    """The cache file at ``path`` (created when missing) as the app's reports read it."""
    return open_cache(path).engine, cache_tables()


def build_database(path: Path, sizes: dict[int, int]) -> tuple[sa.Engine, ReportTables]:
    """A cache file at ``path`` with ``sizes[year]`` applications (and applicants) a year."""
    engine, tables = open_database(path)
    start = 1
    with engine.begin() as conn:
        for year, count in sizes.items():
            applicants: list[dict[str, Any]] = []
            applications: list[dict[str, Any]] = []
            for applicant, application in _rows(count, year, start):
                applicants.append(applicant)
                applications.append(application)
                if len(applications) == BATCH:
                    _flush(conn, tables, applicants, applications)
            _flush(conn, tables, applicants, applications)
            start += count
    return engine, tables


def _flush(
    conn: sa.Connection,
    tables: ReportTables,
    applicants: list[dict[str, Any]],
    applications: list[dict[str, Any]],
) -> None:
    if applications:
        conn.execute(tables.applicants.insert(), applicants)
        conn.execute(tables.applications.insert(), applications)
    applicants.clear()
    applications.clear()
