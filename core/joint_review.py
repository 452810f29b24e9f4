"""Platform joint review (平台联审): which certificates must be valid at which judgment date, and
the problem texts a failed check leaves on the record.

SPEC §5 and manual §0.3, §3.3, §3.6. The registries (水路运政库 licences and operation
certificates, 船舶登记库 ownership, 船检登记库 inspection) are server tables; the server hands
their rows to this module as plain entries and this module decides. The desktop shows the same
texts with their marks, so they are written once, here (``Finding``).

The judgment dates (manual §0.3.3) and what each policy × project proves on them:

=====================  ==================================================================
省 拆解 (application)   ① ship registered; ② deregistration record; ③ licence and ship valid
省 改建 (application)   ① licence valid and ship registered; ② licence and ship valid
省 新建 (application)   ① licence valid; ② licence and ship valid
部 拆解/更新/新建        ② licence and ship valid
部 拆解 (completion)    ④ deregistration record
=====================  ==================================================================

"Registered" (注册登记) is the ownership registration and the operation certificate (营运证) in
force that day — the manual's own example "营运证无效①" is a certificate judged on the policy
date, which only the registration check does; "ship valid" adds the inspection certificate;
"licence valid" is the operator's waterway-transport licence; "deregistration record" is an
ownership deregistration and an operation-certificate cancellation on or before that day
(§0.3.2).

Every check on every date reports its own finding with that date's mark, as §3.3 提示 3 asks.
The texts follow the manual's two examples:

* "许可证号或经营人名错②" — no licence with this operator *and* number in force that day; the
  manual lists a different name, a different number, none at all and a cancelled one alike.
* "营运证无效①" — the certificate of this ship name and number is not in force that day;
  "营运证号或船名错①" when no certificate has both this name and number (提示 2: "名称和编号
  有一个不同时，认为编号或名称错误").
* "无所有权登记①", "船检证书无效③", "无注销记录②" for the other registries.
* "缺少拆解开工日③" when the record lacks a date a check needs: it cannot pass unjudged.

Decisions where the manual leaves room, with the reason:

* A ferry (渡船) has a ferry permit (渡运许可批文) instead of an operation certificate and a
  licence, and §0.3.1 leaves that permit to the human reviewer: ferries skip both.
* Ownership and inspection registries are consulted only when the declaration status in force
  says so (``Checks``); the operation-certificate side of a deregistration still counts.
* Province-policy 更新 is not a project the province policy funds; should one exist it is
  judged like 新建 (a new ship replacing an old one). Ministry-policy 改建 likewise is judged
  like the other ministry projects. Completions exist only for ministry scrapping
  (``core.workflow``); any other completion is refused with a reason instead of passing
  unchecked.
* Matching ignores typography, never identity: whitespace, full-width versus half-width
  characters, the bracket style of a document number (（）〔〕[] are one) and the case of Latin
  letters. Registry extracts and hand-typed records differ in exactly these ways.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import Generic, TypeVar

from core.materials import Operation
from core.vocab import JudgmentDate, Policy, Project, RecordKind

POLICY_DATE = date(2023, 7, 21)
"""① 政策出台日: the province policy 湘政办发〔2023〕29号 was issued on this day (§0.3.3)."""

PROBLEM_SEPARATOR = "；"
PASS_OPINION = "平台联审通过：证书在各判断日均有效。"


class Finding(StrEnum):
    """What a failed check says, without its date mark (the manual's wording, §3.3 提示 3)."""

    LICENCE = "许可证号或经营人名错"
    CERTIFICATE_MISMATCH = "营运证号或船名错"
    CERTIFICATE_INVALID = "营运证无效"
    NOT_REGISTERED = "无所有权登记"
    INSPECTION_INVALID = "船检证书无效"
    NOT_DEREGISTERED = "无注销记录"
    DATE_MISSING = "缺少"


DATE_LABELS: Mapping[JudgmentDate, str] = MappingProxyType(
    {
        JudgmentDate.POLICY: "政策出台日",
        JudgmentDate.APPLICATION: "申请日期",
        JudgmentDate.DISMANTLING_START: "拆解开工日",
        JudgmentDate.ARCHIVE: "完结归档日",
    }
)
"""The names of the judgment dates, as the legend under a joint-review result shows them."""


class Check(StrEnum):
    """What a judgment date must prove (manual §0.3.2)."""

    REGISTERED = "船舶注册登记"
    LICENCE = "经营许可有效"
    SHIP = "船舶有效"
    DEREGISTERED = "有注销记录"


@dataclass(frozen=True, slots=True)
class Requirement:
    """One check on one judgment date."""

    on: JudgmentDate
    check: Check


def _rules(*pairs: tuple[JudgmentDate, Check]) -> tuple[Requirement, ...]:
    return tuple(Requirement(on, check) for on, check in pairs)


_D1, _D2, _D3, _D4 = (
    JudgmentDate.POLICY,
    JudgmentDate.APPLICATION,
    JudgmentDate.DISMANTLING_START,
    JudgmentDate.ARCHIVE,
)
_PROVINCE_BUILD = _rules((_D1, Check.LICENCE), (_D2, Check.LICENCE), (_D2, Check.SHIP))
_MINISTRY = _rules((_D2, Check.LICENCE), (_D2, Check.SHIP))

APPLICATION_RULES: Mapping[tuple[Policy, Project], tuple[Requirement, ...]] = MappingProxyType(
    {
        (Policy.PROVINCE, Project.SCRAP): _rules(
            (_D1, Check.REGISTERED),
            (_D2, Check.DEREGISTERED),
            (_D3, Check.LICENCE),
            (_D3, Check.SHIP),
        ),
        (Policy.PROVINCE, Project.REFIT): _rules(
            (_D1, Check.LICENCE),
            (_D1, Check.REGISTERED),
            (_D2, Check.LICENCE),
            (_D2, Check.SHIP),
        ),
        (Policy.PROVINCE, Project.NEW): _PROVINCE_BUILD,
        (Policy.PROVINCE, Project.RENEW): _PROVINCE_BUILD,
        (Policy.MINISTRY, Project.SCRAP): _MINISTRY,
        (Policy.MINISTRY, Project.RENEW): _MINISTRY,
        (Policy.MINISTRY, Project.NEW): _MINISTRY,
        (Policy.MINISTRY, Project.REFIT): _MINISTRY,
    }
)
"""What an application proves on which date, per policy and project (module docstring)."""

COMPLETION_RULES: Mapping[tuple[Policy, Project], tuple[Requirement, ...]] = MappingProxyType(
    {(Policy.MINISTRY, Project.SCRAP): _rules((_D4, Check.DEREGISTERED))}
)
"""What a completion proves: only ministry scrapping has completion records."""


def requirements(kind: RecordKind, policy: Policy, project: Project) -> tuple[Requirement, ...]:
    """The checks of a record, in date order; ValueError (Chinese) for a record with none."""
    if kind is RecordKind.APPLICATION:
        return APPLICATION_RULES[(policy, project)]
    if kind is RecordKind.COMPLETION:
        rules = COMPLETION_RULES.get((policy, project))
        if rules is None:
            raise ValueError(
                f"只有部政策拆解项目有完结记录，{policy}政策{project}项目的完结记录无法联审"
            )
        return rules
    raise ValueError(f"{kind}不参加平台联审，只有拆建申请和拆建完结参加")


# --- registry entries -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LicenceEntry:
    """水路运政库: an operator's waterway-transport licence."""

    operator: str
    licence_no: str
    valid_from: date
    valid_until: date
    cancelled_on: date | None = None

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day <= self.valid_until and not _cancelled(self.cancelled_on, day)


@dataclass(frozen=True, slots=True)
class CertificateEntry:
    """水路运政库: a ship's operation certificate (营运证)."""

    ship_name: str
    certificate_no: str
    issued_on: date
    expires_on: date
    cancelled_on: date | None = None

    def valid_on(self, day: date) -> bool:
        return self.issued_on <= day <= self.expires_on and not _cancelled(self.cancelled_on, day)

    def cancelled_by(self, day: date) -> bool:
        return _cancelled(self.cancelled_on, day)


@dataclass(frozen=True, slots=True)
class OwnershipEntry:
    """船舶登记库: an ownership registration and, once deregistered, its deregistration day."""

    ship_name: str
    ship_id_no: str
    registered_on: date
    deregistered_on: date | None = None

    def registered_on_day(self, day: date) -> bool:
        return self.registered_on <= day and not _cancelled(self.deregistered_on, day)

    def deregistered_by(self, day: date) -> bool:
        return _cancelled(self.deregistered_on, day)


@dataclass(frozen=True, slots=True)
class InspectionEntry:
    """船检登记库: an inspection certificate and the days it is valid."""

    ship_name: str
    ship_id_no: str
    inspected_on: date
    valid_until: date

    def valid_on(self, day: date) -> bool:
        return self.inspected_on <= day <= self.valid_until


def _cancelled(cancelled_on: date | None, day: date) -> bool:
    """A cancellation counts from its own day on: cancelled on the 21st is invalid on the 21st."""
    return cancelled_on is not None and cancelled_on <= day


_BRACKETS = str.maketrans({"〔": "(", "〕": ")", "[": "(", "]": ")", "【": "(", "】": ")"})


def match_key(text: str) -> str:
    """A name or number as matched (module docstring): typography folded, identity kept."""
    folded = unicodedata.normalize("NFKC", text).translate(_BRACKETS).upper()
    return "".join(folded.split())


E = TypeVar("E")


class _PairIndex(Generic[E]):
    """Entries by the matching key of their (name, number) pair."""

    def __init__(self, pairs: Iterable[tuple[str, str, E]]) -> None:
        self._by_pair: dict[tuple[str, str], list[E]] = {}
        for name, number, entry in pairs:
            self._by_pair.setdefault((match_key(name), match_key(number)), []).append(entry)

    def find(self, name: str, number: str) -> tuple[E, ...]:
        if not name.strip() or not number.strip():
            return ()
        return tuple(self._by_pair.get((match_key(name), match_key(number)), ()))


class Registries:
    """The four registries, indexed for matching by the pairs the manual names (§3.3 提示 2)."""

    def __init__(
        self,
        licences: Iterable[LicenceEntry] = (),
        certificates: Iterable[CertificateEntry] = (),
        ownerships: Iterable[OwnershipEntry] = (),
        inspections: Iterable[InspectionEntry] = (),
    ) -> None:
        self._licences = _PairIndex((e.operator, e.licence_no, e) for e in licences)
        self._certificates = _PairIndex((e.ship_name, e.certificate_no, e) for e in certificates)
        self._ownerships = _PairIndex((e.ship_name, e.ship_id_no, e) for e in ownerships)
        self._inspections = _PairIndex((e.ship_name, e.ship_id_no, e) for e in inspections)

    def licences(self, operator: str, licence_no: str) -> tuple[LicenceEntry, ...]:
        """Licences matching "经营人 + 许可证号" (both parts)."""
        return self._licences.find(operator, licence_no)

    def certificates(self, ship_name: str, certificate_no: str) -> tuple[CertificateEntry, ...]:
        """Operation certificates matching "船名 + 营运证号" (both parts)."""
        return self._certificates.find(ship_name, certificate_no)

    def ownerships(self, ship_name: str, ship_id_no: str) -> tuple[OwnershipEntry, ...]:
        """Ownership registrations of the ship (船名 + 船舶识别号)."""
        return self._ownerships.find(ship_name, ship_id_no)

    def inspections(self, ship_name: str, ship_id_no: str) -> tuple[InspectionEntry, ...]:
        """Inspection certificates of the ship (船名 + 船舶识别号)."""
        return self._inspections.find(ship_name, ship_id_no)


# --- the record and the result ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Checks:
    """Which optional registries the declaration status in force asks for (SPEC §4)."""

    ownership: bool = True
    inspection: bool = True


EVERY_REGISTRY = Checks()


@dataclass(frozen=True, slots=True)
class ShipFacts:
    """The fields of an application or completion the joint review reads."""

    kind: RecordKind
    policy: Policy
    project: Project
    operation: Operation
    ship_name: str
    operator: str = ""
    licence_no: str = ""
    operation_cert_no: str = ""
    ship_id_no: str = ""
    application_date: date | None = None
    dismantle_start: date | None = None
    archive_date: date | None = None

    def day(self, on: JudgmentDate) -> date | None:
        """The record's date for a judgment date mark (① is the same for every record)."""
        return {
            JudgmentDate.POLICY: POLICY_DATE,
            JudgmentDate.APPLICATION: self.application_date,
            JudgmentDate.DISMANTLING_START: self.dismantle_start,
            JudgmentDate.ARCHIVE: self.archive_date,
        }[on]


@dataclass(frozen=True, slots=True)
class Problem:
    """One failed check: what failed and on which judgment date."""

    finding: Finding
    on: JudgmentDate

    @property
    def text(self) -> str:
        """As the manual writes it: "营运证无效①", "缺少拆解开工日③"."""
        if self.finding is Finding.DATE_MISSING:
            return f"{self.finding}{DATE_LABELS[self.on]}{self.on}"
        return f"{self.finding}{self.on}"


@dataclass(frozen=True, slots=True)
class Outcome:
    """The joint review of one record: passed when no check failed."""

    problems: tuple[Problem, ...]

    @property
    def passed(self) -> bool:
        return not self.problems

    @property
    def texts(self) -> list[str]:
        return [p.text for p in self.problems]

    @property
    def opinion(self) -> str:
        """The audit-log opinion and the record's problem column: every problem, or the pass."""
        return PROBLEM_SEPARATOR.join(self.texts) if self.problems else PASS_OPINION


def review_ship(
    facts: ShipFacts, registries: Registries, checks: Checks = EVERY_REGISTRY
) -> Outcome:
    """Judge one record against the registries; raises ValueError when it has no rules."""
    judge = _Judge(facts, registries, checks)
    problems: list[Problem] = []
    for requirement in requirements(facts.kind, facts.policy, facts.project):
        day = facts.day(requirement.on)
        if day is None:
            missing = Problem(Finding.DATE_MISSING, requirement.on)
            problems += [] if missing in problems else [missing]
            continue
        problems += [Problem(f, requirement.on) for f in _CHECKS[requirement.check](judge, day)]
    return Outcome(tuple(problems))


@dataclass(frozen=True)
class _Judge:
    """The checks of one record on one day, each returning its findings (none when valid)."""

    facts: ShipFacts
    registries: Registries
    checks: Checks

    @property
    def ferry(self) -> bool:
        return self.facts.operation is Operation.FERRY

    def licence(self, day: date) -> list[Finding]:
        """经营许可有效: a licence of this operator and number in force (ferries: by hand)."""
        if self.ferry:
            return []
        found = self.registries.licences(self.facts.operator, self.facts.licence_no)
        return [] if any(e.valid_on(day) for e in found) else [Finding.LICENCE]

    def registered(self, day: date) -> list[Finding]:
        """注册登记: the ownership registration and (not for ferries) the operation certificate."""
        return self._ownership(day) + self._certificate(day)

    def ship(self, day: date) -> list[Finding]:
        """船舶有效: registered as above, and its inspection certificate valid."""
        return self.registered(day) + self._inspection(day)

    def deregistered(self, day: date) -> list[Finding]:
        """注销记录: ownership deregistered and (not for ferries) the certificate cancelled."""
        gone = True
        if self.checks.ownership:
            ownerships = self.registries.ownerships(self.facts.ship_name, self.facts.ship_id_no)
            gone = any(e.deregistered_by(day) for e in ownerships)
        if not self.ferry:
            certificates = self._certificates()
            if not certificates:
                return [Finding.CERTIFICATE_MISMATCH]
            gone = gone and any(e.cancelled_by(day) for e in certificates)
        return [] if gone else [Finding.NOT_DEREGISTERED]

    def _certificates(self) -> tuple[CertificateEntry, ...]:
        return self.registries.certificates(self.facts.ship_name, self.facts.operation_cert_no)

    def _ownership(self, day: date) -> list[Finding]:
        if not self.checks.ownership:
            return []
        found = self.registries.ownerships(self.facts.ship_name, self.facts.ship_id_no)
        return [] if any(e.registered_on_day(day) for e in found) else [Finding.NOT_REGISTERED]

    def _certificate(self, day: date) -> list[Finding]:
        if self.ferry:
            return []
        found = self._certificates()
        if not found:
            return [Finding.CERTIFICATE_MISMATCH]
        return [] if any(e.valid_on(day) for e in found) else [Finding.CERTIFICATE_INVALID]

    def _inspection(self, day: date) -> list[Finding]:
        if not self.checks.inspection:
            return []
        found = self.registries.inspections(self.facts.ship_name, self.facts.ship_id_no)
        return [] if any(e.valid_on(day) for e in found) else [Finding.INSPECTION_INVALID]


_CHECKS: Mapping[Check, Callable[[_Judge, date], list[Finding]]] = MappingProxyType(
    {
        Check.REGISTERED: _Judge.registered,
        Check.LICENCE: _Judge.licence,
        Check.SHIP: _Judge.ship,
        Check.DEREGISTERED: _Judge.deregistered,
    }
)
