"""The demo's subsidy year (奖补年份 2024) and its declaration statuses (申报状态), ch. 7.

The year carries the 2024 standards table and material list from ``core`` as data, with the
limits the manual states (PDF 20 MB, zip 60 MB). The statuses tell a short history — opened in
March, closed after the deadline — and end with an open status created today whose deadlines
lie a month ahead (``core.declaration.new_status``'s default), so a demo started any day is
open for creating, reviewing and uploading.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import Any

from core.declaration import DeclarationStatus, new_status
from core.material_list_2024 import MATERIAL_LIST_2024
from core.materials import specs_to_dicts
from core.regions import PROVINCE_CODE
from core.standards_2024 import STANDARDS_2024
from core.vocab import DeclarationState
from demo.accounts import ACCOUNTS_CREATED

PDF_LIMIT_MB = 20
ZIP_LIMIT_MB = 60
SYSTEM_ACCOUNT = f"{PROVINCE_CODE}-1"
"""The province system admin (系统) who creates years and statuses."""


def subsidy_year_row(year: int) -> dict[str, Any]:
    """The ``subsidy_years`` row; its id is the year as text, as the model requires."""
    if year != STANDARDS_2024.year:
        raise ValueError(f"演示数据只有 {STANDARDS_2024.year} 年度的奖补标准和材料清单")
    return {
        "id": str(year),
        "region_code": PROVINCE_CODE,
        "year": year,
        "pdf_limit_mb": PDF_LIMIT_MB,
        "zip_limit_mb": ZIP_LIMIT_MB,
        "standards": STANDARDS_2024.to_dicts(),
        "materials": specs_to_dicts(MATERIAL_LIST_2024),
        "note": f"{year}年度部省政策船舶拆建与运输发展奖补",
        "created_at": ACCOUNTS_CREATED,
        "created_by": SYSTEM_ACCOUNT,
    }


def declaration_history(year: int, today: date) -> list[DeclarationStatus]:
    """Opened in March, closed after the deadline, reopened today for the demo."""
    opened = new_status(
        year,
        DeclarationState.OPEN,
        datetime(year, 3, 1, 1, 0, tzinfo=UTC),
        ship_deadline=date(year + 1, 1, 10),
        cargo_deadline=date(year + 1, 1, 10),
        note=f"{year}年度部省政策拆建申报与货主申报开放",
    )
    closed = new_status(
        year,
        DeclarationState.CLOSED,
        datetime(year + 1, 1, 11, 1, 0, tzinfo=UTC),
        note=f"{year}年度申报已截止，关闭申报进行汇总",
    )
    reopened = new_status(
        year,
        DeclarationState.OPEN,
        datetime.combine(today, time(0, 30), tzinfo=UTC),
        note=f"演示环境：重新开放{year}年度申报，便于体验建档、上传与审核",
    )
    return [opened, closed, reopened]


def declaration_rows(
    statuses: list[DeclarationStatus], new_id: Callable[[], str]
) -> list[dict[str, Any]]:
    """The ``declaration_statuses`` rows of ``statuses``, oldest first."""
    return [
        {
            "id": new_id(),
            "region_code": PROVINCE_CODE,
            "year": status.year,
            "state": status.state.value,
            "ship_deadline": status.ship_deadline,
            "cargo_deadline": status.cargo_deadline,
            "policy_scope": status.policy_scope.value,
            "check_ownership": status.check_ownership,
            "check_inspection": status.check_inspection,
            "note": status.note,
            "created_on": status.created_on,
            "created_at": status.created_at,
            "created_by": SYSTEM_ACCOUNT,
        }
        for status in statuses
    ]
