"""load_demo: consistent rows (one version counter, foreign keys, counts) and the files it
writes beside the database (accounts CSV, registries, demo zips)."""

from __future__ import annotations

from sqlalchemy import text

from core.material_list_2024 import MATERIAL_LIST_2024
from core.materials import Operation, materials_for, monthly_proof_name
from core.vocab import Policy, Project, Stage
from core.zip_inspector import Expectation, ProblemCode, inspect_zip
from server.models import Base, Synced
from server.versioning import CounterName, read_counter
from tests.demo.conftest import RECORDS, LoadedWorld


def _synced_tables() -> list[str]:
    return sorted(
        mapper.class_.__tablename__
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Synced)
    )


def test_counts_are_what_was_loaded(loaded: LoadedWorld) -> None:
    assert loaded.counts["applications"] == RECORDS
    for table, count in loaded.counts.items():
        assert len(loaded.rows(table)) == count, table
    assert loaded.counts["applicants"] < RECORDS
    assert loaded.counts["completions"] > 0


def test_versions_are_unique_and_follow_insertion(loaded: LoadedWorld) -> None:
    versions: list[int] = []
    for table in _synced_tables():
        versions += [row["version"] for row in loaded.rows(table)]
    assert len(versions) == len(set(versions))
    with loaded.db.read() as session:
        counter = read_counter(session, CounterName.VERSION)
    assert sorted(versions) == list(range(1, counter + 1))
    applications = loaded.rows("applications")
    assert [r["version"] for r in applications] == sorted(r["version"] for r in applications)


def test_foreign_keys_hold(loaded: LoadedWorld) -> None:
    with loaded.db.read() as session:
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []


def test_declaration_status_is_open_ahead_of_today(loaded: LoadedWorld) -> None:
    from tests.demo.conftest import TODAY

    statuses = sorted(loaded.rows("declaration_statuses"), key=lambda row: row["created_at"])
    current = statuses[-1]
    assert current["state"] == "开放" and current["year"] == 2024
    assert current["ship_deadline"] > TODAY and current["cargo_deadline"] > TODAY
    (year,) = loaded.rows("subsidy_years")
    assert (year["pdf_limit_mb"], year["zip_limit_mb"]) == (20, 60)


def test_demo_zips(loaded: LoadedWorld) -> None:
    folder = loaded.data_dir / "demo-zips"
    zips = sorted(folder.glob("*.zip"))
    assert (folder / "说明.txt").exists()
    good = next(path for path in zips if "有问题" not in path.name and "完成量" not in path.name)
    bad = next(path for path in zips if "有问题" in path.name)
    monthly = next(path for path in zips if "完成量" in path.name)
    ship = good.name.split("-")[0]
    (record,) = [row for row in loaded.rows("applications") if row["ship_name"] == ship]
    assert record["materials_uploaded_on"] is None
    specs = materials_for(
        MATERIAL_LIST_2024,
        Stage.APPLICATION,
        Policy(record["policy"]),
        Project(record["project"]),
        Operation.OPERATING,
    )
    expectation = Expectation.from_specs(specs)
    assert inspect_zip(good, expectation).ok
    report = inspect_zip(bad, expectation)
    assert {
        ProblemCode.MISSING_REQUIRED,
        ProblemCode.MISNAMED,
        ProblemCode.UNKNOWN_NAME,
        ProblemCode.NOT_PDF,
        ProblemCode.RESERVED_NAME,
        ProblemCode.UNSAFE_PATH,
    } <= set(report.codes), report.summary()
    month = int(monthly.name[5:7])
    monthly_specs = materials_for(MATERIAL_LIST_2024, Stage.MONTHLY_REPORT, month=month)
    assert monthly_specs[0].name == monthly_proof_name(2024, month)
    assert inspect_zip(monthly, monthly_specs).ok
