"""Schema migrations of the cache file (Alembic, scripts in ``desktop/models/migrations``).

A cache holds the outbox — decisions not yet on the server — so a new app version must migrate
the file in place, never delete and re-create it. A cache written by a *newer* app (the person
downgraded) is refused with an explanation rather than half-understood.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class CacheTooNewError(RuntimeError):
    """The cache file was written by a newer version of the app."""


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the cache migrations have a head revision"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the cache file of ``engine`` to the newest schema (no-op when it is there)."""
    current = current_revision(engine)
    if current == head_revision():
        return
    scripts = ScriptDirectory.from_config(alembic_config())
    known = {script.revision for script in scripts.walk_revisions()}
    if current is not None and current not in known:
        raise CacheTooNewError(
            f"本地缓存文件由较新版本的程序创建（结构版本 {current}），当前程序无法读取。"
            "请升级到最新版本的审核桌面端后再打开。"
        )
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
