"""Ship-project records: applicant, application, completion, their reviews, files and registries.

One call makes one application with everything hanging off it, in the order a desk would have
produced it: the applicant (new or one of the region's), the ship and its project data, the
registries' facts, the review history played through ``core.workflow`` (with a joint-review
failure rigged in the registries when the record is to fail), the machine amount from
``core.formulas``, the uploaded files, and — for ministry scrapping that passed the province —
its completion record with a review history of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from core import regions
from core.joint_review import PASS_OPINION, OwnershipEntry, ShipFacts
from core.materials import MaterialSpec, Operation, operation_for_ship_type
from core.regions import Region
from core.standards import StandardsTable
from core.vocab import Decision, Level, Project, RecordKind, Stage
from core.workflow import CHAINS, ReviewState
from demo.accounts import AccountBook
from demo.combos import Kind, KindPicker
from demo.config import WorldConfig
from demo.days import declaration_day, later, office_time
from demo.histories import (
    Decided,
    Event,
    decisions,
    plan_events,
    play,
    updated_at,
)
from demo.ids import IdSource
from demo.joint_review import SHOWCASE, Rigged, ShipRegistry, rig_failure, rig_fault
from demo.materials import MaterialMaker, material_rows, ship_specs
from demo.opinions import opinion
from demo.parties import NameRegistry, Party, PartyFactory, applicant_row
from demo.placement import ApplicantBook, QueueHeads, RegionPicker, queue_unit
from demo.registry import LicenceBook, RegistryWriter, clean_registry
from demo.reviews import review_rows
from demo.ship_identity import Identity, ShipIdentities, port_of
from demo.ship_rows import (
    PARTICULAR_KEYS,
    ShipPlan,
    particulars,
    review_columns,
    ship_subject,
    with_last_verdict,
)
from demo.ships import (
    Numbering,
    ShipDates,
    check_of,
    estimate_of,
    machine_amount,
    plan_ship,
    ship_project,
)
from demo.stages import FINISHED_MORE, StagePicker

Rows = dict[str, list[dict[str, Any]]]
PENDING_RIG_SHARE = 0.1
"""Share of records waiting for the joint review whose registries will make them fail."""
APPLICATION_NOTES = ("",) * 12 + (
    "船舶已停航，待拆解",
    "申请人委托代理人办理",
    "原申请表签章不清，已重新签章",
    "多船同批申报",
)
"""申请备注 (≤ 100 chars): most records have none."""
COMPLETION_SHARE = 0.85
"""Share of finished ministry scrapping that already has its completion record."""


@dataclass
class Shipped:
    """The rows one application produced, by table name."""

    rows: Rows = field(default_factory=dict)

    def add(self, table: str, *rows: dict[str, Any]) -> None:
        self.rows.setdefault(table, []).extend(rows)


class ShipRecords:
    """Makes the ship-project records of a world, one application per call, in time order."""

    def __init__(
        self,
        config: WorldConfig,
        table: StandardsTable,
        specs: tuple[MaterialSpec, ...],
        accounts: AccountBook,
        kinds: tuple[Kind, ...],
        maker: MaterialMaker,
        registry: RegistryWriter,
        queues: QueueHeads,
        company_names: NameRegistry,
    ) -> None:
        self.config = config
        self.table = table
        self.specs = specs
        self.accounts = accounts
        self.maker = maker
        self.registry = registry
        self.queues = queues
        self.ids = IdSource(config.stream("ship-ids"))
        self.rng = config.stream("ships")
        self.history_rng = config.stream("ship-histories")
        self.kinds = KindPicker(kinds, config.stream("kinds"))
        self.regions = RegionPicker(config.stream("regions"))
        self.parties = PartyFactory(config.stream("applicants"), company_names)
        self.applicants = ApplicantBook(config.stream("applicant-reuse"), self.parties, self.ids)
        self.numbering = Numbering(config.stream("numbering"))
        self.identities = ShipIdentities(
            config.year,
            self.rng,
            self.parties,
            self.numbering,
            LicenceBook(config.stream("licences")),
            registry,
        )
        self.stages = StagePicker(CHAINS[RecordKind.APPLICATION], config.stream("stages"))
        self.scrap_stages = StagePicker(
            CHAINS[RecordKind.APPLICATION], config.stream("scrap-stages"), FINISHED_MORE
        )
        self.completion_stages = StagePicker(
            CHAINS[RecordKind.COMPLETION], config.stream("completion-stages")
        )
        self._showcase_left = list(SHOWCASE)
        self.awaiting_upload: tuple[dict[str, Any], Party, Kind] | None = None
        """The first record still waiting for its first upload: the demo zips are made for it."""

    # --- reviews ------------------------------------------------------------------------------

    def _decider(
        self, region: Region, facts: ShipFacts, registry: ShipRegistry, rigs: list[Rigged]
    ) -> Callable[[Level, Decision, date], Decided]:
        """Results of the record's levels; a failed joint review is ``core``'s verdict on
        registries rigged to fail, kept in ``rigs``."""
        rng = self.history_rng

        def decide(level: Level, decision: Decision, day: date) -> Decided:
            reviewer = rng.choice(self.accounts.reviewers(queue_unit(level, region.code), level))
            if level is not Level.PLATFORM:
                return Decided(level, decision, day, reviewer, opinion(rng, level, decision))
            if decision is Decision.PASS:
                return Decided(level, decision, day, reviewer, PASS_OPINION)
            rig = rig_failure(facts, registry, rng)
            rigs.append(rig)
            return Decided(level, decision, day, reviewer, rig.outcome.opinion)

        return decide

    def _review(
        self,
        kind: RecordKind,
        picker: StagePicker,
        region: Region,
        created: date,
        facts: ShipFacts,
        registry: ShipRegistry,
    ) -> tuple[list[Event], ReviewState, ShipFacts, ShipRegistry]:
        """Play a history. When the record stands failed (or is rigged to fail its coming
        joint review) the licence number and registry entries it fails with become its own."""
        rigs: list[Rigged] = []
        decide = self._decider(region, facts, registry, rigs)
        events = plan_events(CHAINS[kind], picker(), created, self.history_rng, decide)
        state = play(kind, events)
        rig = rigs[-1] if state.joint_review_failed else None
        if rig is not None:
            showcased = self._showcase(facts, registry)
            if showcased is not None:
                rig, events = showcased, with_last_verdict(events, showcased.outcome.opinion)
        awaiting_platform = state.platform.decision is None and state.materials_uploaded_at
        if awaiting_platform and self.history_rng.random() < PENDING_RIG_SHARE:
            rig = rig_failure(facts, registry, self.history_rng)
        if rig is not None:
            facts, registry = replace(facts, licence_no=rig.licence_no), rig.registry
        return events, state, facts, registry

    def _showcase(self, facts: ShipFacts, registry: ShipRegistry) -> Rigged | None:
        """The failure of a standing-failed record, made one of the manual's showcase faults
        while any is still missing from the world (so even a small demo shows each)."""
        for fault in self._showcase_left:
            rigged = rig_fault(fault, facts, registry, self.history_rng)
            if rigged is not None:
                self._showcase_left.remove(fault)
                return rigged
        return None

    # --- one application ------------------------------------------------------------------------

    def make(self, index: int) -> Shipped:
        """The application number ``index`` (time order) and everything that hangs off it."""
        out = Shipped()
        rng = self.rng
        created = declaration_day(self.config.year, index, self.config.records)
        kind = self.kinds()
        region = self.regions(kind)
        applicant, is_new = self.applicants.applicant_for(region, kind)
        editor = rng.choice(self.accounts.editors(region.code))
        created_at = office_time(created, rng)
        if is_new:
            applicant_at = created_at - timedelta(minutes=rng.randint(5, 50))
            year = self.config.year
            row = applicant_row(applicant, created, applicant_at, editor.account_id, year, rng)
            out.add("applicants", row)
        plan, facts, registry = self._plan(kind, region, applicant, created)
        picker = self.scrap_stages if kind.ministry_scrap else self.stages
        events, state, facts, registry = self._review(
            RecordKind.APPLICATION, picker, region, created, facts, registry
        )
        row = self._application_row(
            region, applicant, editor.account_id, created_at, plan, facts, events, state
        )
        out.add("applications", row)
        specs = self.upload_specs(kind, Stage.APPLICATION)
        self._reviews_and_files(out, RecordKind.APPLICATION, row, events, state, specs, applicant)
        passed = state.province.on if state.province.decision is Decision.PASS else None
        if kind.ministry_scrap and passed is not None and rng.random() < COMPLETION_SHARE:
            registry = self._completion(out, row, plan, facts, registry, passed, applicant)
        self.registry.ship(registry)
        if kind.project is Project.RENEW:
            self._retire(plan.identity, plan.parties.owners, plan.dates)
        if self.awaiting_upload is None and not events and not kind.is_ferry:
            self.awaiting_upload = (row, applicant, kind)
        return out

    def _plan(
        self, kind: Kind, region: Region, applicant: Party, created: date
    ) -> tuple[ShipPlan, ShipFacts, ShipRegistry]:
        """The ship, its project data and amount, and the registries' clean entries on it."""
        rng = self.rng
        city = regions.city_of(region.code)
        assert city is not None
        size, dates, calculation = plan_ship(rng, kind, self.table, created)
        parties = self.identities.parties_of(applicant, kind, city)
        identity = self.identities.identity(kind, city, size, dates)
        plan = ShipPlan(kind, size, dates, identity, parties, port_of(city), calculation)
        licence_no, licence = self.identities.licence(kind, parties.operator, city)
        registry = clean_registry(
            rng,
            kind,
            identity.name,
            identity.ship_id_no,
            lambda year: self.numbering.operation_certificate(plan.port, kind.area, year),
            parties.owners,
            licence,
            parties.operator,
            dates,
        )
        facts = ShipFacts(
            RecordKind.APPLICATION,
            kind.policy,
            kind.project,
            operation_for_ship_type(kind.ship_type),
            identity.name,
            parties.operator,
            licence_no,
            registry.certificate.certificate_no if registry.certificate else "",
            identity.ship_id_no,
            dates.application,
            dates.dismantle_start,
        )
        return plan, facts, registry

    def _retire(self, identity: Identity, owners: str, dates: ShipDates) -> None:
        """The ship a renewal replaced was deregistered before the new one applied."""
        deregistered = dates.application - timedelta(days=self.rng.randint(20, 200))
        registered = deregistered - timedelta(days=365 * self.rng.randint(12, 25))
        ship_id = self.numbering.ship_id(registered.year)
        retired = OwnershipEntry(identity.refit_from_name, ship_id, registered, deregistered)
        self.registry.ownership(retired, owners)

    def upload_specs(self, kind: Kind, stage: Stage) -> tuple[MaterialSpec, ...]:
        operation: Operation = operation_for_ship_type(kind.ship_type)
        return ship_specs(self.specs, stage, kind.policy, kind.project, operation)

    # --- rows -----------------------------------------------------------------------------------

    def _application_row(
        self,
        region: Region,
        applicant: Party,
        created_by: str,
        created_at: datetime,
        plan: ShipPlan,
        facts: ShipFacts,
        events: list[Event],
        state: ReviewState,
    ) -> dict[str, Any]:
        city = regions.city_of(region.code)
        assert city is not None
        amount = plan.calculation.amount
        estimate = estimate_of(self.rng, amount)
        county_seen = any(d.level is Level.COUNTY for d in decisions(events))
        dates, identity = plan.dates, plan.identity
        return {
            "id": self.ids(),
            "region_code": region.code,
            "year": self.config.year,
            "note": self.rng.choice(APPLICATION_NOTES),
            "created_on": created_at.date(),
            "created_at": created_at,
            "created_by": created_by,
            "updated_at": updated_at(events, created_at, self.rng),
            **particulars(plan, facts),
            "application_date": dates.application,
            "estimate_amount": estimate,
            "check_amount": check_of(self.rng, amount, estimate) if county_seen else None,
            "machine_amount": amount,
            "machine_formula": plan.calculation.formula,
            "ship_age": plan.calculation.ship_age,
            **review_columns(events, state),
            "applicant_id": applicant.id,
            "form_no": self.identities.form_no(city),
            "deregistration_date": dates.deregistration,
            "dismantle_start": dates.dismantle_start,
            "dismantle_finish": dates.dismantle_finish,
            "refit_from_name": identity.refit_from_name,
            "refit_from_tonnage": identity.refit_from_tonnage,
        }

    def _reviews_and_files(
        self,
        out: Shipped,
        kind: RecordKind,
        row: dict[str, Any],
        events: list[Event],
        state: ReviewState,
        specs: tuple[MaterialSpec, ...],
        applicant: Party,
    ) -> None:
        audit, submissions = review_rows(
            kind, row["id"], row["region_code"], decisions(events), self.history_rng, self.ids
        )
        out.add("review_submissions", *submissions)
        out.add("review_results", *audit)
        uploaded = state.materials_uploaded_at
        if uploaded is None:
            return
        own = self.queues.admits(kind, state, row["region_code"])
        subject = ship_subject(row, applicant) if own else None
        city_pass = state.city.on if state.city.decision is Decision.PASS else None
        archive_at = office_time(city_pass, self.rng) if city_pass else None
        files = self.maker.files(specs, office_time(uploaded, self.rng), subject, archive_at)
        region = row["region_code"]
        out.add("material_files", *material_rows(kind, row["id"], region, files, self.ids))

    def _completion(
        self,
        out: Shipped,
        application: dict[str, Any],
        plan: ShipPlan,
        facts: ShipFacts,
        registry: ShipRegistry,
        province_passed: date,
        applicant: Party,
    ) -> ShipRegistry:
        """The completion of a finished ministry scrapping (page 3-18), judged at its archive
        date ④; returns the registry entries as the completion leaves them."""
        dates = plan.dates
        assert dates.deregistration is not None
        rng = self.rng
        created = later(max(province_passed, dates.deregistration), rng, 1, 15)
        created_at = office_time(created, rng)
        region = regions.get(application["region_code"])
        end = dates.deregistration
        project = ship_project(plan.kind, plan.size, dates.built, end)
        calculation = machine_amount(project, self.table)
        facts = replace(facts, kind=RecordKind.COMPLETION, archive_date=created)
        events, state, _, registry = self._review(
            RecordKind.COMPLETION, self.completion_stages, region, created, facts, registry
        )
        editor = rng.choice(self.accounts.editors(region.code))
        estimate = application["estimate_amount"]
        row = {
            "id": self.ids(),
            "region_code": region.code,
            "year": self.config.year,
            "note": "",
            "created_on": created,
            "created_at": created_at,
            "created_by": editor.account_id,
            "updated_at": updated_at(events, created_at, rng),
            **{key: application[key] for key in PARTICULAR_KEYS},
            "application_date": application["application_date"],
            "estimate_amount": estimate,
            "check_amount": check_of(rng, calculation.amount, estimate),
            "machine_amount": calculation.amount,
            "machine_formula": calculation.formula,
            "ship_age": calculation.ship_age,
            **review_columns(events, state),
            "application_id": application["id"],
            "form_no": application["form_no"],
            "finish_date": end,
            "archive_date": created,
        }
        out.add("completions", row)
        specs = self.upload_specs(plan.kind, Stage.COMPLETION)
        self._reviews_and_files(out, RecordKind.COMPLETION, row, events, state, specs, applicant)
        return registry
