"""Transport-development records (manual ch. 4): cargo owners, monthly reports, rewards.

Every city has cargo owners with last year's loaded-container volume; the city reviews each
owner (page 4-2). An owner the city passed reports its containers month by month from January
— zero months too, each with its proof PDF named by the month (§4.3.2) — and once December is
in, applies for its reward, computed by ``core.container_reward`` from the monthly reports and
the year's rates (page 4-8), reviewed by the city and then the province.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal
from typing import Any

from core import regions
from core.container_reward import (
    ContainerRates,
    ContainerReward,
    MonthlyVolume,
    TeuVolume,
    compute_container_reward,
)
from core.materials import MaterialSpec, materials_for
from core.money import CENT
from core.regions import Region
from core.standards import StandardsTable
from core.vocab import Decision, Level, RecordKind, Stage
from core.workflow import CHAINS, ReviewState
from demo.accounts import AccountBook
from demo.config import WorldConfig
from demo.days import later, office_time
from demo.histories import (
    Decide,
    Decided,
    Event,
    decision_value,
    decisions,
    plan_events,
    play,
    updated_at,
)
from demo.ids import IdSource
from demo.materials import MaterialMaker, material_rows
from demo.opinions import opinion
from demo.parties import NameRegistry, Party, PartyFactory
from demo.placement import QueueHeads, queue_unit
from demo.reviews import review_rows
from demo.stages import StagePicker

Rows = dict[str, list[dict[str, Any]]]
MONTHS = 12
REWARD_SHARE = 0.9
"""Share of owners with all twelve months reported who have applied for their reward."""


@dataclass(frozen=True)
class Owner:
    """A generated cargo owner, what its monthly reports and reward need to know."""

    party: Party
    city: Region
    last_year: TeuVolume
    passed_on: date | None


class CargoRecords:
    """Makes the cargo-owner side of a world."""

    def __init__(
        self,
        config: WorldConfig,
        table: StandardsTable,
        specs: tuple[MaterialSpec, ...],
        accounts: AccountBook,
        maker: MaterialMaker,
        queues: QueueHeads,
        company_names: NameRegistry,
    ) -> None:
        self.config = config
        self.rates = ContainerRates.from_table(table)
        self.specs = specs
        self.accounts = accounts
        self.maker = maker
        self.queues = queues
        self.rng = config.stream("cargo")
        self.ids = IdSource(config.stream("cargo-ids"))
        self.parties = PartyFactory(config.stream("cargo-owners"), company_names)
        self.owner_stages = StagePicker(
            CHAINS[RecordKind.CARGO_OWNER], config.stream("owner-stages")
        )
        self.reward_stages = StagePicker(CHAINS[RecordKind.REWARD], config.stream("reward-stages"))
        self._reward_serials: dict[str, int] = {}
        self.next_report: tuple[str, int, int, dict[str, str]] | None = None
        """(owner, year, month, facts) of the first owner with a month still to report: the
        demo monthly zip is made for it."""

    def make(self) -> Rows:
        """Every cargo owner with its monthly reports and reward, owners in creation order."""
        rows: Rows = {}
        cities = regions.cities()
        count = len(cities) * self.config.cargo_owners_per_city
        owners: list[tuple[Owner, list[dict[str, Any]]]] = []
        for index in range(count):
            city = cities[index % len(cities)]
            created = date(self.config.year, 1, 8) + timedelta(days=index * 42 // count)
            owner = self._owner(rows, city, created)
            if owner.passed_on is not None:
                owners.append((owner, self._monthly(rows, owner)))
        finished = [(o, r) for o, r in owners if len(r) == MONTHS]
        finished.sort(key=lambda pair: pair[1][-1]["created_on"])
        for owner, reports in finished:
            if self.rng.random() < REWARD_SHARE:
                self._reward(rows, owner, reports)
        return rows

    # --- owners -------------------------------------------------------------------------------

    def _decide(self, region_code: str) -> Decide:
        """Results of the city and province levels, by a reviewer of the level's region."""
        rng = self.rng

        def decide(level: Level, decision: Decision, day: date) -> Decided:
            unit = queue_unit(level, region_code)
            reviewer = rng.choice(self.accounts.reviewers(unit, level))
            return Decided(level, decision, day, reviewer, opinion(rng, level, decision))

        return decide

    def _record_reviews(
        self,
        rows: Rows,
        kind: RecordKind,
        row: dict[str, Any],
        events: list[Event],
        state: ReviewState,
        stage: Stage,
        subject: dict[str, str],
    ) -> None:
        audit, submissions = review_rows(
            kind, row["id"], row["region_code"], decisions(events), self.rng, self.ids
        )
        rows.setdefault("review_submissions", []).extend(submissions)
        rows.setdefault("review_results", []).extend(audit)
        if state.materials_uploaded_at is None:
            return
        own = self.queues.admits(kind, state, row["region_code"])
        specs = materials_for(self.specs, stage)
        uploaded = office_time(state.materials_uploaded_at, self.rng)
        files = self.maker.files(specs, uploaded, subject if own else None)
        rows.setdefault("material_files", []).extend(
            material_rows(kind, row["id"], row["region_code"], files, self.ids)
        )

    def _owner(self, rows: Rows, city: Region, created: date) -> Owner:
        rng = self.rng
        party = self.parties.cargo_owner(self.ids(), city)
        last_year = TeuVolume(
            0 if rng.random() < 0.25 else rng.randint(50, 6000),
            rng.randint(0, 9000),
        )
        created_at = office_time(created, rng)
        kind = RecordKind.CARGO_OWNER
        events = plan_events(
            CHAINS[kind], self.owner_stages(), created, rng, self._decide(city.code)
        )
        state = play(kind, events)
        row = {
            "id": party.id,
            "region_code": city.code,
            "year": self.config.year,
            "note": "",
            "created_on": created,
            "created_at": created_at,
            "created_by": rng.choice(self.accounts.editors(city.code)).account_id,
            "updated_at": updated_at(events, created_at, rng),
            "materials_uploaded_on": state.materials_uploaded_at,
            "city_result": decision_value(state.city.decision),
            "city_on": state.city.on,
            "name": party.name,
            "address": party.address,
            "credit_code": party.credit_code,
            "contact": party.contact,
            "phone": party.phone,
            "bank_name": party.bank_name,
            "bank_account": party.bank_account,
            "last_year_foreign_teu": last_year.foreign,
            "last_year_domestic_teu": last_year.domestic,
        }
        rows.setdefault("cargo_owners", []).append(row)
        owner = Owner(
            party, city, last_year, state.city.on if state.city.decision is Decision.PASS else None
        )
        self._record_reviews(
            rows, kind, row, events, state, Stage.CARGO_OWNER, cargo_subject(owner)
        )
        return owner

    # --- monthly reports ------------------------------------------------------------------------

    def _volumes(self, owner: Owner, months: int) -> list[TeuVolume]:
        """Monthly TEU around last year's pace, growing for most owners, with zero months."""
        rng = self.rng
        growth = rng.uniform(0.8, 1.6)
        volumes = []
        for _ in range(months):
            if rng.random() < 0.15:
                volumes.append(TeuVolume(0, 0))
                continue
            foreign = round(
                max(owner.last_year.foreign, rng.randint(0, 600))
                * growth
                / 12
                * rng.uniform(0.3, 1.7)
            )
            domestic = round(
                max(owner.last_year.domestic, rng.randint(0, 900))
                * growth
                / 12
                * rng.uniform(0.3, 1.7)
            )
            volumes.append(TeuVolume(min(foreign, 500_000), min(domestic, 500_000)))
        return volumes

    def _monthly(self, rows: Rows, owner: Owner) -> list[dict[str, Any]]:
        """Months 1..m reported in order, each after its month ended and the owner passed."""
        rng = self.rng
        assert owner.passed_on is not None
        months = MONTHS if rng.random() < 0.6 else rng.randint(1, MONTHS - 1)
        reports = []
        previous = owner.passed_on
        for month, volume in enumerate(self._volumes(owner, months), start=1):
            month_end = _month_end(self.config.year, month)
            created = max(later(previous, rng, 1, 3), later(month_end, rng, 1, 10))
            created_at = office_time(created, rng)
            report = {
                "id": self.ids(),
                "region_code": owner.city.code,
                "year": self.config.year,
                "note": "本月无重箱完成量，附单位说明" if volume.total == 0 else "",
                "created_on": created,
                "created_at": created_at,
                "created_by": rng.choice(self.accounts.editors(owner.city.code)).account_id,
                "updated_at": created_at,
                "materials_uploaded_on": created,
                "cargo_owner_id": owner.party.id,
                "month": month,
                "foreign_teu": volume.foreign,
                "domestic_teu": volume.domestic,
            }
            reports.append(report)
            specs = materials_for(self.specs, Stage.MONTHLY_REPORT, month=month)
            files = self.maker.files(specs, created_at, None)
            rows.setdefault("material_files", []).extend(
                material_rows(
                    RecordKind.MONTHLY_REPORT, report["id"], owner.city.code, files, self.ids
                )
            )
            previous = created
        rows.setdefault("monthly_reports", []).extend(reports)
        if months < MONTHS and self.next_report is None:
            subject = cargo_subject(owner) | {"month": f"{months + 1}月"}
            self.next_report = (owner.party.name, self.config.year, months + 1, subject)
        return reports

    # --- rewards --------------------------------------------------------------------------------

    def _form_no(self, city: Region) -> str:
        serial = self._reward_serials.get(city.code, 0) + 1
        self._reward_serials[city.code] = serial
        return f"{regions.city_stem(city.code)}（{self.config.year}）{serial:03d}"

    def _reward(self, rows: Rows, owner: Owner, reports: list[dict[str, Any]]) -> None:
        rng = self.rng
        computed = compute_container_reward(
            owner.last_year,
            [
                MonthlyVolume(r["month"], TeuVolume(r["foreign_teu"], r["domestic_teu"]))
                for r in reports
            ],
            self.rates,
        )
        created = later(reports[-1]["created_on"], rng, 3, 20)
        created_at = office_time(created, rng)
        kind = RecordKind.REWARD
        city = owner.city
        events = plan_events(
            CHAINS[kind], self.reward_stages(), created, rng, self._decide(city.code)
        )
        state = play(kind, events)
        estimate_foreign, estimate_domestic = _estimate(rng, computed)
        city_seen = any(d.level is Level.CITY for d in decisions(events))
        row = {
            "id": self.ids(),
            "region_code": city.code,
            "year": self.config.year,
            "note": "",
            "created_on": created,
            "created_at": created_at,
            "created_by": rng.choice(self.accounts.editors(city.code)).account_id,
            "updated_at": updated_at(events, created_at, rng),
            "materials_uploaded_on": state.materials_uploaded_at,
            "city_result": decision_value(state.city.decision),
            "city_on": state.city.on,
            "province_result": decision_value(state.province.decision),
            "province_on": state.province.on,
            "cargo_owner_id": owner.party.id,
            "form_no": self._form_no(city),
            "last_year_foreign_teu": owner.last_year.foreign,
            "last_year_domestic_teu": owner.last_year.domestic,
            "this_year_foreign_teu": computed.this_year.foreign,
            "this_year_domestic_teu": computed.this_year.domestic,
            "foreign_standard": computed.foreign_standard,
            "domestic_standard": computed.domestic_standard.quantize(CENT),
            "machine_foreign": computed.foreign_wan,
            "machine_domestic": computed.domestic_wan,
            "machine_formula": reward_formula(computed),
            "estimate_foreign": estimate_foreign,
            "estimate_domestic": estimate_domestic,
            "check_foreign": computed.foreign_wan if city_seen else None,
            "check_domestic": computed.domestic_wan if city_seen else None,
        }
        rows.setdefault("rewards", []).append(row)
        self._record_reviews(
            rows, kind, row, events, state, Stage.REWARD, cargo_subject(owner, computed, row)
        )


