"""Pools of realistic Chinese names for the demo world, drawn from a seeded RNG.

Realistic enough that reviewers recognise the shapes they see every day (company
names built on the county name, ships named "湘岳阳货1234"), deterministic so
a demo and a test see the same world for the same seed. Every shape here passes the
field rules of ``core.validators`` (names only of 汉字, addresses of 汉字 and digits, phone
numbers with their area code); the demo tests check that for every generated value.

Ship types are not here: they come from the year's standards table, which is data.
"""

from __future__ import annotations

import random
from types import MappingProxyType
from typing import Final

SURNAMES: Final = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤"
)
GIVEN: Final = (
    "国建华明军平志伟红春林海兵强文辉光良清水云峰涛亮丽芳英玲敏静燕霞秀桂兰凤德荣富贵安顺利达成永新"
)
TRADE: Final = ("船务", "航运", "水运", "运输", "物流", "港航", "客运", "旅游开发", "砂石", "航务")
SUFFIX: Final = ("有限公司", "有限责任公司", "股份有限公司")
BANKS: Final = (
    "中国农业银行",
    "中国工商银行",
    "中国建设银行",
    "中国银行",
    "交通银行",
    "湖南农村信用社",
    "长沙银行",
    "华融湘江银行",
    "中国邮政储蓄银行",
)
TOWNS: Final = (
    "城关", "西渡", "文星", "渠江", "棋梓", "沅江", "洞庭", "白沙",
    "新港", "金山", "芦淞", "湘江", "资江", "澧水", "沅水",
)  # fmt: skip
ROADS: Final = (
    "人民路", "建设路", "滨江路", "解放路", "新华路",
    "金山南路", "湘江南路", "沿江大道", "迎宾路", "五一路",
)  # fmt: skip

OUT_OF_PROVINCE: Final = (
    ("湖北省武汉市江岸区", "420102"),
    ("湖北省宜昌市西陵区", "420502"),
    ("江西省九江市浔阳区", "360403"),
    ("重庆市万州区", "500101"),
    ("广东省广州市黄埔区", "440112"),
    ("江苏省南京市鼓楼区", "320106"),
    ("安徽省芜湖市镜湖区", "340202"),
    ("四川省泸州市江阳区", "510502"),
    ("浙江省宁波市北仑区", "330206"),
)
"""(address prefix, region code) of the places ministry-policy applicants from outside Hunan
come from: the river ports up and down the Yangtze that Hunan's fleets trade with."""

AREA_CODES: Final = MappingProxyType(
    {
        "430100": "0731",
        "430200": "0731",
        "430300": "0731",
        "430400": "0734",
        "430500": "0739",
        "430600": "0730",
        "430700": "0736",
        "430800": "0744",
        "430900": "0737",
        "431000": "0735",
        "431100": "0746",
        "431200": "0745",
        "431300": "0738",
        "433100": "0743",
    }
)
"""Telephone area code of each city, for fixed-line numbers written with it (page 3-2)."""

PORT_OF_REGISTRY: Final = MappingProxyType({"433100": "吉首"})
"""Ports of registry that are not simply the city's stem (湘西州 registers its ships at 吉首)."""


def person(rng: random.Random) -> str:
    """A 2–3 character personal name (the validators allow 2–4)."""
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def place_stem(region_name: str) -> str:
    """芙蓉区 → 芙蓉, 浏阳市 → 浏阳, 通道侗族自治县 → 通道: how company names start.

    Hunan's autonomous counties all have two-character place names before the nationality;
    南县 keeps its full name.
    """
    if "自治" in region_name:
        return region_name[:2]
    stem = region_name[:-1] if region_name[-1] in "区县市州" else region_name
    return stem if len(stem) >= 2 else region_name


def company(rng: random.Random, place: str) -> str:
    """A company name built on its county/city short name, as real registrations are."""
    core = rng.choice(GIVEN) + rng.choice(GIVEN)
    return f"{place}{core}{rng.choice(TRADE)}{rng.choice(SUFFIX)}"


def address(rng: random.Random, city: str, county: str) -> str:
    """A street address inside the given county, in the manual's 市县镇路号 shape."""
    return f"湖南省{city}{county}{rng.choice(TOWNS)}镇{rng.choice(ROADS)}{rng.randint(1, 399)}号"


def foreign_address(rng: random.Random) -> tuple[str, str]:
    """An address outside Hunan and the region code an ID number issued there starts with."""
    prefix, code = rng.choice(OUT_OF_PROVINCE)
    return f"{prefix}{rng.choice(ROADS)}{rng.randint(1, 399)}号", code


def mobile(rng: random.Random) -> str:
    """An 11-digit mobile number."""
    prefix = rng.choice(("139", "138", "137", "135", "150", "186", "189", "173"))
    return f"{prefix}{rng.randrange(10**8):08d}"


def landline(rng: random.Random, city_code: str) -> str:
    """A fixed-line number written with its area code and no hyphen (073188770055)."""
    return f"{AREA_CODES[city_code]}{rng.randint(2, 8)}{rng.randrange(10**7):07d}"


def bank_account(rng: random.Random) -> str:
    """A 16- or 19-digit account number (the rule is 9–30 digits)."""
    digits = rng.choice((16, 19))
    return str(rng.randrange(10 ** (digits - 1), 10**digits))


def ship_name(rng: random.Random, port: str, passenger: bool, serial: int) -> str:
    """Inland ship names: province + port + 货/客 + serial, e.g. 湘岳阳货1234 (湘潭货0168)."""
    kind = "客" if passenger else rng.choice(("货", "货机", "机"))
    prefix = port if port.startswith("湘") else f"湘{port}"
    return f"{prefix}{kind}{serial:04d}"


def new_ship_name(rng: random.Random, port: str, passenger: bool, serial: int) -> str:
    """A new build's name before registration numbers are painted on: 益阳客888号, 华洋兴旺3号."""
    word = rng.choice(("客", "旅游", "观光")) if passenger else rng.choice(("货", "兴旺", "顺达"))
    return f"{port}{word}{serial}号"
