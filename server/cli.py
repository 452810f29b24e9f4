"""``reviewdesk-server``: serve the API, migrate the schema, load registries, create an admin.

    reviewdesk-server serve [--host 127.0.0.1] [--port 8765] [--data-dir DIR]
                            [--database-url URL] [--demo [--records N]] [--workers N]
                            [--exit-with-parent]
    reviewdesk-server migrate [--data-dir DIR] [--database-url URL]
    reviewdesk-server load-registry CSV… [--data-dir DIR] [--database-url URL]
    reviewdesk-server create-admin --account 430000-1 --name 胡立辉 --password 'Sha369@!#'
                                   [--unit …] [--department …] [--permissions 系统,管理,…]
    reviewdesk-server cleanup-blobs [--apply] [--grace-hours 24] [--data-dir DIR]
                                    [--database-url URL]
    reviewdesk-server backup --to DIR [--cleanup] [--pg-dump PATH] [--data-dir DIR]
                             [--database-url URL]

Options override ``REVIEWDESK_*`` environment variables (``server.settings``). Messages are in
Chinese for the operators who run it; the exit code is 0 on success, 1 when the command could
not run, 2 for invalid input.

``serve --workers N`` runs N uvicorn worker processes (PostgreSQL only: one SQLite file is not
meant for several writing processes). Each worker builds its own app through the import string
``server.app:create_app`` from ``REVIEWDESK_*`` variables, so the options resolved here are
handed down as those variables. ``--exit-with-parent`` is for the desktop's demo server
(``server.lifeline``).
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI
from sqlalchemy import func, select

from core.field_rules import FormError
from server.accounts import ADMIN_PERMISSIONS, NewAccount, create_account
from server.app import create_app
from server.auth.passwords import Passwords
from server.backup import BackupError, backup
from server.clock import system_clock
from server.db import Database, open_database
from server.lifeline import exit_with_parent
from server.materials.cleanup import DEFAULT_GRACE, cleanup_storage
from server.migrate import head_revision, pending, upgrade
from server.models import Account
from server.registry_loader import RegistryLoadError, load_registries
from server.settings import ENV_PREFIX, Settings, SettingsError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
DEFAULT_DEMO_RECORDS = 1000
DEFAULT_ADMIN_UNIT = "湖南省水运事务中心"
DEMO_MODULE = "server.demo_load"
APP_FACTORY = "server.app:create_app"
WORKER_HEALTHCHECK_S = 60
"""How long a worker may take to answer uvicorn's health ping. Its default of 5 s counts the
spawned worker's own start-up (importing the whole app), which a busy machine exceeds: uvicorn
then kills and respawns the worker forever."""

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INVALID = 2


class CommandError(Exception):
    """A command could not run; the message (Chinese) says why and what to do."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def _say(message: str) -> None:
    print(message, flush=True)


