"""奖励申请 (manual 4.4, page 4-8): a cargo owner's container reward, reviewed city → province.

Volumes, standards and machine amounts are never typed: this year's volume is the sum of the
owner's monthly reports of the reward's year, last year's comes from the owner, and the amounts
follow ``core.container_reward`` under the year's standards (page 4-8 提示1–2). Because they
depend on other records, ``refresh_rewards`` recomputes an owner's rewards whenever a monthly
report or the owner changes, so a reward never shows a sum its reports no longer make.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel
from sqlalchemy import select

from core.container_reward import ContainerReward, MonthlyVolume, TeuVolume, this_year_volume
from core.reward_form import parse_reward, validate_reward
from core.vocab import Level, RecordKind
from core.workflow import RecordFacts
from server.models import CargoOwner, MonthlyReport, Reward
from server.records.bodies import Amount, CreateBody, PatchBody, Text
from server.records.context import WriteContext
from server.records.fields import FieldMap, column_problems, fitted, stored_values
from server.records.kinds import KindHandler, Parent, Target
from server.records.machine import container_reward, standards_for
from server.records.parents import named_parent, stored_parent
from server.records.state import passed, review_state
from server.validation_messages import FieldProblem

FIELDS: FieldMap = MappingProxyType(
    {
        "form_no": "form_no",
        "estimate_foreign": "estimate_foreign",
        "estimate_domestic": "estimate_domestic",
        "check_foreign": "check_foreign",
        "check_domestic": "check_domestic",
        "note": "note",
    }
)
OWNER_LABEL = "货主"


class RewardFields(BaseModel):
    """What a person types on page 4-8 (amounts in 万元)."""

    form_no: Text = None
    estimate_foreign: Amount = None
    estimate_domestic: Amount = None
    check_foreign: Amount = None
    check_domestic: Amount = None
    note: Text = None


class RewardCreate(RewardFields, CreateBody):
    """A new reward application of the cargo owner ``cargo_owner_id``."""

    cargo_owner_id: Text = None


class RewardPatch(RewardFields, PatchBody):
    """Changed reward fields."""


def _months(ctx: WriteContext, owner_id: str, year: int) -> list[MonthlyVolume]:
    """The owner's monthly reports of ``year`` as the core's volumes."""
    statement = select(MonthlyReport).where(
        MonthlyReport.cargo_owner_id == owner_id, MonthlyReport.year == year
    )
    return [
        MonthlyVolume(r.month, TeuVolume(r.foreign_teu, r.domestic_teu))
        for r in ctx.session.scalars(statement)
    ]


def _machine(reward: ContainerReward | None) -> dict[str, Any]:
    """Standards and machine amounts; empty without usable container rates for the year."""
    if reward is None:
        empty = ("foreign_standard", "domestic_standard", "machine_foreign", "machine_domestic")
        return {**dict.fromkeys(empty), "machine_formula": ""}
    return {
        "foreign_standard": reward.foreign_standard,
        "domestic_standard": reward.domestic_standard,
        "machine_foreign": reward.foreign_wan,
        "machine_domestic": reward.domestic_wan,
        "machine_formula": f"外贸{reward.foreign.formula}；内贸{reward.domestic.formula}",
    }


def computed_columns(ctx: WriteContext, owner: Any, year: int) -> dict[str, Any]:
    """Volumes, standards and machine amounts of a reward of ``owner`` in ``year``."""
    months = _months(ctx, owner.id, year)
    last_year = TeuVolume(owner.last_year_foreign_teu, owner.last_year_domestic_teu)
    this_year = this_year_volume(months)
    volumes = {
        "last_year_foreign_teu": last_year.foreign,
        "last_year_domestic_teu": last_year.domestic,
        "this_year_foreign_teu": this_year.foreign,
        "this_year_domestic_teu": this_year.domestic,
    }
    reward = container_reward(standards_for(ctx.session, year), last_year, months)
    return {**volumes, **_machine(reward)}


def refresh_rewards(ctx: WriteContext, owner_id: str, year: int) -> None:
    """Recompute the computed columns of every reward of the owner in ``year``."""
    owner = ctx.session.get(CargoOwner, owner_id)
    if owner is None:
        return
    rewards = ctx.session.scalars(
        select(Reward).where(Reward.cargo_owner_id == owner_id, Reward.year == year)
    ).all()
    if not rewards:
        return
    computed = fitted(Reward, computed_columns(ctx, owner, year))
    for reward in rewards:
        for column, value in computed.items():
            setattr(reward, column, value)


class RewardHandler(KindHandler):
    """Rewards: city records of an owner that passed city review."""

    name = "rewards"
    kind = RecordKind.REWARD
    model = Reward
    create_body = RewardCreate
    patch_body = RewardPatch

    def parent_for_create(self, ctx: WriteContext, fields: Mapping[str, Any]) -> Parent:
        """The cargo owner it rewards, locked while the reports are summed."""
        return named_parent(
            ctx, CargoOwner, "cargo_owner_id", fields.get("cargo_owner_id"), OWNER_LABEL
        )

    def parent_for_modify(self, ctx: WriteContext, row: Any, changes: Mapping[str, Any]) -> Parent:
        """Its owner (not locked: report writes lock owner first, then rewards)."""
        return stored_parent(ctx, CargoOwner, row.cargo_owner_id)

    def new_facts(
        self, ctx: WriteContext, parent: Parent, fields: Mapping[str, Any]
    ) -> RecordFacts:
        """A reward needs its owner passed by the city."""
        owner_passed = parent.row is not None and passed(parent.row, Level.CITY)
        return RecordFacts(self.kind, parent_passed=owner_passed)

    def facts(self, ctx: WriteContext, row: Any) -> RecordFacts:
        """Its own review state is all the rules need."""
        return RecordFacts(self.kind, review_state(self.kind, row))

    def stored_form(self, row: Any) -> dict[str, Any]:
        """What a person typed on the reward, as request-shaped values."""
        return stored_values(row, FIELDS)

    def problems(
        self, ctx: WriteContext, values: Mapping[str, Any], parent: Parent, target: Target
    ) -> list[FieldProblem]:
        """The page 4-8 rules of ``core.reward_form``."""
        return column_problems(validate_reward(values), FIELDS)

    def columns(
        self, ctx: WriteContext, values: Mapping[str, Any], parent: Parent, target: Target
    ) -> dict[str, Any]:
        """The typed fields plus everything computed from the owner and its reports."""
        form = parse_reward(values)
        typed = {
            "cargo_owner_id": parent.row.id,
            "form_no": form.form_no or "",
            "estimate_foreign": form.estimate_foreign,
            "estimate_domestic": form.estimate_domestic,
            "check_foreign": form.check_foreign,
            "check_domestic": form.check_domestic,
            "note": form.note,
        }
        return {**typed, **computed_columns(ctx, parent.row, target.year)}
