"""Alembic environment: migrates the connection ``server.migrate`` hands over, or the URL.

Run through ``reviewdesk-server migrate`` (or ``server.migrate.upgrade``); the ``alembic``
command line works too with ``-x url=…`` for writing new revisions:
``alembic -c server/alembic.ini -x url=sqlite:///tmp/x.db revision --autogenerate -m "…"``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from server.db import create_db_engine
from server.models import metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or context.config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise SystemExit("请用 -x url=数据库地址 指定要迁移的数据库")
    engine = create_db_engine(url)
    try:
        with engine.connect() as connection:
            _run(connection)
            connection.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("不支持离线（--sql）迁移，请连接数据库运行")
run_migrations_online()
