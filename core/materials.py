"""The material list (上传材料及命名规定一览表): which PDFs a record needs, by year, as data.

SPEC §6 and manual §2.2 (page 2-2), §3.2.5, §3.5, §4.1, §4.3.2, §4.4. Every subsidy year has
its own list, edited in the settings dialog and copied to the next year when a year is created
(manual ch. 7.2), so nothing here hard-codes a name: the 2024 list lives in
``core.material_list_2024`` and is only the seed.

Rules the manual states and this module applies:

* A PDF's name must match the list exactly, Chinese parentheses included (§2.2 提示 2). Only
  the case of the extension is tolerated, because the manual itself writes ".Pdf".
* Ministry-policy scrapping (部政策拆解) uploads the application and the completion materials
  in two zips; every other project merges both into the one application zip (§2.2 提示 1).
* "资金申请表（省市归档）.pdf" is uploaded by the city or the province centre, never inside the
  applicant's zip (§2.2 提示 1); it still belongs to the reviewer's list.
* Monthly container-report proofs are named by month, "2024年07月完成量证明材料.pdf" (§4.3.2);
  the list holds one template row whose name carries the YYYY and MM tokens.

Decisions where the manual leaves room, with the reason:

* 经营类别 (operation) is 营运船 or 渡船: the manual's certificates split exactly there — a
  passenger or cargo ship has an operation certificate (营运证) and a waterway-transport licence,
  a ferry has a ferry permit (渡运许可批文) and neither of the others (§0.3, page 3-7).
* Rows of the cargo-owner, monthly-report and reward stages carry no policy, project or
  operation: those stages have none, so their sets are empty and asking with one is an error.
* 1 MB is 1,048,576 bytes, as Windows Explorer counts it, since that is the number the person
  packing the zip compares with the limit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from core.vocab import Policy, Project, Stage

MIB = 1024 * 1024
"""Bytes in the manual's "M"."""

PDF_LIMIT_CEILING_MB = Decimal(20)
"""No PDF may ever exceed 20 MB (SPEC §6), whatever a row or a year says."""

YEAR_TOKEN = "YYYY"
MONTH_TOKEN = "MM"
"""Placeholders of the monthly-proof template row, replaced by the year and the 2-digit month."""

SHIP_STAGES = frozenset({Stage.APPLICATION, Stage.COMPLETION})
"""Stages whose rows apply per policy, project and operation."""

E = TypeVar("E", bound=StrEnum)


class Operation(StrEnum):
    """经营类别 of a ship, the split the certificates follow (see the module docstring)."""

    OPERATING = "营运船"
    FERRY = "渡船"


class MaterialState(StrEnum):
    """What the reviewer's material list shows for one row."""

    PRESENT = "已上传"
    MISSING = "缺少"
    OPTIONAL_ABSENT = "未上传（非必需）"


@dataclass(frozen=True)
class MaterialSpec:
    """One row of the year's material list (page 2-2)."""

    year: int
    code: str
    name: str
    max_mb: Decimal
    stage: Stage
    policies: frozenset[Policy]
    projects: frozenset[Project]
    operations: frozenset[Operation]
    required: bool
    zip_name: str
    uploaded_by_city_or_province: bool = False

    @property
    def max_bytes(self) -> int:
        """The row's own size limit in bytes (not yet capped by the year's PDF limit)."""
        return int(self.max_mb * MIB)

    @property
    def is_monthly_template(self) -> bool:
        """True for the monthly-proof row whose name still carries the YYYY/MM tokens."""
        return self.stage is Stage.MONTHLY_REPORT and MONTH_TOKEN in self.name


@dataclass(frozen=True)
class MaterialStatus:
    """One row of the reviewer's material list: the spec and whether its PDF is there."""

    spec: MaterialSpec
    state: MaterialState

    @property
    def present(self) -> bool:
        return self.state is MaterialState.PRESENT


class MaterialListError(ValueError):
    """A material list that cannot be used; carries every problem found, in Chinese."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("；".join(self.problems))


def match_key(name: str) -> str:
    """The name as compared with the list: only the case of the ".pdf" extension is folded.

    The manual writes ".Pdf" while scanners write ".pdf" or ".PDF"; everything else must match
    exactly, so nothing else is normalised here.
    """
    if name.lower().endswith(".pdf"):
        return name[:-4] + ".pdf"
    return name


def monthly_proof_name(year: int, month: int) -> str:
    """The proof PDF of one month's container report, e.g. "2024年07月完成量证明材料.pdf"."""
    _check_month(month)
    return f"{year}年{month:02d}月完成量证明材料.pdf"


def operation_for_ship_type(ship_type: str) -> Operation:
    """A ship type naming a ferry (客渡船, 车渡船 …) is a 渡船; every other ship is a 营运船."""
    return Operation.FERRY if "渡" in ship_type else Operation.OPERATING