def _complain(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _settings(args: argparse.Namespace, **extra: Any) -> Settings:
    return Settings.from_env().with_overrides(
        data_dir=args.data_dir, database_url=args.database_url, **extra
    )


def _open(settings: Settings) -> Database:
    return open_database(settings.resolved_database_url, echo=settings.sql_echo)


def _require_current_schema(db: Database) -> None:
    if pending(db.engine):
        raise CommandError(
            "数据库结构不是最新版本，请先运行 reviewdesk-server migrate（同样的 --database-url）"
        )


def _prepare_schema(db: Database, *, always_migrate: bool = False) -> None:
    """SQLite (one machine) is migrated on the spot; PostgreSQL must be migrated explicitly
    (``migrate``), so several server processes never race to migrate one shared database."""
    if always_migrate or db.engine.dialect.name == "sqlite":
        upgrade(db.engine)
    else:
        _require_current_schema(db)


def _demo_loader() -> Callable[..., Any]:
    try:
        module = importlib.import_module(DEMO_MODULE)
    except ModuleNotFoundError as error:
        if error.name != DEMO_MODULE:
            raise
        raise CommandError(
            f"演示数据加载模块 {DEMO_MODULE} 尚未安装，无法以 --demo 启动。"
            "请去掉 --demo 启动空服务器，或安装包含演示数据的版本。"
        ) from error
    return module.load_demo  # type: ignore[no-any-return]


def _database_is_empty(db: Database) -> bool:
    with db.read() as session:
        return session.execute(select(func.count()).select_from(Account)).scalar_one() == 0


@contextmanager
def _demo_data_dir(args: argparse.Namespace) -> Iterator[None]:
    """``--demo`` with no data dir or database given: a temporary data dir, removed on exit."""
    if not (args.demo and args.data_dir is None and args.database_url is None):
        yield
        return
    temporary = Path(tempfile.mkdtemp(prefix="reviewdesk-demo-"))
    args.data_dir = temporary
    try:
        yield
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def _check_workers(args: argparse.Namespace, settings: Settings) -> None:
    if args.workers < 1:
        raise CommandError("--workers 至少为 1", EXIT_INVALID)
    if args.workers > 1 and not settings.resolved_database_url.startswith("postgresql"):
        raise CommandError(
            f"--workers {args.workers} 需要 PostgreSQL 数据库（--database-url postgresql+psycopg://…）；"
            "SQLite 只能用一个工作进程，请去掉 --workers",
            EXIT_INVALID,
        )


def _serve(args: argparse.Namespace) -> int:
    if args.exit_with_parent:
        exit_with_parent()
    loader = _demo_loader() if args.demo else None
    with _demo_data_dir(args):
        settings = _settings(args)
        _check_workers(args, settings)
        db = _open(settings)
        try:
            _prepare_schema(db, always_migrate=args.demo)
            if loader is not None:
                _load_demo(loader, db, settings, args.records)
            _say(
                f"正在启动接口服务：http://{args.host}:{args.port}/api/v1（接口文档 /api/v1/docs）"
            )
            if args.workers > 1:
                db.dispose()  # the parent only supervises; each worker opens its own pool
                _run_workers(args, settings)
            else:
                _run_one(args, create_app(settings, database=db))
        finally:
            db.dispose()
    return EXIT_OK


def _uvicorn_options(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "host": args.host,
        "port": args.port,
        "proxy_headers": True,
        "forwarded_allow_ips": args.forwarded_allow_ips,
        "log_level": "info",
    }


def _run_one(args: argparse.Namespace, app: FastAPI) -> None:
    uvicorn.run(app, **_uvicorn_options(args))


def _run_workers(args: argparse.Namespace, settings: Settings) -> None:
    """Several worker processes, each building its app from the environment (module doc)."""
    os.environ[f"{ENV_PREFIX}DATA_DIR"] = str(settings.data_dir)
    os.environ[f"{ENV_PREFIX}DATABASE_URL"] = settings.resolved_database_url
    uvicorn.run(
        APP_FACTORY,
        factory=True,
        workers=args.workers,
        timeout_worker_healthcheck=WORKER_HEALTHCHECK_S,
        **_uvicorn_options(args),
    )


def _load_demo(loader: Callable[..., Any], db: Database, settings: Settings, records: int) -> None:
    if not _database_is_empty(db):
        _say("数据库中已有数据，跳过加载演示数据")
        return
    _say(f"正在生成演示数据（{records} 条申请记录）……")
    loader(db.write_sessions, settings.data_dir, records)


def _migrate(args: argparse.Namespace) -> int:
    settings = _settings(args)
    db = _open(settings)
    try:
        upgrade(db.engine)
    finally:
        db.dispose()
    _say(f"数据库已迁移到最新版本 {head_revision()}")
    return EXIT_OK


def _load_registry(args: argparse.Namespace) -> int:
    settings = _settings(args)
    db = _open(settings)
    try:
        _prepare_schema(db)
        with db.write() as session:
            loaded = load_registries(session, [Path(path) for path in args.csv], system_clock())
    except RegistryLoadError as error:
        lines = "\n".join(f"  {problem}" for problem in error.problems)
        raise CommandError(
            f"登记库文件有 {len(error.problems)} 处问题，未导入任何数据：\n{lines}", EXIT_INVALID
        ) from error
    finally:
        db.dispose()
    for name, count in loaded.items():
        _say(f"已导入 {name}：{count} 条")
    return EXIT_OK


def _create_admin(args: argparse.Namespace) -> int:
    settings = _settings(args)
    db = _open(settings)
    new = NewAccount(
        account_id=args.account,
        name=args.name,
        unit=args.unit,
        department=args.department,
        permissions=args.permissions,
        password=args.password,
    )
    try:
        _prepare_schema(db)
        with db.write() as session:
            create_account(session, Passwords(settings), new, system_clock())
    except FormError as error:
        lines = "\n".join(f"  {problem.message}" for problem in error.problems)
        raise CommandError(f"账号未创建：\n{lines}", EXIT_INVALID) from error
    finally:
        db.dispose()
    _say(f"已创建账号 {args.account}（{args.name}）")
    return EXIT_OK


def _cleanup_blobs(args: argparse.Namespace) -> int:
    if args.grace_hours < 1:
        raise CommandError("--grace-hours 至少为 1：更新的文件可能正被上传使用", EXIT_INVALID)
    return _clean_up(_settings(args), apply=args.apply, grace=timedelta(hours=args.grace_hours))


def _clean_up(settings: Settings, *, apply: bool, grace: timedelta) -> int:
    db = _open(settings)
    try:
        _prepare_schema(db)
        report = cleanup_storage(db, settings, system_clock(), apply=apply, grace=grace)
    finally:
        db.dispose()
    for line in report.lines():
        _say(line)
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    """Dump, copy the store, then (``--cleanup``) free the live store: that order only."""
    settings = _settings(args)
    try:
        report = backup(settings, args.to, system_clock(), pg_dump=args.pg_dump)
    except (BackupError, OSError) as error:
        raise CommandError(f"备份失败：{error}", EXIT_FAILED) from error
    for line in report.lines():
        _say(line)
    if args.cleanup:
        return _clean_up(settings, apply=True, grace=DEFAULT_GRACE)
    return EXIT_OK


def _add_database_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, default=None, help="数据目录（SQLite 文件与材料）")
    parser.add_argument(
        "--database-url", default=None, help="数据库地址，默认为数据目录中的 SQLite"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reviewdesk-server", description="湖南省水运奖补资金审核 — 中心接口服务"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="命令")

    serve = commands.add_parser("serve", help="启动接口服务")
    serve.add_argument("--host", default=DEFAULT_HOST)
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument("--demo", action="store_true", help="用空数据库和生成的演示数据启动")
    serve.add_argument("--records", type=int, default=DEFAULT_DEMO_RECORDS, help="演示申请记录数")
    serve.add_argument(
        "--forwarded-allow-ips", default="127.0.0.1", help="信任其 X-Forwarded-For 的反向代理地址"
    )
    serve.add_argument(
        "--workers", type=int, default=1, help="工作进程数（大于 1 时须用 PostgreSQL）"
    )
    serve.add_argument(
        "--exit-with-parent",
        action="store_true",
        help="标准输入关闭（启动本服务的程序退出）时停止服务；供桌面端的演示服务器使用",
    )
    _add_database_options(serve)
    serve.set_defaults(handler=_serve)

    migrate = commands.add_parser("migrate", help="把数据库结构迁移到最新版本")
    _add_database_options(migrate)
    migrate.set_defaults(handler=_migrate)

    registry = commands.add_parser("load-registry", help="从 CSV 文件导入联审登记库")
    registry.add_argument(
        "csv", nargs="+", help="登记库 CSV 文件（表头见 server/registry_loader.py）"
    )
    _add_database_options(registry)
    registry.set_defaults(handler=_load_registry)

    admin = commands.add_parser("create-admin", help="创建管理员账号")
    admin.add_argument("--account", required=True, help="账号，如 430000-1")
    admin.add_argument("--name", required=True, help="姓名，2-4 个汉字")
    admin.add_argument("--password", required=True, help="9字密码，如 Sha369@!#")
    admin.add_argument("--unit", default=DEFAULT_ADMIN_UNIT, help="所在单位与部门，5-20 个汉字")
    admin.add_argument("--department", default="", help="部门（可空），5-20 个汉字")
    admin.add_argument("--permissions", default=ADMIN_PERMISSIONS, help="操作权限，逗号分隔")
    _add_database_options(admin)
    admin.set_defaults(handler=_create_admin)

    cleanup = commands.add_parser(
        "cleanup-blobs", help="清理不再被任何材料使用的文件（默认只报告，不删除）"
    )
    cleanup.add_argument("--apply", action="store_true", help="确实删除（不加则只报告）")
    cleanup.add_argument(
        "--grace-hours",
        type=int,
        default=int(DEFAULT_GRACE.total_seconds() // 3600),
        help="只清理早于这么多小时的文件（默认 24）",
    )
    _add_database_options(cleanup)
    cleanup.set_defaults(handler=_cleanup_blobs)

    saving = commands.add_parser("backup", help="备份数据库与材料文件（先数据库，后材料）")
    saving.add_argument("--to", type=Path, required=True, help="备份目录")
    saving.add_argument("--cleanup", action="store_true", help="备份完成后清理不再使用的材料文件")
    saving.add_argument("--pg-dump", default="pg_dump", help="pg_dump 程序（PostgreSQL）")
    _add_database_options(saving)
    saving.set_defaults(handler=_backup)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except SettingsError as error:
        _complain("设置有误：\n" + "\n".join(f"  {problem}" for problem in error.problems))
        return EXIT_INVALID
    except CommandError as error:
        _complain(str(error))
        return error.exit_code


if __name__ == "__main__":
    sys.exit(main())
