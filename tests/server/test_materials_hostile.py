"""Hostile and wrong material zips through the API: each is refused with every problem named,
and nothing at all is stored — no blob file, no row, no version (SPEC §6)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from core.materials import MIB
from server.auth.passwords import Passwords
from server.db import Database
from server.models import SubsidyYear
from server.settings import Settings
from tests.server.helpers import write_headers
from tests.server.material_checks import (
    materials_url,
    record_version,
    snapshot,
    upload,
    valid_files,
)
from tests.server.ship_world import World, seed
from tests.server.zips import RawEntry, big_pdf, bomb_entry, pdf, raw_zip, zip_of

FORM = "资金申请表（申请）.pdf"
LICENCE = "经营许可证（水路运输）.pdf"
PHOTO = "船舶照片（申请）.pdf"


def _raw(files: dict[str, bytes], *extra: RawEntry, drop: tuple[str, ...] = ()) -> bytes:
    kept = [RawEntry(name, data) for name, data in files.items() if name not in drop]
    return raw_zip([*kept, *extra])


def zip_slip() -> bytes:
    return _raw(valid_files(), RawEntry("../../etc/cron.d/evil.pdf", pdf("恶意文件")))


def zip_bomb() -> bytes:
    return _raw(valid_files(), bomb_entry(FORM), drop=(FORM,))


def encrypted_entry() -> bytes:
    files = valid_files()
    return _raw(files, RawEntry(FORM, files[FORM], flags=0x801), drop=(FORM,))


def fake_pdf() -> bytes:
    return zip_of({**valid_files(), LICENCE: "这是一个改了扩展名的 Word 文档".encode()})


def nested_zip() -> bytes:
    inner = zip_of({PHOTO: pdf("船舶照片")})
    return zip_of({**valid_files(), "船舶照片（申请）.zip": inner})


def oversize_file() -> bytes:
    return zip_of({**valid_files(), FORM: big_pdf(5 * MIB + 200 * 1024)})


def wrong_names() -> bytes:
    files = valid_files()
    renamed = {name: data for name, data in files.items() if name != FORM}
    renamed["资金申请表(申请).pdf"] = files[FORM]
    renamed["申请人全家福.pdf"] = pdf("全家福")
    return zip_of(renamed)


def missing_names() -> bytes:
    files = valid_files()
    return zip_of({name: files[name] for name in list(files)[:2]})


def mixed() -> bytes:
    files = valid_files()
    return _raw(
        {name: data for name, data in files.items() if name not in (FORM, LICENCE)},
        RawEntry("../evil.pdf", pdf("恶意")),
        RawEntry(LICENCE, b"GIF89a not a pdf at all"),
        RawEntry("资金申请表（省市归档）.pdf", pdf("省市归档")),
        RawEntry("随便.pdf", pdf("随便")),
    )


CASES: list[tuple[str, Callable[[], bytes], list[str]]] = [
    ("zip_slip", zip_slip, ["unsafe_path"]),
    ("zip_bomb", zip_bomb, ["zip_bomb"]),
    ("encrypted_entry", encrypted_entry, ["encrypted_entry"]),
    ("fake_pdf", fake_pdf, ["not_pdf"]),
    ("nested_zip", nested_zip, ["nested_archive"]),
    ("oversize_file", oversize_file, ["file_too_large"]),
    ("wrong_names", wrong_names, ["misnamed", "unknown_name"]),
    ("missing_names", missing_names, ["missing_required"] * 5),
    (
        "mixed",
        mixed,
        ["unsafe_path", "not_pdf", "reserved_name", "unknown_name", "missing_required"],
    ),
]


@pytest.mark.parametrize(("case", "build", "codes"), CASES, ids=[c[0] for c in CASES])
def test_a_hostile_zip_is_refused_with_every_problem_and_nothing_is_stored(
    client: TestClient,
    database: Database,
    passwords: Passwords,
    settings: Settings,
    case: str,
    build: Callable[[], bytes],
    codes: list[str],
) -> None:
    world = seed(client, database, passwords)
    version = record_version(database, world.application_id)
    data = build()
    before = snapshot(database, settings, world.application_id)

    response = upload(client, world.editor, world.application_id, data, version=version)

    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == "zip_rejected"
    assert sorted(e["code"] for e in body["errors"]) == sorted(codes)
    assert body["detail"].startswith(f"压缩包有 {len(codes)} 个问题，请全部改正后重新上传：")
    for number, error in enumerate(body["errors"], 1):
        assert error["field"] == "zip"
        assert f"{number}. {error['message']}" in body["detail"]
    assert snapshot(database, settings, world.application_id) == before


def test_messages_name_the_offending_entries(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    world = seed(client, database, passwords)
    version = record_version(database, world.application_id)

    response = upload(client, world.editor, world.application_id, mixed(), version=version)

    messages = {e["code"]: e["message"] for e in response.json()["errors"]}
    assert "“../evil.pdf”的路径不安全" in messages["unsafe_path"]
    assert messages["not_pdf"].startswith(f"“{LICENCE}”不是有效的 PDF 文件")
    assert "由市州或省中心上传" in messages["reserved_name"]
    assert "“随便.pdf”不在本次应上传的材料清单中" in messages["unknown_name"]
    assert messages["missing_required"] == (
        f"压缩包中缺少必需材料“{FORM}”，请扫描为 PDF 并按此名称放入压缩包"
    )


def test_a_file_that_is_not_a_zip_is_refused(
    client: TestClient, database: Database, passwords: Passwords, settings: Settings
) -> None:
    world = seed(client, database, passwords)
    version = record_version(database, world.application_id)
    before = snapshot(database, settings, world.application_id)

    response = upload(
        client, world.editor, world.application_id, b"Rar!\x1a\x07\x00", version=version
    )

    assert response.status_code == 422
    assert [e["code"] for e in response.json()["errors"]] == ["not_a_zip"]
    assert snapshot(database, settings, world.application_id) == before


def _small_year(database: Database, world: World) -> int:
    with database.write() as session:
        year = session.get(SubsidyYear, "2024")
        assert year is not None
        year.zip_limit_mb = 2
    return record_version(database, world.application_id)


def test_a_zip_over_the_years_limit_is_refused_early_with_413(
    client: TestClient, database: Database, passwords: Passwords, settings: Settings
) -> None:
    world = seed(client, database, passwords)
    version = _small_year(database, world)
    data = zip_of({**valid_files(), "船舶照片（申请）.pdf": big_pdf(2 * MIB + 10_000)})
    before = snapshot(database, settings, world.application_id)

    response = upload(client, world.editor, world.application_id, data, version=version)

    assert response.status_code == 413
    body = response.json()
    assert body["code"] == "payload_too_large"
    assert body["limit_bytes"] == 2 * MIB
    assert body["detail"].startswith("压缩包超过本年度压缩包上限 2 MB")
    assert snapshot(database, settings, world.application_id) == before


def _multipart(data: bytes, boundary: str = "reviewdesk-test-boundary") -> tuple[bytes, str]:
    head = (
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="zip"; filename="材料.zip"\r\n'
        "Content-Type: application/zip\r\n\r\n"
    ).encode()
    body = head + data + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def test_a_chunked_body_without_length_is_cut_off_at_the_limit(
    client: TestClient, database: Database, passwords: Passwords, settings: Settings
) -> None:
    world = seed(client, database, passwords)
    version = _small_year(database, world)
    body, content_type = _multipart(big_pdf(3 * MIB))
    before = snapshot(database, settings, world.application_id)

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(body), 64 * 1024):
            yield body[start : start + 64 * 1024]

    response = client.post(
        materials_url(world.application_id),
        content=chunks(),
        headers={**write_headers(world.editor, version=version), "Content-Type": content_type},
    )

    assert response.status_code == 413
    assert response.json()["code"] == "payload_too_large"
    assert snapshot(database, settings, world.application_id) == before


def test_a_declared_length_over_the_limit_is_refused_before_reading(
    client: TestClient, database: Database, passwords: Passwords, settings: Settings
) -> None:
    world = seed(client, database, passwords)
    version = _small_year(database, world)
    body, content_type = _multipart(b"PK\x05\x06" + bytes(18))
    headers = {
        **write_headers(world.editor, version=version),
        "Content-Type": content_type,
        "Content-Length": str(3 * MIB),
    }
    before = snapshot(database, settings, world.application_id)

    response = client.post(materials_url(world.application_id), content=body, headers=headers)

    assert response.status_code == 413
    assert snapshot(database, settings, world.application_id) == before


def test_a_request_without_the_zip_field_lists_the_field(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    world = seed(client, database, passwords)
    version = record_version(database, world.application_id)

    wrong_field = client.post(
        materials_url(world.application_id),
        files={"file": ("材料.zip", zip_of(valid_files()), "application/zip")},
        headers=write_headers(world.editor, version=version),
    )
    not_multipart = client.post(
        materials_url(world.application_id),
        content=zip_of(valid_files()),
        headers={**write_headers(world.editor, version=version), "Content-Type": "application/zip"},
    )

    assert wrong_field.status_code == 422
    assert wrong_field.json()["errors"] == [
        {"field": "zip", "message": "请选择要上传的 Zip 压缩包（字段名 zip）"}
    ]
    assert not_multipart.status_code == 422
    assert not_multipart.json()["errors"][0]["field"] == "zip"


def test_zipfile_cannot_write_what_the_hostile_builder_writes() -> None:
    """Guard for the builder: Python's writer drops the encryption flag, so raw bytes are needed."""
    archive = zipfile.ZipFile(io.BytesIO(encrypted_entry()))
    flags = {info.filename: info.flag_bits for info in archive.infolist()}
    assert flags[FORM] & 0x1