def upload_stages(
    stage: Stage, policy: Policy | None, project: Project | None
) -> tuple[Stage, ...]:
    """The list stages whose rows travel in the zip uploaded for a record of ``stage``.

    Only ministry scrapping has a completion record of its own; for every other project the
    completion materials go into the application zip (manual §2.2 提示 1).
    """
    split = policy is Policy.MINISTRY and project is Project.SCRAP
    if stage is Stage.APPLICATION:
        return (Stage.APPLICATION,) if split else (Stage.APPLICATION, Stage.COMPLETION)
    if stage is Stage.COMPLETION and not split:
        raise ValueError("只有部政策拆解项目单独上传完结材料，其他项目的完结材料随申请材料一并上传")
    return (stage,)


def materials_for(
    specs: Iterable[MaterialSpec],
    stage: Stage,
    policy: Policy | None = None,
    project: Project | None = None,
    operation: Operation | None = None,
    *,
    month: int | None = None,
) -> list[MaterialSpec]:
    """The rows one upload (and the reviewer's list of that record) consists of, in list order.

    Ship stages need policy, project and operation; the monthly stage needs the month, and its
    template row comes back with the concrete name of that month.
    """
    _check_selectors(stage, policy, project, operation, month)
    stages = upload_stages(stage, policy, project)
    chosen = [s for s in specs if s.stage in stages and _applies(s, policy, project, operation)]
    if stage is Stage.MONTHLY_REPORT and month is not None:
        return [expand_monthly(s, month) for s in chosen]
    return chosen


def expand_monthly(spec: MaterialSpec, month: int) -> MaterialSpec:
    """The template row with its name made concrete for one month; other rows unchanged."""
    _check_month(month)
    if not spec.is_monthly_template:
        return spec
    return replace(
        spec,
        name=_fill(spec.name, spec.year, month),
        zip_name=_fill(spec.zip_name, spec.year, month),
    )


def _fill(template: str, year: int, month: int) -> str:
    return template.replace(YEAR_TOKEN, str(year)).replace(MONTH_TOKEN, f"{month:02d}")


def applicant_materials(specs: Iterable[MaterialSpec]) -> list[MaterialSpec]:
    """The rows the applicant's zip may contain: all but those the city or province uploads."""
    return [s for s in specs if not s.uploaded_by_city_or_province]


def suggested_zip_name(
    stage: Stage,
    policy: Policy | None = None,
    project: Project | None = None,
    operation: Operation | None = None,
    *,
    year: int | None = None,
    month: int | None = None,
) -> str:
    """The zip name the upload dialog proposes, in the manual's pattern (page 3-11)."""
    if stage in SHIP_STAGES:
        if project is None or operation is None:
            raise ValueError("船舶材料压缩包的建议名称需要申请项目和经营类别")
        if stage is Stage.COMPLETION:
            return f"完结材料（{project}、{operation}）.zip"
        merged = "" if (policy, project) == (Policy.MINISTRY, Project.SCRAP) else "及完结"
        return f"计划申请{merged}材料（{project}、{operation}、船检安环合一）.zip"
    if stage is Stage.MONTHLY_REPORT:
        if year is None or month is None:
            raise ValueError("月报材料压缩包的建议名称需要年份和月份")
        return monthly_proof_name(year, month)[:-4] + ".zip"
    return {Stage.CARGO_OWNER: "货主申请材料.zip", Stage.REWARD: "奖励申请材料.zip"}[stage]


def material_status(
    specs: Iterable[MaterialSpec], present_names: Iterable[str]
) -> list[MaterialStatus]:
    """Each row of the record's list with present / missing / optional-and-absent."""
    present = {match_key(n) for n in present_names}
    return [MaterialStatus(s, _state(s, match_key(s.name) in present)) for s in specs]


def missing_required(statuses: Iterable[MaterialStatus]) -> list[MaterialSpec]:
    """The required rows whose PDF is not there, for the reviewer's "材料不全" warning."""
    return [st.spec for st in statuses if st.state is MaterialState.MISSING]


def copy_to_year(specs: Iterable[MaterialSpec], year: int) -> list[MaterialSpec]:
    """The list for a new subsidy year: same rows, new year (manual ch. 7.2).

    Names are not rewritten: the monthly template carries the YYYY token, and any other name
    mentioning a year was written that way on purpose by the person who edited the list.
    """
    return [replace(s, year=year) for s in specs]


def _state(spec: MaterialSpec, present: bool) -> MaterialState:
    if present:
        return MaterialState.PRESENT
    return MaterialState.MISSING if spec.required else MaterialState.OPTIONAL_ABSENT


