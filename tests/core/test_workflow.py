"""Review chains, review/modify/delete/upload permissions, audit log and list marks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import workflow as wf
from core.vocab import Decision, Level, Permission, Policy, Project, RecordKind, RegionLevel

P, R = Decision.PASS, Decision.RETURN
UPLOADED = date(2024, 8, 30)
DAY = date(2024, 9, 2)
REVIEWERS = frozenset({Permission.REVIEW})
EDITOR = frozenset({Permission.EDIT, Permission.QUERY})


def state(*passed: Level, uploaded: date | None = UPLOADED, **results: Decision) -> wf.ReviewState:
    """A state whose ``passed`` levels passed on DAY and keyword levels hold the given decision."""
    current = wf.ReviewState(materials_uploaded_at=uploaded)
    for level in passed:
        current = current.with_result(level, wf.LevelResult(P, DAY))
    for field, decision in results.items():
        current = current.with_result(Level[field.upper()], wf.LevelResult(decision, DAY))
    return current


COUNTY_EDITOR = wf.Actor(RegionLevel.COUNTY, EDITOR)
CITY_EDITOR = wf.Actor(RegionLevel.CITY, EDITOR)
DISTRICT_EDITOR = wf.Actor(RegionLevel.COUNTY, EDITOR, city_district=True)


class TestChains:
    @pytest.mark.parametrize(
        ("kind", "levels"),
        [
            (RecordKind.APPLICANT, ()),
            (RecordKind.APPLICATION, (Level.PLATFORM, Level.COUNTY, Level.CITY, Level.PROVINCE)),
            (RecordKind.COMPLETION, (Level.PLATFORM, Level.COUNTY, Level.CITY, Level.PROVINCE)),
            (RecordKind.CARGO_OWNER, (Level.CITY,)),
            (RecordKind.MONTHLY_REPORT, ()),
            (RecordKind.REWARD, (Level.CITY, Level.PROVINCE)),
        ],
    )
    def test_chain_of_each_kind(self, kind: RecordKind, levels: tuple[Level, ...]) -> None:
        assert wf.chain(kind) == levels

    @pytest.mark.parametrize(
        ("kind", "first"),
        [
            (RecordKind.APPLICATION, Level.COUNTY),
            (RecordKind.COMPLETION, Level.COUNTY),
            (RecordKind.CARGO_OWNER, Level.CITY),
            (RecordKind.REWARD, Level.CITY),
            (RecordKind.APPLICANT, None),
            (RecordKind.MONTHLY_REPORT, None),
        ],
    )
    def test_first_manual_level(self, kind: RecordKind, first: Level | None) -> None:
        assert wf.first_manual_level(kind) is first

    @pytest.mark.parametrize("kind", [k for k in RecordKind if wf.chain(k)])
    def test_a_record_walks_its_chain_one_pass_at_a_time(self, kind: RecordKind) -> None:
        current = state()
        seen = []
        while (level := wf.next_level(kind, current)) is not None:
            seen.append(level)
            current = wf.apply_decision(current, level, P, DAY)
        assert tuple(seen) == wf.chain(kind)
        assert wf.progress(kind, current) is wf.ReviewProgress.PASSED


class TestProgress:
    def test_without_materials_the_record_waits_for_its_upload(self) -> None:
        fresh = state(uploaded=None)
        assert wf.progress(RecordKind.APPLICATION, fresh) is wf.ReviewProgress.AWAITING_UPLOAD
        assert wf.next_level(RecordKind.APPLICATION, fresh) is None

    def test_uploaded_record_waits_for_the_joint_review(self) -> None:
        assert wf.progress(RecordKind.APPLICATION, state()) is wf.ReviewProgress.WAITING
        assert wf.next_level(RecordKind.APPLICATION, state()) is Level.PLATFORM

    def test_each_pass_moves_the_record_one_level_up(self) -> None:
        kind = RecordKind.APPLICATION
        assert wf.next_level(kind, state(Level.PLATFORM)) is Level.COUNTY
        assert wf.next_level(kind, state(Level.PLATFORM, Level.COUNTY)) is Level.CITY
        assert wf.next_level(kind, state(Level.PLATFORM, Level.COUNTY, Level.CITY)) is (
            Level.PROVINCE
        )
        done = state(Level.PLATFORM, Level.COUNTY, Level.CITY, Level.PROVINCE)
        assert wf.next_level(kind, done) is None
        assert wf.progress(kind, done) is wf.ReviewProgress.PASSED

    def test_joint_review_failure_stops_the_record(self) -> None:
        failed = state(platform=R)
        assert failed.joint_review_failed is True
        assert wf.progress(RecordKind.APPLICATION, failed) is wf.ReviewProgress.JOINT_REVIEW_FAILED
        assert wf.next_level(RecordKind.APPLICATION, failed) is None

    def test_a_returned_record_goes_nowhere(self) -> None:
        returned = state(Level.PLATFORM, Level.COUNTY, city=R)
        assert returned.joint_review_failed is False
        assert wf.progress(RecordKind.APPLICATION, returned) is wf.ReviewProgress.RETURNED
        assert wf.next_level(RecordKind.APPLICATION, returned) is None

    def test_a_return_stops_the_record_even_if_a_later_level_had_passed_it(self) -> None:
        county_took_back = state(Level.PLATFORM, Level.CITY, county=R)
        assert wf.progress(RecordKind.APPLICATION, county_took_back) is wf.ReviewProgress.RETURNED

    def test_cargo_owner_and_reward_start_at_city(self) -> None:
        assert wf.next_level(RecordKind.CARGO_OWNER, state()) is Level.CITY
        assert wf.next_level(RecordKind.REWARD, state(Level.CITY)) is Level.PROVINCE
        assert wf.progress(RecordKind.CARGO_OWNER, state(Level.CITY)) is wf.ReviewProgress.PASSED

    @pytest.mark.parametrize("kind", [RecordKind.APPLICANT, RecordKind.MONTHLY_REPORT])
    def test_kinds_without_a_chain_are_never_reviewed(self, kind: RecordKind) -> None:
        assert wf.progress(kind, state()) is wf.ReviewProgress.NO_REVIEW
        assert wf.next_level(kind, state()) is None


class TestCanReview:
    def test_county_reviewer_may_review_a_record_that_passed_the_joint_review(self) -> None:
        reasons = wf.can_review(
            RecordKind.APPLICATION,
            state(Level.PLATFORM),
            Level.COUNTY,
            RegionLevel.COUNTY,
            REVIEWERS,
        )
        assert reasons == []

    def test_external_reviewer_may_review_levels(self) -> None:
        reasons = wf.can_review(
            RecordKind.APPLICATION,
            state(Level.PLATFORM, Level.COUNTY),
            Level.CITY,
            RegionLevel.CITY,
            {Permission.EXTERNAL_REVIEW},
        )
        assert reasons == []

    def test_county_account_with_review_starts_the_joint_review(self) -> None:
        reasons = wf.can_review(
            RecordKind.APPLICATION, state(), Level.PLATFORM, RegionLevel.COUNTY, REVIEWERS
        )
        assert reasons == []

    def test_external_reviewer_may_not_run_the_joint_review(self) -> None:
        reasons = wf.can_review(
            RecordKind.APPLICATION,
            state(),
            Level.PLATFORM,
            RegionLevel.COUNTY,
            {Permission.EXTERNAL_REVIEW},
        )
        assert reasons == [
            "平台联审需要【审核】权限（【外审】账号只能人工审核），请联系管理员开通。"
        ]

    def test_joint_review_belongs_to_the_creating_county_level(self) -> None:
        reasons = wf.can_review(
            RecordKind.APPLICATION, state(), Level.PLATFORM, RegionLevel.PROVINCE, REVIEWERS
        )
        assert reasons == ["平台联审由建档的县级（含市州辖区）账号启动，省级账号不能启动。"]

    def test_every_problem_is_told_at_once(self) -> None:
        reasons = wf.can_review(
            RecordKind.APPLICATION,
            state(uploaded=None),
            Level.CITY,
            RegionLevel.COUNTY,
            {Permission.QUERY, Permission.EDIT},
        )
        assert reasons == [
            "审核需要【审核】或【外审】权限，请联系本级或上级管理员开通。",
            "市级审核只能由市级账号提交，当前登录的是县级账号。",
            "尚未上传材料压缩包（修改记录后需重传），请先上传材料再审核。",
            "尚未通过平台审核，不能进行市级审核。",
        ]

    def test_a_level_waits_for_the_previous_one(self) -> None:
        reasons = wf.can_review(
            RecordKind.APPLICATION, state(Level.PLATFORM), Level.CITY, RegionLevel.CITY, REVIEWERS
        )
        assert reasons == ["尚未通过县级审核，不能进行市级审核。"]

    def test_a_returned_record_cannot_be_reviewed_higher_up(self) -> None:
        reasons = wf.can_review(
            RecordKind.APPLICATION,
            state(Level.PLATFORM, county=R),
            Level.CITY,
            RegionLevel.CITY,
            REVIEWERS,
        )
        assert reasons == ["已被县级审核退回，需修改记录或重传材料后才能进行市级审核。"]

    def test_a_failed_joint_review_blocks_the_county(self) -> None:
        reasons = wf.can_review(
            RecordKind.APPLICATION, state(platform=R), Level.COUNTY, RegionLevel.COUNTY, REVIEWERS
        )
        assert reasons == ["平台联审未通过，不能进行县级审核；请修改记录或重传材料后重新联审。"]

    def test_a_level_cannot_change_its_mind_once_the_next_level_passed(self) -> None:
        reasons = wf.can_review(
            RecordKind.APPLICATION,
            state(Level.PLATFORM, Level.COUNTY, Level.CITY),
            Level.COUNTY,
            RegionLevel.COUNTY,
            REVIEWERS,
        )
        assert reasons == ["市级已审核同意，县级不能再更改审核结果。"]

    def test_county_may_return_what_city_returned_so_it_can_be_modified(self) -> None:
        reasons = wf.can_review(
            RecordKind.APPLICATION,
            state(Level.PLATFORM, Level.COUNTY, city=R),
            Level.COUNTY,
            RegionLevel.COUNTY,
            REVIEWERS,
        )
        assert reasons == []

    @pytest.mark.parametrize("county", [P, R])
    def test_joint_review_skips_what_county_decided(self, county: Decision) -> None:
        reasons = wf.can_review(
            RecordKind.APPLICATION,
            state(Level.PLATFORM, county=county),
            Level.PLATFORM,
            RegionLevel.COUNTY,
            REVIEWERS,
        )
        assert reasons == ["县级已审核（同意或退回），平台联审跳过该记录。"]

    def test_province_is_the_end_of_the_chain(self) -> None:
        reasons = wf.can_review(
            RecordKind.REWARD,
            state(Level.CITY, Level.PROVINCE),
            Level.PROVINCE,
            RegionLevel.PROVINCE,
            REVIEWERS,
        )
        assert reasons == []

    def test_a_level_outside_the_chain_is_refused(self) -> None:
        reasons = wf.can_review(
            RecordKind.CARGO_OWNER, state(), Level.COUNTY, RegionLevel.COUNTY, REVIEWERS
        )
        assert reasons == ["货主没有县级审核环节，无需在此审核。"]

    def test_kinds_without_chain_are_refused(self) -> None:
        reasons = wf.can_review(
            RecordKind.MONTHLY_REPORT, state(), Level.CITY, RegionLevel.CITY, REVIEWERS
        )
        assert reasons == ["集装箱月报没有市级审核环节，无需在此审核。"]


class TestApplyDecision:
    def test_sets_the_level_result(self) -> None:
        after = wf.apply_decision(state(), Level.PLATFORM, P, DAY)
        assert after.platform == wf.LevelResult(P, DAY)
        assert after.county == wf.LevelResult()
        assert after.materials_uploaded_at == UPLOADED

    def test_second_result_the_same_day_replaces_the_first(self) -> None:
        once = wf.apply_decision(state(Level.PLATFORM), Level.COUNTY, R, DAY)
        twice = wf.apply_decision(once, Level.COUNTY, P, DAY)
        assert twice.county == wf.LevelResult(P, DAY)

    def test_a_later_day_replaces_an_earlier_one(self) -> None:
        once = wf.apply_decision(state(), Level.COUNTY, P, DAY)
        later = wf.apply_decision(once, Level.COUNTY, R, DAY + timedelta(days=3))
        assert later.county == wf.LevelResult(R, date(2024, 9, 5))

    def test_an_older_result_replayed_late_changes_nothing(self) -> None:
        newer = wf.apply_decision(state(), Level.COUNTY, P, DAY)
        assert wf.apply_decision(newer, Level.COUNTY, R, DAY - timedelta(days=1)) == newer

    @given(
        st.permutations(
            [
                (P, date(2024, 9, 1)),
                (R, date(2024, 9, 4)),
                (P, date(2024, 9, 2)),
                (R, date(2024, 8, 30)),
            ]
        )
    )
    def test_the_newest_day_wins_whatever_the_arrival_order(
        self, arrivals: list[tuple[Decision, date]]
    ) -> None:
        current = state()
        for decision, on in arrivals:
            current = wf.apply_decision(current, Level.CITY, decision, on)
        assert current.city == wf.LevelResult(R, date(2024, 9, 4))


class TestModifyAndUpload:
    def test_modify_clears_failure_returns_and_the_upload_date(self) -> None:
        before = state(Level.PLATFORM, county=R, city=R)
        after = wf.on_modify(before)
        assert after == wf.ReviewState(platform=wf.LevelResult(P, DAY))
        assert wf.progress(RecordKind.APPLICATION, after) is wf.ReviewProgress.AWAITING_UPLOAD

    def test_modify_clears_the_joint_review_failure(self) -> None:
        after = wf.on_modify(state(platform=R))
        assert after.joint_review_failed is False
        assert after == wf.ReviewState()

    def test_upload_clears_flags_and_puts_the_record_back_in_the_queue(self) -> None:
        before = state(Level.PLATFORM, Level.COUNTY, city=R)
        after = wf.on_upload(before, date(2024, 9, 10))
        assert after.city == wf.LevelResult()
        assert after.county == wf.LevelResult(P, DAY)
        assert after.materials_uploaded_at == date(2024, 9, 10)
        assert wf.progress(RecordKind.APPLICATION, after) is wf.ReviewProgress.WAITING
        assert wf.next_level(RecordKind.APPLICATION, after) is Level.CITY

    def test_a_whole_life_of_one_application(self) -> None:
        kind = RecordKind.APPLICATION
        record = wf.on_upload(wf.ReviewState(), date(2024, 8, 30))
        record = wf.apply_decision(record, Level.PLATFORM, R, date(2024, 9, 1))
        assert wf.progress(kind, record) is wf.ReviewProgress.JOINT_REVIEW_FAILED
        record = wf.on_upload(record, date(2024, 9, 2))
        assert wf.next_level(kind, record) is Level.PLATFORM
        record = wf.apply_decision(record, Level.PLATFORM, P, date(2024, 9, 3))
        record = wf.apply_decision(record, Level.COUNTY, R, date(2024, 9, 4))
        record = wf.on_modify(record)
        assert wf.progress(kind, record) is wf.ReviewProgress.AWAITING_UPLOAD
        record = wf.on_upload(record, date(2024, 9, 5))
        assert wf.next_level(kind, record) is Level.COUNTY
        for level, day in ((Level.COUNTY, 6), (Level.CITY, 9), (Level.PROVINCE, 12)):
            record = wf.apply_decision(record, level, P, date(2024, 9, day))
        assert record == wf.ReviewState(
            platform=wf.LevelResult(P, date(2024, 9, 3)),
            county=wf.LevelResult(P, date(2024, 9, 6)),
            city=wf.LevelResult(P, date(2024, 9, 9)),
            province=wf.LevelResult(P, date(2024, 9, 12)),
            materials_uploaded_at=date(2024, 9, 5),
        )
        assert wf.progress(kind, record) is wf.ReviewProgress.PASSED


def entry(level: Level, decision: Decision, day: int, opinion: str = "") -> wf.AuditEntry:
    return wf.AuditEntry(level, decision, date(2024, 9, day), opinion, "431221-1")


class TestAuditLog:
    def test_newest_first_and_later_level_first_on_the_same_day(self) -> None:
        log: tuple[wf.AuditEntry, ...] = ()
        for new in (
            entry(Level.PLATFORM, P, 1),
            entry(Level.COUNTY, P, 3),
            entry(Level.CITY, R, 3),
            entry(Level.PLATFORM, R, 2),
        ):
            log = wf.merge_audit(log, new)
        assert log == (
            entry(Level.CITY, R, 3),
            entry(Level.COUNTY, P, 3),
            entry(Level.PLATFORM, R, 2),
            entry(Level.PLATFORM, P, 1),
        )

    def test_a_second_result_the_same_day_replaces_the_first(self) -> None:
        log = wf.merge_audit((), entry(Level.COUNTY, R, 4, "材料不全，请补正后重新上传。"))
        log = wf.merge_audit(log, entry(Level.COUNTY, P, 3, "符合条件，同意。"))
        log = wf.merge_audit(log, entry(Level.COUNTY, P, 4, "材料齐全、符合条件、同意上报。"))
        assert log == (
            entry(Level.COUNTY, P, 4, "材料齐全、符合条件、同意上报。"),
            entry(Level.COUNTY, P, 3, "符合条件，同意。"),
        )

    @given(
        st.lists(
            st.tuples(
                st.sampled_from(list(Level)),
                st.sampled_from(list(Decision)),
                st.integers(1, 5),
                st.text(max_size=3),
            ),
            max_size=25,
        )
    )
    def test_one_entry_per_level_and_day_the_last_submitted_kept(
        self, submissions: list[tuple[Level, Decision, int, str]]
    ) -> None:
        log: tuple[wf.AuditEntry, ...] = ()
        last: dict[tuple[Level, int], wf.AuditEntry] = {}
        for level, decision, day, opinion in submissions:
            new = entry(level, decision, day, opinion)
            log = wf.merge_audit(log, new)
            last[(level, day)] = new
        assert set(log) == set(last.values())
        assert len(log) == len(last)
        keys = [(e.on, list(Level).index(e.level)) for e in log]
        assert keys == sorted(keys, reverse=True)


class TestMarks:
    @pytest.mark.parametrize(
        ("result", "level", "shown"),
        [
            (wf.LevelResult(P, DAY), Level.PLATFORM, "√"),
            (wf.LevelResult(R, DAY), Level.PLATFORM, "×"),
            (wf.LevelResult(P, DAY), Level.COUNTY, "√"),
            (wf.LevelResult(R, DAY), Level.COUNTY, "退"),
            (wf.LevelResult(R, DAY), Level.PROVINCE, "退"),
            (wf.LevelResult(), Level.CITY, ""),
        ],
    )
    def test_mark(self, result: wf.LevelResult, level: Level, shown: str) -> None:
        assert wf.mark(result, level) == shown

    def test_row_marks_of_an_application(self) -> None:
        row = wf.marks(RecordKind.APPLICATION, state(Level.PLATFORM, county=R))
        assert row == {Level.PLATFORM: "√", Level.COUNTY: "退", Level.CITY: "", Level.PROVINCE: ""}

    def test_row_marks_of_a_reward(self) -> None:
        assert wf.marks(RecordKind.REWARD, state(Level.CITY)) == {
            Level.CITY: "√",
            Level.PROVINCE: "",
        }

    def test_upload_mark(self) -> None:
        assert wf.upload_mark(state()) == "√"
        assert wf.upload_mark(state(uploaded=None)) == "×"


class TestOpinions:
    def test_the_manual_default_opinion_comes_first(self) -> None:
        assert wf.preset_opinions(P)[0] == "材料齐全、符合条件、同意上报。"
        assert wf.preset_opinions(R)[0] == "材料不全，请补正后重新上传。"
        assert len(wf.preset_opinions(P)) == 4
        assert len(wf.preset_opinions(R)) == 6

    def test_compose_opinion_joins_preset_and_note(self) -> None:
        composed = wf.compose_opinion("材料不全，请补正后重新上传。", " 缺船检证书。 ")
        assert composed == "材料不全，请补正后重新上传。 缺船检证书。"
        assert wf.compose_opinion("", "缺船检证书。") == "缺船检证书。"

    def test_an_opinion_is_required(self) -> None:
        assert (
            wf.opinion_refusal(R, "  ") == "请选择预设意见或填写审核说明（退回的原因和补正要求）。"
        )
        assert wf.opinion_refusal(P, "") == "请选择预设意见或填写审核说明（同意）。"
        assert wf.opinion_refusal(P, "符合条件，同意。") is None

    def test_an_opinion_stays_short(self) -> None:
        assert wf.opinion_refusal(R, "缺" * 200) is None
        assert wf.opinion_refusal(R, "缺" * 201) == "审核意见不能超过200个字，当前201个字，请精简。"


class TestRegionLevel:
    @pytest.mark.parametrize(
        ("code", "level"),
        [
            ("430000", RegionLevel.PROVINCE),
            ("430100", RegionLevel.CITY),
            ("433100", RegionLevel.CITY),
            ("430101", RegionLevel.COUNTY),
            ("433399", RegionLevel.COUNTY),
            ("431221", RegionLevel.COUNTY),
        ],
    )
    def test_level_from_code_shape(self, code: str, level: RegionLevel) -> None:
        assert wf.region_level_of(code) is level

    @pytest.mark.parametrize("code", ["4301", "4301000", "43010a", ""])
    def test_bad_code(self, code: str) -> None:
        with pytest.raises(ValueError, match=f"区划代码“{code}”应为6位数字"):
            wf.region_level_of(code)

    def test_actor_from_region_code(self) -> None:
        actor = wf.Actor.from_region_code("430101", [Permission.EDIT], city_district=True)
        assert actor == wf.Actor(RegionLevel.COUNTY, frozenset({Permission.EDIT}), True)


MINISTRY_SCRAP = {"policy": Policy.MINISTRY, "project": Project.SCRAP}


class TestCanCreate:
    def test_county_creates_applicants_and_applications(self) -> None:
        assert wf.can_create(wf.RecordFacts(RecordKind.APPLICANT), COUNTY_EDITOR) == []
        facts = wf.RecordFacts(RecordKind.APPLICATION, policy=Policy.PROVINCE, project=Project.NEW)
        assert wf.can_create(facts, COUNTY_EDITOR) == []

    def test_city_does_not_create_applications(self) -> None:
        facts = wf.RecordFacts(RecordKind.APPLICATION, policy=Policy.PROVINCE, project=Project.NEW)
        assert wf.can_create(facts, CITY_EDITOR) == [
            "拆建申请由县级（或市州辖区）账号建档和维护，市级账号不能操作。"
        ]

    def test_ministry_scrapping_is_for_city_district_accounts_only(self) -> None:
        facts = wf.RecordFacts(RecordKind.APPLICATION, **MINISTRY_SCRAP)
        assert wf.can_create(facts, COUNTY_EDITOR) == [
            "部政策拆解船的申请与完结须由市州辖区账号（如430101-1）建档、修改或删除。"
        ]
        assert wf.can_create(facts, DISTRICT_EDITOR) == []

    def test_ministry_renewal_stays_with_the_county(self) -> None:
        facts = wf.RecordFacts(
            RecordKind.APPLICATION, policy=Policy.MINISTRY, project=Project.RENEW
        )
        assert wf.can_create(facts, COUNTY_EDITOR) == []

    def test_completion_needs_a_province_passed_ministry_scrapping_application(self) -> None:
        ready = wf.RecordFacts(RecordKind.COMPLETION, parent_passed=True, **MINISTRY_SCRAP)
        assert wf.can_create(ready, DISTRICT_EDITOR) == []
        early = wf.RecordFacts(RecordKind.COMPLETION, **MINISTRY_SCRAP)
        assert wf.can_create(early, DISTRICT_EDITOR) == [
            "拆建申请尚未通过省级审核，不能建档完结记录。"
        ]
        province = wf.RecordFacts(
            RecordKind.COMPLETION,
            policy=Policy.PROVINCE,
            project=Project.REFIT,
            parent_passed=True,
        )
        assert wf.can_create(province, DISTRICT_EDITOR) == [
            "只有部政策拆解船需要建档完结记录，其他项目的材料随申请一并上传。"
        ]

    def test_city_creates_cargo_records(self) -> None:
        assert wf.can_create(wf.RecordFacts(RecordKind.CARGO_OWNER), CITY_EDITOR) == []
        assert wf.can_create(wf.RecordFacts(RecordKind.CARGO_OWNER), COUNTY_EDITOR) == [
            "货主由市级账号建档和维护，县级账号不能操作。"
        ]

    def test_monthly_report_and_reward_need_the_owner_passed_by_city(self) -> None:
        for kind, message in (
            (RecordKind.MONTHLY_REPORT, "货主尚未通过市级审核，不能填报集装箱月报。"),
            (RecordKind.REWARD, "货主尚未通过市级审核，不能建档奖励申请。"),
        ):
            assert wf.can_create(wf.RecordFacts(kind), CITY_EDITOR) == [message]
            assert wf.can_create(wf.RecordFacts(kind, parent_passed=True), CITY_EDITOR) == []

    def test_edit_permission_is_needed(self) -> None:
        reviewer = wf.Actor(RegionLevel.PROVINCE, frozenset({Permission.REVIEW}))
        assert wf.can_create(wf.RecordFacts(RecordKind.APPLICANT), reviewer) == [
            "需要【编辑】权限才能建档、修改、删除记录或上传材料，请联系管理员开通。",
            "拆建申请人由县级（或市州辖区）账号建档和维护，省级账号不能操作。",
        ]


class TestCanModifyAndDelete:
    def test_open_application_may_be_modified_and_deleted(self) -> None:
        facts = wf.RecordFacts(RecordKind.APPLICATION, state(Level.PLATFORM))
        assert wf.can_modify(facts, COUNTY_EDITOR) == []
        assert wf.can_delete(facts, COUNTY_EDITOR) == []

    def test_county_pass_locks_the_application(self) -> None:
        facts = wf.RecordFacts(RecordKind.APPLICATION, state(Level.PLATFORM, Level.COUNTY))
        assert wf.can_modify(facts, COUNTY_EDITOR) == [
            "已通过县级审核，不能修改；如需修改，请县级先退回该记录。"
        ]
        assert wf.can_delete(facts, COUNTY_EDITOR) == [
            "已通过县级审核，不能删除；如需删除，请县级先退回该记录。"
        ]

    def test_a_city_return_alone_does_not_unlock(self) -> None:
        facts = wf.RecordFacts(RecordKind.APPLICATION, state(Level.PLATFORM, Level.COUNTY, city=R))
        assert wf.can_modify(facts, COUNTY_EDITOR) == [
            "已通过县级审核，不能修改；如需修改，请县级先退回该记录。"
        ]

    def test_county_return_unlocks(self) -> None:
        facts = wf.RecordFacts(RecordKind.APPLICATION, state(Level.PLATFORM, county=R))
        assert wf.can_modify(facts, COUNTY_EDITOR) == []

    def test_application_with_a_completion_cannot_be_deleted(self) -> None:
        facts = wf.RecordFacts(RecordKind.APPLICATION, has_children=True, **MINISTRY_SCRAP)
        assert wf.can_delete(facts, DISTRICT_EDITOR) == [
            "该申请已有完结记录，请先删除完结记录再删除申请。"
        ]

    def test_ministry_scrapping_modified_only_by_city_district(self) -> None:
        facts = wf.RecordFacts(RecordKind.APPLICATION, **MINISTRY_SCRAP)
        assert wf.can_modify(facts, COUNTY_EDITOR) == [
            "部政策拆解船的申请与完结须由市州辖区账号（如430101-1）建档、修改或删除。"
        ]
        assert wf.can_modify(facts, DISTRICT_EDITOR) == []

    def test_applicant_locked_once_a_ship_passed_county(self) -> None:
        facts = wf.RecordFacts(RecordKind.APPLICANT, has_children=True, children_passed=True)
        assert wf.can_modify(facts, COUNTY_EDITOR) == [
            "该申请人已有船舶通过县级审核，不能修改；如需修改，请县级先退回该船舶。"
        ]
        unlocked = wf.RecordFacts(RecordKind.APPLICANT, has_children=True)
        assert wf.can_modify(unlocked, COUNTY_EDITOR) == []

    def test_applicant_with_ships_cannot_be_deleted(self) -> None:
        facts = wf.RecordFacts(RecordKind.APPLICANT, has_children=True)
        assert wf.can_delete(facts, COUNTY_EDITOR) == [
            "该申请人名下还有船舶记录，请先删除其全部船舶记录再删除申请人。"
        ]
        assert wf.can_delete(wf.RecordFacts(RecordKind.APPLICANT), COUNTY_EDITOR) == []

    def test_cargo_owner_locked_by_city_pass_and_kept_while_it_has_reports(self) -> None:
        passed = wf.RecordFacts(RecordKind.CARGO_OWNER, state(Level.CITY), has_children=True)
        assert wf.can_modify(passed, CITY_EDITOR) == [
            "已通过市级审核，不能修改；如需修改，请市级先退回该记录。"
        ]
        assert wf.can_delete(passed, CITY_EDITOR) == [
            "已通过市级审核，不能删除；如需删除，请市级先退回该记录。",
            "该货主已有集装箱月报或奖励申请，请先删除它们再删除货主。",
        ]

    def test_monthly_report_locked_once_the_reward_passed_city(self) -> None:
        facts = wf.RecordFacts(RecordKind.MONTHLY_REPORT, children_passed=True)
        assert wf.can_modify(facts, CITY_EDITOR) == [
            "该货主的奖励申请已通过市级审核，集装箱月报不能再修改；请市级先退回奖励申请。"
        ]
        assert wf.can_delete(wf.RecordFacts(RecordKind.MONTHLY_REPORT), CITY_EDITOR) == []


class TestCanUpload:
    def test_applicants_have_no_materials(self) -> None:
        assert wf.can_upload(wf.RecordFacts(RecordKind.APPLICANT), COUNTY_EDITOR) == [
            "拆建申请人没有材料，请在其拆建申请记录上上传材料。"
        ]

    def test_fresh_and_failed_records_may_upload(self) -> None:
        fresh = wf.RecordFacts(RecordKind.APPLICATION, state(uploaded=None))
        failed = wf.RecordFacts(RecordKind.APPLICATION, state(platform=R))
        assert wf.can_upload(fresh, COUNTY_EDITOR) == []
        assert wf.can_upload(failed, COUNTY_EDITOR) == []

    def test_materials_a_level_approved_are_kept(self) -> None:
        facts = wf.RecordFacts(RecordKind.APPLICATION, state(Level.PLATFORM, Level.COUNTY))
        assert wf.can_upload(facts, COUNTY_EDITOR) == [
            "已通过县级审核，不能替换材料；如需替换材料，请县级先退回该记录。"
        ]

    def test_a_city_return_asks_for_new_materials(self) -> None:
        facts = wf.RecordFacts(RecordKind.APPLICATION, state(Level.PLATFORM, Level.COUNTY, city=R))
        assert wf.can_upload(facts, COUNTY_EDITOR) == []

    def test_monthly_report_proofs_are_kept_once_the_reward_passed(self) -> None:
        facts = wf.RecordFacts(RecordKind.MONTHLY_REPORT, children_passed=True)
        assert wf.can_upload(facts, CITY_EDITOR) == [
            "该货主的奖励申请已通过市级审核，集装箱月报不能再替换材料；请市级先退回奖励申请。"
        ]
