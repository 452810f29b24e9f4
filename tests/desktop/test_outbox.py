"""Local actions, the outbox and its answers, against the real server: applied once, conflicts
shown and resolved by the person, refusals marked and never retried in a loop, deletions told."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from core.vocab import Decision, DeclarationState, Level
from desktop.models import Applicant, Application, ItemState, ReviewResult
from desktop.sync.context import SyncContext
from desktop.sync.local_rules import ActionRefused
from desktop.sync.pull import Puller
from server.models import Application as ServerApplication
from server.models import DeclarationStatus
from tests.desktop import server_world
from tests.desktop.fault_proxy import FaultProxy
from tests.desktop.helpers import OPINION, RETURN_OPINION, cache_rows, open_context
from tests.desktop.live_server import LiveServer


def _fresh(
    live_server: LiveServer, data_dir: Path, count: int = 3, url: str | None = None
) -> tuple[SyncContext, list[str]]:
    _applicant, ids = server_world.add_applications(live_server.db, server_world.COUNTY, count)
    context = open_context(data_dir, url or live_server.url, remember=True)
    assert context.engine.sync().ok
    return context, ids


def _set_window(live_server: LiveServer, state: DeclarationState) -> None:
    """A new declaration status (which, like any new status, ends every session)."""
    today = server_world.china_today()
    with live_server.db.write() as session:
        session.add(
            DeclarationStatus(
                region_code="430000",
                year=today.year,
                state=str(state),
                ship_deadline=today + timedelta(days=30),
                cargo_deadline=today + timedelta(days=30),
                policy_scope="部省政策",
                check_ownership=True,
                check_inspection=True,
                note="测试调整申报状态",
                created_on=today,
                created_at=server_world.now(),
                created_by="430000-1",
            )
        )


def test_decision_is_committed_locally_then_applied_once(
    live_server: LiveServer, data_dir: Path
) -> None:
    context, ids = _fresh(live_server, data_dir)

    queued = context.actions.decide("applications", ids[0], Decision.PASS, OPINION)

    with context.db.read() as session:
        row = session.get(Application, ids[0])
        assert row is not None and row.county_result == "同意"
        audit = session.get(ReviewResult, queued.result_id)
        assert audit is not None and audit.version == 0 and audit.decision == "同意"
    assert context.outbox.counts().pending == 1
    assert context.engine.status.outbox_pending == 0  # not refreshed yet
    context.engine.refresh()
    assert context.engine.status.outbox_pending == 1

    outcome = context.engine.sync()

    assert outcome.ok and outcome.pushed is not None and outcome.pushed.sent == 1
    assert server_world.submissions_of(live_server.db, [queued.review_id]) == {queued.review_id: 1}
    assert server_world.county_result(live_server.db, ids[0]) == "同意"
    with context.db.read() as session:
        audit = session.get(ReviewResult, queued.result_id)
        assert audit is not None and audit.version > 0
    assert context.outbox.counts().total == 0
    assert cache_rows(context) == server_world.visible_rows(live_server.db)


def test_a_record_changed_on_the_server_becomes_a_visible_conflict(
    live_server: LiveServer, data_dir: Path
) -> None:
    context, ids = _fresh(live_server, data_dir)
    theirs = server_world.change_application(live_server.db, ids[0], "他人修改了备注")
    queued = context.actions.decide("applications", ids[0], Decision.PASS, OPINION)

    outcome = context.engine.sync()

    assert outcome.ok and outcome.pushed is not None and outcome.pushed.conflicts == 1
    assert context.engine.status.conflicts == 1
    assert server_world.submissions_of(live_server.db, [queued.review_id]) == {}
    assert server_world.county_result(live_server.db, ids[0]) is None
    [problem] = context.outbox.problems()
    assert problem.state is ItemState.CONFLICT and "已被他人修改" in problem.error
    view = context.outbox.conflict(problem.seq)
    assert view.mine is not None and view.mine["county_result"] == "同意"
    assert view.theirs is not None and view.theirs["note"] == "他人修改了备注"
    assert view.theirs["county_result"] is None and view.theirs_version == theirs
    with context.db.read() as session:
        mine = session.get(Application, ids[0])
        assert mine is not None and mine.county_result == "同意"

    context.outbox.keep_mine(problem.seq)
    assert context.engine.sync().ok

    assert server_world.submissions_of(live_server.db, [queued.review_id]) == {queued.review_id: 1}
    assert server_world.county_result(live_server.db, ids[0]) == "同意"
    with context.db.read() as session:
        merged = session.get(Application, ids[0])
        assert (
            merged is not None
            and merged.note == "他人修改了备注"
            and merged.county_result == "同意"
        )
    assert context.outbox.counts().total == 0
    assert cache_rows(context) == server_world.visible_rows(live_server.db)


def test_taking_theirs_drops_my_decision_and_shows_the_server_row(
    live_server: LiveServer, data_dir: Path
) -> None:
    context, ids = _fresh(live_server, data_dir)
    server_world.change_application(live_server.db, ids[0], "以服务器为准")
    queued = context.actions.decide("applications", ids[0], Decision.RETURN, RETURN_OPINION)
    context.engine.sync()
    [problem] = context.outbox.problems()

    context.outbox.take_theirs(problem.seq)

    with context.db.read() as session:
        row = session.get(Application, ids[0])
        assert row is not None and row.note == "以服务器为准" and row.county_result is None
        assert session.get(ReviewResult, queued.result_id) is None
    assert context.outbox.counts().total == 0
    assert context.engine.sync().ok
    assert server_world.submissions_of(live_server.db, [queued.review_id]) == {}
    assert cache_rows(context) == server_world.visible_rows(live_server.db)


@pytest.mark.parametrize("pull_first", [True, False], ids=["tombstone-pulled", "push-404"])
def test_record_deleted_on_the_server_while_a_decision_is_queued_is_told(
    live_server: LiveServer, data_dir: Path, pull_first: bool
) -> None:
    context, ids = _fresh(live_server, data_dir)
    queued = context.actions.decide("applications", ids[0], Decision.PASS, OPINION)
    server_world.delete_application(live_server.db, ids[0])

    if pull_first:
        Puller(context.db, context.client, context.clock).pull()
    outcome = context.engine.sync()

    assert outcome.ok
    assert context.engine.status.failed == 1
    [problem] = context.outbox.problems()
    assert problem.state is ItemState.FAILED
    assert problem.error.startswith("该记录已在服务器上删除")
    assert "县级审核" in problem.error
    view = context.outbox.conflict(problem.seq)
    assert view.deleted_on_server and view.mine is not None
    with context.db.read() as session:
        assert session.get(Application, ids[0]) is not None  # kept until the person decides
    assert server_world.submissions_of(live_server.db, [queued.review_id]) == {}

    context.outbox.discard(problem.seq)

    with context.db.read() as session:
        assert session.get(Application, ids[0]) is None
    assert context.outbox.counts().total == 0
    assert context.engine.sync().ok
    assert cache_rows(context) == server_world.visible_rows(live_server.db)


def test_a_refusal_is_marked_with_the_server_detail_and_never_retried_in_a_loop(
    live_server: LiveServer, data_dir: Path
) -> None:
    proxy = FaultProxy(live_server.port)
    try:
        context, ids = _fresh(live_server, data_dir, url=proxy.url)
        queued = context.actions.decide("applications", ids[0], Decision.PASS, OPINION)
        _set_window(live_server, DeclarationState.CLOSED)

        first = context.engine.sync()
        sent = len(proxy.requests_matching("/reviews"))
        second = context.engine.sync()

        assert first.ok and second.ok, context.engine.status.message
        assert len(proxy.requests_matching("/reviews")) == sent
        [problem] = context.outbox.problems()
        assert problem.state is ItemState.FAILED and problem.attempts == 0
        assert "申报已关闭" in problem.error
        assert context.engine.status.failed == 1
        with pytest.raises(ActionRefused) as refused:
            context.actions.decide("applications", ids[1], Decision.PASS, OPINION)
        assert "申报已关闭" in str(refused.value)

        _set_window(live_server, DeclarationState.OPEN)
        context.outbox.retry(problem.seq)
        assert context.engine.sync().ok

        assert server_world.submissions_of(live_server.db, [queued.review_id]) == {
            queued.review_id: 1
        }
        assert context.outbox.counts().total == 0
        assert cache_rows(context) == server_world.visible_rows(live_server.db)
    finally:
        proxy.close()


def test_several_changes_to_one_record_are_sent_in_order(
    live_server: LiveServer, data_dir: Path
) -> None:
    context, ids = _fresh(live_server, data_dir)
    returned = context.actions.decide("applications", ids[0], Decision.RETURN, RETURN_OPINION)
    passed = context.actions.decide("applications", ids[0], Decision.PASS, OPINION)
    context.actions.modify("applications", ids[1], {"note": "本地修改备注"})

    outcome = context.engine.sync()

    assert outcome.ok and outcome.pushed is not None and outcome.pushed.sent == 3
    counts = server_world.submissions_of(live_server.db, [returned.review_id, passed.review_id])
    assert counts == {returned.review_id: 1, passed.review_id: 1}
    [result] = server_world.results_of(live_server.db, [ids[0]])
    assert result.decision == "同意" and result.submission_id == passed.review_id
    with live_server.db.read() as session:
        edited = session.get_one(ServerApplication, ids[1])
        assert edited.note == "本地修改备注"
    assert context.outbox.counts().total == 0
    assert cache_rows(context) == server_world.visible_rows(live_server.db)


def test_rules_refuse_at_once_with_every_reason(live_server: LiveServer, data_dir: Path) -> None:
    context, ids = _fresh(live_server, data_dir)

    with pytest.raises(ActionRefused) as refused:
        context.actions.decide("applications", ids[0], Decision.RETURN, "  ", level=Level.CITY)

    reasons = refused.value.reasons
    assert any("市级审核只能由市级账号提交" in reason for reason in reasons)
    assert any("尚未通过县级审核" in reason for reason in reasons)
    assert any("请选择预设意见" in reason for reason in reasons)
    assert context.outbox.counts().total == 0


APPLICANT = {
    "name": "长沙星沙水运有限公司",
    "credit_code": "91430421MA4PDAW5XY",
    "address": "湖南省长沙市长沙县星沙街道开元路1号",
    "applicant_type": "企业",
    "contact": "朱清明",
    "phone": "13974868888",
    "bank_name": "中国农业银行长沙县支行",
    "bank_account": "2324324242424342",
    "note": "",
}


def test_a_record_created_offline_keeps_its_id_on_the_server(
    live_server: LiveServer, data_dir: Path
) -> None:
    context, _ids = _fresh(live_server, data_dir, count=1)

    record_id = context.actions.create("applicants", APPLICANT)

    with context.db.read() as session:
        local = session.get_one(Applicant, record_id)
        assert local.version == 0 and local.name == APPLICANT["name"]
    outcome = context.engine.sync()
    problems = [entry.error for entry in context.outbox.problems()]
    assert outcome.ok and outcome.pushed is not None and outcome.pushed.sent == 1, problems
    with context.db.read() as session:
        stored = session.get_one(Applicant, record_id)
        assert stored.version > 0 and stored.region_code == server_world.COUNTY
    assert cache_rows(context) == server_world.visible_rows(live_server.db)


def test_dropping_a_creation_drops_the_changes_that_follow_it(
    live_server: LiveServer, data_dir: Path
) -> None:
    context, _ids = _fresh(live_server, data_dir, count=1)
    record_id = context.actions.create("applicants", APPLICANT)
    context.actions.modify("applicants", record_id, {"contact": "李四"})
    [creation, _change] = context.outbox.entries()

    assert context.outbox.take_theirs(creation.seq) == 2

    assert context.outbox.counts().total == 0
    with context.db.read() as session:
        assert session.get(Applicant, record_id) is None
