"""The registries agree with every record the platform passed and explain, in core's own
words, every record it failed (core.joint_review against the loaded registry tables)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from core.joint_review import (
    PASS_OPINION,
    CertificateEntry,
    InspectionEntry,
    LicenceEntry,
    OwnershipEntry,
    Registries,
    ShipFacts,
    review_ship,
)
from core.materials import operation_for_ship_type
from core.vocab import Level, Policy, Project, RecordKind
from tests.demo.conftest import LoadedWorld


def _registries(loaded: LoadedWorld) -> Registries:
    return Registries(
        [
            LicenceEntry(
                r["operator"], r["licence_no"], r["valid_from"], r["valid_until"], r["cancelled_on"]
            )
            for r in loaded.rows("registry_operator_licences")
        ],
        [
            CertificateEntry(
                r["ship_name"],
                r["certificate_no"],
                r["issued_on"],
                r["expires_on"],
                r["cancelled_on"],
            )
            for r in loaded.rows("registry_operation_certificates")
        ],
        [
            OwnershipEntry(
                r["ship_name"], r["ship_id_no"], r["registered_on"], r["deregistered_on"]
            )
            for r in loaded.rows("registry_ownerships")
        ],
        [
            InspectionEntry(r["ship_name"], r["ship_id_no"], r["inspected_on"], r["valid_until"])
            for r in loaded.rows("registry_inspections")
        ],
    )


def _facts(kind: RecordKind, row: dict[str, Any]) -> ShipFacts:
    return ShipFacts(
        kind=kind,
        policy=Policy(row["policy"]),
        project=Project(row["project"]),
        operation=operation_for_ship_type(row["ship_type"]),
        ship_name=row["ship_name"],
        operator=row["operator"],
        licence_no=row["licence_no"],
        operation_cert_no=row["operation_cert_no"],
        ship_id_no=row["ship_id_no"],
        application_date=row["application_date"],
        dismantle_start=row.get("dismantle_start"),
        archive_date=row.get("archive_date"),
    )


def _records(loaded: LoadedWorld) -> list[tuple[RecordKind, dict[str, Any]]]:
    return [(RecordKind.APPLICATION, row) for row in loaded.rows("applications")] + [
        (RecordKind.COMPLETION, row) for row in loaded.rows("completions")
    ]


def _platform_opinions(loaded: LoadedWorld) -> dict[str, str]:
    """Record id → the opinion of its latest platform result in the audit log."""
    latest: dict[str, tuple[Any, str]] = {}
    for result in loaded.rows("review_results"):
        if result["level"] == Level.PLATFORM and (
            result["record_id"] not in latest
            or result["review_date"] >= latest[result["record_id"]][0]
        ):
            latest[result["record_id"]] = (result["review_date"], result["opinion"])
    return {record_id: opinion for record_id, (_day, opinion) in latest.items()}


def test_platform_results_are_the_cores_verdict_on_the_registries(loaded: LoadedWorld) -> None:
    registries = _registries(loaded)
    failures: Counter[str] = Counter()
    opinions = _platform_opinions(loaded)
    for kind, row in _records(loaded):
        outcome = review_ship(_facts(kind, row), registries)
        if row["platform_result"] == "退回":
            assert not outcome.passed, row
            assert row["joint_review_problems"] == outcome.opinion
            failures.update(problem.finding.value for problem in outcome.problems)
        elif row["platform_result"] == "同意":
            assert outcome.passed, (row, outcome.texts)
            assert row["joint_review_problems"] == ""  # as the server's run keeps a pass
            assert opinions[row["id"]] == PASS_OPINION  # the pass is said in the audit log
        else:
            assert row["joint_review_problems"] == ""
    assert {"许可证号或经营人名错", "营运证无效", "无所有权登记"} <= set(failures), failures


def test_some_records_waiting_for_the_platform_will_fail_it(loaded: LoadedWorld) -> None:
    registries = _registries(loaded)
    waiting = [
        (kind, row)
        for kind, row in _records(loaded)
        if row["platform_result"] is None and row["materials_uploaded_on"] is not None
    ]
    verdicts = [review_ship(_facts(kind, row), registries).passed for kind, row in waiting]
    assert any(verdicts) and not all(verdicts)


def test_registry_loads_describe_the_registry_files(loaded: LoadedWorld) -> None:
    import hashlib

    loads = loaded.rows("registry_loads")
    assert len(loads) == 4
    for load in loads:
        content = (loaded.data_dir / load["source"]).read_bytes()
        assert hashlib.sha256(content).hexdigest() == load["sha256"]
        assert content.decode("utf-8").count("\n") == load["row_count"] + 1
