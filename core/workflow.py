"""The review chains and the rules of who may review, modify, delete and upload what.

One module so the server (which enforces) and the desktop (which greys out buttons and explains
why) apply the very same rules (SPEC §5, manual ch. 3.2.3–3.2.5, 3.3–3.6, 4.1–4.5).

Decisions taken where the manual leaves room, with the reason:

* The platform level (平台联审) has no "return": a record either passes the joint review or fails
  it. The failure is stored as ``Decision.RETURN`` at ``Level.PLATFORM`` so the same columns,
  audit entries and clearing rules serve every level; ``ReviewState.joint_review_failed`` reads
  it, and :func:`mark` shows it as "×" instead of "退".
* The joint review is started by the *creating* level (manual 1.4: the county's menu holds
  "申请审核（平台）"), i.e. a county-level account, which includes a city's 市辖区 pseudo-county
  account (its code has the county shape, e.g. 430101). It needs 审核: 外审 accounts are external
  people who review by hand and do not drive the registries.
* A record is locked for modify/delete once the *first manual level* of its chain passed it
  (county for ship records, city for cargo owners and rewards), unless that level returns it.
* Modify and upload clear only the failure and return flags (manual 3.4.4); passes stay. A stale
  platform pass is harmless because the joint review re-checks every record the county has not
  yet decided (manual 3.3 提示1).
* Materials must be uploaded before any level (platform included) may review: a record without
  materials waits for its upload and is in nobody's review queue.
* A level may re-review (e.g. return what it passed, so the creator can modify it) until the next
  level has passed the record; after that its result is no longer its own to change.

Region scoping (is the record inside the actor's region?) is the job of ``core.regions`` and
the declaration window (open/closed/expired) of ``core.declaration``; callers combine them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from core.vocab import Decision, Level, Permission, Policy, Project, RecordKind, RegionLevel

_SHIP_CHAIN = (Level.PLATFORM, Level.COUNTY, Level.CITY, Level.PROVINCE)

CHAINS: Mapping[RecordKind, tuple[Level, ...]] = MappingProxyType(
    {
        RecordKind.APPLICANT: (),
        RecordKind.APPLICATION: _SHIP_CHAIN,
        RecordKind.COMPLETION: _SHIP_CHAIN,
        RecordKind.CARGO_OWNER: (Level.CITY,),
        RecordKind.MONTHLY_REPORT: (),
        RecordKind.REWARD: (Level.CITY, Level.PROVINCE),
    }
)
"""Review levels of each record kind, in the order a record must pass them."""

_REVIEWER_REGION_LEVEL: Mapping[Level, RegionLevel] = MappingProxyType(
    {
        Level.PLATFORM: RegionLevel.COUNTY,
        Level.COUNTY: RegionLevel.COUNTY,
        Level.CITY: RegionLevel.CITY,
        Level.PROVINCE: RegionLevel.PROVINCE,
    }
)

_LEVEL_ORDER: Mapping[Level, int] = MappingProxyType({level: i for i, level in enumerate(Level)})

PASS_MARK = "√"
FAIL_MARK = "×"
RETURN_MARK = "退"

PASS_OPINIONS: tuple[str, ...] = (
    "材料齐全、符合条件、同意上报。",
    "经审核，证书有效、材料真实，同意上报。",
    "资金已复核，符合奖补标准，同意上报。",
    "符合条件，同意。",
)
"""Preset opinions for 同意; the first is the manual's default (page 3-16)."""

RETURN_OPINIONS: tuple[str, ...] = (
    "材料不全，请补正后重新上传。",
    "材料文件名与材料清单不符，请按规定重新命名后上传。",
    "材料扫描件不清晰，请重新扫描后上传。",
    "证书在判断日无效，请核实申请日期或证书后修改。",
    "船舶参数与证书不一致，请核对后修改记录。",
    "资金测算有误，请按奖补标准重新测算。",
)
"""Preset opinions for 退回: each says what is wrong and what to do about it."""

OPINION_MAX_CHARS = 200


class ReviewProgress(StrEnum):
    """Where a record stands in its chain, as a list or a status bar shows it."""

    NO_REVIEW = "无需审核"
    AWAITING_UPLOAD = "待传材料"
    WAITING = "待审"
    JOINT_REVIEW_FAILED = "联审未过"
    RETURNED = "退回待改"
    PASSED = "审核完成"


