"""The §5.2 query: every condition kind, their combination, sorting and the JSON round trip.

Each expectation below was worked out by hand from ROWS, not copied from a run.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.orm import registry

from core.query import (
    AnyOf,
    Contains,
    Equal,
    IsNull,
    NotNull,
    Query,
    QueryFormatError,
    Range,
    RegionPrefix,
    SortRule,
    UnknownColumnError,
)
from core.vocab import Decision, Policy, Project

metadata = sa.MetaData()
records = sa.Table(
    "records",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("ship_name", sa.String, nullable=False),
    sa.Column("applicant", sa.String, nullable=False),
    sa.Column("region_code", sa.String(6), nullable=False),
    sa.Column("policy", sa.String, nullable=False),
    sa.Column("project", sa.String, nullable=False),
    sa.Column("gross_tonnage", sa.Integer, nullable=False),
    sa.Column("power", sa.Numeric(10, 2)),
    sa.Column("estimate", sa.Numeric(12, 2)),
    sa.Column("applied_on", sa.Date),
    sa.Column("archived_on", sa.Date),
    sa.Column("county_result", sa.String),
    sa.Column("licence", sa.String),
)


class Record:
    """An ORM view of the same table, to show queries resolve columns of mapped classes too."""


registry().map_imperatively(Record, records)

d = date
ROWS: list[tuple[Any, ...]] = [
    # id, ship, applicant, region, policy, project, gt, power, estimate, applied, archived,
    # county result, licence
    (1, "湘长沙货0001", "长沙顺达航运有限公司", "430102", "省", "拆解", 345, "120.50", "37.26",
     d(2024, 6, 15), None, "同意", "湘长XKA0123"),
    (2, "湘长沙机0018", "长沙顺达航运有限公司", "430121", "部", "更新", 1238, "280.00", "2.25",
     d(2024, 8, 30), None, "退回", "湘长XKA0456"),
    (3, "湘株洲客0007", "株洲京水湖实业有限责任公司", "430211", "省", "新建", 25, "100.50",
     "70.35", d(2024, 8, 30), None, None, "湘株XKB0007"),
    (4, "湘湘潭货0566", "湘潭梓锐货运部", "430302", "部", "拆解", 445, "539.00", "44.50",
     d(2024, 6, 15), d(2024, 11, 11), "同意", "湘潭XKC0566"),
    (5, "渡船2", "湖南晶泰运输有限公司", "431221", "部", "拆解", 12, "34.00", "4.50",
     d(2024, 8, 29), d(2024, 9, 18), "同意", None),
    (6, "长沙1号", "湖南晶泰运输有限公司", "430101", "部", "更新", 11, "33.00", "2.25",
     d(2024, 8, 30), None, "同意", "湘长XKA1234"),
    (7, "益阳客888号", "益阳华洋航运有限公司", "430921", "省", "新建", 25, "123.45", "86.00",
     d(2024, 8, 30), None, None, "湘益XKD0888"),
    (8, "华洋0001/华洋兴旺", "益阳华洋航运有限公司", "430921", "省", "改建", 5439, "1396.00",
     "671.00", d(2024, 8, 30), None, "同意", "湘益XKD0001"),
    (9, "湘安化机3159", "益阳华洋航运有限公司", "430923", "省", "拆解", 77, "34.40", "28.68",
     d(2024, 7, 30), None, "退回", "湘益XKD3159"),
    (10, "华阳1号", "益阳华洋航运有限公司", "430921", "省", "新建", 2231, "234.00", "63.00",
     d(2024, 8, 30), None, None, "湘益XKD0002"),
    (11, "测试_号", "长沙测试航运有限公司", "430181", "省", "新建", 100, "50.00", "35.00",
     d(2024, 9, 1), None, None, "湘长XKA0999"),
    (12, "测试A号", "长沙测试航运有限公司", "430181", "省", "新建", 100, "50.00", "35.00",
     d(2024, 9, 1), None, None, "湘长XKA0998"),
    (13, "100%电动1号", "株洲新能源船务有限公司", "430221", "省", "新建", 60, "100.50", "70.35",
     d(2024, 9, 2), None, "同意", "湘株XKB0100"),
    (14, "湘1005号", "株洲新能源船务有限公司", "430221", "省", "改建", 60, "101.00", "70.70",
     d(2024, 9, 2), None, None, "湘株XKB1005"),
    (15, "湘芷客0179", "芷江景达水上客运有限公司", "431228", "省", "拆解", 18, "40.00", "2.77",
     d(2024, 10, 19), None, None, "湘怀XKE0179"),
    (16, "湘南县机0230", "益阳鹏天运输有限公司", "430921", "部", "拆解", 1157, "400.00",
     "115.70", d(2024, 8, 30), d(2024, 12, 3), "同意", "湘益XKD0230"),
    (17, "更新船1号", "益阳鹏天运输有限公司", "430921", "部", "更新", 66, "66.00", "4.95",
     d(2024, 8, 30), None, "退回", "湘益XKD0066"),
    (18, "益阳油船", "益阳鹏天运输有限公司", "430902", "部", "新建", 888, "500.00", "133.20",
     d(2024, 8, 30), None, None, "湘益XKD0889"),
    (19, "湘衡阳客0518", "衡阳畅达水路客运有限公司", "430421", "省", "拆解", 10, "20.00", "1.20",
     d(2024, 5, 20), None, "同意", "湘衡XKF0518"),
    (20, "湘衡阳机1198", "衡阳市东江物流有限责任公司", "430405", "部", "新建", 3000, "800.00",
     "450.00", d(2024, 11, 1), None, None, "湘衡XKF1198"),
    (21, "湘岳阳货0021", "岳阳市恒源船务有限公司", "430602", "省", "拆解", 520, "300.00", "55.12",
     d(2024, 6, 1), d(2024, 10, 10), "同意", "湘岳XKG0021"),
    (22, "湘岳阳货0022", "岳阳市恒源船务有限公司", "430602", "省", "拆解", 520, "300.00", "55.12",
     d(2024, 6, 1), None, None, "湘岳XKG0022"),
    (23, "湘常德客0066", "常德市武陵区客运站", "430702", "部", "更新", 80, "90.00", "4.80",
     d(2024, 7, 15), None, "同意", "湘常XKH0066"),
    (24, "湘张家界001", "长航局股份有限公司", "430821", "部", "拆解", 55, "60.00", "5.50",
     d(2024, 9, 10), None, None, "湘张XKJ0001"),
    (25, "湘娄底货0008", "娄底市湘中船务有限公司", "431302", "省", "拆解", 22, "30.00", "1.98",
     d(2024, 9, 10), None, "退回", "湘娄XKK0008"),
    (26, "湘郴州客0003", "郴州东江湖旅游有限公司", "431002", "省", "新建", 30, "150.00", "105.00",
     d(2024, 10, 1), None, None, "湘郴XKL0003"),
    (27, "湘永州货0101", "永州潇湘船务有限公司", "431102", "省", "拆解", 150, "80.00", "12.15",
     d(2024, 7, 1), None, "同意", "湘永XKM0101"),
    (28, "湘吉首客0001", "湘西州凤凰旅游有限公司", "433101", "省", "新建", 20, "45.00", "31.50",
     d(2024, 8, 1), None, None, "湘西XKN0001"),
    (29, "湘凤凰客0002", "湘西州凤凰旅游有限公司", "433123", "部", "新建", 40, "60.00", "6.00",
     d(2024, 8, 1), None, None, None),
    (30, "湘长沙货0030", "长沙顺达航运有限公司", "430102", "省", "拆解", 345, None, None,
     None, None, None, "湘长XKA0030"),
]
ALL = set(range(1, 31))
KEYS = [c.key for c in records.columns]


@pytest.fixture(scope="module")
def db() -> Iterator[sa.Connection]:
    engine = sa.create_engine("sqlite://")
    metadata.create_all(engine)
    rows = [dict(zip(KEYS, row, strict=True)) for row in ROWS]
    for row in rows:
        for key in ("power", "estimate"):
            row[key] = None if row[key] is None else Decimal(row[key])
    with engine.connect() as connection:
        connection.execute(records.insert(), rows)
        yield connection
    engine.dispose()


def run(db: sa.Connection, query: Query, source: Any = records) -> list[int]:
    """The ids the query returns, in the query's order."""
    where, order_by = query.compile(source)
    id_column = records.c.id if source is records else source.id
    return list(db.execute(sa.select(id_column).where(where).order_by(*order_by)).scalars())


