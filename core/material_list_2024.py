"""The 2024 material list (page 2-2 of the manual), the seed every later year is copied from.

Page 2-2 is a screenshot whose 24 rows are not legible in the manual; only its columns (年份,
编码, 材料文件名, 大小(M), 申报阶段, 补贴政策, 申报项目类别, 经营类别, Zip包文件名) and the
count survive. The rows below were reconstructed from everything the text does say:

* the certificates of §0.3 — 营业执照/身份证件, 船舶所有权登记证书, 船舶检验证书, 船舶营业运输证,
  船舶注销登记证明书, 营运证注销登记证明书, 经营许可证/渡运许可批文 — and 拆解完工报告书 (§0.3's
  拆解开工日 is read from it);
* "资金申请表（申请）" (page 3-16, page 5-3) and "资金申请表（省市归档）" (§2.2 提示 1);
* the cargo owner's 营业执照 and 上年完成量证明材料 (§4.1), the monthly proofs (§4.3.2) and the
  reward's 资金申请表 (§4.4);
* the zip name pattern of page 3-11, "计划申请材料（拆解、营运船、船检安环合一）.zip".

Names the manual spells with "/" ("营业执照/身份证件") use "或" instead, since "/" cannot
appear in a file name. The qualifiers in the Chinese parentheses, the size limits, the
optional rows (挂靠或光租协议, 银行开户证明, 船舶照片, 开户银行证明) and the 集装箱完成量汇总表
are reconstructed and must be checked against the province's real table before they are
relied on; the settings dialog edits them per year.

Which stage a row belongs to follows §0.3's judgment dates: ministry scrapping proves the
deregistration at the completion archive date, so the deregistration proofs are completion
rows; province scrapping proves it at the application date, which the merged zip of every
non-ministry-scrapping project satisfies (§2.2 提示 1).
"""

from __future__ import annotations

from decimal import Decimal

from core.materials import MaterialSpec, Operation
from core.vocab import Policy, Project, Stage

YEAR = 2024

BOTH_POLICIES = frozenset(Policy)
ALL_PROJECTS = frozenset(Project)
BUILD_PROJECTS = frozenset({Project.RENEW, Project.NEW, Project.REFIT})
BOTH_OPERATIONS = frozenset(Operation)

_PLAN = "计划申请材料（拆建、营运船或渡船、船检安环合一）.zip"
_PLAN_OPERATING = "计划申请材料（拆建、营运船、船检安环合一）.zip"
_PLAN_FERRY = "计划申请材料（拆建、渡船、船检安环合一）.zip"
_SCRAP_DONE = "完结材料（拆解、营运船或渡船）.zip"
_SCRAP_DONE_OPERATING = "完结材料（拆解、营运船）.zip"
_BUILD_PLAN = "计划申请及完结材料（更新新建改建、营运船或渡船、船检安环合一）.zip"


def _ship(
    code: str,
    name: str,
    max_mb: str,
    stage: Stage,
    scope: tuple[frozenset[Policy], frozenset[Project], frozenset[Operation]],
    required: bool,
    zip_name: str,
    *,
    by_city: bool = False,
) -> MaterialSpec:
    policies, projects, operations = scope
    return MaterialSpec(
        YEAR,
        code,
        name,
        Decimal(max_mb),
        stage,
        policies,
        projects,
        operations,
        required,
        zip_name,
        by_city,
    )


def _cargo(
    code: str, name: str, max_mb: str, stage: Stage, required: bool, zip_name: str
) -> MaterialSpec:
    empty = frozenset[Policy](), frozenset[Project](), frozenset[Operation]()
    return MaterialSpec(YEAR, code, name, Decimal(max_mb), stage, *empty, required, zip_name)


_ALL = (BOTH_POLICIES, ALL_PROJECTS, BOTH_OPERATIONS)
_APP = Stage.APPLICATION
_DONE = Stage.COMPLETION

