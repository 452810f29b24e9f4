"""Request bodies of pages 7-2 (新建申报状态) and 7-4 (新建/修改奖补年份), and of the year's
standards table and material list.

Types are checked here (pydantic, with the Chinese messages of ``server.validation_messages``);
the rules — ranges, note lengths, deadlines, "上个奖补年份+1" — are checked with the core's rules
in the write, every problem at once.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from core.vocab import PolicyScope

StoredState = Literal["开放", "关闭", "运维"]
"""The states a person can create; 过期 is derived from an open status past its deadline."""


class NewStatusBody(BaseModel):
    """Page 7-2. Deadlines left out get the core's defaults (open: a month ahead; closed or
    maintenance: 2099-12-31)."""

    model_config = ConfigDict(extra="forbid")

    year: int = Field(description="奖补年份，须是已创建的年份")
    state: StoredState = Field(description="申报状态：开放、关闭或运维")
    ship_deadline: date | None = Field(default=None, description="拆建申报截止日期")
    cargo_deadline: date | None = Field(default=None, description="货主申报截止日期")
    policy_scope: PolicyScope = Field(default=PolicyScope.BOTH, description="实施奖补政策")
    check_ownership: bool = Field(default=True, description="平台联审是否审核船舶所有权")
    check_inspection: bool = Field(default=True, description="平台联审是否审核船检登记")
    note: str = Field(max_length=200, description="备注，5-100个字")


class NewYearBody(BaseModel):
    """Page 7-4 for a new year: its limits and note; the tables are copied."""

    model_config = ConfigDict(extra="forbid")

    year: int = Field(description="奖补年份：上个奖补年份+1")
    pdf_limit_mb: int = Field(description="Pdf文件大小上限（M），1-20")
    zip_limit_mb: int = Field(description="Zip压缩包文件大小上限（M），2-60")
    note: str = Field(max_length=200, description="备注，5-100个字")


class YearChanges(BaseModel):
    """Page 7-4 for an existing year: omitted fields stay; the year itself never changes."""

    model_config = ConfigDict(extra="forbid")

    pdf_limit_mb: int | None = None
    zip_limit_mb: int | None = None
    note: str | None = Field(default=None, max_length=200)
    base_version: int | None = Field(default=None, ge=0)


class TableBody(BaseModel):
    """A whole standards table or material list, replacing the stored one.

    Rows have the shape the GET answers (``core.standards.StandardRow.to_dict`` /
    ``core.materials.spec_to_dict``); a row's ``year`` may be left out and is then the year of
    the URL.
    """

    model_config = ConfigDict(extra="forbid")

    rows: list[dict[str, Any]] = Field(max_length=2000)
    base_version: int | None = Field(default=None, ge=0)