def ids(db: sa.Connection, *conditions: Any) -> set[int]:
    return set(run(db, Query(conditions)))


class TestEqual:
    def test_dropdown_value(self, db: sa.Connection) -> None:
        assert ids(db, Equal("policy", Policy.MINISTRY)) == {2, 4, 5, 6, 16, 17, 18, 20, 23, 24, 29}

    def test_decision_value(self, db: sa.Connection) -> None:
        assert ids(db, Equal("county_result", Decision.PASS)) == {
            1, 4, 5, 6, 8, 13, 16, 19, 21, 23, 27,
        }

    def test_number(self, db: sa.Connection) -> None:
        assert ids(db, Equal("gross_tonnage", 520)) == {21, 22}

    def test_no_choice_is_ignored(self, db: sa.Connection) -> None:
        assert ids(db, Equal("policy", None)) == ALL


class TestContains:
    def test_text_contains(self, db: sa.Connection) -> None:
        assert ids(db, Contains("ship_name", "长沙")) == {1, 2, 6, 30}

    def test_underscore_is_literal(self, db: sa.Connection) -> None:
        assert ids(db, Contains("ship_name", "_")) == {11}
        assert ids(db, Contains("ship_name", "试_号")) == {11}

    def test_percent_is_literal(self, db: sa.Connection) -> None:
        assert ids(db, Contains("ship_name", "100%")) == {13}
        assert ids(db, Contains("ship_name", "%")) == {13}

    def test_escape_character_itself_is_literal(self, db: sa.Connection) -> None:
        assert ids(db, Contains("ship_name", "/")) == {8}
        assert ids(db, Contains("ship_name", "1/华")) == {8}

    def test_ascii_case_is_ignored(self, db: sa.Connection) -> None:
        assert ids(db, Contains("licence", "xka")) == {1, 2, 6, 11, 12, 30}

    def test_compiled_like_escapes(self) -> None:
        where, _ = Query([Contains("ship_name", "100%_")]).compile(records)
        sql = str(where.compile(compile_kwargs={"literal_binds": True}))
        assert sql == "(lower(records.ship_name) LIKE '%' || lower('100/%/_') || '%' ESCAPE '/')"

    def test_empty_text_is_ignored(self, db: sa.Connection) -> None:
        assert ids(db, Contains("ship_name", "")) == ALL

    @pytest.mark.parametrize("text", ["湘 长沙", "长沙\t", "\u200b长沙"])
    def test_invisible_characters_are_refused(self, text: str) -> None:
        with pytest.raises(ValueError, match="含空格等不可见字符，请删除后再查询。"):
            Contains("ship_name", text)


