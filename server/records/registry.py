"""Every record kind's handler under its sync kind (table) name, the ``{kind}`` of the URLs."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from server.records.applicants import ApplicantHandler
from server.records.applications import ApplicationHandler
from server.records.cargo_owners import CargoOwnerHandler
from server.records.completions import CompletionHandler
from server.records.kinds import KindHandler
from server.records.monthly_reports import MonthlyReportHandler
from server.records.rewards import RewardHandler

HANDLERS: Mapping[str, KindHandler] = MappingProxyType(
    {
        handler.name: handler
        for handler in (
            ApplicantHandler(),
            ApplicationHandler(),
            CompletionHandler(),
            CargoOwnerHandler(),
            MonthlyReportHandler(),
            RewardHandler(),
        )
    }
)
