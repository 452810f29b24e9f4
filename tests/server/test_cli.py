"""``reviewdesk-server``: migrate, create-admin, load-registry and serve (uvicorn replaced)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import types
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from server import cli
from server.db import open_database
from server.materials.blobs import BlobStore
from server.migrate import current_revision, head_revision
from server.models import Account, RegistryLoad, RegistryOperatorLicence
from tests.pg import PgCluster
from tests.server.helpers import PASSWORD

LICENCES = (
    "经营人,许可证号,发证日期,有效期至,注销日期\n"
    "湖南晶泰运输有限公司,湘长XKA0123,2021-01-01,2026-12-31,\n"
)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data dir given by environment, with cheap argon2 so the commands run fast."""
    monkeypatch.setenv("REVIEWDESK_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("REVIEWDESK_ARGON2_TIME_COST", "1")
    monkeypatch.setenv("REVIEWDESK_ARGON2_MEMORY_KIB", "8")
    monkeypatch.setenv("REVIEWDESK_ARGON2_PARALLELISM", "1")
    monkeypatch.setenv("REVIEWDESK_MAINTENANCE_INTERVAL_MINUTES", "0")
    for name in ("REVIEWDESK_DATABASE_URL",):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def _url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'server.sqlite3'}"


def _admin_args(*extra: str) -> list[str]:
    return [
        "create-admin",
        "--account",
        "430000-1",
        "--name",
        "胡立辉",
        "--password",
        PASSWORD,
        *extra,
    ]


def test_migrate_brings_the_database_to_the_newest_revision(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["migrate"]) == 0

    db = open_database(_url(data_dir))
    assert current_revision(db.engine) == head_revision()
    db.dispose()
    assert capsys.readouterr().out.strip() == f"数据库已迁移到最新版本 {head_revision()}"


def test_create_admin_makes_an_account_that_can_log_in(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["migrate"]) == 0

    assert cli.main(_admin_args()) == 0

    assert "已创建账号 430000-1（胡立辉）" in capsys.readouterr().out
    app = cli.create_app(cli.Settings.from_env())
    with TestClient(app) as client:
        response = client.post(
            "/api/v1/auth/login", json={"account": "430000-1", "password": PASSWORD}
        )
    assert response.status_code == 200
    assert response.json()["account"]["permissions"] == ["系统", "管理", "编辑", "审核", "查询"]
    assert response.json()["account"]["unit"] == "湖南省水运事务中心"


def test_create_admin_reports_every_problem_at_once(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["migrate"]) == 0

    code = cli.main(
        [
            "create-admin",
            "--account",
            "430100-x",
            "--name",
            "Admin",
            "--password",
            "sha369@!#",
            "--permissions",
            "系统,超级",
        ]
    )

    assert code == 2
    error = capsys.readouterr().err
    assert error.startswith("账号未创建：")
    assert "账号：" in error
    assert "姓名：" in error
    assert "操作权限组合：" in error
    assert "密码：缺少大写字母" in error


def test_create_admin_refuses_an_existing_account(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["migrate"]) == 0
    assert cli.main(_admin_args()) == 0

    assert cli.main(_admin_args()) == 2
    assert "账号：430000-1 已存在" in capsys.readouterr().err


def test_sqlite_is_migrated_on_the_spot(data_dir: Path) -> None:
    assert cli.main(_admin_args()) == 0

    db = open_database(_url(data_dir))
    assert current_revision(db.engine) == head_revision()
    db.dispose()


@pytest.mark.postgres
def test_postgres_must_be_migrated_explicitly(
    data_dir: Path, pg_cluster: PgCluster, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_cluster.url(pg_cluster.create_database())

    assert cli.main([*_admin_args(), "--database-url", url]) == 1
    assert "请先运行 reviewdesk-server migrate" in capsys.readouterr().err
    assert cli.main(["migrate", "--database-url", url]) == 0
    assert cli.main([*_admin_args(), "--database-url", url]) == 0


def test_load_registry_replaces_the_table_and_records_the_load(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["migrate"]) == 0
    path = tmp_path / "licences.csv"
    path.write_text("\ufeff" + LICENCES, encoding="utf-8")

    assert cli.main(["load-registry", str(path)]) == 0
    assert cli.main(["load-registry", str(path)]) == 0

    assert "已导入 水路运政库-经营许可：1 条" in capsys.readouterr().out
    db = open_database(_url(data_dir))
    with db.read() as session:
        rows = session.scalars(select(RegistryOperatorLicence)).all()
        assert [(row.operator, row.licence_no, row.cancelled_on) for row in rows] == [
            ("湖南晶泰运输有限公司", "湘长XKA0123", None)
        ]
        load = session.get(RegistryLoad, "水路运政库-经营许可")
        assert load is not None and load.row_count == 1
    db.dispose()


def test_load_registry_with_problems_loads_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["migrate"]) == 0
    good = tmp_path / "licences.csv"
    good.write_text(LICENCES, encoding="utf-8")
    bad = tmp_path / "ships.csv"
    bad.write_text("船名,营运证号\n长沙1号,湘XN0001\n", encoding="utf-8")

    assert cli.main(["load-registry", str(good), str(bad)]) == 2

    error = capsys.readouterr().err
    assert error.startswith("登记库文件有 1 处问题，未导入任何数据：")
    assert "表头“船名,营运证号”无法识别" in error
    db = open_database(_url(data_dir))
    with db.read() as session:
        assert session.scalars(select(RegistryOperatorLicence)).all() == []
    db.dispose()