def reward_formula(computed: ContainerReward) -> str:
    """The stored machine formula: the foreign tiers and the domestic product, in yuan."""
    return f"外贸：{computed.foreign.formula}；内贸：{computed.domestic.formula}"


def _estimate(rng: random.Random, computed: ContainerReward) -> tuple[Decimal, Decimal]:
    """The owner's 测算: usually the machine amounts, sometimes rounded up to whole 万元."""
    if rng.random() < 0.8:
        return computed.foreign_wan, computed.domestic_wan
    up = Decimal(1)
    return (
        computed.foreign_wan.quantize(up, rounding=ROUND_CEILING).quantize(CENT),
        computed.domestic_wan.quantize(up, rounding=ROUND_CEILING).quantize(CENT),
    )


def _month_end(year: int, month: int) -> date:
    first_next = date(year + month // 12, month % 12 + 1, 1)
    return first_next - timedelta(days=1)


def cargo_subject(
    owner: Owner, computed: ContainerReward | None = None, reward: dict[str, Any] | None = None
) -> dict[str, str]:
    """The facts a cargo owner's own documents print."""
    party = owner.party
    subject = {
        "applicant": party.name,
        "credit_code": party.credit_code,
        "address": party.address,
        "contact": party.contact,
        "phone": party.phone,
        "bank": party.bank_name,
        "account": party.bank_account,
        "last_foreign": str(owner.last_year.foreign),
        "last_domestic": str(owner.last_year.domestic),
    }
    if computed is not None and reward is not None:
        subject |= {
            "form_no": reward["form_no"],
            "this_foreign": str(computed.this_year.foreign),
            "this_domestic": str(computed.this_year.domestic),
            "reward": format(computed.total_wan, "f"),
        }
    return subject