class TestAnyOf:
    def test_or_inside_one_condition(self, db: sa.Connection) -> None:
        assert ids(db, AnyOf("project", (Project.NEW, Project.REFIT))) == {
            3, 7, 8, 10, 11, 12, 13, 14, 18, 20, 26, 28, 29,
        }

    def test_none_picks_the_unreviewed(self, db: sa.Connection) -> None:
        unreviewed = {3, 7, 10, 11, 12, 14, 15, 18, 20, 22, 24, 26, 28, 29, 30}
        assert ids(db, AnyOf("county_result", (None,))) == unreviewed
        assert ids(db, AnyOf("county_result", (Decision.RETURN, None))) == unreviewed | {
            2, 9, 17, 25,
        }

    def test_nothing_selected_is_ignored(self, db: sa.Connection) -> None:
        assert ids(db, AnyOf("project", ())) == ALL

    def test_a_list_is_kept_as_a_tuple(self) -> None:
        assert AnyOf("project", ["拆解", "更新"]).values == ("拆解", "更新")  # type: ignore[arg-type]


class TestRange:
    def test_only_a_lower_bound(self, db: sa.Connection) -> None:
        assert ids(db, Range("gross_tonnage", low=1000)) == {2, 8, 10, 16, 20}

    def test_only_an_upper_bound(self, db: sa.Connection) -> None:
        assert ids(db, Range("gross_tonnage", high=20)) == {5, 6, 15, 19, 28}

    def test_both_bounds_are_inclusive(self, db: sa.Connection) -> None:
        assert ids(db, Range("gross_tonnage", 25, 60)) == {3, 7, 13, 14, 24, 26, 29}

    def test_decimal_bounds_on_numeric_columns(self, db: sa.Connection) -> None:
        assert ids(db, Range("power", Decimal("100.50"), Decimal("101.00"))) == {3, 13, 14}
        assert ids(db, Range("estimate", high=Decimal("2.25"))) == {2, 6, 19, 25}

    def test_dates_open_on_either_end(self, db: sa.Connection) -> None:
        assert ids(db, Range("applied_on", low=date(2024, 9, 1))) == {
            11, 12, 13, 14, 15, 20, 24, 25, 26,
        }
        assert ids(db, Range("applied_on", high=date(2024, 6, 15))) == {1, 4, 19, 21, 22}
        assert ids(db, Range("applied_on", date(2024, 8, 29), date(2024, 8, 30))) == {
            2, 3, 5, 6, 7, 8, 10, 16, 17, 18,
        }

    def test_no_bounds_is_ignored(self, db: sa.Connection) -> None:
        assert ids(db, Range("applied_on")) == ALL

    def test_reversed_bounds_are_refused(self) -> None:
        with pytest.raises(ValueError) as caught:
            Range("gross_tonnage", 10, 5)
        assert str(caught.value) == "起值10大于止值5，请交换两个值或清空其中一个。"


