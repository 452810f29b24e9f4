"""Run the registered benchmarks and print/write their figures (SPEC §10).

Benchmark modules register themselves when imported; MODULES lists them so that
adding a figure is one new module plus one line here.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
from collections.abc import Sequence

from bench.figures import REGISTRY, BenchContext, Figure

MODULES: tuple[str, ...] = (
    "bench.demo_generation",
    "bench.server_figures",
    "bench.report_figures",
    "bench.pdf_figures",
    "bench.sync_figures",
    "bench.ui_figures",
    "bench.workspace_figures",
)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description="性能基准（SPEC §10）")
    parser.add_argument("--records", type=int, default=100_000, help="生成的记录数（默认 100000）")
    parser.add_argument("--only", action="append", default=[], help="只运行指定名称的基准，可重复")
    parser.add_argument("--json", dest="json_file", help="把结果写成 JSON 列表到此文件")
    return parser.parse_args(argv)


def run(names: Sequence[str], context: BenchContext) -> list[Figure]:
    """Run the named benchmarks (all when empty), printing each figure as it is measured."""
    for module in MODULES:
        importlib.import_module(module)
    unknown = [n for n in names if n not in REGISTRY]
    if unknown:
        raise SystemExit(f"未知的基准：{', '.join(unknown)}；可用：{', '.join(sorted(REGISTRY))}")
    figures: list[Figure] = []
    for name in names or list(REGISTRY):
        print(f"== {name} ({context.records} records)", flush=True)
        for figure in REGISTRY[name](context):
            print(figure.line(), flush=True)
            figures.append(figure)
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    with tempfile.TemporaryDirectory(prefix="reviewdesk-bench-") as workdir:
        figures = run(args.only, BenchContext(records=args.records, workdir=workdir))
    if args.json_file:
        with open(args.json_file, "w", encoding="utf-8") as fh:
            json.dump([f.as_json() for f in figures], fh, ensure_ascii=False, indent=2)
    slow = [f.name for f in figures if not f.passed]
    if slow:
        print(f"{len(slow)} figure(s) missed their target: {', '.join(slow)}", file=sys.stderr)
    return 0
