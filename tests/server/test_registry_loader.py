"""Registry CSV files: recognised by header, every problem of every file reported at once,
loaded in one transaction that replaces each registry's rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from server.clock import ManualClock
from server.db import Database
from server.models import (
    RegistryInspection,
    RegistryLoad,
    RegistryOperationCertificate,
    RegistryOperatorLicence,
    RegistryOwnership,
)
from server.registry_loader import REGISTRIES, RegistryLoadError, load_registries, parse_files

FILES = {
    "licences.csv": "经营人,许可证号,发证日期,有效期至,注销日期\n"
    "湖南晶泰运输有限公司,湘长XKA0123,2021-01-01,2026-12-31,\n"
    "益阳顺天运输有限公司,湘益XKA0007,2019/3/5,2024/3/4,2023-07-01\n",
    "certificates.csv": "船名,营运证号,经营人,发证日期,有效期至,注销日期\n"
    "长沙1号,湘长沙SJ（2022）0001,湖南晶泰运输有限公司,2022-04-26,2028-04-25,2024-04-26\n",
    "ownerships.csv": "船名,船舶识别号,船舶所有人,登记日期,注销日期\n"
    "湘益阳机0258,CN20087470692,湖南晶泰运输有限公司,2008-05-01,\n",
    "inspections.csv": "船名,船舶识别号,检验证书号,检验日期,有效期至\n"
    "湘益阳机0258,CN20087470692,,2023-05-01,2025-04-30\n",
}


def _write(directory: Path, files: dict[str, str]) -> list[Path]:
    paths = []
    for name, content in files.items():
        path = directory / name
        path.write_text(content, encoding="utf-8")
        paths.append(path)
    return paths


def _count(database: Database, model: type) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_each_registry_is_recognised_by_its_header(tmp_path: Path) -> None:
    parsed = parse_files(_write(tmp_path, FILES))

    assert [item.spec.name for item in parsed] == [spec.name for spec in REGISTRIES]
    licences = parsed[0].rows
    assert licences[1] == {
        "operator": "益阳顺天运输有限公司",
        "licence_no": "湘益XKA0007",
        "valid_from": date(2019, 3, 5),
        "valid_until": date(2024, 3, 4),
        "cancelled_on": date(2023, 7, 1),
    }
    assert parsed[3].rows[0]["certificate_no"] == ""


def test_every_problem_of_every_file_is_reported(tmp_path: Path) -> None:
    paths = _write(
        tmp_path,
        {
            "a.csv": "经营人,许可证号,发证日期,有效期至,注销日期\n"
            ",湘长XKA0123,2021-13-01,2020-12-31,\n"
            "湖南晶泰运输有限公司,湘长XKA0124,2021-01-01\n"
            "湖南晶泰运输有限公司,湘长XKA0125,2022-01-01,2021-01-01,\n",
            "b.csv": "name,number\n",
            "c.csv": "经营人,许可证号,发证日期,有效期至,注销日期\n",
        },
    )

    with pytest.raises(RegistryLoadError) as raised:
        parse_files(paths)

    problems = raised.value.problems
    assert problems[0] == f"{paths[0]} 第2行：“经营人”不能为空"
    assert (
        problems[1]
        == f"{paths[0]} 第2行：“发证日期”的值“2021-13-01”不是有效日期（应如 2024-05-21）"
    )
    assert problems[2] == f"{paths[0]} 第3行：应有 5 列，实有 3 列"
    assert problems[3] == f"{paths[0]} 第4行：结束日期早于开始日期"
    assert problems[4].startswith(f"{paths[1]}：表头“name,number”无法识别")
    assert problems[5] == (
        f"{paths[2]}：与 {paths[0]} 同为“水路运政库-经营许可”，每库只能给一个文件"
    )
    assert len(problems) == 6


def test_unreadable_and_non_utf8_files_are_problems(tmp_path: Path) -> None:
    latin = tmp_path / "gbk.csv"
    latin.write_bytes("经营人".encode("gbk"))

    with pytest.raises(RegistryLoadError) as raised:
        parse_files([tmp_path / "missing.csv", latin])

    assert raised.value.problems[0].startswith(f"{tmp_path / 'missing.csv'}：无法读取")
    assert "CSV UTF-8" in raised.value.problems[1]


def test_loading_replaces_each_registry(
    clean_database: Database, clock: ManualClock, tmp_path: Path
) -> None:
    paths = _write(tmp_path, FILES)
    with clean_database.write() as session:
        first = load_registries(session, paths, clock())
    with clean_database.write() as session:
        again = load_registries(session, paths[:1], clock())

    assert first == {spec.name: count for spec, count in zip(REGISTRIES, (2, 1, 1, 1), strict=True)}
    assert again == {"水路运政库-经营许可": 2}
    assert _count(clean_database, RegistryOperatorLicence) == 2
    assert _count(clean_database, RegistryOperationCertificate) == 1
    assert _count(clean_database, RegistryOwnership) == 1
    assert _count(clean_database, RegistryInspection) == 1
    assert _count(clean_database, RegistryLoad) == 4
