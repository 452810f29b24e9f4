"""Where each demo record stands in its review chain, chosen so every stage is on show.

A target names the record's final position: never uploaded, waiting at a level, stopped at a
level (联审未过 at the platform, 退回 elsewhere), returned and then modified (waiting for its
materials again, old results kept), or through the whole chain. Targets are generic over
``core.workflow.CHAINS``, so ship applications, completions, cargo owners and rewards share
them. ``StagePicker`` walks all targets of a chain first, so even a 300-record world shows every
stage, then draws from weights that look like a desk in the middle of the season.
"""

from __future__ import annotations

import itertools
import random
from bisect import bisect
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from core.vocab import Level


class Outcome(StrEnum):
    UNTOUCHED = "未上传材料"
    WAITING = "待审"
    STOPPED = "未过或退回"
    MODIFIED = "退回后已修改待重传"
    DONE = "全部通过"


@dataclass(frozen=True)
class Target:
    """The final position: ``index`` is the chain level it waits or stopped at (len = done)."""

    outcome: Outcome
    index: int


def targets_for(chain: tuple[Level, ...]) -> tuple[Target, ...]:
    """Every position a record of ``chain`` can be left in."""
    targets = [Target(Outcome.UNTOUCHED, 0)]
    for index in range(len(chain)):
        targets += [
            Target(Outcome.WAITING, index),
            Target(Outcome.STOPPED, index),
            Target(Outcome.MODIFIED, index),
        ]
    return (*targets, Target(Outcome.DONE, len(chain)))


_DEFAULT_WEIGHTS: Mapping[Outcome, float] = {
    Outcome.UNTOUCHED: 0.06,
    Outcome.WAITING: 0.11,
    Outcome.STOPPED: 0.045,
    Outcome.MODIFIED: 0.015,
    Outcome.DONE: 0.22,
}


class StagePicker:
    """Targets of one chain: first each once (in order), then drawn by outcome weights."""

    def __init__(
        self,
        chain: tuple[Level, ...],
        rng: random.Random,
        weights: Mapping[Outcome, float] = _DEFAULT_WEIGHTS,
    ) -> None:
        self.chain = chain
        self._rng = rng
        self._targets = targets_for(chain)
        self._cumulative = list(
            itertools.accumulate(weights[target.outcome] for target in self._targets)
        )
        self._count = 0

    def __call__(self) -> Target:
        index = self._count
        self._count += 1
        if index < len(self._targets):
            return self._targets[index]
        point = self._rng.random() * self._cumulative[-1]
        return self._targets[bisect(self._cumulative, point)]


FINISHED_MORE: Mapping[Outcome, float] = {**_DEFAULT_WEIGHTS, Outcome.DONE: 0.5}
"""Ministry scrapping finishes its application review more often, so completions exist."""
