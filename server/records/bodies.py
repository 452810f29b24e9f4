"""Request-body building blocks shared by the record kinds.

Values are typed loosely on purpose: a tonnage typed "12a" or an amount with three decimals must
reach ``core.forms`` and come back as its Chinese, field-labelled problem together with every
other problem of the form, instead of being stopped one at a time by pydantic in English.
Only the shape is checked here: unknown fields are refused (a misspelt field would otherwise be
silently ignored) and ids must be client-made UUIDs.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"

Text = Annotated[str | None, Field(default=None, max_length=400)]
Whole = Annotated[int | Decimal | str | None, Field(default=None)]
Amount = Annotated[Decimal | str | None, Field(default=None)]
Day = Annotated[str | None, Field(default=None, max_length=20, description="年-月-日")]
RecordId = Annotated[str, Field(pattern=UUID_PATTERN, description="记录编号（小写 UUID）")]


class CreateBody(BaseModel):
    """A new record: its client-made id and, optionally, the region the client expects."""

    model_config = ConfigDict(extra="forbid")

    id: RecordId
    region_code: str | None = Field(
        default=None,
        pattern=r"^[0-9]{6}$",
        description="可省略；给出时必须与服务器推定的区划一致（本账号区划或上级记录的区划）",
    )


class PatchBody(BaseModel):
    """Changed fields only; ``base_version`` may stand in for ``If-Match``."""

    model_config = ConfigDict(extra="forbid")

    base_version: int | None = Field(default=None, ge=0)
