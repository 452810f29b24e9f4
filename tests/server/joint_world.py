"""A hand-made registry and the county's ships it judges, one ship per kind of mismatch.

The registries are written as the CSV extracts the province hands over and loaded with the
server's own loader (``server.registry_loader``), so the joint review reads exactly what an
operator's ``load-registry`` would have put there. Dates: policy ① 2023-07-21, application ②
2024-08-30, dismantling start ③ 2024-06-10, archive ④ 2024-10-18.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from core.vocab import Decision, Policy, Project
from server.clock import DEFAULT_START
from server.db import Database
from server.registry_loader import load_registries
from tests.server.helpers import applicant_row
from tests.server.ship_world import COUNTY, OTHER_COUNTY, application_row, completion_row

OPERATOR = "长沙顺达航运有限公司"
LICENCE = "湘长XKA0001"
UPLOADED = date(2024, 11, 1)
DISMANTLED = date(2024, 6, 10)
CITY_DISTRICT = "430101"


@dataclass(frozen=True)
class Ship:
    """One application: its record fields and its registry rows (None: no such row)."""

    name: str
    policy: Policy
    project: Project
    expected: list[str] | None  # problems; None when the record is skipped
    ship_type: str = "干货船"
    licence_no: str = LICENCE
    certificate: tuple[str, str, str | None] | None = ("2022-01-01", "2027-12-31", None)
    certificate_name: str | None = None
    ownership: tuple[str, str | None] | None = ("2015-03-01", None)
    inspection: tuple[str, str] = ("2023-01-01", "2025-12-31")
    record: tuple[tuple[str, Any], ...] = ()

    @property
    def number(self) -> str:
        return self.name[-4:]

    @property
    def certificate_no(self) -> str:
        return f"湘长沙SJ（2022）{self.number}"

    @property
    def ship_id(self) -> str:
        return f"CN2022000{self.number}"


CANCELLED = ("2022-01-01", "2027-12-31", "2024-07-12")
DEREGISTERED = ("2015-03-01", "2024-07-12")

SHIPS: tuple[Ship, ...] = (
    Ship("湘长沙货1001", Policy.PROVINCE, Project.NEW, []),
    Ship(
        "湘长沙货1002",
        Policy.MINISTRY,
        Project.SCRAP,
        ["许可证号或经营人名错②"],
        licence_no="湘长XKA0099",
    ),
    Ship(
        "湘长沙货1003",
        Policy.PROVINCE,
        Project.SCRAP,
        ["营运证无效①"],
        certificate=("2023-09-01", "2027-12-31", "2024-07-12"),
        ownership=DEREGISTERED,
    ),
    Ship(
        "湘长沙货1004",
        Policy.PROVINCE,
        Project.SCRAP,
        ["无所有权登记①", "无注销记录②", "无所有权登记③"],
        ownership=None,
        certificate=CANCELLED,
    ),
    Ship("湘长沙货1005", Policy.PROVINCE, Project.SCRAP, ["无注销记录②"]),
    Ship(
        "湘长沙货1006",
        Policy.PROVINCE,
        Project.SCRAP,
        ["船检证书无效③"],
        ownership=DEREGISTERED,
        inspection=("2021-06-01", "2024-05-31"),
        certificate=CANCELLED,
    ),
    Ship(
        "湘长沙货1007",
        Policy.MINISTRY,
        Project.NEW,
        ["营运证号或船名错②"],
        certificate_name="湘长沙货1070",
    ),
    Ship(
        "长沙渡1号",
        Policy.PROVINCE,
        Project.NEW,
        [],
        ship_type="客渡船",
        licence_no="",
        certificate=None,
    ),
    Ship(
        "湘长沙货1009",
        Policy.PROVINCE,
        Project.NEW,
        None,
        record=(("county_result", str(Decision.PASS)), ("county_on", date(2024, 11, 5))),
    ),
    Ship(
        "湘长沙货1010",
        Policy.PROVINCE,
        Project.NEW,
        None,
        record=(("county_result", str(Decision.RETURN)), ("county_on", date(2024, 11, 5))),
    ),
    Ship(
        "湘长沙货1011",
        Policy.PROVINCE,
        Project.NEW,
        None,
        record=(("materials_uploaded_on", None),),
    ),
)
SKIP_REASONS = {
    "湘长沙货1009": "县级已审核（同意或退回），平台联审跳过该记录。",
    "湘长沙货1010": "县级已审核（同意或退回），平台联审跳过该记录。",
    "湘长沙货1011": "尚未上传材料压缩包（修改记录后需重传），请先上传材料再审核。",
}


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def registry_files(folder: Path, ships: tuple[Ship, ...] = SHIPS) -> list[Path]:
    """The four CSV extracts describing ``ships``."""
    licences = [[OPERATOR, LICENCE, "2020-01-01", "2030-12-31", ""]]
    certificates, ownerships, inspections = [], [], []
    for ship in ships:
        if ship.certificate is not None:
            issued, expires, cancelled = ship.certificate
            name = ship.certificate_name or ship.name
            certificates.append(
                [name, ship.certificate_no, OPERATOR, issued, expires, cancelled or ""]
            )
        if ship.ownership is not None:
            registered, deregistered = ship.ownership
            ownerships.append([ship.name, ship.ship_id, OPERATOR, registered, deregistered or ""])
        inspections.append([ship.name, ship.ship_id, f"检{ship.number}", *ship.inspection])
    return [
        _write(
            folder / "licences.csv",
            ["经营人", "许可证号", "发证日期", "有效期至", "注销日期"],
            licences,
        ),
        _write(
            folder / "certificates.csv",
            ["船名", "营运证号", "经营人", "发证日期", "有效期至", "注销日期"],
            certificates,
        ),
        _write(
            folder / "ownerships.csv",
            ["船名", "船舶识别号", "船舶所有人", "登记日期", "注销日期"],
            ownerships,
        ),
        _write(
            folder / "inspections.csv",
            ["船名", "船舶识别号", "检验证书号", "检验日期", "有效期至"],
            inspections,
        ),
    ]


def load(database: Database, folder: Path, ships: tuple[Ship, ...] = SHIPS) -> None:
    with database.write() as session:
        load_registries(session, registry_files(folder, ships), DEFAULT_START)


def add_ships(database: Database) -> dict[str, str]:
    """The county's applications (and one of another county); ship name → record id."""
    ids: dict[str, str] = {}
    with database.write() as session:
        applicant = applicant_row(COUNTY, DEFAULT_START)
        other_applicant = applicant_row(OTHER_COUNTY, DEFAULT_START)
        session.add_all([applicant, other_applicant])
        session.flush()
        for ship in SHIPS:
            values: dict[str, Any] = {
                "ship_name": ship.name,
                "policy": str(ship.policy),
                "project": str(ship.project),
                "ship_type": ship.ship_type,
                "operator": OPERATOR,
                "licence_no": ship.licence_no,
                "operation_cert_no": "" if ship.certificate is None else ship.certificate_no,
                "ship_id_no": ship.ship_id,
                "dismantle_start": DISMANTLED if ship.project is Project.SCRAP else None,
                "materials_uploaded_on": UPLOADED,
                **dict(ship.record),
            }
            row = application_row(COUNTY, applicant.id, **values)
            session.add(row)
            ids[ship.name] = row.id
        other = application_row(
            OTHER_COUNTY,
            other_applicant.id,
            ship_name="湘浏阳货2001",
            materials_uploaded_on=UPLOADED,
        )
        session.add(other)
        ids[other.ship_name] = other.id
    return ids


