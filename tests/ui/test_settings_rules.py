"""The settings dialog's Qt-free rules: who may manage whom, the server URL check, where a
table problem belongs, failures sorted for the pages, idempotency keys of a form."""

from __future__ import annotations

from core.field_rules import Problem
from core.vocab import Permission, RegionLevel
from desktop.sync.account import AccountInfo
from desktop.sync.errors import AuthenticationRequired, NetworkError, ProblemResponse
from desktop.views.settings import account_form, authority, year_tables
from desktop.views.settings.failures import FailureKind, describe
from desktop.views.settings.preferences import cleaned_url, server_url_problems
from desktop.views.settings.remote import IdempotencyKeys

CITY_ADMIN = AccountInfo(
    id="430100-1",
    name="周立新",
    region_code="430100",
    region_level=RegionLevel.CITY,
    scope="4301",
    city_district=False,
    permissions=frozenset({Permission.MANAGE, Permission.EDIT}),
)


def row(account_id: str, permissions: list[str], active: bool = True) -> dict:
    return {
        "id": account_id,
        "region_code": account_id[:6],
        "permissions": permissions,
        "active": active,
    }


def test_regions_in_reach_are_own_and_lower() -> None:
    codes = [region.code for region in authority.regions_in_reach(CITY_ADMIN)]
    assert codes[0] == "430100" and "430101" in codes and "430121" in codes
    assert all(code.startswith("4301") for code in codes)


def test_manage_refusal_mirrors_the_server() -> None:
    refusal = authority.manage_refusal
    assert refusal(CITY_ADMIN, row("430121-1", ["编辑"])) is None
    assert refusal(CITY_ADMIN, row("430121-1", ["管理", "编辑"])) is None, "below: any mix"
    assert "个人资料" in (refusal(CITY_ADMIN, row("430100-1", ["管理"])) or "")
    assert "本级区划的【管理】" in (refusal(CITY_ADMIN, row("430100-3", ["管理"])) or "")
    assert "已注销" in (refusal(CITY_ADMIN, row("430121-2", ["编辑"], active=False)) or "")
    assert "【系统】" in (refusal(CITY_ADMIN, row("430100-9", ["系统"])) or "")


def test_manage_at_own_level_is_refused_with_every_other_problem() -> None:
    problems = account_form.new_account_problems(
        CITY_ADMIN,
        {
            "region_code": "430100",
            "account_id": "430100-",
            "name": "Li",
            "unit": "长沙",
            "permissions": ["管理"],
            "password": "short",
            "password_confirm": "",
        },
    )
    fields = [problem.field for problem in problems]
    for field in ("account_id", "name", "unit", "permissions", "password", "password_confirm"):
        assert field in fields


def test_next_free_number_never_reuses_an_id() -> None:
    ids = ["430121-1", "430121-2", "430121-4", "430181-1"]
    assert authority.next_free_number(ids, "430121") == 3
    assert authority.next_free_number(ids, "430112") == 1


def test_server_url_rules() -> None:
    assert server_url_problems("") == []
    assert server_url_problems("https://jbsh.hnsy.gov.cn") == []
    assert server_url_problems("http://127.0.0.1:8000") == []
    assert "https://" in server_url_problems("http://10.0.0.8:8000")[0].message
    assert len(server_url_problems("ftp://a b/api/v1?x=1")) >= 4, "every problem at once"
    assert "端口号无效" in server_url_problems("https://host:99999")[0].message
    assert cleaned_url(" HTTPS://JBSH.hnsy.gov.cn/ ") == "https://jbsh.hnsy.gov.cn"


def test_table_problems_land_on_cells_rows_or_the_sheet() -> None:
    keys = ["code", "coefficient", "name"]
    placed = year_tables.place(
        [
            Problem("rows.2.coefficient", "奖补标准第 3 行：系数“x”不是有效数值"),
            Problem("rows.4.year", "奖补标准第 5 行：年份应为2026"),
            Problem("rows", "第 2 行“a.pdf”使用了英文括号"),
            Problem("rows", "第 1 行的“name”应为文字，实际为 None"),
            Problem("rows", "编码“01”重复了 2 次，每行的编码必须不同"),
            Problem("rows.40.code", "第 41 行…"),
        ],
        keys,
        row_count=10,
    )
    assert list(placed.cells) == [(2, "coefficient"), (0, "name")]
    assert sorted(placed.rows) == [1, 4]
    assert len(placed.general) == 2 and placed.count == 6


def test_failures_are_sorted_for_the_pages() -> None:
    offline = describe(NetworkError("无法连接服务器 x：连接被拒绝。已离线保存，稍后会自动重试。"))
    assert offline.kind is FailureKind.UNREACHABLE
    assert "离线保存" not in offline.message and "自动重试" not in offline.message
    refused = describe(
        ProblemResponse(
            422,
            {
                "detail": "提交的数据有 2 处错误",
                "errors": [{"field": "name", "message": "姓名：…"}],
            },
        )
    )
    assert refused.kind is FailureKind.REFUSED and refused.problems == (Problem("name", "姓名：…"),)
    conflict = describe(ProblemResponse(412, {"detail": "已被他人修改", "current": {"version": 9}}))
    assert conflict.kind is FailureKind.CONFLICT and conflict.current_version == 9
    assert (
        describe(AuthenticationRequired(401, {"detail": "登录已失效"})).kind is FailureKind.SESSION
    )
    assert describe(RuntimeError("boom")).kind is FailureKind.LOCAL


def test_a_resubmitted_unchanged_form_keeps_its_key() -> None:
    keys = IdempotencyKeys()
    first = keys.key_for("POST /accounts {a}")
    assert keys.key_for("POST /accounts {a}") == first, "no answer came: same submission"
    assert keys.key_for("POST /accounts {b}") != first, "changed form: a new submission"
    keys.settled()
    assert keys.key_for("POST /accounts {b}") != first