class TestNullsAndRegions:
    def test_is_null_and_not_null(self, db: sa.Connection) -> None:
        assert ids(db, NotNull("archived_on")) == {4, 5, 16, 21}
        assert ids(db, IsNull("archived_on")) == ALL - {4, 5, 16, 21}

    @pytest.mark.parametrize(
        ("prefix", "expected"),
        [
            ("4301", {1, 2, 6, 11, 12, 30}),
            ("4309", {7, 8, 9, 10, 16, 17, 18}),
            ("430102", {1, 30}),
            ("4331", {28, 29}),
            ("43", ALL),
            ("", ALL),
        ],
    )
    def test_region_prefix(self, db: sa.Connection, prefix: str, expected: set[int]) -> None:
        assert ids(db, RegionPrefix("region_code", prefix)) == expected

    @pytest.mark.parametrize("prefix", ["43%", "4301000", "四三"])
    def test_bad_prefix(self, prefix: str) -> None:
        with pytest.raises(ValueError, match="应为1-6位数字，例如4301表示长沙市全域。"):
            RegionPrefix("region_code", prefix)


class TestCombination:
    def test_and_across_or_inside(self, db: sa.Connection) -> None:
        found = ids(
            db,
            Equal("policy", Policy.PROVINCE),
            AnyOf("project", (Project.SCRAP, Project.REFIT)),
            RegionPrefix("region_code", "4309"),
        )
        assert found == {8, 9}

    def test_text_and_range(self, db: sa.Connection) -> None:
        assert ids(db, Contains("applicant", "益阳"), Range("estimate", high=Decimal(10))) == {17}

    def test_unreviewed_or_returned_ministry_records(self, db: sa.Connection) -> None:
        found = ids(db, Equal("policy", "部"), AnyOf("county_result", ("退回", None)))
        assert found == {2, 17, 18, 20, 24, 29}

    def test_empty_conditions_drop_out_of_the_combination(self, db: sa.Connection) -> None:
        found = ids(
            db,
            Contains("ship_name", ""),
            AnyOf("project", ()),
            Range("gross_tonnage"),
            Equal("policy", None),
            RegionPrefix("region_code", "4331"),
        )
        assert found == {28, 29}

    def test_no_condition_at_all(self, db: sa.Connection) -> None:
        assert run(db, Query()) == list(range(1, 31))