@dataclass(frozen=True, slots=True)
class LevelResult:
    """The latest result of one level: nothing yet, or a decision and the day it was made."""

    decision: Decision | None = None
    on: date | None = None


_NO_RESULT = LevelResult()


@dataclass(frozen=True, slots=True)
class ReviewState:
    """The review position of one record: latest result per level plus its material upload."""

    platform: LevelResult = _NO_RESULT
    county: LevelResult = _NO_RESULT
    city: LevelResult = _NO_RESULT
    province: LevelResult = _NO_RESULT
    materials_uploaded_at: date | None = None

    def result(self, level: Level) -> LevelResult:
        """The latest result of ``level``."""
        return getattr(self, _FIELD[level])

    def with_result(self, level: Level, result: LevelResult) -> ReviewState:
        """A copy with ``level``'s result replaced."""
        return replace(self, **{_FIELD[level]: result})

    @property
    def joint_review_failed(self) -> bool:
        """联审未过: the platform's latest joint review failed (stored as 退回 at 平台)."""
        return self.platform.decision is Decision.RETURN


_FIELD: Mapping[Level, str] = MappingProxyType(
    {
        Level.PLATFORM: "platform",
        Level.COUNTY: "county",
        Level.CITY: "city",
        Level.PROVINCE: "province",
    }
)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One line of a record's 审核日志: who decided what at which level on which day."""

    level: Level
    decision: Decision
    on: date
    opinion: str
    reviewer: str


@dataclass(frozen=True, slots=True)
class Actor:
    """The logged-in account as the rules need it: region level, permissions, 市辖区 or not.

    ``city_district`` marks a city's 市辖区/州辖区 pseudo-county account (e.g. 430101-1,
    433399-1): the only accounts allowed to handle ministry-policy scrapping (manual 3.2.2).
    The caller knows it from ``core.regions``; it cannot be read off the code shape.
    """

    level: RegionLevel
    permissions: frozenset[Permission]
    city_district: bool = False

    @classmethod
    def from_region_code(
        cls, code: str, permissions: Iterable[Permission], *, city_district: bool = False
    ) -> Actor:
        """Build an actor whose level comes from the 6-digit region code's shape."""
        return cls(region_level_of(code), frozenset(permissions), city_district)


@dataclass(frozen=True, slots=True)
class RecordFacts:
    """What the modify/delete/create/upload rules need to know about one record.

    ``has_children``: dependants exist (applicant → ships; application → its completion;
    cargo owner → monthly reports or rewards).
    ``children_passed``: a dependant already passed its first manual level, as its latest
    result (applicant → any ship passed county; cargo owner and monthly report → the owner's
    reward passed city). A dependant the level returned again does not count.
    ``parent_passed``: the prerequisite for creating it passed (completion → its application
    passed province; monthly report and reward → the cargo owner passed city).
    """

    kind: RecordKind
    state: ReviewState = ReviewState()
    policy: Policy | None = None
    project: Project | None = None
    has_children: bool = False
    children_passed: bool = False
    parent_passed: bool = False


_CODE_RE = re.compile(r"[0-9]{6}")


def region_level_of(code: str) -> RegionLevel:
    """Level of a 6-digit region code by its shape: xx0000 province, xxxx00 city, else county.

    Kept here so this module does not wait on ``core.regions``; a 市辖区 code (430101) is a
    county by shape, which is exactly how the manual treats those accounts.
    """
    if not _CODE_RE.fullmatch(code):
        raise ValueError(f"区划代码“{code}”应为6位数字，例如430100。")
    if code.endswith("0000"):
        return RegionLevel.PROVINCE
    if code.endswith("00"):
        return RegionLevel.CITY
    return RegionLevel.COUNTY


def chain(kind: RecordKind) -> tuple[Level, ...]:
    """The review levels of ``kind`` in order (empty when the kind is not reviewed)."""
    return CHAINS[kind]


def first_manual_level(kind: RecordKind) -> Level | None:
    """The first human level of the chain: its pass locks the record (county / city)."""
    return next((level for level in chain(kind) if level is not Level.PLATFORM), None)


def _first_open(kind: RecordKind, state: ReviewState) -> Level | None:
    """The first level of the chain that has not passed the record."""
    levels = chain(kind)
    return next((lv for lv in levels if state.result(lv).decision is not Decision.PASS), None)


