"""Every record's review position is one ``core.workflow`` allows, reached by decisions the
reviewers that made them were allowed to make, and every stage of every chain is on show."""

from __future__ import annotations

from collections import defaultdict
from types import SimpleNamespace
from typing import Any

import pytest

from core import regions, workflow
from core.vocab import Decision, Level, RecordKind
from core.workflow import LevelResult, ReviewProgress, ReviewState
from server.auth.permissions import decode_permissions
from server.records.state import review_state
from tests.demo.conftest import LoadedWorld

CHAIN_TABLES = {
    "applications": RecordKind.APPLICATION,
    "completions": RecordKind.COMPLETION,
    "cargo_owners": RecordKind.CARGO_OWNER,
    "rewards": RecordKind.REWARD,
}
_ORDER = {level: index for index, level in enumerate(Level)}


def _actors(loaded: LoadedWorld) -> dict[str, workflow.Actor]:
    actors = {}
    for row in loaded.rows("accounts"):
        region = regions.get(row["region_code"])
        actors[row["id"]] = workflow.Actor(
            region.level, decode_permissions(row["permissions"]), region.is_city_pseudo
        )
    return actors


def _results_by_record(loaded: LoadedWorld) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in loaded.rows("review_results"):
        found[row["record_id"]].append(row)
    for results in found.values():
        results.sort(key=lambda r: (r["review_date"], _ORDER[Level(r["level"])]))
    return found


def _replay(
    kind: RecordKind, results: list[dict[str, Any]], actors: dict[str, workflow.Actor]
) -> ReviewState:
    """Play the audit log through core.workflow; a standing return is answered by a new
    upload (that is the only way on), and every decision must be allowed for its reviewer."""
    state = ReviewState(materials_uploaded_at=results[0]["review_date"] if results else None)
    for result in results:
        level, actor = Level(result["level"]), actors[result["reviewer"]]
        reasons = workflow.can_review(kind, state, level, actor.level, actor.permissions)
        if reasons:
            state = workflow.on_upload(state, result["review_date"])
            reasons = workflow.can_review(kind, state, level, actor.level, actor.permissions)
        assert reasons == [], (kind, result)
        state = workflow.apply_decision(
            state, level, Decision(result["decision"]), result["review_date"]
        )
    return state


def _assert_reachable(kind: RecordKind, state: ReviewState) -> None:
    """No level holds a result unless every earlier level passed the record."""
    blocked = False
    for level in workflow.chain(kind):
        decision = state.result(level).decision
        if blocked:
            assert decision is None, (kind, state)
        if decision is not Decision.PASS:
            blocked = True


@pytest.mark.parametrize("table", list(CHAIN_TABLES))
def test_every_state_is_legal_and_matches_its_audit_log(loaded: LoadedWorld, table: str) -> None:
    kind = CHAIN_TABLES[table]
    actors = _actors(loaded)
    results = _results_by_record(loaded)
    for row in loaded.rows(table):
        columns = review_state(kind, SimpleNamespace(**row))
        _assert_reachable(kind, columns)
        replayed = _replay(kind, results.get(row["id"], []), actors)
        for level in workflow.chain(kind):
            stored, played = columns.result(level), replayed.result(level)
            cleared = stored == LevelResult() and played.decision is Decision.RETURN
            assert stored == played or cleared, (table, row["id"], level, stored, played)
        if columns.materials_uploaded_at is None and results.get(row["id"]):
            assert any(
                replayed.result(level).decision is Decision.RETURN for level in workflow.chain(kind)
            ), "materials are only cleared by modifying a stopped record"


def _stage(kind: RecordKind, state: ReviewState, has_results: bool) -> tuple[str, str]:
    progress = workflow.progress(kind, state)
    if progress is ReviewProgress.AWAITING_UPLOAD:
        return progress.value, "修改后" if has_results else "首次"
    if progress is ReviewProgress.PASSED:
        return progress.value, ""
    chain = workflow.chain(kind)
    level = next(lv for lv in chain if state.result(lv).decision is not Decision.PASS)
    return progress.value, level.value


def _expected_stages(kind: RecordKind) -> set[tuple[str, str]]:
    chain = workflow.chain(kind)
    stages = {
        (ReviewProgress.AWAITING_UPLOAD.value, "首次"),
        (ReviewProgress.AWAITING_UPLOAD.value, "修改后"),
        (ReviewProgress.PASSED.value, ""),
    }
    for level in chain:
        stages.add((ReviewProgress.WAITING.value, level.value))
        stopped = (
            ReviewProgress.JOINT_REVIEW_FAILED
            if level is Level.PLATFORM
            else ReviewProgress.RETURNED
        )
        stages.add((stopped.value, level.value))
    return stages


@pytest.mark.parametrize("table", list(CHAIN_TABLES))
def test_every_stage_is_represented(loaded: LoadedWorld, table: str) -> None:
    kind = CHAIN_TABLES[table]
    results = _results_by_record(loaded)
    seen = {
        _stage(kind, review_state(kind, SimpleNamespace(**row)), bool(results.get(row["id"])))
        for row in loaded.rows(table)
    }
    assert seen == _expected_stages(kind)


def test_dependants_exist_only_after_their_parent_passed(loaded: LoadedWorld) -> None:
    applications = {row["id"]: row for row in loaded.rows("applications")}
    for completion in loaded.rows("completions"):
        parent = applications[completion["application_id"]]
        assert (parent["policy"], parent["project"]) == ("部", "拆解")
        assert parent["province_result"] == "同意"
        assert completion["created_on"] > parent["province_on"]
        assert regions.get(completion["region_code"]).is_city_pseudo
    owners = {row["id"]: row for row in loaded.rows("cargo_owners")}
    for table in ("monthly_reports", "rewards"):
        for row in loaded.rows(table):
            owner = owners[row["cargo_owner_id"]]
            assert owner["city_result"] == "同意"
            assert row["created_on"] > owner["city_on"]


def test_ministry_scrapping_belongs_to_city_districts(loaded: LoadedWorld) -> None:
    for row in loaded.rows("applications"):
        if (row["policy"], row["project"]) == ("部", "拆解"):
            assert regions.get(row["region_code"]).is_city_pseudo, row["region_code"]
            assert row["created_by"].startswith(row["region_code"])


def test_audit_logs_have_one_result_per_level_and_day(loaded: LoadedWorld) -> None:
    keys = [
        (r["record_kind"], r["record_id"], r["level"], r["review_date"])
        for r in loaded.rows("review_results")
    ]
    assert len(keys) == len(set(keys))
    submissions = {row["id"]: row for row in loaded.rows("review_submissions")}
    for result in loaded.rows("review_results"):
        reviewer_region = result["reviewer"].split("-")[0]
        assert regions.is_within(result["region_code"], reviewer_region), result
        submission = submissions[result["submission_id"]]
        assert submission["decision"] == result["decision"]
        assert workflow.opinion_refusal(Decision(result["decision"]), result["opinion"]) is None
