"""Hunan's regions: the table, the hierarchy, query prefixes and who sees what (SPEC §3)."""

from __future__ import annotations

import pytest

from core import regions
from core.vocab import RegionLevel

COUNTIES_PER_CITY = {
    "430100": 9,
    "430200": 9,
    "430300": 5,
    "430400": 12,
    "430500": 12,
    "430600": 9,
    "430700": 9,
    "430800": 4,
    "430900": 6,
    "431000": 11,
    "431100": 11,
    "431200": 12,
    "431300": 5,
    "433100": 8,
}


def test_the_province_has_fourteen_cities_in_code_order() -> None:
    names = [city.name for city in regions.cities()]
    assert names == [
        "长沙市",
        "株洲市",
        "湘潭市",
        "衡阳市",
        "邵阳市",
        "岳阳市",
        "常德市",
        "张家界市",
        "益阳市",
        "郴州市",
        "永州市",
        "怀化市",
        "娄底市",
        "湘西土家族苗族自治州",
    ]
    assert [city.code for city in regions.cities()][-1] == "433100"


@pytest.mark.parametrize(("city_code", "count"), COUNTIES_PER_CITY.items())
def test_each_city_has_its_counties_plus_one_pseudo_county(city_code: str, count: int) -> None:
    counties = regions.counties(city_code)
    assert len([c for c in counties if not c.is_city_pseudo]) == count
    assert len([c for c in counties if c.is_city_pseudo]) == 1


def test_totals_122_counties_14_pseudo_counties_151_regions() -> None:
    every = regions.all_regions()
    county_level = [r for r in every if r.level is RegionLevel.COUNTY]
    assert len(every) == 151
    assert len([r for r in county_level if not r.is_city_pseudo]) == 122
    assert len([r for r in county_level if r.is_city_pseudo]) == 14
    assert every[0].code == "430000"
    assert [r.code for r in every] == sorted(r.code for r in every)


@pytest.mark.parametrize(
    ("code", "name", "level", "parent"),
    [
        ("430000", "湖南省", RegionLevel.PROVINCE, None),
        ("430100", "长沙市", RegionLevel.CITY, "430000"),
        ("430102", "芙蓉区", RegionLevel.COUNTY, "430100"),
        ("430182", "宁乡市", RegionLevel.COUNTY, "430100"),
        ("430212", "渌口区", RegionLevel.COUNTY, "430200"),
        ("430421", "衡阳县", RegionLevel.COUNTY, "430400"),
        ("430582", "邵东市", RegionLevel.COUNTY, "430500"),
        ("430624", "湘阴县", RegionLevel.COUNTY, "430600"),
        ("430781", "津市市", RegionLevel.COUNTY, "430700"),
        ("430821", "慈利县", RegionLevel.COUNTY, "430800"),
        ("430902", "资阳区", RegionLevel.COUNTY, "430900"),
        ("431081", "资兴市", RegionLevel.COUNTY, "431000"),
        ("431181", "祁阳市", RegionLevel.COUNTY, "431100"),
        ("431221", "中方县", RegionLevel.COUNTY, "431200"),
        ("431321", "双峰县", RegionLevel.COUNTY, "431300"),
        ("433101", "吉首市", RegionLevel.COUNTY, "433100"),
        ("433130", "龙山县", RegionLevel.COUNTY, "433100"),
    ],
)
def test_known_codes_names_levels_and_parents(
    code: str, name: str, level: RegionLevel, parent: str | None
) -> None:
    region = regions.get(code)
    assert (region.name, region.level, region.parent_code) == (name, level, parent)
    assert regions.level_of(code) is level
    assert region.is_city_pseudo is False


def test_pseudo_counties_follow_the_manual_and_stay_under_their_city_prefix() -> None:
    changsha = regions.get("430101")
    xiangxi = regions.get("433199")
    assert (changsha.name, changsha.is_city_pseudo, changsha.parent_code) == (
        "长沙市市辖区",
        True,
        "430100",
    )
    assert (xiangxi.name, xiangxi.is_city_pseudo, xiangxi.parent_code) == (
        "湘西州州辖区",
        True,
        "433100",
    )
    pseudo = {r.parent_code: r.code for r in regions.all_regions() if r.is_city_pseudo}
    assert pseudo == {
        city.code: ("433199" if city.code == "433100" else city.code[:4] + "01")
        for city in regions.cities()
    }
    assert regions.get("430401").name == "衡阳市市辖区"


def test_every_county_code_falls_under_its_city_prefix() -> None:
    for city in regions.cities():
        prefix = regions.scope_prefix(city.code)
        assert all(c.code.startswith(prefix) for c in regions.counties(city.code))
        assert len({c.name for c in regions.counties(city.code)}) == len(
            regions.counties(city.code)
        )


def test_short_names_only_abbreviate_xiangxi() -> None:
    assert regions.get("433100").short_name == "湘西州"
    assert regions.get("430100").short_name == "长沙市"
    assert regions.get("430102").short_name == "芙蓉区"


def test_unknown_codes() -> None:
    assert regions.find("439999") is None
    assert regions.find("433399") is None
    with pytest.raises(KeyError) as caught:
        regions.get("439999")
    assert caught.value.args[0] == (
        "行政区划代码“439999”不存在：请使用湖南省的6位区划代码，"
        "如 430000（湖南省）、430100（长沙市）、430102（芙蓉区）"
    )
    with pytest.raises(KeyError):
        regions.level_of("110000")


