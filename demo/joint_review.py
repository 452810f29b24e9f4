"""Registry facts of one ship, and how the demo makes a record fail the joint review.

The registries must agree with every record the platform passed and disagree, in the ways the
manual describes (§3.3: "许可证号或经营人名错②", "营运证无效①"), with the records it failed.
The demo therefore keeps each ship's registry entries (``core.joint_review``'s own entry types),
*rigs* them when a record is to fail — a mistyped licence number on the form, an operation
certificate cancelled before the judgment date, a missing ownership registration, an expired
inspection, a ship not yet deregistered — and then asks ``core.joint_review.review_ship`` what
it finds. The stored problem texts are that verdict, never written by hand, so the demo and the
server's joint review can never disagree about a record.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from core.joint_review import (
    POLICY_DATE,
    CertificateEntry,
    Check,
    InspectionEntry,
    LicenceEntry,
    Outcome,
    OwnershipEntry,
    Registries,
    ShipFacts,
    requirements,
    review_ship,
)
from core.materials import Operation


@dataclass(frozen=True)
class ShipRegistry:
    """What the registries hold about one ship (None: no such entry).

    ``owner`` and ``operator`` are the registry columns the entries of ``core`` do not carry.
    """

    licence: LicenceEntry | None
    certificate: CertificateEntry | None
    ownership: OwnershipEntry | None
    inspection: InspectionEntry | None
    inspection_no: str
    owner: str
    operator: str

    def registries(self) -> Registries:
        """The entries as ``core.joint_review`` matches them."""
        return Registries(
            [self.licence] if self.licence else [],
            [self.certificate] if self.certificate else [],
            [self.ownership] if self.ownership else [],
            [self.inspection] if self.inspection else [],
        )


def judge(facts: ShipFacts, registry: ShipRegistry) -> Outcome:
    """The joint review's verdict on one record against its ship's registry entries."""
    return review_ship(facts, registry.registries())


def mistype(number: str, rng: random.Random) -> str:
    """A number with one digit typed wrong: the commonest cause of a failed review."""
    positions = [i for i, ch in enumerate(number) if ch.isdigit()]
    index = rng.choice(positions)
    wrong = rng.choice([d for d in "0123456789" if d != number[index]])
    return number[:index] + wrong + number[index + 1 :]


class Fault(StrEnum):
    """The ways the demo makes a record fail, as the manual describes them (§3.3)."""

    LICENCE_MISTYPED = "许可证号填错"
    CERTIFICATE_CANCELLED = "营运证在判断日前已注销"
    CERTIFICATE_LATE = "营运证在判断日后才发放"
    CERTIFICATE_MISTYPED = "营运证号填错"
    NOT_REGISTERED = "无所有权登记"
    INSPECTION_EXPIRED = "船检证书过期"
    NOT_DEREGISTERED = "尚未注销"


SHOWCASE: tuple[Fault, ...] = (
    Fault.LICENCE_MISTYPED,
    Fault.CERTIFICATE_CANCELLED,
    Fault.NOT_REGISTERED,
)
"""The mismatches every demo shows at least once among its failed records (manual §3.3)."""


def faults_for(check: Check, day: date, facts: ShipFacts) -> tuple[Fault, ...]:
    """The faults that break ``check`` on ``day`` for this record."""
    ferry = facts.operation is Operation.FERRY
    if check is Check.LICENCE:
        return () if ferry or not facts.operator else (Fault.LICENCE_MISTYPED,)
    if check is Check.DEREGISTERED:
        return (Fault.NOT_DEREGISTERED,)
    found = [Fault.NOT_REGISTERED]
    if not ferry:
        found.append(Fault.CERTIFICATE_MISTYPED)
        found.append(Fault.CERTIFICATE_LATE if day <= POLICY_DATE else Fault.CERTIFICATE_CANCELLED)
    if check is Check.SHIP:
        found.append(Fault.INSPECTION_EXPIRED)
    return tuple(found)


def _certificate_changed(registry: ShipRegistry, **changes: Any) -> ShipRegistry:
    assert registry.certificate is not None
    return replace(registry, certificate=replace(registry.certificate, **changes))


def _apply(
    fault: Fault, day: date, facts: ShipFacts, registry: ShipRegistry, rng: random.Random
) -> tuple[ShipFacts, ShipRegistry]:
    """The record's form or registry entries with ``fault`` made true on ``day``."""
    if fault is Fault.LICENCE_MISTYPED:
        return replace(facts, licence_no=mistype(facts.licence_no, rng)), registry
    if fault is Fault.NOT_REGISTERED:
        return facts, replace(registry, ownership=None)
    if fault is Fault.NOT_DEREGISTERED:
        ownership = registry.ownership and replace(registry.ownership, deregistered_on=None)
        certificate = registry.certificate and replace(registry.certificate, cancelled_on=None)
        return facts, replace(registry, ownership=ownership, certificate=certificate)
    if fault is Fault.INSPECTION_EXPIRED:
        assert registry.inspection is not None
        until = day - timedelta(days=rng.randint(5, 150))
        inspected = until - timedelta(days=365 * rng.randint(2, 4))
        inspection = replace(registry.inspection, inspected_on=inspected, valid_until=until)
        return facts, replace(registry, inspection=inspection)
    assert registry.certificate is not None
    if fault is Fault.CERTIFICATE_MISTYPED:
        number = mistype(registry.certificate.certificate_no, rng)
        return facts, _certificate_changed(registry, certificate_no=number)
    if fault is Fault.CERTIFICATE_LATE:
        issued = day + timedelta(days=rng.randint(10, 90))
        return facts, _certificate_changed(registry, issued_on=issued)
    cancelled = day - timedelta(days=rng.randint(1, 60))
    issued = min(registry.certificate.issued_on, cancelled - timedelta(days=400))
    return facts, _certificate_changed(registry, issued_on=issued, cancelled_on=cancelled)


@dataclass(frozen=True)
class Rigged:
    """A record made to fail: its licence number on the form, the registry facts, the verdict."""

    licence_no: str
    registry: ShipRegistry
    outcome: Outcome


def _occasions(facts: ShipFacts) -> list[tuple[date, Check]]:
    """The record's (judgment day, check) pairs, per ``core.joint_review.requirements``."""
    found = []
    for requirement in requirements(facts.kind, facts.policy, facts.project):
        day = facts.day(requirement.on)
        if day is not None:
            found.append((day, requirement.check))
    return found


def rig_failure(facts: ShipFacts, registry: ShipRegistry, rng: random.Random) -> Rigged:
    """Break one (sometimes two) of the record's checks; the verdict is ``core``'s."""
    occasions = _occasions(facts)
    rng.shuffle(occasions)
    wanted = 1 if rng.random() < 0.75 else 2
    for day, check in occasions:
        faults = faults_for(check, day, facts)
        if faults:
            facts, registry = _apply(rng.choice(faults), day, facts, registry, rng)
            if len(judge(facts, registry).problems) >= wanted:
                break
    outcome = judge(facts, registry)
    if outcome.passed:
        raise ValueError(f"无法构造联审不通过的演示记录：{facts}")
    return Rigged(facts.licence_no, registry, outcome)


def rig_fault(
    fault: Fault, facts: ShipFacts, registry: ShipRegistry, rng: random.Random
) -> Rigged | None:
    """Make the record fail by ``fault`` alone, or None when the record cannot have it
    (a ferry has no licence to mistype)."""
    for day, check in _occasions(facts):
        if fault in faults_for(check, day, facts):
            facts, registry = _apply(fault, day, facts, registry, rng)
            return Rigged(facts.licence_no, registry, judge(facts, registry))
    return None
