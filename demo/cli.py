"""``python -m demo --records N --out DIR``: a server data directory full of demo data.

For people who want the data without serving it: DIR gets the server's SQLite database
(migrated with the server's own migrations, then filled by ``server.demo_load.load_demo``), the
material blobs, ``demo-accounts.csv``, the registry CSVs and the demo zips — exactly what
``reviewdesk-server serve --demo`` would create, so ``reviewdesk-server serve --data-dir DIR``
serves it afterwards.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from server.db import open_database
from server.demo_load import load_demo
from server.migrate import upgrade
from server.settings import DATABASE_FILE_NAME, Settings


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m demo", description="生成演示数据（服务器数据目录）"
    )
    parser.add_argument("--records", type=int, default=1000, help="拆建申请记录数（默认 1000）")
    parser.add_argument("--out", type=Path, required=True, help="输出的数据目录（须为空或不存在）")
    parser.add_argument("--seed", type=int, default=2024, help="随机种子（默认 2024）")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    out: Path = args.out
    if (out / DATABASE_FILE_NAME).exists():
        print(
            f"{out / DATABASE_FILE_NAME} 已存在：请指定新的目录，或先删除旧的数据", file=sys.stderr
        )
        return 2
    if args.records < 1:
        print("--records 至少为 1", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    settings = Settings(data_dir=out)
    started = time.perf_counter()
    db = open_database(settings.resolved_database_url)
    try:
        upgrade(db.engine)
        counts = load_demo(db.write_sessions, out, args.records, args.seed)
    finally:
        db.dispose()
    elapsed = time.perf_counter() - started
    for table, count in sorted(counts.items()):
        print(f"{table:<34} {count:>9}")
    print(f"已生成 {args.records} 条申请记录的演示数据到 {out}，用时 {elapsed:.1f} 秒")
    print(f"演示账号与密码见 {out / 'demo-accounts.csv'}")
    return 0
