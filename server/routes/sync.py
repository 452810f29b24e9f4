"""``GET /api/v1/sync/changes`` and ``GET /api/v1/sync/versions`` (SPEC §7).

Responses are encoded here with the standard library's json straight from the dicts the reader
builds, skipping FastAPI's per-value ``jsonable_encoder`` walk: an initial sync pages out
100,000 records and that walk would dominate the time.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel
from starlette.responses import Response

from server.auth.actor import CurrentActor
from server.problems import validation_problem
from server.services import Services, get_services
from server.sync.changes import read_changes, read_versions
from server.sync.kinds import sync_kinds
from server.validation_messages import FieldProblem

router = APIRouter(prefix="/sync", tags=["同步"])


class Change(BaseModel):
    kind: str
    id: str
    version: int
    data: dict[str, Any]


class Deletion(BaseModel):
    kind: str
    id: str
    version: int


class ChangesAnswer(BaseModel):
    """Changed rows and deletions after ``since``, both in version order."""

    changes: list[Change]
    deletions: list[Deletion]
    next_cursor: int
    more: bool
    server_version: int


class VersionsAnswer(BaseModel):
    kind: str
    versions: dict[str, int]
    server_version: int


def _json(body: dict[str, Any]) -> Response:
    payload = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    return Response(payload.encode("utf-8"), media_type="application/json")


@router.get("/changes", response_model=ChangesAnswer)
def get_changes(
    actor: CurrentActor,
    services: Annotated[Services, Depends(get_services)],
    since: Annotated[int, Query(ge=0, description="上次同步得到的 next_cursor，首次为 0")] = 0,
    limit: Annotated[int | None, Query(ge=1, description="每页最多条数")] = None,
) -> Response:
    settings = services.settings
    page_size = min(limit or settings.sync_default_limit, settings.sync_max_limit)
    with services.db.snapshot() as connection:
        page = read_changes(connection, actor, since, page_size)
    return _json(page.as_json())


@router.get("/versions", response_model=VersionsAnswer)
def get_versions(
    actor: CurrentActor,
    services: Annotated[Services, Depends(get_services)],
    kind: Annotated[str, Query(description="同步类型，即表名，如 applications")],
    since: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    known = sync_kinds()
    if kind not in known:
        names = "、".join(known)
        raise validation_problem(
            [FieldProblem("kind", f"未知的同步类型“{kind}”，应为 {names} 之一")]
        )
    with services.db.snapshot() as connection:
        versions, server_version = read_versions(connection, known[kind], actor, since)
    return _json({"kind": kind, "versions": versions, "server_version": server_version})