MATERIAL_LIST_2024: tuple[MaterialSpec, ...] = (
    _ship("01", "资金申请表（申请）.pdf", "5", _APP, _ALL, True, _PLAN),
    _ship("02", "资金申请表（省市归档）.pdf", "5", _APP, _ALL, True, _PLAN, by_city=True),
    _ship("03", "营业执照或身份证件（申请人）.pdf", "5", _APP, _ALL, True, _PLAN),
    _ship("04", "船舶所有权登记证书（登记）.pdf", "5", _APP, _ALL, True, _PLAN),
    _ship("05", "船舶检验证书（船检）.pdf", "10", _APP, _ALL, True, _PLAN),
    _ship(
        "06",
        "船舶营业运输证（营运证）.pdf",
        "5",
        _APP,
        (BOTH_POLICIES, ALL_PROJECTS, frozenset({Operation.OPERATING})),
        True,
        _PLAN_OPERATING,
    ),
    _ship(
        "07",
        "经营许可证（水路运输）.pdf",
        "5",
        _APP,
        (BOTH_POLICIES, ALL_PROJECTS, frozenset({Operation.OPERATING})),
        True,
        _PLAN_OPERATING,
    ),
    _ship(
        "08",
        "渡运许可批文（渡船）.pdf",
        "5",
        _APP,
        (BOTH_POLICIES, ALL_PROJECTS, frozenset({Operation.FERRY})),
        True,
        _PLAN_FERRY,
    ),
    _ship("09", "挂靠或光租协议（控制状态）.pdf", "5", _APP, _ALL, False, _PLAN),
    _ship("10", "银行开户证明（申请人）.pdf", "2", _APP, _ALL, False, _PLAN),
    _ship(
        "11",
        "改建前船舶证书（改建）.pdf",
        "10",
        _APP,
        (frozenset({Policy.PROVINCE}), frozenset({Project.REFIT}), BOTH_OPERATIONS),
        True,
        "计划申请材料（改建、营运船或渡船、船检安环合一）.zip",
    ),
    _ship(
        "12",
        "已拆解船舶注销证明（更新）.pdf",
        "5",
        _APP,
        (frozenset({Policy.MINISTRY}), frozenset({Project.RENEW}), BOTH_OPERATIONS),
        True,
        "计划申请材料（更新、营运船或渡船、船检安环合一）.zip",
    ),
    _ship("13", "船舶照片（申请）.pdf", "10", _APP, _ALL, False, _PLAN),
    _ship(
        "14",
        "拆解完工报告书（拆解）.pdf",
        "10",
        _DONE,
        (BOTH_POLICIES, frozenset({Project.SCRAP}), BOTH_OPERATIONS),
        True,
        _SCRAP_DONE,
    ),
    _ship(
        "15",
        "船舶注销登记证明书（所有权）.pdf",
        "5",
        _DONE,
        (BOTH_POLICIES, frozenset({Project.SCRAP}), BOTH_OPERATIONS),
        True,
        _SCRAP_DONE,
    ),
    _ship(
        "16",
        "营运证注销登记证明书（营运证）.pdf",
        "5",
        _DONE,
        (BOTH_POLICIES, frozenset({Project.SCRAP}), frozenset({Operation.OPERATING})),
        True,
        _SCRAP_DONE_OPERATING,
    ),
    _ship(
        "17",
        "拆解前后照片（拆解）.pdf",
        "10",
        _DONE,
        (BOTH_POLICIES, frozenset({Project.SCRAP}), BOTH_OPERATIONS),
        True,
        _SCRAP_DONE,
    ),
    _ship(
        "18",
        "建造完工证明（新改）.pdf",
        "10",
        _DONE,
        (BOTH_POLICIES, BUILD_PROJECTS, BOTH_OPERATIONS),
        True,
        _BUILD_PLAN,
    ),
    _cargo("19", "营业执照（货主）.pdf", "5", Stage.CARGO_OWNER, True, "货主申请材料.zip"),
    _cargo("20", "上年完成量证明材料.pdf", "20", Stage.CARGO_OWNER, True, "货主申请材料.zip"),
    _cargo("21", "开户银行证明（货主）.pdf", "2", Stage.CARGO_OWNER, False, "货主申请材料.zip"),
    _cargo(
        "22",
        "YYYY年MM月完成量证明材料.pdf",
        "20",
        Stage.MONTHLY_REPORT,
        True,
        "YYYY年MM月完成量证明材料.zip",
    ),
    _cargo("23", "资金申请表（奖励）.pdf", "5", Stage.REWARD, True, "奖励申请材料.zip"),
    _cargo("24", "集装箱完成量汇总表（奖励）.pdf", "10", Stage.REWARD, True, "奖励申请材料.zip"),
)
"""The 24 rows of 2024, in the table's code order."""
