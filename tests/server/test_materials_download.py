"""Downloading materials by SHA-256 (ETag, If-None-Match, Range) and the reviewer's material
list, scoped to the account's region (SPEC §6, §7)."""

from __future__ import annotations

import hashlib

import pytest
from fastapi.testclient import TestClient

from server.auth.passwords import Passwords
from server.db import Database
from server.settings import Settings
from tests.server.material_checks import materials_url, record_version, upload, valid_files
from tests.server.ship_world import World, seed
from tests.server.zips import big_pdf, zip_of

FORM = "资金申请表（申请）.pdf"


def _uploaded(client: TestClient, database: Database, passwords: Passwords) -> tuple[World, bytes]:
    """A world whose application holds a 300 KB form (large enough for several chunks)."""
    world = seed(client, database, passwords)
    form = big_pdf(300 * 1024)
    files = {**valid_files(), FORM: form}
    version = record_version(database, world.application_id)
    response = upload(client, world.editor, world.application_id, zip_of(files), version=version)
    assert response.status_code == 200, response.text
    return world, form


def _url(data: bytes) -> str:
    return f"/api/v1/materials/{hashlib.sha256(data).hexdigest()}"


def test_the_whole_file_with_its_etag(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    world, form = _uploaded(client, database, passwords)

    response = client.get(_url(form), headers=world.editor)

    assert response.status_code == 200
    assert response.content == form
    assert response.headers["etag"] == f'"{hashlib.sha256(form).hexdigest()}"'
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-length"] == str(len(form))
    assert response.headers["accept-ranges"] == "bytes"
    assert response.headers["cache-control"] == "private, max-age=31536000, immutable"
    assert "filename*=UTF-8''%E8%B5%84%E9%87%91" in response.headers["content-disposition"]


def test_if_none_match_with_the_etag_gets_304(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    world, form = _uploaded(client, database, passwords)
    etag = client.get(_url(form), headers=world.editor).headers["etag"]

    same = client.get(_url(form), headers={**world.editor, "If-None-Match": etag})
    listed = client.get(_url(form), headers={**world.editor, "If-None-Match": f'"x", W/{etag}'})
    other = client.get(_url(form), headers={**world.editor, "If-None-Match": '"other"'})

    assert same.status_code == 304 and same.content == b""
    assert same.headers["etag"] == etag
    assert listed.status_code == 304
    assert other.status_code == 200 and other.content == form


@pytest.mark.parametrize(
    ("header", "start", "end"),
    [
        ("bytes=0-99", 0, 99),
        ("bytes=1000-", 1000, None),
        ("bytes=-500", None, None),
        ("bytes=200000-999999999", 200000, None),
    ],
)
def test_a_range_gets_206_with_exactly_those_bytes(
    client: TestClient,
    database: Database,
    passwords: Passwords,
    header: str,
    start: int | None,
    end: int | None,
) -> None:
    world, form = _uploaded(client, database, passwords)
    size = len(form)
    first = size - 500 if start is None else start
    last = size - 1 if end is None else end

    response = client.get(_url(form), headers={**world.editor, "Range": header})

    assert response.status_code == 206
    assert response.content == form[first : last + 1]
    assert response.headers["content-range"] == f"bytes {first}-{last}/{size}"
    assert response.headers["content-length"] == str(last - first + 1)
    assert response.headers["etag"] == f'"{hashlib.sha256(form).hexdigest()}"'


def test_resuming_a_download_reassembles_the_file(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    world, form = _uploaded(client, database, passwords)
    head = client.get(_url(form), headers={**world.editor, "Range": "bytes=0-65535"}).content
    etag = f'"{hashlib.sha256(form).hexdigest()}"'

    tail = client.get(
        _url(form), headers={**world.editor, "Range": "bytes=65536-", "If-Range": etag}
    )

    assert head + tail.content == form
    assert hashlib.sha256(head + tail.content).hexdigest() == hashlib.sha256(form).hexdigest()


def test_if_range_with_another_validator_sends_the_whole_file(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    world, form = _uploaded(client, database, passwords)

    response = client.get(
        _url(form), headers={**world.editor, "Range": "bytes=0-9", "If-Range": '"old"'}
    )

    assert response.status_code == 200
    assert response.content == form


@pytest.mark.parametrize(
    "header",
    ["bytes=999999999-", "bytes=10-5", "bytes=0-1,5-9", "pages=1-2", "bytes=abc", "bytes=-0"],
)
def test_a_range_that_cannot_be_served_gets_416(
    client: TestClient, database: Database, passwords: Passwords, header: str
) -> None:
    world, form = _uploaded(client, database, passwords)

    response = client.get(_url(form), headers={**world.editor, "Range": header})

    assert response.status_code == 416
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["content-range"] == f"bytes */{len(form)}"
    assert response.json()["code"] == "range_not_satisfiable"
    assert response.json()["detail"].startswith("无法返回请求的部分内容")


def test_a_blob_of_another_region_is_not_found(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    world, form = _uploaded(client, database, passwords)

    other = client.get(_url(form), headers=world.other_editor)
    unknown = client.get(f"/api/v1/materials/{'0' * 64}", headers=world.editor)
    malformed = client.get("/api/v1/materials/not-a-hash", headers=world.editor)
    anonymous = client.get(_url(form))

    assert other.status_code == unknown.status_code == malformed.status_code == 404
    assert other.json() == {**unknown.json(), "instance": other.json()["instance"]}
    assert other.json()["detail"] == "材料文件不存在，或不在本账号的管辖范围内"
    assert anonymous.status_code == 401


def test_a_replaced_file_is_no_longer_served(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    world, form = _uploaded(client, database, passwords)
    version = record_version(database, world.application_id)

    replaced = upload(
        client, world.editor, world.application_id, zip_of(valid_files()), version=version
    )

    assert replaced.status_code == 200
    assert client.get(_url(form), headers=world.editor).status_code == 404


def test_a_missing_blob_file_is_a_server_error_not_a_silent_empty_file(
    client: TestClient, database: Database, passwords: Passwords, settings: Settings
) -> None:
    world, form = _uploaded(client, database, passwords)
    digest = hashlib.sha256(form).hexdigest()
    path = settings.blob_dir / digest[:2] / digest[2:]
    path.rename(path.with_name("moved-away"))
    try:
        response = client.get(_url(form), headers=world.editor)
    finally:
        path.with_name("moved-away").rename(path)

    assert response.status_code == 500
    assert response.json()["detail"] == "服务器上的材料文件缺失或损坏，请联系系统管理员"


def test_the_material_list_shows_required_present_and_missing(
    client: TestClient, database: Database, passwords: Passwords
) -> None:
    world = seed(client, database, passwords)
    before = client.get(materials_url(world.application_id), headers=world.editor)
    assert before.status_code == 200
    assert before.json()["summary"] == {"required": 8, "present": 0, "missing": 8}
    version = record_version(database, world.application_id)

    response = upload(
        client, world.editor, world.application_id, zip_of(valid_files()), version=version
    )
    assert response.status_code == 200
    listed = client.get(materials_url(world.application_id), headers=world.editor)

    assert listed.status_code == 200
    assert listed.headers["etag"] == f'"{response.json()["record"]["version"]}"'
    body = listed.json()
    assert (body["kind"], body["stage"], body["uploaded_on"]) == (
        "applications",
        "申请",
        "2024-11-11",
    )
    states = {row["name"]: row["state"] for row in body["materials"]}
    assert states["资金申请表（申请）.pdf"] == "已上传"
    assert states["资金申请表（省市归档）.pdf"] == "缺少"
    assert states["船舶照片（申请）.pdf"] == "未上传（非必需）"
    assert "渡运许可批文（渡船）.pdf" not in states
    assert body["summary"] == {"required": 8, "present": 7, "missing": 1}
    form = next(row for row in body["materials"] if row["name"] == FORM)
    assert form["file"]["sha256"] == hashlib.sha256(valid_files()[FORM]).hexdigest()
    assert form["max_mb"] == "5"
    assert body["others"] == []
    assert (
        client.get(materials_url(world.application_id), headers=world.other_editor).status_code
        == 404
    )
