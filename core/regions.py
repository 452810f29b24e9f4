"""Hunan's regions: lookup, hierarchy, query prefixes and visibility (SPEC §3).

Every record and account carries a 6-digit region code. The server filters what an account may
see by code prefix ("4301" = 长沙市 and all its counties), so the prefix of a region and the
"who sees what" rule must agree everywhere: both live here, built from the literal table in
``core.region_data``.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from core import region_data
from core.vocab import RegionLevel

PROVINCE_CODE: Final = region_data.PROVINCE[0]


@dataclass(frozen=True, slots=True)
class Region:
    """One administrative division.

    ``short_name`` is what the manual writes where it abbreviates (湘西州 for
    湘西土家族苗族自治州); for every other region it equals ``name``.
    ``is_city_pseudo`` marks a city's 市辖区 / 州辖区, the county-level region of the ships a
    city manages itself.
    """

    code: str
    name: str
    level: RegionLevel
    parent_code: str | None
    is_city_pseudo: bool = False
    short_name: str = ""

    def __post_init__(self) -> None:
        if not self.short_name:
            object.__setattr__(self, "short_name", self.name)


def _pseudo_name(city_short_name: str) -> str:
    """长沙市 -> 长沙市市辖区, 湘西州 -> 湘西州州辖区 (the manual's spelling, §3.2.2, page 6-1)."""
    return f"{city_short_name}{city_short_name[-1]}辖区"


def _build() -> tuple[dict[str, Region], dict[str, tuple[Region, ...]]]:
    """Index the literal table once: code -> region, parent code -> children in code order."""
    code, name = region_data.PROVINCE
    regions: list[Region] = [Region(code, name, RegionLevel.PROVINCE, None)]
    for city_code, city_name in region_data.CITIES:
        short = region_data.CITY_SHORT_NAMES.get(city_code, city_name)
        regions.append(Region(city_code, city_name, RegionLevel.CITY, code, False, short))
        pseudo_code = region_data.CITY_PSEUDO_CODES[city_code]
        regions.append(
            Region(pseudo_code, _pseudo_name(short), RegionLevel.COUNTY, city_code, True)
        )
    for county_code, county_name in region_data.COUNTIES:
        regions.append(Region(county_code, county_name, RegionLevel.COUNTY, f"{county_code[:4]}00"))
    by_code = {region.code: region for region in sorted(regions, key=lambda r: r.code)}
    children: dict[str, list[Region]] = {}
    for region in by_code.values():
        if region.parent_code is not None:
            children.setdefault(region.parent_code, []).append(region)
    return by_code, {parent: tuple(kids) for parent, kids in children.items()}


_BY_CODE, _CHILDREN = _build()
REGIONS: Final = MappingProxyType(_BY_CODE)


def find(code: str) -> Region | None:
    """The region of ``code``, or None when Hunan has no such region."""
    return _BY_CODE.get(code)


def get(code: str) -> Region:
    """The region of ``code``; KeyError (with a Chinese message) when there is none."""
    region = _BY_CODE.get(code)
    if region is None:
        raise KeyError(
            f"行政区划代码“{code}”不存在：请使用湖南省的6位区划代码，"
            f"如 430000（湖南省）、430100（长沙市）、430102（芙蓉区）"
        )
    return region


def canonical_code(code: str) -> str:
    """Map a retired code (株洲县 430221 …) or the manual's 433399 to the code used today."""
    return region_data.RENAMED.get(code, code)


def all_regions() -> tuple[Region, ...]:
    """Every region, province first, in code order."""
    return tuple(_BY_CODE.values())


def children(code: str) -> tuple[Region, ...]:
    """The direct children of a region in code order (a county has none)."""
    get(code)
    return _CHILDREN.get(code, ())


def cities() -> tuple[Region, ...]:
    """The 14 cities and prefectures in code order."""
    return _CHILDREN[PROVINCE_CODE]


def counties(city_code: str) -> tuple[Region, ...]:
    """The counties of a city, its 市辖区 pseudo-county included, in code order."""
    city = get(city_code)
    if city.level is not RegionLevel.CITY:
        raise ValueError(f"“{city_code} {city.name}”不是市州，只有市州才有下辖县市区")
    return _CHILDREN[city_code]


def level_of(code: str) -> RegionLevel:
    """Province, city or county level of a region."""
    return get(code).level


def parent_of(code: str) -> Region | None:
    """The region one level up (None for the province)."""
    parent_code = get(code).parent_code
    return None if parent_code is None else _BY_CODE[parent_code]


def city_of(code: str) -> Region | None:
    """The city a region belongs to: itself for a city, None for the province."""
    region = get(code)
    if region.level is RegionLevel.PROVINCE:
        return None
    if region.level is RegionLevel.CITY:
        return region
    return _BY_CODE[region.parent_code or PROVINCE_CODE]


def city_stem(code: str) -> str:
    """The city's name as application-form numbers start: 长沙, 张家界, 湘西 (page 4-8)."""
    city = city_of(code)
    if city is None:
        raise ValueError(f"“{code}”是省级区划，不属于任何市州")
    name = city.short_name
    return name[:-1] if name.endswith(("市", "州")) else name


def scope_prefix(code: str) -> str:
    """The region query prefix of SPEC §3: "43" province, "4301" a city, a county's full code.

    Every county code of a city, its pseudo-county included, starts with the city's prefix, so
    one prefix match selects the city with all its counties.
    """
    region = get(code)
    if region.level is RegionLevel.PROVINCE:
        return code[:2]
    if region.level is RegionLevel.CITY:
        return code[:4]
    return code


def is_within(code: str, scope_code: str) -> bool:
    """Whether an account of ``scope_code`` may see a record of ``code``.

    A county sees itself, a city itself and its counties, the province everything. Unknown
    codes raise KeyError rather than answer: a visibility check on a code that does not exist
    is a bug, and failing loudly denies access too.
    """
    get(code)
    return code.startswith(scope_prefix(scope_code))


def full_name(code: str) -> str:
    """The name with its ancestors: 湖南省长沙市芙蓉区; 湖南省长沙市市辖区 for a pseudo-county."""
    region = get(code)
    if region.is_city_pseudo:
        return f"{_BY_CODE[PROVINCE_CODE].name}{region.name}"
    parent = parent_of(code)
    return region.name if parent is None else f"{full_name(parent.code)}{region.name}"


def _match_start(text: str, candidates: tuple[Region, ...]) -> tuple[Region | None, int]:
    """The candidate whose full or short name starts ``text`` (longest wins) and its length."""
    best: Region | None = None
    length = 0
    for region in candidates:
        for spelled in (region.name, region.short_name):
            if len(spelled) > length and text.startswith(spelled):
                best, length = region, len(spelled)
    return best, length


def locate_address(address: str) -> Region | None:
    """The most specific Hunan region an address starts with, or None for an address elsewhere.

    Gives the 地址类别 (省内/省外) of pages 3-4 and 5-3: "湖南省衡阳市衡阳县西渡镇…" -> 衡阳县,
    "衡阳市雁峰区…" -> 雁峰区, "湘阴县文星镇…" -> 湘阴县, "武汉市汉口区…" -> None. A city may
    be written by its full or short name (湘西州); pseudo-counties never appear in addresses.
    """
    province = _BY_CODE[PROVINCE_CODE]
    text = address.strip()
    found: Region | None = None
    if text.startswith(province.name):
        text, found = text[len(province.name) :], province
    city, length = _match_start(text, cities())
    if city is not None:
        text, found = text[length:], city
    county, _ = _match_start(text, _real_counties(city))
    return county or found


def _real_counties(city: Region | None) -> tuple[Region, ...]:
    """The counties of one city, or of all cities, without the pseudo-counties."""
    pool = counties(city.code) if city is not None else all_regions()
    return tuple(
        region
        for region in pool
        if region.level is RegionLevel.COUNTY and not region.is_city_pseudo
    )
