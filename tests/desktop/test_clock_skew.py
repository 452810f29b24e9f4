"""A workstation clock a day off changes nothing: versions order everything, and the one
date a person sees (the review date) follows the server's clock, learned from its answers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core.vocab import Decision
from desktop.models.queries import review_queue
from tests.desktop import server_world
from tests.desktop.helpers import OPINION, cache_rows, open_context
from tests.desktop.live_server import LiveServer


@pytest.mark.parametrize("skew_hours", [24, -24], ids=["ahead", "behind"])
def test_a_clock_a_day_off_changes_nothing(
    live_server: LiveServer, data_dir: Path, skew_hours: int
) -> None:
    _applicant, ids = server_world.add_applications(live_server.db, server_world.COUNTY, 3)
    skew = timedelta(hours=skew_hours)

    def skewed() -> datetime:
        return datetime.now(UTC) + skew

    context = open_context(data_dir, live_server.url, wall_clock=skewed)
    assert context.engine.sync().ok
    with context.db.read() as session:
        queue = {
            record_id for _kind, record_id in review_queue(session, (context.account.review_level,))
        }  # type: ignore[union-attr]
    assert set(ids) <= queue
    decided = [
        context.actions.decide("applications", record_id, Decision.PASS, OPINION)
        for record_id in ids
    ]

    outcome = context.engine.sync()

    assert outcome.ok and outcome.pushed is not None
    assert (outcome.pushed.sent, outcome.pushed.conflicts, outcome.pushed.failed) == (3, 0, 0)
    review_ids = [queued.review_id for queued in decided]
    assert server_world.submissions_of(live_server.db, review_ids) == dict.fromkeys(review_ids, 1)
    dates = {result.review_date for result in server_world.results_of(live_server.db, ids)}
    assert dates == {server_world.china_today()}
    assert cache_rows(context) == server_world.visible_rows(live_server.db)
    status = context.engine.status
    assert status.last_success_at is not None
    assert abs(status.last_success_at - datetime.now(UTC)) < timedelta(minutes=5)

    restarted = open_context(data_dir, live_server.url, wall_clock=skewed, log_in=False)
    assert abs(restarted.clock.now() - datetime.now(UTC)) < timedelta(minutes=5)
    assert restarted.engine.sync().ok, restarted.engine.status.message