class TestSort:
    def test_multiple_keys_with_primary_key_tie_break(self, db: sa.Connection) -> None:
        query = Query(sort=[SortRule("gross_tonnage", True), SortRule("estimate")])
        assert run(db, query) == [
            8, 20, 10, 2, 16, 18, 21, 22, 4, 1, 30, 27, 11, 12, 23,
            9, 17, 13, 14, 24, 29, 26, 3, 7, 25, 28, 15, 5, 6, 19,
        ]

    def test_decimal_sort(self, db: sa.Connection) -> None:
        query = Query([Range("estimate", low=Decimal(60))], [SortRule("estimate", True)])
        assert run(db, query) == [8, 20, 18, 16, 26, 7, 14, 3, 13, 10]

    def test_empty_values_last_in_both_directions(self, db: sa.Connection) -> None:
        changsha = [RegionPrefix("region_code", "4301")]
        assert run(db, Query(changsha, [SortRule("applied_on", True)])) == [11, 12, 2, 6, 1, 30]
        assert run(db, Query(changsha, [SortRule("applied_on")])) == [1, 2, 6, 11, 12, 30]

    def test_explicit_primary_key_key_is_not_repeated(self, db: sa.Connection) -> None:
        query = Query(
            [RegionPrefix("region_code", "4301")],
            [SortRule("county_result"), SortRule("id", descending=True)],
        )
        assert len(query.compile(records)[1]) == 2
        assert run(db, query) == [6, 1, 2, 30, 12, 11]

    def test_a_column_sorted_twice_is_refused(self) -> None:
        with pytest.raises(ValueError) as caught:
            Query(sort=[SortRule("policy"), SortRule("policy", True)])
        assert str(caught.value) == "排序规则中的列policy重复，每列只能设置一次。"


class TestSources:
    def test_orm_class(self, db: sa.Connection) -> None:
        query = Query(
            [AnyOf("project", ("新建", "改建")), Range("gross_tonnage", 25, 60)],
            [SortRule("gross_tonnage", True)],
        )
        assert run(db, query, Record) == [13, 14, 29, 26, 3, 7]

    def test_alias(self, db: sa.Connection) -> None:
        alias = records.alias("r")
        where, order_by = Query([Equal("gross_tonnage", 345)], [SortRule("ship_name")]).compile(
            alias
        )
        found = db.execute(sa.select(alias.c.id).where(where).order_by(*order_by)).scalars()
        assert list(found) == [1, 30]

    def test_unknown_column_in_a_condition(self) -> None:
        with pytest.raises(UnknownColumnError) as caught:
            Query([Contains("owner", "")]).compile(records)
        assert str(caught.value) == (
            "查询或排序引用了“records”中不存在的列“owner”。可用的列：applicant、applied_on、"
            "archived_on、county_result、estimate、gross_tonnage、id、licence、policy、power、"
            "project、region_code、ship_name。"
        )

    def test_unknown_column_in_a_sort_rule(self) -> None:
        with pytest.raises(UnknownColumnError, match="不存在的列“tonnage”"):
            Query(sort=[SortRule("tonnage")]).compile(Record)

    def test_not_a_table(self) -> None:
        with pytest.raises(TypeError, match="应为 SQLAlchemy 表或 ORM 映射类"):
            Query().compile(object())

    def test_column_names(self) -> None:
        query = Query([Equal("policy", "部"), IsNull("archived_on")], [SortRule("ship_name")])
        assert query.column_names() == {"policy", "archived_on", "ship_name"}


EVERY_KIND = Query(
    [
        Equal("policy", Policy.MINISTRY),
        Contains("ship_name", "船"),
        AnyOf("county_result", (Decision.PASS, None)),
        Range("estimate", Decimal("1.50"), None),
        Range("applied_on", date(2024, 6, 1), date(2024, 9, 30)),
        NotNull("archived_on"),
        IsNull("licence"),
        RegionPrefix("region_code", "43"),
    ],
    [SortRule("applied_on", True), SortRule("ship_name")],
)


