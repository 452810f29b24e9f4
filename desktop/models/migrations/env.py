"""Alembic environment of the desktop cache: migrates the connection ``desktop.models.migrate``
hands over, or (to write a new revision by hand) the URL given with ``-x url=…``:
``alembic -c desktop/models/alembic.ini -x url=sqlite:////tmp/cache.sqlite3 revision
--autogenerate -m "…"``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from desktop.models import metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url")
    if not url:
        raise SystemExit("请用 -x url=sqlite:///缓存文件路径 指定要迁移的本地缓存")
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            _run(connection)
            connection.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("不支持离线（--sql）迁移，请连接本地缓存文件运行")
run_migrations_online()
