"""The long-lived objects a request needs, built once per app and reached via dependencies.

Keeping them on one object (``app.state.services``) instead of module globals lets a test run
several apps — one per database — in one process, each with its own clock.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from server.auth.passwords import Passwords
from server.clock import Clock
from server.db import Database
from server.settings import Settings


@dataclass(frozen=True)
class Services:
    settings: Settings
    db: Database
    clock: Clock
    passwords: Passwords


def get_services(request: Request) -> Services:
    """FastAPI dependency: the services of the app serving this request."""
    services: Services = request.app.state.services
    return services