def progress(kind: RecordKind, state: ReviewState) -> ReviewProgress:
    """Where the record stands: waiting at a level, stopped by a failure/return, or done."""
    if not chain(kind):
        return ReviewProgress.NO_REVIEW
    level = _first_open(kind, state)
    if level is None:
        return ReviewProgress.PASSED
    decision = state.result(level).decision
    if decision is Decision.RETURN:
        failed = level is Level.PLATFORM
        return ReviewProgress.JOINT_REVIEW_FAILED if failed else ReviewProgress.RETURNED
    if state.materials_uploaded_at is None:
        return ReviewProgress.AWAITING_UPLOAD
    return ReviewProgress.WAITING


def next_level(kind: RecordKind, state: ReviewState) -> Level | None:
    """The level whose queue holds the record now, or None (done, stopped or no materials)."""
    if progress(kind, state) is not ReviewProgress.WAITING:
        return None
    return _first_open(kind, state)


def can_review(
    kind: RecordKind,
    state: ReviewState,
    level: Level,
    actor_level: RegionLevel,
    permissions: Iterable[Permission],
) -> list[str]:
    """Every reason why this actor may not submit ``level``'s result now; empty = allowed."""
    levels = chain(kind)
    if level not in levels:
        return [f"{kind}没有{level}审核环节，无需在此审核。"]
    return [
        *_reviewer_refusals(level, actor_level, frozenset(permissions)),
        *_record_refusals(levels, state, level),
    ]


def _reviewer_refusals(
    level: Level, actor_level: RegionLevel, permissions: frozenset[Permission]
) -> list[str]:
    """Refusals due to the account: permission and region level."""
    reasons: list[str] = []
    if level is Level.PLATFORM:
        if Permission.REVIEW not in permissions:
            reasons.append(
                "平台联审需要【审核】权限（【外审】账号只能人工审核），请联系管理员开通。"
            )
        if actor_level is not RegionLevel.COUNTY:
            reasons.append(
                f"平台联审由建档的县级（含市州辖区）账号启动，{actor_level}账号不能启动。"
            )
        return reasons
    if not permissions & {Permission.REVIEW, Permission.EXTERNAL_REVIEW}:
        reasons.append("审核需要【审核】或【外审】权限，请联系本级或上级管理员开通。")
    if actor_level is not _REVIEWER_REGION_LEVEL[level]:
        reasons.append(f"{level}审核只能由{level}账号提交，当前登录的是{actor_level}账号。")
    return reasons


def _record_refusals(levels: tuple[Level, ...], state: ReviewState, level: Level) -> list[str]:
    """Refusals due to the record: materials, earlier levels, the next level."""
    reasons: list[str] = []
    if state.materials_uploaded_at is None:
        reasons.append("尚未上传材料压缩包（修改记录后需重传），请先上传材料再审核。")
    index = levels.index(level)
    earlier = _earlier_refusal(levels[:index], state, level)
    if earlier:
        reasons.append(earlier)
    later = _later_refusal(levels[index + 1 : index + 2], state, level)
    if later:
        reasons.append(later)
    return reasons


def _earlier_refusal(earlier: tuple[Level, ...], state: ReviewState, level: Level) -> str | None:
    """The first earlier level that has not passed the record, explained."""
    for previous in earlier:
        decision = state.result(previous).decision
        if decision is Decision.PASS:
            continue
        if decision is Decision.RETURN and previous is Level.PLATFORM:
            return f"平台联审未通过，不能进行{level}审核；请修改记录或重传材料后重新联审。"
        if decision is Decision.RETURN:
            return f"已被{previous}审核退回，需修改记录或重传材料后才能进行{level}审核。"
        return f"尚未通过{previous}审核，不能进行{level}审核。"
    return None


def _later_refusal(following: tuple[Level, ...], state: ReviewState, level: Level) -> str | None:
    """Refuse when the next level has taken the record over."""
    if not following:
        return None
    after = following[0]
    decision = state.result(after).decision
    if level is Level.PLATFORM and decision is not None:
        return "县级已审核（同意或退回），平台联审跳过该记录。"
    if decision is Decision.PASS:
        return f"{after}已审核同意，{level}不能再更改审核结果。"
    return None