def completion_ship(deregistered_on: str) -> Ship:
    """A ministry-scrapping ship of the 市辖区 deregistered (both sides) on ``deregistered_on``."""
    return Ship(
        "湘长沙货1200",
        Policy.MINISTRY,
        Project.SCRAP,
        [],
        certificate=("2022-01-01", "2027-12-31", deregistered_on),
        ownership=("2015-03-01", deregistered_on),
    )


def add_completion(database: Database) -> str:
    """The 市辖区's ministry-scrapping application and its completion (archive ④ 2024-10-18)."""
    ship = completion_ship("2024-10-18")
    with database.write() as session:
        applicant = applicant_row(CITY_DISTRICT, DEFAULT_START)
        session.add(applicant)
        session.flush()
        application = application_row(
            CITY_DISTRICT,
            applicant.id,
            ship_name=ship.name,
            policy=str(Policy.MINISTRY),
            project=str(Project.SCRAP),
            operator=OPERATOR,
            licence_no=LICENCE,
            operation_cert_no=ship.certificate_no,
            ship_id_no=ship.ship_id,
            materials_uploaded_on=UPLOADED,
        )
        session.add(application)
        session.flush()
        completion = completion_row(application, materials_uploaded_on=UPLOADED)
        session.add(completion)
        return completion.id
