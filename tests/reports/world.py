"""A small hand-made world for the report and document tests.

Every figure the tests expect is worked out by hand from the rows below (the test modules
write their expectations as literals). Reports take Core ``Table`` objects, whatever metadata
they belong to, so the world is built on either schema (``SCHEMAS``) and every test runs on
both: the server's (``server.models``: NUMERIC amounts, DATE and DATETIME columns) and the
desktop cache's, created by its real migrations (``desktop.models.database.open_cache``:
amounts as integer cents, dates and instants as ISO text) — the one the app reports on. The
same literals must hold on both; a sum that only the server schema got right once came out a
hundred times too large in the app.

Applicants (2024)
  P1 湖南晶泰运输有限公司  企业 省内 (益阳市…)       region 430102
  P2 长航局股份有限公司    企业 省外 (武汉市…)       region 430821
  P3 成本友                个体 省内 (湖南省衡阳市…) region 430821
  P4 程良达                个体 省外 (广东省…)       region 431221
  P5 湖南娇美旅游开发有限公司 企业 省内, no ships    region 431221

Applications (2024 unless said): region, policy project control, gross/capacity, power,
estimate/check/machine, then platform (date) county city province results
  A1 湘长沙货0001 (P1)   430101 部拆解自有  345/500   120.50  51.75/51.75/51.75
                         同意0701 同意 同意 同意
  A2 湘长沙货0002 (P1)   430101 部拆解挂靠  200/300    80.00  30.00/29.50/29.40
                         同意0702 同意 同意 同意
  A3 湘长沙货0003 (P1)   430102 省拆解自有  100/150    50.00  10.80/10.80/10.80
                         同意0703 同意 同意 同意
  A4 华洋兴旺 (P2)       430821 省新建自有 2231/2500 1396.00  333.28 ×3
                         同意0801 同意 同意 同意
  A5 长沙1号 (P2)        430821 部更新光租   11/22     33.00  2.00/2.25/2.25
                         同意0801
  A6 湘慈货0391改 (P3)   430821 省改建自有   55/80    299.50  63.00 ×3 (from 湘慈货0391, 60 t)
                         同意0801 同意 同意 退回
  A7 宜货1号 (P3)        430821 省拆解自有   15/21     20.00  3.60/3.50/3.55
                         退回0802 (营运证无效①；许可证号或经营人名错②)
  A8 益阳客888号 (P4)    431221 省新建自有   25/57    123.45  86.00/86.42/86.42
                         同意0805 退回
  A9 湘益阳机0258 (P4)   431221 省拆解挂靠  845/1100  280.00  84.00/84.50/84.50
                         not reviewed
  A10 湘长沙货0010 (P1)  430102 省拆解自有   99/99     10.00  99.99 ×3, of 2023
                         同意 (营运证无效①) 同意 同意 同意

Completions (ministry scrapping)
  C1 of A1  430101  check 51.80 (corrected), finish 2024-07-01, every level 同意
  C2 of A2  430101  check 29.50, finish 2024-07-02, 同意 up to the city, no province result

Cargo owners and rewards (2024): last f/d, this f/d, standards f/d; machine, estimate and
check amounts f/d; city and province results
  R1 岳阳市辉煌船务有限公司 430600 岳阳（2024）001  22/33  1365/1365  83.62/30
     11.23/4.10  12.00/5.00  12.00/5.00  同意 同意
  R2 湘阴县昌源船务有限公司 430600 岳阳（2024）002   0/0    500/0     68.00/30
      3.40/0.00   3.50/0.00   3.40/0.00  同意 —
  R3 长沙新港物流有限公司   430100 长沙（2024）001 100/200 1100/1000  78.00/30
      7.80/3.00   8.00/3.00   7.80/3.00  同意 同意
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa

import desktop.models as cache_models
import server.models as server_models
from core.joint_review import PASS_OPINION
from desktop.models.database import open_cache
from desktop.reports.tables import ReportTables

NOW = datetime(2024, 11, 11, 9, 30, tzinfo=UTC)
SCHEMAS = ("server", "cache")
"""The schemas the world is built on (see the module docstring)."""
_versions = itertools.count(1)


def _common(region: str, year: int = 2024, creator: str = "430102-1") -> dict[str, Any]:
    """The bookkeeping columns every synced record has; versions are unique per table."""
    return {
        "region_code": region,
        "version": next(_versions),
        "year": year,
        "note": "",
        "created_on": date(2024, 6, 1),
        "created_at": NOW,
        "created_by": creator,
        "updated_at": NOW,
    }


def applicant(id_: str, name: str, kind: str, address: str, region: str) -> dict[str, Any]:
    return {
        **_common(region),
        "id": id_,
        "name": name,
        "credit_code": "91430421MA4PDAW5XY",
        "address": address,
        "applicant_type": kind,
        "contact": "朱清明",
        "phone": "073188770055",
        "bank_name": "中国农业银行长沙芙蓉支行",
        "bank_account": "2324324242424342",
    }


def ship(id_: str, **fields: Any) -> dict[str, Any]:
    """An application (or, with ``application_id``, a completion) with sensible defaults."""
    region = fields.pop("region")
    year = fields.pop("year", 2024)
    row: dict[str, Any] = {
        **_common(region, year),
        "id": id_,
        "owners": fields.get("owners", "湖南晶泰运输有限公司"),
        "operator": "湖南晶泰运输有限公司",
        "control_status": "自有",
        "licence_no": "湘长XKA0123",
        "area": "省内",
        "power_form": "燃油",
        "ship_type": "干货船",
        "ship_id_no": "CN20087470692",
        "port_of_registry": "长沙",
        "operation_cert_no": "湘长沙SJ（2022）0001",
        "built_date": date(2005, 3, 1),
        "application_date": date(2024, 6, 15),
        "machine_formula": "",
        "joint_review_problems": "",
        "materials_uploaded_on": date(2024, 6, 20),
    }
    row.update(fields)
    return row


def _money(text: str) -> Decimal:
    return Decimal(text)


APPLICANTS = [
    applicant("P1", "湖南晶泰运输有限公司", "企业", "益阳市资阳区金山南路668号", "430102"),
    applicant("P2", "长航局股份有限公司", "企业", "武汉市汉口区大智路1号", "430821"),
    applicant("P3", "成本友", "个体", "湖南省衡阳市衡阳县西渡镇米子路7号", "430821"),
    applicant("P4", "程良达", "个体", "广东省广州市天河区体育西路3号", "431221"),
    applicant("P5", "湖南娇美旅游开发有限公司", "企业", "湖南省益阳市安化县渠江镇大安村", "431221"),
]

_PASSED_ALL = {
    "county_result": "同意",
    "county_on": date(2024, 7, 5),
    "city_result": "同意",
    "city_on": date(2024, 7, 10),
    "province_result": "同意",
    "province_on": date(2024, 7, 20),
}

APPLICATIONS = [
    ship(
        "A1",
        region="430101",
        applicant_id="P1",
        form_no="长沙（2024）0001",
        policy="部",
        project="拆解",
        ship_name="湘长沙货0001",
        gross_tonnage=345,
        capacity=500,
        power_kw=_money("120.50"),
        deregistration_date=date(2024, 6, 1),
        ship_age=_money("19.252"),
        estimate_amount=_money("51.75"),
        check_amount=_money("51.75"),
        machine_amount=_money("51.75"),
        machine_formula="0.1*345*1.5*1.00",
        dismantle_start=date(2024, 6, 16),
        dismantle_finish=date(2024, 6, 30),
        application_date=date(2024, 6, 15),
        platform_result="同意",
        platform_on=date(2024, 7, 1),
        joint_review_problems="",  # a pass keeps no problems (server.joint_review.run)
        **_PASSED_ALL,
    ),
    ship(
        "A2",
        region="430101",
        applicant_id="P1",
        form_no="长沙（2024）0002",
        policy="部",
        project="拆解",
        control_status="挂靠",
        ship_name="湘长沙货0002",
        area="省际",
        gross_tonnage=200,
        capacity=300,
        power_kw=_money("80.00"),
        estimate_amount=_money("30.00"),
        check_amount=_money("29.50"),
        machine_amount=_money("29.40"),
        application_date=date(2024, 6, 20),
        platform_result="同意",
        platform_on=date(2024, 7, 2),
        **_PASSED_ALL,
    ),
    ship(
        "A3",
        region="430102",
        applicant_id="P1",
        form_no="长沙（2024）0003",
        policy="省",
        project="拆解",
        ship_name="湘长沙货0003",
        gross_tonnage=100,
        capacity=150,
        power_kw=_money("50.00"),
        estimate_amount=_money("10.80"),
        check_amount=_money("10.80"),
        machine_amount=_money("10.80"),
        application_date=date(2024, 7, 1),
        platform_result="同意",
        platform_on=date(2024, 7, 3),
        **_PASSED_ALL,
    ),
    ship(
        "A4",
        region="430821",
        applicant_id="P2",
        form_no="张家界（2024）0001",
        owners="长航局股份有限公司",
        policy="省",
        project="新建",
        area="省际",
        power_form="纯电",
        ship_name="华洋兴旺",
        gross_tonnage=2231,
        capacity=2500,
        power_kw=_money("1396.00"),
        built_date=date(2024, 9, 8),
        estimate_amount=_money("333.28"),
        check_amount=_money("333.28"),
        machine_amount=_money("333.28"),
        machine_formula="300+0.166389*200",
        application_date=date(2024, 8, 30),
        platform_result="同意",
        platform_on=date(2024, 8, 1),
        **_PASSED_ALL,
    ),
    ship(
        "A5",
        region="430821",
        applicant_id="P2",
        form_no="张家界（2024）0002",
        owners="长航局股份有限公司",
        policy="部",
        project="更新",
        control_status="光租",
        ship_type="旅游客船",
        ship_name="长沙1号",
        gross_tonnage=11,
        capacity=22,
        power_kw=_money("33.00"),
        estimate_amount=_money("2.00"),
        check_amount=_money("2.25"),
        machine_amount=_money("2.25"),
        machine_formula="0.05*30*1.5",
        application_date=date(2024, 8, 29),
        platform_result="同意",
        platform_on=date(2024, 8, 1),
    ),
    ship(
        "A6",
        region="430821",
        applicant_id="P3",
        form_no="张家界（2024）0003",
        owners="成本友",
        policy="省",
        project="改建",
        area="省际",
        power_form="液气",
        ship_type="集装箱船",
        ship_name="湘慈货0391改",
        gross_tonnage=55,
        capacity=80,
        power_kw=_money("299.50"),
        refit_from_name="湘慈货0391",
        refit_from_tonnage=60,
        estimate_amount=_money("63.00"),
        check_amount=_money("63.00"),
        machine_amount=_money("63.00"),
        machine_formula="63*1",
        application_date=date(2024, 8, 2),
        platform_result="同意",
        platform_on=date(2024, 8, 1),
        county_result="同意",
        city_result="同意",
        province_result="退回",
    ),
    ship(
        "A7",
        region="430821",
        applicant_id="P3",
        form_no="张家界（2024）0004",
        owners="成本友",
        policy="省",
        project="拆解",
        ship_type="客渡船",
        ship_name="宜货1号",
        gross_tonnage=15,
        capacity=21,
        power_kw=_money("20.00"),
        estimate_amount=_money("3.60"),
        check_amount=_money("3.50"),
        machine_amount=_money("3.55"),
        application_date=date(2024, 8, 1),
        platform_result="退回",
        platform_on=date(2024, 8, 2),
        joint_review_problems="营运证无效①；许可证号或经营人名错②",
    ),
    ship(
        "A8",
        region="431221",
        applicant_id="P4",
        form_no="怀化（2024）0001",
        owners="程良达",
        policy="省",
        project="新建",
        power_form="纯电",
        ship_type="普通客船",
        ship_name="益阳客888号",
        gross_tonnage=25,
        capacity=57,
        power_kw=_money("123.45"),
        estimate_amount=_money("86.00"),
        check_amount=_money("86.42"),
        machine_amount=_money("86.42"),
        machine_formula="0.7*123.45",
        application_date=date(2024, 8, 30),
        platform_result="同意",
        platform_on=date(2024, 8, 5),
        county_result="退回",
    ),
    ship(
        "A9",
        region="431221",
        applicant_id="P4",
        form_no="怀化（2024）0002",
        owners="程良达",
        policy="省",
        project="拆解",
        control_status="挂靠",
        ship_type="杂货船",
        ship_name="湘益阳机0258",
        gross_tonnage=845,
        capacity=1100,
        power_kw=_money("280.00"),
        estimate_amount=_money("84.00"),
        check_amount=_money("84.50"),
        machine_amount=_money("84.50"),
        application_date=date(2024, 8, 3),
    ),
    ship(
        "A10",
        region="430102",
        year=2023,
        applicant_id="P1",
        form_no="长沙（2023）0001",
        policy="省",
        project="拆解",
        ship_name="湘长沙货0010",
        gross_tonnage=99,
        capacity=99,
        power_kw=_money("10.00"),
        estimate_amount=_money("99.99"),
        check_amount=_money("99.99"),
        machine_amount=_money("99.99"),
        application_date=date(2023, 8, 1),
        platform_result="同意",
        platform_on=date(2023, 9, 1),
        joint_review_problems="营运证无效①",
        **_PASSED_ALL,
    ),
]


def _completion(id_: str, of: dict[str, Any], **fields: Any) -> dict[str, Any]:
    copied = {
        key: value
        for key, value in of.items()
        if key
        not in {
            "id",
            "version",
            "applicant_id",
            "deregistration_date",
            "dismantle_start",
            "dismantle_finish",
            "refit_from_name",
            "refit_from_tonnage",
            "form_no",
        }
    }
    copied.update(fields)
    copied.update(id=id_, version=next(_versions), application_id=of["id"], form_no=of["form_no"])
    return copied


COMPLETIONS = [
    _completion(
        "C1",
        APPLICATIONS[0],
        check_amount=_money("51.80"),
        finish_date=date(2024, 7, 1),
        archive_date=date(2024, 7, 2),
    ),
    _completion(
        "C2",
        APPLICATIONS[1],
        finish_date=date(2024, 7, 2),
        archive_date=date(2024, 7, 3),
        province_result=None,
        province_on=None,
    ),
]


def cargo_owner(id_: str, name: str, region: str, last: tuple[int, int]) -> dict[str, Any]:
    return {
        **_common(region, creator="430600-1"),
        "id": id_,
        "name": name,
        "address": "岳阳市岳阳楼区经邵巷27栋",
        "credit_code": "91430600329348993X",
        "contact": "邹辉",
        "phone": "13307304188",
        "bank_name": "中国银行岳阳分行",
        "bank_account": "253324523432432423",
        "last_year_foreign_teu": last[0],
        "last_year_domestic_teu": last[1],
        "city_result": "同意",
    }


CARGO_OWNERS = [
    cargo_owner("O1", "岳阳市辉煌船务有限公司", "430600", (22, 33)),
    cargo_owner("O2", "湘阴县昌源船务有限公司", "430600", (0, 0)),
    cargo_owner("O3", "长沙新港物流有限公司", "430100", (100, 200)),
]


def reward(
    id_: str,
    owner: str,
    region: str,
    form_no: str,
    teu: tuple[int, int, int, int],
    standards: tuple[str, str],
    *amounts: str,
    province: str | None,
) -> dict[str, Any]:
    """``teu`` is last foreign, last domestic, this foreign, this domestic; ``amounts`` are
    machine, estimate and check, each foreign then domestic."""
    names = (
        "machine_foreign",
        "machine_domestic",
        "estimate_foreign",
        "estimate_domestic",
        "check_foreign",
        "check_domestic",
    )
    return {
        **_common(region, creator="430600-1"),
        "id": id_,
        "cargo_owner_id": owner,
        "form_no": form_no,
        "last_year_foreign_teu": teu[0],
        "last_year_domestic_teu": teu[1],
        "this_year_foreign_teu": teu[2],
        "this_year_domestic_teu": teu[3],
        "foreign_standard": Decimal(standards[0]),
        "domestic_standard": Decimal(standards[1]),
        **{name: Decimal(value) for name, value in zip(names, amounts, strict=True)},
        "city_result": "同意",
        "province_result": province,
    }


REWARDS = [
    reward(
        "R1",
        "O1",
        "430600",
        "岳阳（2024）001",
        (22, 33, 1365, 1365),
        ("83.62", "30"),
        "11.23",
        "4.10",
        "12.00",
        "5.00",
        "12.00",
        "5.00",
        province="同意",
    ),
    reward(
        "R2",
        "O2",
        "430600",
        "岳阳（2024）002",
        (0, 0, 500, 0),
        ("68.00", "30"),
        "3.40",
        "0.00",
        "3.50",
        "0.00",
        "3.40",
        "0.00",
        province=None,
    ),
    reward(
        "R3",
        "O3",
        "430100",
        "长沙（2024）001",
        (100, 200, 1100, 1000),
        ("78.00", "30"),
        "7.80",
        "3.00",
        "8.00",
        "3.00",
        "7.80",
        "3.00",
        province="同意",
    ),
]


def review(
    record_id: str,
    level: str,
    decision: str,
    on: date,
    reviewer: str,
    opinion: str,
    kind: str = "拆建申请",
) -> dict[str, Any]:
    return {
        "id": f"{record_id}-{level}-{on.isoformat()}",
        "region_code": "430101",
        "version": next(_versions),
        "record_kind": kind,
        "record_id": record_id,
        "level": level,
        "decision": decision,
        "opinion": opinion,
        "reviewer": reviewer,
        "review_date": on,
        "submission_id": f"sub-{record_id}-{level}-{on.isoformat()}",
        "created_at": NOW,
        "updated_at": NOW,
    }


REVIEWS = [
    review("A1", "平台", "同意", date(2024, 7, 1), "430101-1", PASS_OPINION),
    review(
        "A1", "县级", "退回", date(2024, 7, 3), "430101-1", "材料扫描件不清晰，请重新扫描后上传。"
    ),
    review("A1", "县级", "同意", date(2024, 7, 5), "430101-1", "材料齐全、符合条件、同意上报。"),
    review(
        "A1",
        "市级",
        "同意",
        date(2024, 7, 10),
        "430100-1",
        "经审核，证书有效、材料真实，同意上报。",
    ),
    review(
        "A1", "省级", "同意", date(2024, 7, 20), "430000-1", "资金已复核，符合奖补标准，同意上报。"
    ),
    review(
        "A7", "平台", "退回", date(2024, 8, 2), "430821-1", "营运证无效①；许可证号或经营人名错②"
    ),
]


def account(id_: str, name: str, unit: str) -> dict[str, Any]:
    return {
        "id": id_,
        "region_code": id_[:6],
        "version": next(_versions),
        "name": name,
        "unit": unit,
        "department": "审核科",
        "permissions": "编辑,审核,查询",
        "password_hash": "x",
        "active": True,
        "created_at": NOW,
        "login_count": 0,
        "failed_logins": 0,
        "session_epoch": 1,
    }


ACCOUNTS = [
    account("430101-1", "王小明", "长沙市地方海事处"),
    account("430100-1", "李长沙", "长沙市航务管理局"),
    account("430000-1", "胡立辉", "湖南省水运事务中心"),
]


@dataclass(frozen=True)
class World:
    """An engine on a file SQLite database holding the rows above, and its tables."""

    schema: str
    engine: sa.Engine
    tables: ReportTables


def build_world(directory: Path, schema: str) -> World:
    """Create the tables of ``schema`` (one of ``SCHEMAS``) and insert the hand-made rows."""
    engine, metadata = _create_schema(directory, schema)
    tables = ReportTables.from_metadata(metadata)
    assert tables.accounts is not None
    with engine.begin() as conn:
        for table, rows in (
            (tables.applicants, APPLICANTS),
            (tables.applications, APPLICATIONS),
            (tables.completions, COMPLETIONS),
            (tables.cargo_owners, CARGO_OWNERS),
            (tables.rewards, REWARDS),
            (tables.review_results, REVIEWS),
            (tables.accounts, ACCOUNTS),
        ):
            for row in rows:  # one by one: rows leave different columns to their defaults
                conn.execute(table.insert(), _columns_of(table, row))
    return World(schema, engine, tables)


def _create_schema(directory: Path, schema: str) -> tuple[sa.Engine, sa.MetaData]:
    """The cache is opened as the app opens it: its migrations make the tables, so a
    migration drifting from the models would show here too."""
    if schema == "server":
        engine = sa.create_engine(f"sqlite:///{directory / 'server.sqlite3'}")
        server_models.metadata.create_all(engine)
        return engine, server_models.metadata
    if schema == "cache":
        return open_cache(directory / "cache.sqlite3").engine, cache_models.metadata
    raise ValueError(f"unknown schema {schema!r}; expected one of {SCHEMAS}")


def _columns_of(table: sa.Table, row: dict[str, Any]) -> dict[str, Any]:
    """The row's values for the columns ``table`` has: the cache keeps no account secrets
    (password hash, login counters), which the server's ``accounts`` requires."""
    return {name: value for name, value in row.items() if name in table.c}
