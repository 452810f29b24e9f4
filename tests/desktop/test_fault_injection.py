"""A thousand randomised pull/push sessions with the connection cut at random request
boundaries (before the server sees a request, after it answered, or halfway through the
answer). After each session and one clean sync: every decision applied exactly once, the audit
rows equal the decisions, and the cache holds exactly the server's (kind, id, version) set.

Marked ``slow`` (a thousand sessions take one to three minutes on two cores); it still runs in
CI with the rest of the suite."""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

from core.vocab import Decision
from desktop.models.queries import review_queue
from desktop.sync.context import SyncContext
from desktop.sync.retry import Backoff
from tests.desktop import server_world
from tests.desktop.fault_proxy import Fault, FaultProxy
from tests.desktop.helpers import FAST_OPTIONS, OPINION, RETURN_OPINION, cache_rows, open_context
from tests.desktop.live_server import LiveServer

RUNS = 1000
FAULT_PROBABILITY = 0.3
SEED = 20241111


@dataclass
class Ledger:
    """What the test did, to compare with what the server holds."""

    review_ids: list[str] = field(default_factory=list)
    decided: dict[str, str] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)


def _random_plan(rng: random.Random) -> object:
    faults = list(Fault)

    def plan(_index: int, _line: str) -> Fault | None:
        return rng.choice(faults) if rng.random() < FAULT_PROBABILITY else None

    return plan


def _server_side_changes(live_server: LiveServer, rng: random.Random, ledger: Ledger) -> None:
    """New records to pull, and deletions of records already decided and settled."""
    server_world.add_applications(live_server.db, server_world.COUNTY, rng.randint(1, 3))
    settled = sorted(set(ledger.decided) - ledger.deleted)
    if settled and rng.random() < 0.3:
        victim = rng.choice(settled)
        server_world.delete_application(live_server.db, victim)
        ledger.deleted.add(victim)


def _decide_some(context: SyncContext, rng: random.Random, ledger: Ledger) -> None:
    with context.db.read() as session:
        queue = [
            record_id for _kind, record_id in review_queue(session, (context.account.review_level,))
        ]  # type: ignore[union-attr]
    for record_id in rng.sample(queue, k=min(len(queue), rng.randint(0, 2))):
        decision = rng.choice([Decision.PASS, Decision.RETURN])
        opinion = OPINION if decision is Decision.PASS else RETURN_OPINION
        queued = context.actions.decide("applications", record_id, decision, opinion)
        ledger.review_ids.append(queued.review_id)
        ledger.decided[record_id] = queued.review_id


def _check(live_server: LiveServer, context: SyncContext, ledger: Ledger, run: int) -> None:
    counts = server_world.submissions_of(live_server.db, ledger.review_ids)
    assert counts == dict.fromkeys(ledger.review_ids, 1), f"run {run}: decisions not applied once"
    alive = {
        record_id: review
        for record_id, review in ledger.decided.items()
        if record_id not in ledger.deleted
    }
    results = server_world.results_of(live_server.db, alive)
    assert {(r.record_id, r.submission_id) for r in results} == set(alive.items()), f"run {run}"
    assert context.outbox.counts().total == 0, f"run {run}: {context.outbox.problems()}"
    assert cache_rows(context) == server_world.visible_rows(live_server.db), (
        f"run {run}: cache differs"
    )


@pytest.mark.slow
def test_random_connection_cuts_never_lose_or_double_anything(
    live_server: LiveServer, data_dir: Path
) -> None:
    rng = random.Random(SEED)
    proxy = FaultProxy(live_server.port, seed=SEED)
    ledger = Ledger()
    try:
        context = open_context(
            data_dir,
            proxy.url,
            options=replace(
                FAST_OPTIONS, page_size=4, backoff=Backoff(base=0.001, cap=0.002, attempts=3)
            ),
        )
        assert context.engine.sync().ok
        for run in range(RUNS):
            _server_side_changes(live_server, rng, ledger)
            _decide_some(context, rng, ledger)
            proxy.plan = _random_plan(rng)  # type: ignore[assignment]
            context.engine.sync()
            proxy.plan = lambda _index, _line: None
            assert context.engine.sync().ok, f"run {run}: {context.engine.status.message}"
            _check(live_server, context, ledger, run)
        assert proxy.faults > RUNS
        assert len(ledger.review_ids) > RUNS // 2
    finally:
        proxy.close()