def apply_decision(state: ReviewState, level: Level, decision: Decision, on: date) -> ReviewState:
    """The state after ``level`` decided on day ``on``.

    The latest day wins and a second result the same day replaces the first (manual 3.2.7
    提示). A result dated before the stored one is ignored, so an offline queue replayed late
    never overwrites a newer decision.
    """
    current = state.result(level)
    if current.on is not None and on < current.on:
        return state
    return state.with_result(level, LevelResult(decision, on))


def merge_audit(entries: Iterable[AuditEntry], new: AuditEntry) -> tuple[AuditEntry, ...]:
    """The audit log with ``new`` merged: one entry per (level, day), newest first."""
    kept = [e for e in entries if (e.level, e.on) != (new.level, new.on)]
    return newest_first([new, *kept])


def newest_first(entries: Iterable[AuditEntry]) -> tuple[AuditEntry, ...]:
    """Entries by day, newest first; on the same day the later chain level comes first."""
    return tuple(sorted(entries, key=lambda e: (e.on, _LEVEL_ORDER[e.level]), reverse=True))


def _clear_returns(state: ReviewState) -> ReviewState:
    """Drop every 退回 and the 联审未过 flag; passes stay."""
    for level in Level:
        if state.result(level).decision is Decision.RETURN:
            state = state.with_result(level, _NO_RESULT)
    return state


def on_modify(state: ReviewState) -> ReviewState:
    """After a modification: failure and return flags cleared, materials must be re-uploaded."""
    return replace(_clear_returns(state), materials_uploaded_at=None)


def on_upload(state: ReviewState, on: date) -> ReviewState:
    """After a new material upload: flags cleared, the record waits for review again."""
    return replace(_clear_returns(state), materials_uploaded_at=on)


def mark(result: LevelResult, level: Level) -> str:
    """The list-page mark of one level's result (pages 3-6, 3-15): √, × (联审未过), 退 or ""."""
    if result.decision is Decision.PASS:
        return PASS_MARK
    if result.decision is Decision.RETURN:
        return FAIL_MARK if level is Level.PLATFORM else RETURN_MARK
    return ""


def upload_mark(state: ReviewState) -> str:
    """The 上传材料 column: √ uploaded, × not (yet, or again after a modification)."""
    return PASS_MARK if state.materials_uploaded_at is not None else FAIL_MARK


def marks(kind: RecordKind, state: ReviewState) -> dict[Level, str]:
    """The marks of every level of ``kind``'s chain, for one list row."""
    return {level: mark(state.result(level), level) for level in chain(kind)}


def preset_opinions(decision: Decision) -> tuple[str, ...]:
    """The opinions offered in the review dialog's dropdown for ``decision``."""
    return PASS_OPINIONS if decision is Decision.PASS else RETURN_OPINIONS


def compose_opinion(preset: str, note: str) -> str:
    """The stored opinion: the chosen preset and the reviewer's own words (审核说明)."""
    return " ".join(part for part in (preset.strip(), note.strip()) if part)


def opinion_refusal(decision: Decision, opinion: str) -> str | None:
    """Why an opinion cannot be saved, or None: the audit log must say why, briefly."""
    text = opinion.strip()
    if not text:
        hint = "同意" if decision is Decision.PASS else "退回的原因和补正要求"
        return f"请选择预设意见或填写审核说明（{hint}）。"
    if len(text) > OPINION_MAX_CHARS:
        return f"审核意见不能超过{OPINION_MAX_CHARS}个字，当前{len(text)}个字，请精简。"
    return None


def _is_ministry_scrap(facts: RecordFacts) -> bool:
    return facts.policy is Policy.MINISTRY and facts.project is Project.SCRAP


def _edit_permission(actor: Actor) -> list[str]:
    if Permission.EDIT in actor.permissions:
        return []
    return ["需要【编辑】权限才能建档、修改、删除记录或上传材料，请联系管理员开通。"]


def _creator_refusal(facts: RecordFacts, actor: Actor) -> str | None:
    """Whether the actor's region may handle (create/modify/delete/upload) this kind."""
    kind = facts.kind
    if kind is RecordKind.COMPLETION or (
        kind is RecordKind.APPLICATION and _is_ministry_scrap(facts)
    ):
        if actor.city_district:
            return None
        return "部政策拆解船的申请与完结须由市州辖区账号（如430101-1）建档、修改或删除。"
    if kind in (RecordKind.APPLICANT, RecordKind.APPLICATION):
        if actor.level is RegionLevel.COUNTY:
            return None
        return f"{kind}由县级（或市州辖区）账号建档和维护，{actor.level}账号不能操作。"
    if actor.level is RegionLevel.CITY:
        return None
    return f"{kind}由市级账号建档和维护，{actor.level}账号不能操作。"