class TestRoundTrip:
    def test_exact_json_form(self) -> None:
        assert EVERY_KIND.to_dict() == {
            "version": 1,
            "conditions": [
                {"kind": "equal", "column": "policy", "value": "部"},
                {"kind": "contains", "column": "ship_name", "text": "船"},
                {"kind": "any_of", "column": "county_result", "values": ["同意", None]},
                {"kind": "range", "column": "estimate", "low": {"decimal": "1.50"}, "high": None},
                {
                    "kind": "range",
                    "column": "applied_on",
                    "low": {"date": "2024-06-01"},
                    "high": {"date": "2024-09-30"},
                },
                {"kind": "not_null", "column": "archived_on"},
                {"kind": "is_null", "column": "licence"},
                {"kind": "region_prefix", "column": "region_code", "prefix": "43"},
            ],
            "sort": [
                {"column": "applied_on", "descending": True},
                {"column": "ship_name", "descending": False},
            ],
        }

    def test_through_json_text_and_back(self, db: sa.Connection) -> None:
        text = json.dumps(EVERY_KIND.to_dict(), ensure_ascii=False)
        again = Query.from_dict(json.loads(text))
        assert again == EVERY_KIND
        assert isinstance(again.conditions[3], Range)
        assert again.conditions[3].low == Decimal("1.50")
        assert run(db, again) == run(db, EVERY_KIND) == [5]

    def test_datetime_values(self) -> None:
        query = Query([Range("created_at", datetime(2024, 11, 10, 9, 30), None)])
        assert query.to_dict()["conditions"][0]["low"] == {"datetime": "2024-11-10T09:30:00"}
        assert Query.from_dict(query.to_dict()) == query

    @given(
        st.lists(
            st.one_of(
                st.none(),
                st.booleans(),
                st.integers(-(10**12), 10**12),
                st.floats(allow_nan=False, allow_infinity=False),
                st.decimals(allow_nan=False, allow_infinity=False, places=2),
                st.dates(),
                st.datetimes(),
                st.text(max_size=8),
            ),
            max_size=6,
        ),
        st.text(st.characters(categories=("L", "N", "P", "S")), max_size=8),
        st.lists(
            st.tuples(st.sampled_from(KEYS), st.booleans()), max_size=4, unique_by=lambda r: r[0]
        ),
    )
    def test_any_query_survives_json(
        self, values: list[Any], text: str, sort: list[tuple[str, bool]]
    ) -> None:
        query = Query(
            [AnyOf("policy", tuple(values)), Contains("ship_name", text)]
            + [Equal("project", value) for value in values],
            [SortRule(column, descending) for column, descending in sort],
        )
        again = Query.from_dict(json.loads(json.dumps(query.to_dict())))
        assert again == query
        assert [type(v) for v in again.conditions[0].values] == [type(v) for v in values]  # type: ignore[union-attr]


def equal_x(payload: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "equal", "column": "x", **payload}


def range_x(payload: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "range", "column": "x", **payload}


class TestBadInput:
    @pytest.mark.parametrize(
        ("data", "message"),
        [
            ({"version": 2}, "查询格式版本2不受支持，应为1。"),
            (
                {"version": 1, "conditions": [{"kind": "like", "column": "x"}]},
                "未知的查询条件类型'like'，应为：equal、contains、any_of、range、is_null、not_null、"
                "region_prefix。",
            ),
            (
                {"version": 1, "conditions": [{"kind": "equal", "value": 1}]},
                "查询条件缺少列名：{'kind': 'equal', 'value': 1}",
            ),
            (
                {"version": 1, "conditions": [equal_x({"value": {"money": "1"}})]},
                "无法读取查询值{'money': '1'}",
            ),
            (
                {"version": 1, "conditions": [range_x({"low": {"decimal": "NaN"}})]},
                "无法读取查询值{'decimal': 'NaN'}",
            ),
            (
                {"version": 1, "conditions": [range_x({"low": 9, "high": 1})]},
                "起值9大于止值1，请交换两个值或清空其中一个。",
            ),
            (
                {"version": 1, "conditions": [{"kind": "contains", "column": "x", "text": "a b"}]},
                "查询文本“a b”含空格等不可见字符，请删除后再查询。",
            ),
            ({"version": 1, "conditions": {"kind": "equal"}}, "查询的“conditions”应为对象列表。"),
            (
                {"version": 1, "sort": [{"column": "x", "descending": "yes"}]},
                "排序方向应为 true/false：'yes'",
            ),
            (
                {"version": 1, "sort": [{"column": "x"}, {"column": "x"}]},
                "排序规则中的列x重复，每列只能设置一次。",
            ),
        ],
    )
    def test_malformed_queries_say_what_is_wrong(self, data: dict[str, Any], message: str) -> None:
        with pytest.raises(QueryFormatError) as caught:
            Query.from_dict(data)
        assert str(caught.value) == message

    def test_values_that_cannot_be_saved(self) -> None:
        with pytest.raises(TypeError, match="查询条件不支持list类型的值"):
            Query([Equal("policy", ["部"])]).to_dict()  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="查询数值NaN无效"):
            Query([Equal("estimate", Decimal("NaN"))]).to_dict()
