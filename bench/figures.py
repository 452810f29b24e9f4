"""Benchmark figures and the registry of benchmarks.

A figure is one measured number with its SPEC §10 target and a baseline measured
in the same process, so a slow machine shows up in both and the ratio stays
comparable between runs.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import Literal

Better = Literal["lower", "higher"]


@dataclass(frozen=True)
class Figure:
    """One measured number: ratio = value / baseline; passed compares value with target."""

    name: str
    value: float
    unit: str
    target: float
    baseline: float
    better: Better = "lower"

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")

    @property
    def passed(self) -> bool:
        if self.better == "lower":
            return self.value <= self.target
        return self.value >= self.target

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data.pop("better")
        data["ratio"] = round(self.ratio, 4)
        data["passed"] = self.passed
        return data

    def line(self) -> str:
        sign = "≤" if self.better == "lower" else "≥"
        verdict = "ok  " if self.passed else "SLOW"
        return (
            f"{verdict} {self.name:<38} {self.value:>12.3f} {self.unit:<10}"
            f" target {sign} {self.target:g}  baseline {self.baseline:.3f}  ratio {self.ratio:.2f}"
        )


@dataclass(frozen=True)
class BenchContext:
    """What every benchmark gets: the record count and a scratch directory."""

    records: int
    workdir: str


Benchmark = Callable[[BenchContext], Iterator[Figure]]
REGISTRY: dict[str, Benchmark] = {}


def benchmark(name: str) -> Callable[[Benchmark], Benchmark]:
    """Register a benchmark under a name for `python -m bench --only NAME`."""

    def register(fn: Benchmark) -> Benchmark:
        REGISTRY[name] = fn
        return fn

    return register


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """Measure wall time in seconds; the elapsed time is in the yielded list afterwards."""
    box: list[float] = []
    start = time.perf_counter()
    try:
        yield box
    finally:
        box.append(time.perf_counter() - start)
