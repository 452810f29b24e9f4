"""Who administers the declaration window and the subsidy years: province 【系统】 accounts.

``core.forms.validate_account`` already keeps 【系统】 to province accounts; the level is checked
again here because these endpoints end every session in the province and decide what every
county may do, so a wrongly stored permission must not be enough.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from core.vocab import Permission, RegionLevel
from server.auth.actor import Actor, require
from server.problems import PERMISSION_DENIED, ProblemError


def require_province_system(actor: Annotated[Actor, Depends(require(Permission.SYSTEM))]) -> Actor:
    """FastAPI dependency: the actor, a province account holding 【系统】."""
    if actor.region_level is not RegionLevel.PROVINCE:
        raise ProblemError(
            PERMISSION_DENIED, "该操作只允许省级【系统】账号进行，当前账号不是省级账号"
        )
    return actor


ProvinceSystem = Annotated[Actor, Depends(require_province_system)]
