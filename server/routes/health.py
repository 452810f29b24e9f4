"""``GET /api/v1/health``: a cheap liveness answer for the desktop's demo-server start-up and
for load balancers; it touches the database so "ok" means "can serve"."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel
from sqlalchemy import text

from server.services import Services, get_services

router = APIRouter(tags=["运行状态"])


class Health(BaseModel):
    status: Literal["ok"]
    api_version: Literal["v1"]


@router.get("/health", response_model=Health)
def health(services: Annotated[Services, Depends(get_services)]) -> Health:
    with services.db.read() as session:
        session.execute(text("SELECT 1"))
    return Health(status="ok", api_version="v1")