def _applies(
    spec: MaterialSpec,
    policy: Policy | None,
    project: Project | None,
    operation: Operation | None,
) -> bool:
    if spec.stage not in SHIP_STAGES:
        return True
    return policy in spec.policies and project in spec.projects and operation in spec.operations


def _check_selectors(
    stage: Stage,
    policy: Policy | None,
    project: Project | None,
    operation: Operation | None,
    month: int | None,
) -> None:
    ship = (policy, project, operation)
    if stage in SHIP_STAGES and None in ship:
        raise ValueError(f"“{stage}”阶段的材料需要给出补贴政策、申请项目和经营类别")
    if stage not in SHIP_STAGES and ship != (None, None, None):
        raise ValueError(f"“{stage}”阶段的材料不分补贴政策、申请项目和经营类别")
    if stage is Stage.MONTHLY_REPORT and month is None:
        raise ValueError("月报材料需要给出月份")
    if stage is not Stage.MONTHLY_REPORT and month is not None:
        raise ValueError(f"只有月报材料按月份区分，“{stage}”阶段不需要月份")


def _check_month(month: int) -> None:
    if not 1 <= month <= 12:
        raise ValueError(f"月份 {month} 无效，应为 1-12")


# --- validation of an edited list -------------------------------------------------------------


def validate_material_list(specs: Sequence[MaterialSpec]) -> list[str]:
    """Every problem of a list as the settings dialog shows it, all at once; empty when usable."""
    problems = [p for i, s in enumerate(specs, 1) for p in _row_problems(i, s)]
    return problems + _year_problems(specs) + _code_problems(specs) + _name_problems(specs)


def _row_problems(row: int, spec: MaterialSpec) -> list[str]:
    where = f"第 {row} 行“{spec.name}”"
    checks = [
        (not spec.code.strip(), f"{where}缺少编码，请填写编码"),
        (not spec.name.lower().endswith(".pdf"), f"{where}的材料文件名必须以 .pdf 结尾"),
        (
            any(c in spec.name for c in "()"),
            f"{where}使用了英文括号，材料文件名应使用中文圆括号“（）”",
        ),
        (any(c in spec.name for c in "/\\"), f"{where}的材料文件名不能包含“/”或“\\”"),
        (
            not Decimal(0) < spec.max_mb <= PDF_LIMIT_CEILING_MB,
            f"{where}的大小上限 {format_mb(spec.max_mb)} MB 无效，应大于 0 且不超过 20 MB",
        ),
        (not spec.zip_name.lower().endswith(".zip"), f"{where}的 Zip 包文件名必须以 .zip 结尾"),
    ]
    return [message for failed, message in checks if failed] + _scope_problems(where, spec)


def _scope_problems(where: str, spec: MaterialSpec) -> list[str]:
    ship = spec.stage in SHIP_STAGES
    sets = (spec.policies, spec.projects, spec.operations)
    tokens = YEAR_TOKEN in spec.name and MONTH_TOKEN in spec.name
    checks = [
        (
            ship and not all(sets),
            f"{where}属于“{spec.stage}”阶段，必须选择补贴政策、申报项目类别和经营类别",
        ),
        (
            not ship and any(sets),
            f"{where}属于“{spec.stage}”阶段，不应选择补贴政策、申报项目类别或经营类别",
        ),
        (
            spec.stage is Stage.MONTHLY_REPORT and not tokens,
            f"{where}是月报证明材料，文件名应写成“YYYY年MM月完成量证明材料.pdf”的形式",
        ),
        (
            spec.uploaded_by_city_or_province and not ship,
            f"{where}只有拆建材料才可能由市州或省中心上传",
        ),
    ]
    return [message for failed, message in checks if failed]


def _year_problems(specs: Sequence[MaterialSpec]) -> list[str]:
    years = sorted({s.year for s in specs})
    if len(years) > 1:
        return [f"一个材料清单只能属于一个年份，现有 {'、'.join(map(str, years))} 年"]
    return []


def _code_problems(specs: Sequence[MaterialSpec]) -> list[str]:
    seen: dict[str, int] = {}
    for s in specs:
        seen[s.code] = seen.get(s.code, 0) + 1
    return [f"编码“{code}”重复了 {n} 次，每行的编码必须不同" for code, n in seen.items() if n > 1]


def _name_problems(specs: Sequence[MaterialSpec]) -> list[str]:
    problems = []
    for i, a in enumerate(specs):
        for b in specs[i + 1 :]:
            if match_key(a.name) == match_key(b.name) and _overlap(a, b):
                problems.append(
                    f"编码“{a.code}”和“{b.code}”的材料文件名都是“{a.name}”且适用范围重叠，"
                    "同一次上传中无法区分，请改名或调整适用范围"
                )
    return problems