def _review_lock(facts: RecordFacts, verb: str) -> str | None:
    """The record's own lock: its first manual level passed it and has not returned it."""
    first = first_manual_level(facts.kind)
    if first is None or facts.state.result(first).decision is not Decision.PASS:
        return None
    return f"已通过{first}审核，不能{verb}；如需{verb}，请{first}先退回该记录。"


def _children_lock(facts: RecordFacts, verb: str) -> str | None:
    """Locks coming from dependants that already passed review."""
    if not facts.children_passed:
        return None
    if facts.kind is RecordKind.APPLICANT:
        return f"该申请人已有船舶通过县级审核，不能{verb}；如需{verb}，请县级先退回该船舶。"
    if facts.kind in (RecordKind.CARGO_OWNER, RecordKind.MONTHLY_REPORT):
        return f"该货主的奖励申请已通过市级审核，{facts.kind}不能再{verb}；请市级先退回奖励申请。"
    return None


_PARENT_MISSING: Mapping[RecordKind, str] = MappingProxyType(
    {
        RecordKind.COMPLETION: "拆建申请尚未通过省级审核，不能建档完结记录。",
        RecordKind.MONTHLY_REPORT: "货主尚未通过市级审核，不能填报集装箱月报。",
        RecordKind.REWARD: "货主尚未通过市级审核，不能建档奖励申请。",
    }
)

_CHILDREN_EXIST: Mapping[RecordKind, str] = MappingProxyType(
    {
        RecordKind.APPLICANT: "该申请人名下还有船舶记录，请先删除其全部船舶记录再删除申请人。",
        RecordKind.APPLICATION: "该申请已有完结记录，请先删除完结记录再删除申请。",
        RecordKind.CARGO_OWNER: "该货主已有集装箱月报或奖励申请，请先删除它们再删除货主。",
    }
)


def _present(*reasons: str | None) -> list[str]:
    return [reason for reason in reasons if reason]


def can_create(facts: RecordFacts, actor: Actor) -> list[str]:
    """Every reason why the actor may not create this record; empty = allowed."""
    completion_misfit = None
    if facts.kind is RecordKind.COMPLETION and not _is_ministry_scrap(facts):
        completion_misfit = "只有部政策拆解船需要建档完结记录，其他项目的材料随申请一并上传。"
    parent = None if facts.parent_passed else _PARENT_MISSING.get(facts.kind)
    return [
        *_edit_permission(actor),
        *_present(_creator_refusal(facts, actor), completion_misfit, parent),
    ]


def can_modify(facts: RecordFacts, actor: Actor) -> list[str]:
    """Every reason why the actor may not modify this record; empty = allowed."""
    return [
        *_edit_permission(actor),
        *_present(
            _creator_refusal(facts, actor),
            _review_lock(facts, "修改"),
            _children_lock(facts, "修改"),
        ),
    ]


def can_delete(facts: RecordFacts, actor: Actor) -> list[str]:
    """Every reason why the actor may not delete this record; empty = allowed."""
    children = _CHILDREN_EXIST.get(facts.kind) if facts.has_children else None
    return [
        *_edit_permission(actor),
        *_present(
            _creator_refusal(facts, actor),
            _review_lock(facts, "删除"),
            _children_lock(facts, "删除"),
            children,
        ),
    ]


def can_upload(facts: RecordFacts, actor: Actor) -> list[str]:
    """Every reason why the actor may not upload materials now; empty = allowed.

    A returned or failed record may always be re-uploaded (that is how it is corrected). One
    that passed its first manual level and is not stopped anywhere keeps the materials that
    level approved.
    """
    if facts.kind is RecordKind.APPLICANT:
        return ["拆建申请人没有材料，请在其拆建申请记录上上传材料。"]
    stopped = progress(facts.kind, facts.state) in (
        ReviewProgress.RETURNED,
        ReviewProgress.JOINT_REVIEW_FAILED,
    )
    return [
        *_edit_permission(actor),
        *_present(
            _creator_refusal(facts, actor),
            None if stopped else _review_lock(facts, "替换材料"),
            _children_lock(facts, "替换材料"),
        ),
    ]
