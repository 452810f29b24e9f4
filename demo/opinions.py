"""Review opinions as reviewers write them: a preset from ``core.workflow`` plus their own words.

Returns say what is wrong and what to do (SPEC §5). The platform's results are not written by
a person: they are ``core.joint_review``'s verdict (see ``demo.joint_review``). Every opinion
passes ``core.workflow.opinion_refusal`` (not empty, ≤ 200 chars).
"""

from __future__ import annotations

import random

from core import workflow
from core.vocab import Decision, Level

_PASS_NOTES = ("", "", "", "资金已按标准复核。", "证书与登记信息一致。", "请及时报送下一级。")
_RETURN_NOTES = (
    "营业执照复印件未加盖公章。",
    "船舶检验证书页数不全，缺附页。",
    "资金申请表缺少县级交通运输局签章。",
    "总吨与所有权登记证书不一致，请核对。",
    "申请日期晚于营运证注销日期，请核实。",
    "拆解前后照片无法辨认船名，请重新拍摄。",
    "",
)


def opinion(rng: random.Random, level: Level, decision: Decision) -> str:
    """The stored opinion of one manual level's result."""
    if level is Level.PLATFORM:
        raise ValueError("平台联审的意见是联审结论，不由审核人填写")
    note = rng.choice(_PASS_NOTES if decision is Decision.PASS else _RETURN_NOTES)
    preset = rng.choice(workflow.preset_opinions(decision))
    return workflow.compose_opinion(preset, note)