def _overlap(a: MaterialSpec, b: MaterialSpec) -> bool:
    if a.stage in SHIP_STAGES and b.stage in SHIP_STAGES:
        return bool(
            a.policies & b.policies and a.projects & b.projects and a.operations & b.operations
        )
    return a.stage is b.stage


# --- plain dicts for storage ------------------------------------------------------------------


def spec_to_dict(spec: MaterialSpec) -> dict[str, object]:
    """A JSON-ready dict: enums as their Chinese values in vocabulary order, Decimal as text."""
    return {
        "year": spec.year,
        "code": spec.code,
        "name": spec.name,
        "max_mb": str(spec.max_mb),
        "stage": spec.stage.value,
        "policies": _ordered(Policy, spec.policies),
        "projects": _ordered(Project, spec.projects),
        "operations": _ordered(Operation, spec.operations),
        "required": spec.required,
        "zip_name": spec.zip_name,
        "uploaded_by_city_or_province": spec.uploaded_by_city_or_province,
    }


def specs_to_dicts(specs: Iterable[MaterialSpec]) -> list[dict[str, object]]:
    return [spec_to_dict(s) for s in specs]


def specs_from_dicts(rows: Sequence[Mapping[str, object]]) -> list[MaterialSpec]:
    """Parse a stored list; raises MaterialListError naming every bad field and rule at once."""
    problems: list[str] = []
    specs: list[MaterialSpec] = []
    for i, row in enumerate(rows, 1):
        parsed = _parse_row(row, f"第 {i} 行", problems)
        if parsed is not None:
            specs.append(parsed)
    if not problems:
        problems = validate_material_list(specs)
    if problems:
        raise MaterialListError(problems)
    return specs


def spec_from_dict(row: Mapping[str, object]) -> MaterialSpec:
    """Parse one stored row; raises MaterialListError with every problem of that row."""
    return specs_from_dicts([row])[0]


def _parse_row(row: Mapping[str, object], where: str, problems: list[str]) -> MaterialSpec | None:
    start = len(problems)
    fields: dict[str, Any] = {
        "year": _field(row, "year", int, where, problems),
        "code": _field(row, "code", str, where, problems),
        "name": _field(row, "name", str, where, problems),
        "max_mb": _decimal(row, where, problems),
        "stage": _enum(row, "stage", Stage, where, problems),
        "policies": _enum_set(row, "policies", Policy, where, problems),
        "projects": _enum_set(row, "projects", Project, where, problems),
        "operations": _enum_set(row, "operations", Operation, where, problems),
        "required": _field(row, "required", bool, where, problems),
        "zip_name": _field(row, "zip_name", str, where, problems),
        "uploaded_by_city_or_province": _field(
            row, "uploaded_by_city_or_province", bool, where, problems
        ),
    }
    return None if len(problems) > start else MaterialSpec(**fields)


def _field(
    row: Mapping[str, object], key: str, kind: type, where: str, problems: list[str]
) -> object:
    value = row.get(key)
    if type(value) is not kind:
        problems.append(f"{where}的“{key}”应为{_KIND_WORDS[kind]}，实际为 {value!r}")
    return value


_KIND_WORDS = {int: "整数", str: "文字", bool: "是/否"}


def _decimal(row: Mapping[str, object], where: str, problems: list[str]) -> Decimal | None:
    value = row.get("max_mb")
    try:
        if isinstance(value, str | int) and not isinstance(value, bool):
            parsed = Decimal(value)
            if parsed.is_finite():
                return parsed
    except InvalidOperation:
        pass
    problems.append(f"{where}的“max_mb”应为数字，实际为 {value!r}")
    return None


def _enum(
    row: Mapping[str, object], key: str, kind: type[E], where: str, problems: list[str]
) -> E | None:
    value = row.get(key)
    try:
        return kind(value)
    except ValueError:
        allowed = "、".join(m.value for m in kind)
        problems.append(f"{where}的“{key}”值 {value!r} 无效，应为 {allowed} 之一")
        return None


def _enum_set(
    row: Mapping[str, object], key: str, kind: type[E], where: str, problems: list[str]
) -> frozenset[E]:
    values = row.get(key)
    if not isinstance(values, list | tuple):
        problems.append(f"{where}的“{key}”应为列表，实际为 {values!r}")
        return frozenset()
    members = [_enum({key: v}, key, kind, where, problems) for v in values]
    return frozenset(m for m in members if m is not None)


def _ordered(kind: type[E], members: frozenset[E]) -> list[str]:
    return [m.value for m in kind if m in members]


def format_mb(value: Decimal) -> str:
    """A limit as written in the list: 10, 0.5 — no trailing zeros."""
    return format(value.normalize(), "f")
