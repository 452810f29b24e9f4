"""Uploading a record's material zip (SPEC §6, manual §3.2.5): storage, replacement, flags,
preconditions, refusals and idempotent replay, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
from datetime import date

from fastapi.testclient import TestClient
from sqlalchemy import select

from core.vocab import Decision, DeclarationState, Permission
from server.auth.passwords import Passwords
from server.clock import DEFAULT_START
from server.db import Database
from server.models import (
    Application,
    Blob,
    CargoOwner,
    DeclarationStatus,
    MaterialFile,
    MonthlyReport,
    Tombstone,
)
from server.settings import Settings
from tests.server.helpers import add_account, declaration_row, login, write_headers
from tests.server.material_checks import (
    ZIP_NAME,
    materials_url,
    record_version,
    snapshot,
    upload,
    valid_files,
    valid_zip,
)
from tests.server.ship_world import CITY, EDITOR, seed
from tests.server.zips import pdf, zip_of


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _set(database: Database, record_id: str, **values: object) -> int:
    with database.write() as session:
        row = session.get(Application, record_id)
        assert row is not None
        for key, value in values.items():
            setattr(row, key, value)
    return record_version(database, record_id)


def test_a_valid_upload_stores_every_pdf_by_hash_and_resets_the_flags(
    client: TestClient, database: Database, passwords: Passwords, settings: Settings
) -> None:
    world = seed(client, database, passwords)
    version = _set(
        database,
        world.application_id,
        platform_result=str(Decision.RETURN),
        platform_on=date(2024, 11, 1),
        joint_review_problems="营运证无效①",
    )
    files = valid_files()

    response = upload(client, world.editor, world.application_id, zip_of(files), version=version)

    assert response.status_code == 200, response.text
    body = response.json()
    record = body["record"]
    assert record["kind"] == "applications" and record["id"] == world.application_id
    assert record["version"] > version
    assert response.headers["etag"] == f'"{record["version"]}"'
    assert record["data"]["materials_uploaded_on"] == "2024-11-11"
    assert record["data"]["platform_result"] is None
    assert record["data"]["platform_on"] is None
    assert record["data"]["joint_review_problems"] == ""
    stored = {f["data"]["name"]: f["data"] for f in body["files"]}
    assert set(stored) == set(files)
    for name, data in files.items():
        assert stored[name]["sha256"] == _sha(data)
        assert stored[name]["size"] == len(data)
        assert stored[name]["stage"] == "申请"
        assert stored[name]["record_kind"] == "拆建申请"
        assert stored[name]["record_id"] == world.application_id
        assert stored[name]["region_code"] == "430121"
        blob = settings.blob_dir / _sha(data)[:2] / _sha(data)[2:]
        assert blob.read_bytes() == data
    with database.read() as session:
        assert {b.sha256 for b in session.scalars(select(Blob))} >= {
            _sha(d) for d in files.values()
        }
        assert len(session.scalars(select(MaterialFile)).all()) == len(files)
    assert not list((settings.uploads_dir).iterdir())


def test_an_upload_clears_a_county_return_but_keeps_the_platform_pass(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    world = seed(client, database, passwords)
    version = _set(
        database,
        world.application_id,
        platform_result=str(Decision.PASS),
        platform_on=date(2024, 11, 1),
        county_result=str(Decision.RETURN),
        county_on=date(2024, 11, 4),
        materials_uploaded_on=date(2024, 10, 30),
    )

    response = upload(client, world.editor, world.application_id, valid_zip(), version=version)

    assert response.status_code == 200, response.text
    data = response.json()["record"]["data"]
    assert (data["platform_result"], data["platform_on"]) == ("同意", "2024-11-01")
    assert (data["county_result"], data["county_on"]) == (None, None)
    assert data["materials_uploaded_on"] == "2024-11-11"


def test_a_new_upload_replaces_the_previous_files_and_leaves_tombstones(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    world = seed(client, database, passwords)
    first_files = valid_files()
    first = upload(
        client,
        world.editor,
        world.application_id,
        zip_of(first_files),
        version=record_version(database, world.application_id),
    )
    assert first.status_code == 200
    old_ids = {f["id"] for f in first.json()["files"]}
    second_files = {**first_files, "资金申请表（申请）.pdf": pdf("资金申请表（第二次）")}
    second_files["船舶照片（申请）.pdf"] = pdf("船舶照片")

    second = upload(
        client,
        world.editor,
        world.application_id,
        zip_of(second_files),
        version=first.json()["record"]["version"],
    )

    assert second.status_code == 200, second.text
    new = {f["data"]["name"]: f for f in second.json()["files"]}
    assert set(new) == set(second_files)
    assert not old_ids & {f["id"] for f in new.values()}
    assert new["资金申请表（申请）.pdf"]["data"]["sha256"] == _sha(
        second_files["资金申请表（申请）.pdf"]
    )
    with database.read() as session:
        rows = session.scalars(select(MaterialFile)).all()
        assert {r.name for r in rows} == set(second_files)
        tombstones = session.scalars(select(Tombstone).where(Tombstone.kind == "material_files"))
        assert {t.id for t in tombstones} == old_ids
        shared = _sha(first_files["船舶检验证书（船检）.pdf"])
        assert len(session.scalars(select(Blob).where(Blob.sha256 == shared)).all()) == 1


def test_the_upload_appears_in_the_changes_feed(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    world = seed(client, database, passwords)
    since = client.get("/api/v1/sync/changes", headers=world.editor).json()["next_cursor"]
    version = record_version(database, world.application_id)

    assert upload(
        client, world.editor, world.application_id, valid_zip(), version=version
    ).is_success

    page = client.get(f"/api/v1/sync/changes?since={since}", headers=world.editor).json()
    kinds = [change["kind"] for change in page["changes"]]
    assert kinds.count("material_files") == len(valid_files())
    assert kinds.count("applications") == 1
    other = client.get(f"/api/v1/sync/changes?since={since}", headers=world.other_editor).json()
    assert other["changes"] == []


def test_replaying_an_upload_returns_the_first_answer_and_changes_nothing(
    client: TestClient, database: Database, passwords: Passwords, settings: Settings
) -> None:
    world = seed(client, database, passwords)
    version = record_version(database, world.application_id)
    data = valid_zip()
    first = upload(client, world.editor, world.application_id, data, version=version, key="k-1")
    after_first = snapshot(database, settings, world.application_id)

    replay = upload(client, world.editor, world.application_id, data, version=version, key="k-1")

    assert replay.status_code == 200
    assert replay.json() == first.json()
    assert replay.headers["idempotent-replayed"] == "true"
    assert snapshot(database, settings, world.application_id) == after_first
    other_zip = zip_of({**valid_files(), "船舶照片（申请）.pdf": pdf("另一张照片")})
    reused = upload(
        client, world.editor, world.application_id, other_zip, version=version, key="k-1"
    )
    assert reused.status_code == 422
    assert reused.json()["code"] == "idempotency_key_reuse"
    assert snapshot(database, settings, world.application_id) == after_first


def test_a_stale_version_gets_412_and_nothing_is_stored(
    client: TestClient, database: Database, passwords: Passwords, settings: Settings
) -> None:
    world = seed(client, database, passwords)
    stale = record_version(database, world.application_id)
    _set(database, world.application_id, note="已核对船名")
    before = snapshot(database, settings, world.application_id)

    response = upload(client, world.editor, world.application_id, valid_zip(), version=stale)

    assert response.status_code == 412
    assert response.json()["code"] == "version_conflict"
    assert response.json()["current"]["id"] == world.application_id
    assert snapshot(database, settings, world.application_id) == before


def test_missing_if_match_or_idempotency_key_is_refused_before_the_body_is_read(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    world = seed(client, database, passwords)

    no_version = upload(client, world.editor, world.application_id, valid_zip(), version=None)
    no_key = client.post(
        materials_url(world.application_id),
        files={"zip": (ZIP_NAME, valid_zip(), "application/zip")},
        headers={**world.editor, "If-Match": '"1"'},
    )

    assert (no_version.status_code, no_version.json()["code"]) == (428, "version_required")
    assert (no_key.status_code, no_key.json()["code"]) == (428, "idempotency_key_required")


def test_a_record_of_another_county_is_not_found(
    client: TestClient, database: Database, passwords: Passwords, settings: Settings
) -> None:
    world = seed(client, database, passwords)
    version = record_version(database, world.other_application_id)
    before = snapshot(database, settings, world.other_application_id)

    response = upload(
        client, world.editor, world.other_application_id, valid_zip(), version=version
    )

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert response.json()["detail"] == "记录不存在，或不在本账号的管辖范围内"
    assert snapshot(database, settings, world.other_application_id) == before


def test_an_account_without_edit_permission_is_forbidden(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    world = seed(client, database, passwords)
    add_account(database, passwords, "430121-3", permissions={Permission.REVIEW, Permission.QUERY})
    reviewer = login(client, "430121-3")
    version = record_version(database, world.application_id)

    response = upload(client, reviewer, world.application_id, valid_zip(), version=version)

    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"
    assert "编辑" in response.json()["detail"]


def test_a_record_the_county_passed_keeps_its_materials(
    client: TestClient, database: Database, passwords: Passwords, settings: Settings
) -> None:
    world = seed(client, database, passwords)
    version = _set(
        database,
        world.application_id,
        platform_result=str(Decision.PASS),
        platform_on=date(2024, 11, 1),
        county_result=str(Decision.PASS),
        county_on=date(2024, 11, 4),
        materials_uploaded_on=date(2024, 10, 30),
    )
    before = snapshot(database, settings, world.application_id)

    response = upload(client, world.editor, world.application_id, valid_zip(), version=version)

    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "workflow_refused"
    assert body["detail"] == "已通过县级审核，不能替换材料；如需替换材料，请县级先退回该记录。"
    assert snapshot(database, settings, world.application_id) == before


def test_a_closed_declaration_window_refuses_uploads(
    client: TestClient, database: Database, passwords: Passwords, settings: Settings
) -> None:
    world = seed(client, database, passwords)
    with database.write() as session:
        closed = declaration_row(DeclarationState.CLOSED, DEFAULT_START)
        closed.created_at = DEFAULT_START.replace(minute=5)
        session.add(closed)
    editor = login(client, EDITOR)  # a new declaration status ends every session
    version = record_version(database, world.application_id)
    before = snapshot(database, settings, world.application_id)

    response = upload(client, editor, world.application_id, valid_zip(), version=version)

    assert response.status_code == 409
    assert response.json()["code"] == "declaration_closed"
    assert response.json()["detail"].startswith("申报已关闭，不能上传材料拆建申请记录")
    assert snapshot(database, settings, world.application_id) == before
    with database.read() as session:
        assert len(session.scalars(select(DeclarationStatus)).all()) == 2


def test_a_monthly_report_takes_the_proof_named_by_its_month(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    seed(client, database, passwords)
    add_account(database, passwords, CITY, permissions={Permission.EDIT, Permission.QUERY})
    city = login(client, CITY)
    with database.write() as session:
        owner = CargoOwner(
            region_code="430100",
            year=2024,
            created_on=DEFAULT_START.date(),
            created_at=DEFAULT_START,
            created_by=CITY,
            updated_at=DEFAULT_START,
            name="长沙新港集装箱运输有限公司",
            address="长沙市开福区新港路1号",
            credit_code="91430100MA4L12345X",
            phone="073188770055",
            bank_name="中国银行长沙分行",
            bank_account="600012345678",
            city_result=str(Decision.PASS),
            city_on=date(2024, 3, 1),
        )
        session.add(owner)
        session.flush()
        report = MonthlyReport(
            region_code="430100",
            year=2024,
            created_on=DEFAULT_START.date(),
            created_at=DEFAULT_START,
            created_by=CITY,
            updated_at=DEFAULT_START,
            cargo_owner_id=owner.id,
            month=7,
            foreign_teu=120,
            domestic_teu=300,
        )
        session.add(report)
        session.flush()
        report_id, version = report.id, report.version

    wrong = upload(
        client,
        city,
        report_id,
        zip_of({"2024年08月完成量证明材料.pdf": pdf("八月完成量")}),
        version=version,
        kind="monthly_reports",
    )
    right = upload(
        client,
        city,
        report_id,
        zip_of({"2024年07月完成量证明材料.pdf": pdf("七月完成量")}),
        version=version,
        kind="monthly_reports",
    )

    assert wrong.status_code == 422
    assert [e["code"] for e in wrong.json()["errors"]] == ["unknown_name", "missing_required"]
    assert "2024年07月完成量证明材料.pdf" in wrong.json()["errors"][1]["message"]
    assert right.status_code == 200, right.text
    (stored,) = right.json()["files"]
    assert (stored["data"]["name"], stored["data"]["stage"]) == (
        "2024年07月完成量证明材料.pdf",
        "月报",
    )
    assert right.json()["record"]["data"]["materials_uploaded_on"] == "2024-11-11"


def test_applicants_have_no_materials(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    world = seed(client, database, passwords)

    response = client.post(
        f"/api/v1/records/applicants/{world.applicant_id}/materials",
        files={"zip": (ZIP_NAME, valid_zip(), "application/zip")},
        headers=write_headers(world.editor, version=1),
    )

    assert response.status_code == 404
    assert response.json()["detail"].startswith("“applicants”类记录没有材料")