def test_serve_demo_without_the_demo_module_explains_in_chinese(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, cli.DEMO_MODULE, None)
    monkeypatch.setattr(cli.uvicorn, "run", _refuse_to_serve)

    assert cli.main(["serve", "--demo"]) == 1
    assert "演示数据加载模块 server.demo_load 尚未安装" in capsys.readouterr().err


def _refuse_to_serve(*_args: Any, **_kwargs: Any) -> None:
    raise AssertionError("the server must not start")


def test_serve_demo_migrates_loads_once_and_serves(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Any, Path, int]] = []
    served: list[tuple[FastAPI, dict[str, Any]]] = []

    def load_demo(session_factory: Any, directory: Path, records: int) -> None:
        calls.append((session_factory, directory, records))
        with session_factory.begin() as session:
            session.add(_demo_admin())

    module = types.ModuleType(cli.DEMO_MODULE)
    module.load_demo = load_demo  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, cli.DEMO_MODULE, module)
    monkeypatch.setattr(cli.uvicorn, "run", lambda app, **options: served.append((app, options)))

    args = ["serve", "--demo", "--records", "25", "--data-dir", str(data_dir), "--port", "9876"]
    assert cli.main(args) == 0
    assert cli.main(args) == 0

    assert len(calls) == 1
    assert calls[0][1:] == (data_dir, 25)
    assert [options["port"] for _, options in served] == [9876, 9876]
    assert served[0][1]["host"] == "127.0.0.1"
    db = open_database(_url(data_dir))
    with db.read() as session:
        assert session.get(Account, "430000-1") is not None
    db.dispose()


def _demo_admin() -> Account:
    return Account(
        id="430000-1",
        region_code="430000",
        name="胡立辉",
        unit="湖南省水运事务中心",
        department="",
        permissions="系统",
        password_hash="not-a-hash",
        active=True,
        created_at=datetime(2024, 11, 11, tzinfo=UTC),
        login_count=0,
        failed_logins=0,
        session_epoch=1,
    )


def test_cleanup_blobs_reports_without_deleting_unless_told(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = data_dir / "uploads" / "upload-killed.zip"
    body.parent.mkdir(parents=True)
    body.write_bytes(b"PK\x03\x04" + b"\0" * 1_999_996)
    old = datetime(2020, 1, 1, tzinfo=UTC).timestamp()
    os.utime(body, (old, old))

    assert cli.main(["cleanup-blobs"]) == 0
    report = capsys.readouterr().out
    assert "中断的写入或上传留下的临时文件：1 个（2.0 MB）" in report
    assert "试运行：未删除任何文件" in report and body.exists()

    assert cli.main(["cleanup-blobs", "--apply"]) == 0
    assert "已删除，共释放 2.0 MB" in capsys.readouterr().out and not body.exists()


def test_cleanup_blobs_refuses_a_grace_period_under_an_hour(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["cleanup-blobs", "--grace-hours", "0", "--apply"]) == 2
    assert "--grace-hours 至少为 1" in capsys.readouterr().err


def _store(data_dir: Path, *contents: bytes) -> list[str]:
    store = BlobStore(data_dir / "blobs")
    hashes = [hashlib.sha256(content).hexdigest() for content in contents]
    for sha, content in zip(hashes, contents, strict=True):
        store.put(sha, content)
    return hashes


def test_backup_dumps_the_database_then_adds_new_material_files(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(_admin_args()) == 0
    first = _store(data_dir, b"%PDF-1.7 one", b"%PDF-1.7 two")
    (data_dir / "blobs" / first[0][:2] / ".incoming-x").write_bytes(b"half")
    target = tmp_path / "backup"

    assert cli.main(["backup", "--to", str(target)]) == 0
    out = capsys.readouterr().out
    assert "新复制 2 个" in out and "已有 0 个" in out
    (dump,) = target.glob("server-*.sqlite3")
    with closing(sqlite3.connect(dump)) as copy:
        assert copy.execute("SELECT id FROM accounts").fetchall() == [("430000-1",)]
    kept = sorted(p.relative_to(target / "blobs") for p in (target / "blobs").rglob("*"))
    assert [str(p) for p in kept if p.parent.name] == sorted(f"{h[:2]}/{h[2:]}" for h in first)

    _store(data_dir, b"%PDF-1.7 three")
    assert cli.main(["backup", "--to", str(target), "--cleanup"]) == 0
    out = capsys.readouterr().out
    assert "新复制 1 个" in out and "已有 2 个" in out
    assert "已删除，共释放" in out  # the clean-up ran, after the copy


@pytest.mark.postgres
def test_backup_of_postgres_is_a_pg_restore_archive(
    data_dir: Path, tmp_path: Path, pg_cluster: PgCluster, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_cluster.url(pg_cluster.create_database())
    assert cli.main(["migrate", "--database-url", url]) == 0
    assert cli.main([*_admin_args(), "--database-url", url]) == 0
    client_bin = (pg_cluster.bin_dir / "initdb").resolve().parent  # PATH may hold links only
    pg_dump = str(client_bin / "pg_dump")
    target = tmp_path / "backup"

    args = ["backup", "--to", str(target), "--database-url", url, "--pg-dump", pg_dump]
    assert cli.main(args) == 0
    (dump,) = target.glob("server-*.dump")
    listing = subprocess.run(
        [str(client_bin / "pg_restore"), "--list", str(dump)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "TABLE DATA public accounts" in listing

    assert cli.main([*args[:-1], str(tmp_path / "no-pg_dump")]) == 1
    assert "找不到 pg_dump" in capsys.readouterr().err