def test_renamed_and_manual_codes_map_to_the_codes_used_now() -> None:
    assert regions.canonical_code("430221") == "430212"
    assert regions.canonical_code("430521") == "430582"
    assert regions.canonical_code("431121") == "431181"
    assert regions.canonical_code("433399") == "433199"
    assert regions.canonical_code("430102") == "430102"


def test_children_parent_and_city() -> None:
    assert regions.children("430000") == regions.cities()
    assert [r.code for r in regions.children("430800")] == [
        "430801",
        "430802",
        "430811",
        "430821",
        "430822",
    ]
    assert regions.children("430102") == ()
    assert regions.parent_of("430000") is None
    assert regions.parent_of("430100") == regions.get("430000")
    assert regions.parent_of("433199") == regions.get("433100")
    assert regions.city_of("430000") is None
    assert regions.city_of("430100") == regions.get("430100")
    assert regions.city_of("430101") == regions.get("430100")
    assert regions.city_of("433130") == regions.get("433100")


def test_counties_of_a_non_city_is_an_error() -> None:
    with pytest.raises(ValueError, match="“430102 芙蓉区”不是市州，只有市州才有下辖县市区"):
        regions.counties("430102")
    with pytest.raises(ValueError, match="“430000 湖南省”不是市州"):
        regions.counties("430000")


@pytest.mark.parametrize(
    ("code", "prefix"),
    [
        ("430000", "43"),
        ("430100", "4301"),
        ("433100", "4331"),
        ("430102", "430102"),
        ("430101", "430101"),
        ("433199", "433199"),
    ],
)
def test_scope_prefix(code: str, prefix: str) -> None:
    assert regions.scope_prefix(code) == prefix


@pytest.mark.parametrize(
    ("record", "viewer", "sees"),
    [
        # own region
        ("430102", "430102", True),
        ("430100", "430100", True),
        ("430000", "430000", True),
        # a county does not see its parent city, the province, siblings or the city pseudo
        ("430100", "430102", False),
        ("430000", "430102", False),
        ("430103", "430102", False),
        ("430101", "430102", False),
        # the city pseudo-county sees only itself
        ("430102", "430101", False),
        ("430101", "430101", True),
        # a city sees its counties and its pseudo-county, not the province or another city
        ("430102", "430100", True),
        ("430101", "430100", True),
        ("430182", "430100", True),
        ("430000", "430100", False),
        ("430200", "430100", False),
        ("430202", "430100", False),
        # 湘西州 sees its 州辖区 (433199) and 吉首市
        ("433199", "433100", True),
        ("433101", "433100", True),
        ("431202", "433100", False),
        # the province sees everything
        ("430102", "430000", True),
        ("433199", "430000", True),
        ("431300", "430000", True),
    ],
)
def test_visibility_matrix(record: str, viewer: str, sees: bool) -> None:
    assert regions.is_within(record, viewer) is sees


def test_visibility_of_unknown_codes_raises() -> None:
    with pytest.raises(KeyError):
        regions.is_within("439999", "430000")
    with pytest.raises(KeyError):
        regions.is_within("430102", "439999")


@pytest.mark.parametrize(
    ("code", "full"),
    [
        ("430000", "湖南省"),
        ("430100", "湖南省长沙市"),
        ("430102", "湖南省长沙市芙蓉区"),
        ("430101", "湖南省长沙市市辖区"),
        ("433100", "湖南省湘西土家族苗族自治州"),
        ("433101", "湖南省湘西土家族苗族自治州吉首市"),
        ("433199", "湖南省湘西州州辖区"),
    ],
)
def test_full_name(code: str, full: str) -> None:
    assert regions.full_name(code) == full


def test_city_stem_for_application_form_numbers() -> None:
    assert regions.city_stem("431200") == "怀化"
    assert regions.city_stem("430800") == "张家界"
    assert regions.city_stem("433199") == "湘西"
    assert regions.city_stem("431000") == "郴州"
    assert regions.city_stem("431100") == "永州"
    assert [regions.city_stem(city.code) for city in regions.cities()] == [
        "长沙",
        "株洲",
        "湘潭",
        "衡阳",
        "邵阳",
        "岳阳",
        "常德",
        "张家界",
        "益阳",
        "郴州",
        "永州",
        "怀化",
        "娄底",
        "湘西",
    ]
    assert regions.city_stem("431221") == "怀化"
    with pytest.raises(ValueError, match="“430000”是省级区划，不属于任何市州"):
        regions.city_stem("430000")


@pytest.mark.parametrize(
    ("address", "code"),
    [
        ("湖南省衡阳市衡阳县西渡镇米子路7号第三间门面", "430421"),
        ("衡阳市雁峰区湘江南路12号", "430406"),
        ("湘阴县文星镇新世纪大道汽车站东", "430624"),
        ("湘乡市棋梓镇水府村20组", "430381"),
        ("益阳市资阳区金山南路668号", "430902"),
        ("岳阳市岳阳楼区经邵巷27栋三楼办公", "430602"),
        ("湘西州吉首市人民北路1号", "433101"),
        ("湘西土家族苗族自治州龙山县民安街道", "433130"),
        ("长沙市某某路1号", "430100"),
        ("湖南省某某路1号", "430000"),
        ("长沙县星沙街道", "430121"),
    ],
)
def test_locate_address_in_hunan(address: str, code: str) -> None:
    found = regions.locate_address(address)
    assert found is not None and found.code == code


@pytest.mark.parametrize("address", ["武汉市汉口区大人民", "广东省广州市天河区", ""])
def test_locate_address_elsewhere(address: str) -> None:
    assert regions.locate_address(address) is None
