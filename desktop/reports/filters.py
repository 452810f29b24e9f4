"""The choices of the report pages (manual ch. 6): year, region, the zero-row and summary-row
rules, policy, ship scope, stage, review level and fund kind.

One filter object serves every report so the UI has one filter panel; each report reads the
choices its page offers and says which in its subtitle. Decisions where the manual names a
choice without listing its options, with the reason:

* 零行规则 — show or hide regions without records. Hidden by default: page 6-1 lists only
  regions that have records.
* 汇总行显示规则 — which summary rows appear: all of them, all but the county subtotals (when
  most counties have a ship or two the subtotals only repeat the detail), only the summary
  rows (the one-page overview a leader asks for) or only the details (for re-sorting in Excel).
* 船舶范围 — the ship's 控制状态 (自有/挂靠/光租): page 3-4 singles out 自有 ships in its counts
  and funds, so it is the scope the reviewers distinguish.
* 审核层次 — the records that passed that level; "all records" when none is chosen.
* 资金类别 (page 6-4) — which of the three amounts the cargo table sums: 测算, 复核 or 机算.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from core import regions
from core.regions import Region
from core.vocab import ControlStatus, Level, Policy, RegionLevel, Stage


class ZeroRule(StrEnum):
    """零行规则: whether regions without any record get a (zero) row."""

    HIDE = "不显示零行"
    SHOW = "显示零行"


class SummaryRule(StrEnum):
    """汇总行显示规则: which of the total/subtotal and detail rows a table shows."""

    ALL = "显示汇总行与明细行"
    WITHOUT_COUNTY = "不显示县小计行"
    SUMMARY_ONLY = "只显示汇总行"
    DETAIL_ONLY = "只显示明细行"

    @property
    def details(self) -> bool:
        return self is not SummaryRule.SUMMARY_ONLY

    @property
    def summaries(self) -> bool:
        return self is not SummaryRule.DETAIL_ONLY


class ShipScope(StrEnum):
    """船舶范围: all ships or those of one 控制状态."""

    ALL = "全部船舶"
    OWNED = "自有船舶"
    CONTROLLED = "挂靠船舶"
    LEASED = "光租船舶"

    @property
    def control_status(self) -> ControlStatus | None:
        """The 控制状态 this scope selects, None for all ships."""
        return _SCOPE_STATUS.get(self)


_SCOPE_STATUS = {
    ShipScope.OWNED: ControlStatus.OWNED,
    ShipScope.CONTROLLED: ControlStatus.CONTROLLED,
    ShipScope.LEASED: ControlStatus.LEASED,
}


class FundKind(StrEnum):
    """资金类别 of the cargo-owner table: which of the three amounts it adds up."""

    ESTIMATE = "资金测算"
    CHECK = "资金复核"
    MACHINE = "资金机算"


def resolve_region(region: str) -> Region:
    """The region of a code or query prefix: "43" the province, "4301" 长沙市, or a 6-digit code.

    The UI's 所在区划 dropdown hands codes, the saved queries prefixes (SPEC §3); both work.
    """
    text = region.strip()
    if len(text) == 2:
        text = f"{text}0000"
    elif len(text) == 4:
        text = f"{text}00"
    return regions.get(text)


def region_label(region: Region) -> str:
    """How a subtitle names the region: 湖南省, 长沙市, 长沙市芙蓉区."""
    if region.level is RegionLevel.COUNTY:
        city = regions.city_of(region.code)
        return region.name if region.is_city_pseudo or city is None else f"{city.name}{region.name}"
    return region.name


@dataclass(frozen=True, slots=True)
class ReportFilter:
    """The report page's choices. Defaults are the page's initial state."""

    year: int
    region: str = regions.PROVINCE_CODE
    policy: Policy | None = None
    ship_scope: ShipScope = ShipScope.ALL
    stage: Stage = Stage.APPLICATION
    passed: Level | None = None
    zero_rule: ZeroRule = ZeroRule.HIDE
    summary_rule: SummaryRule = SummaryRule.ALL
    fund_kind: FundKind = FundKind.CHECK

    def __post_init__(self) -> None:
        if not 2000 <= self.year <= 2100:
            raise ValueError(f"奖补年份{self.year}无效，应为四位年份，如2024。")
        resolve_region(self.region)
        if self.stage not in (Stage.APPLICATION, Stage.COMPLETION):
            raise ValueError(f"申报阶段只能是“申请”或“完结”，不能是“{self.stage}”。")

    @property
    def scope(self) -> Region:
        """The region the report covers."""
        return resolve_region(self.region)

    def describe_region(self) -> str:
        return f"所在区划：{region_label(self.scope)}"

    def describe_policy(self) -> str:
        return f"补贴政策：{f'{self.policy}政策' if self.policy else '部省政策'}"

    def describe_ship_scope(self) -> str:
        return f"船舶范围：{self.ship_scope}"

    def describe_stage(self) -> str:
        return f"申报阶段：{self.stage}"

    def describe_passed(self) -> str:
        return f"审核层次：{f'通过{self.passed}审核' if self.passed else '全部记录'}"


def join_parts(*parts: str) -> str:
    """A subtitle from its parts, spaced with ideographic spaces as printed tables are."""
    return "　".join(part for part in parts if part)
