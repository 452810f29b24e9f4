"""The application factory: ``create_app(settings)`` builds one API app over one database.

Everything an app needs hangs off ``app.state.services`` (no module globals), so tests build
one app per database and per clock, and the CLI builds the production one.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from fastapi import APIRouter, FastAPI
from starlette.concurrency import run_in_threadpool

from server.auth.passwords import Passwords
from server.clock import Clock, system_clock
from server.db import Database, open_database
from server.maintenance import run_maintenance
from server.problems import PROBLEM_RESPONSES, install_problem_handlers
from server.routes import ROUTERS
from server.services import Services
from server.settings import Settings

API_PREFIX = "/api/v1"
API_VERSION = "1.0.0"
logger = logging.getLogger(__name__)
Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]


def create_app(
    settings: Settings | None = None,
    *,
    clock: Clock = system_clock,
    database: Database | None = None,
) -> FastAPI:
    """An app serving ``/api/v1`` over ``settings``' database (or the one given)."""
    settings = settings or Settings.from_env()
    db = database or open_database(
        settings.resolved_database_url, clock=clock, echo=settings.sql_echo
    )
    services = Services(settings=settings, db=db, clock=clock, passwords=Passwords(settings))
    app = FastAPI(
        title="湖南省水运奖补资金审核 — 中心接口",
        version=API_VERSION,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
        lifespan=_lifespan(services, owns_database=database is None),
    )
    app.state.services = services
    install_problem_handlers(app)
    api = APIRouter(prefix=API_PREFIX, responses=PROBLEM_RESPONSES)
    for router in ROUTERS:
        api.include_router(router)
    app.include_router(api)
    return app


def _lifespan(services: Services, *, owns_database: bool) -> Lifespan:
    """Start the periodic maintenance with the app; stop it (and the engine, if ours) after."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        task = _start_maintenance(services)
        try:
            yield
        finally:
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            if owns_database:
                services.db.dispose()

    return lifespan


def _start_maintenance(services: Services) -> asyncio.Task[None] | None:
    minutes = services.settings.maintenance_interval_minutes
    if minutes <= 0:
        return None
    return asyncio.create_task(_maintenance_loop(services, minutes * 60))


async def _maintenance_loop(services: Services, interval_seconds: float) -> None:
    """Prune on start, then every interval; a failed round is logged and the next one tried."""
    while True:
        try:
            report = await run_in_threadpool(
                run_maintenance, services.db, services.settings, services.clock()
            )
            logger.info("maintenance: %s", report)
        except Exception:
            logger.exception("maintenance round failed")
        await asyncio.sleep(interval_seconds)
