"""``/api/v1/declaration-statuses``: the declaration window's history (manual 7.1, page 7-1).

Reading is open to every account: the same rows reach every desktop through ``/sync/changes``
(the title bar shows the status in force), so hiding them here would protect nothing. Creating
and deleting need a province 【系统】 account, and each ends every session in the province.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response

from server.auth.actor import CurrentActor
from server.records.context import local_date
from server.services import Services, get_services
from server.system_admin.authority import ProvinceSystem
from server.system_admin.bodies import NewStatusBody
from server.system_admin.statuses import create_status, delete_status, status_entries
from server.system_admin.views import StatusEntry
from server.writes import ExpectedVersion, IdempotentWrite, expected_version, idempotent_write

router = APIRouter(prefix="/declaration-statuses", tags=["申报状态"])

Writer = Annotated[IdempotentWrite, Depends(idempotent_write)]
Expected = Annotated[ExpectedVersion, Depends(expected_version)]
ServicesDep = Annotated[Services, Depends(get_services)]
StatusId = Annotated[str, Path(max_length=36)]


@router.get("", response_model=list[StatusEntry], summary="奖补申报状态一览表")
def list_statuses(actor: CurrentActor, services: ServicesDep) -> list[StatusEntry]:
    """Page 7-1, newest (the one in force) first."""
    with services.db.read() as session:
        return status_entries(session, local_date(services.clock()))


@router.post("", status_code=201, response_model=StatusEntry, summary="新建申报状态")
def post_status(body: NewStatusBody, actor: ProvinceSystem, write: Writer) -> Response:
    now = write.services.clock()
    return write.run(lambda session: create_status(session, write.actor, body, now))


@router.delete(
    "/{status_id}",
    status_code=204,
    response_class=Response,
    summary="删除申报状态（仅当天创建的）",
)
def remove_status(
    status_id: StatusId, actor: ProvinceSystem, write: Writer, expected: Expected
) -> Response:
    base = expected.resolve(None)
    now = write.services.clock()
    return write.run(lambda session: delete_status(session, write.actor, status_id, base, now))
