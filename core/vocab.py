"""The shared vocabulary of the subsidy domain.

Every enum's value is the Chinese word the manual (seed 004) uses, so the same
string is stored in the server database, the local cache, the Excel exports and
shown in the UI: one spelling, one place.
"""

from __future__ import annotations

from enum import StrEnum


class Policy(StrEnum):
    """补贴政策: ministry (交规划发〔2024〕95号) or province (湘政办发〔2023〕29号)."""

    MINISTRY = "部"
    PROVINCE = "省"


class Project(StrEnum):
    """申请项目 of a ship-project application."""

    SCRAP = "拆解"
    RENEW = "更新"
    NEW = "新建"
    REFIT = "改建"


class Area(StrEnum):
    """船舶航区."""

    INLAND_PROVINCE = "省内"
    INTER_PROVINCE = "省际"
    COASTAL = "沿海"


class PowerForm(StrEnum):
    """动力形式 as listed on pages 3-5/3-6 of the manual."""

    FUEL = "燃油"
    OIL_GAS = "油气"
    LNG = "液气"
    ELECTRIC = "纯电"
    OTHER_NEW_ENERGY = "其他新能源"
    NONE = "无"


class ApplicantType(StrEnum):
    """申请人类别."""

    COMPANY = "企业"
    INDIVIDUAL = "个体"


class ControlStatus(StrEnum):
    """控制状态 of a ship towards its applicant."""

    OWNED = "自有"
    CONTROLLED = "挂靠"
    LEASED = "光租"


class Level(StrEnum):
    """A review level of a chain, in chain order."""

    PLATFORM = "平台"
    COUNTY = "县级"
    CITY = "市级"
    PROVINCE = "省级"


class RegionLevel(StrEnum):
    """Administrative level of a region code."""

    PROVINCE = "省级"
    CITY = "市级"
    COUNTY = "县级"


class Decision(StrEnum):
    """The result of one review: 同意 (pass) or 退回 (return)."""

    PASS = "同意"
    RETURN = "退回"


class Permission(StrEnum):
    """Account permissions: a set, with no order among them (SPEC §3)."""

    SYSTEM = "系统"
    MANAGE = "管理"
    EDIT = "编辑"
    REVIEW = "审核"
    EXTERNAL_REVIEW = "外审"
    QUERY = "查询"


class RecordKind(StrEnum):
    """The kinds of records that sync and (some of them) go through a review chain."""

    APPLICANT = "拆建申请人"
    APPLICATION = "拆建申请"
    COMPLETION = "拆建完结"
    CARGO_OWNER = "货主"
    MONTHLY_REPORT = "集装箱月报"
    REWARD = "奖励申请"


class Stage(StrEnum):
    """申报阶段 a material list entry belongs to."""

    APPLICATION = "申请"
    COMPLETION = "完结"
    CARGO_OWNER = "货主"
    MONTHLY_REPORT = "月报"
    REWARD = "奖励"


class DeclarationState(StrEnum):
    """申报状态 kinds; EXPIRED is derived (open past its deadline), never stored."""

    OPEN = "开放"
    CLOSED = "关闭"
    MAINTENANCE = "运维"
    EXPIRED = "过期"


class PolicyScope(StrEnum):
    """部省政策 in force for a declaration status."""

    BOTH = "部省政策"
    MINISTRY = "部政策"
    PROVINCE = "省政策"


class JudgmentDate(StrEnum):
    """Certificate-validity judgment dates of the joint review (manual §0.3), with their marks."""

    POLICY = "①"
    APPLICATION = "②"
    DISMANTLING_START = "③"
    ARCHIVE = "④"
