"""Declaration status: newest wins, expiry, write and login refusals, defaults for a new year."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import declaration as dc
from core.declaration import WriteAction
from core.vocab import DeclarationState, Permission, Policy, PolicyScope, RecordKind, RegionLevel

OPEN, CLOSED, MAINT = DeclarationState.OPEN, DeclarationState.CLOSED, DeclarationState.MAINTENANCE
SHIP_END = date(2025, 1, 10)
CARGO_END = date(2025, 1, 20)


def status(
    state: DeclarationState = OPEN,
    *,
    created: datetime = datetime(2024, 11, 10, 9, 0),
    scope: PolicyScope = PolicyScope.BOTH,
) -> dc.DeclarationStatus:
    return dc.DeclarationStatus(
        year=2024,
        state=state,
        ship_deadline=SHIP_END,
        cargo_deadline=CARGO_END,
        policy_scope=scope,
        check_ownership=True,
        check_inspection=False,
        created_on=created.date(),
        created_at=created,
        note="申报2024年度部省奖补",
    )


class TestCurrentStatus:
    def test_newest_row_wins_whatever_the_order(self) -> None:
        old = status(created=datetime(2024, 9, 1, 8, 0))
        closed = status(CLOSED, created=datetime(2024, 11, 7, 16, 45))
        newest = status(created=datetime(2024, 11, 10, 9, 0))
        assert dc.current_status([closed, newest, old]) is newest
        assert dc.current_status([newest, old, closed]) is newest

    def test_a_tie_goes_to_the_later_row(self) -> None:
        first = status(CLOSED)
        second = status(MAINT)
        assert dc.current_status([first, second]) is second

    def test_no_status_at_all(self) -> None:
        assert dc.current_status([]) is None

    def test_expired_is_never_stored(self) -> None:
        with pytest.raises(
            ValueError, match="“过期”由开放状态超过截止日期推得，不能作为申报状态保存。"
        ):
            status(DeclarationState.EXPIRED)


class TestEffectiveState:
    def test_the_deadline_day_itself_is_still_open(self) -> None:
        assert dc.effective_state(status(), SHIP_END, for_cargo=False) is OPEN

    def test_the_day_after_the_deadline_is_expired(self) -> None:
        day_after = date(2025, 1, 11)
        assert dc.effective_state(status(), day_after, for_cargo=False) is DeclarationState.EXPIRED

    def test_cargo_owners_have_their_own_deadline(self) -> None:
        assert dc.effective_state(status(), date(2025, 1, 15), for_cargo=True) is OPEN
        assert dc.effective_state(status(), date(2025, 1, 21), for_cargo=True) is (
            DeclarationState.EXPIRED
        )

    @pytest.mark.parametrize("state", [CLOSED, MAINT])
    def test_closed_and_maintenance_never_expire(self, state: DeclarationState) -> None:
        assert dc.effective_state(status(state), date(2030, 1, 1), for_cargo=False) is state

    @pytest.mark.parametrize(
        ("kind", "cargo"),
        [
            (RecordKind.APPLICANT, False),
            (RecordKind.APPLICATION, False),
            (RecordKind.COMPLETION, False),
            (RecordKind.CARGO_OWNER, True),
            (RecordKind.MONTHLY_REPORT, True),
            (RecordKind.REWARD, True),
        ],
    )
    def test_which_deadline_a_kind_follows(self, kind: RecordKind, cargo: bool) -> None:
        assert dc.uses_cargo_deadline(kind) is cargo
        assert dc.deadline(status(), cargo) == (CARGO_END if cargo else SHIP_END)


class TestWriteRefusal:
    @pytest.mark.parametrize("action", list(WriteAction))
    def test_open_allows_every_write(self, action: WriteAction) -> None:
        assert dc.write_refusal(status(), date(2024, 12, 1), action, RecordKind.APPLICATION) is None

    @pytest.mark.parametrize(
        ("action", "message"),
        [
            (
                WriteAction.CREATE,
                "申报已关闭，不能建档拆建申请记录。请等待省级重新开放申报后再操作。",
            ),
            (
                WriteAction.MODIFY,
                "申报已关闭，不能修改拆建申请记录。请等待省级重新开放申报后再操作。",
            ),
            (
                WriteAction.DELETE,
                "申报已关闭，不能删除拆建申请记录。请等待省级重新开放申报后再操作。",
            ),
            (
                WriteAction.REVIEW,
                "申报已关闭，不能审核拆建申请记录。请等待省级重新开放申报后再操作。",
            ),
            (
                WriteAction.UPLOAD,
                "申报已关闭，不能上传材料拆建申请记录。请等待省级重新开放申报后再操作。",
            ),
        ],
    )
    def test_closed_forbids_every_write(self, action: WriteAction, message: str) -> None:
        refusal = dc.write_refusal(
            status(CLOSED), date(2024, 12, 1), action, RecordKind.APPLICATION
        )
        assert refusal == message

    def test_expired_ship_declaration(self) -> None:
        refusal = dc.write_refusal(
            status(), date(2025, 1, 11), WriteAction.REVIEW, RecordKind.APPLICATION
        )
        assert refusal == (
            "拆建申报已于2025-01-10截止（过期），不能审核拆建申请记录。"
            "如需继续，请联系省级系统管理员延长截止日期。"
        )

    def test_cargo_records_still_open_after_the_ship_deadline(self) -> None:
        today = date(2025, 1, 15)
        assert (
            dc.write_refusal(status(), today, WriteAction.CREATE, RecordKind.MONTHLY_REPORT) is None
        )
        assert dc.write_refusal(status(), today, WriteAction.UPLOAD, RecordKind.COMPLETION) == (
            "拆建申报已于2025-01-10截止（过期），不能上传材料拆建完结记录。"
            "如需继续，请联系省级系统管理员延长截止日期。"
        )

    def test_expired_cargo_declaration(self) -> None:
        refusal = dc.write_refusal(
            status(), date(2025, 1, 21), WriteAction.MODIFY, RecordKind.REWARD
        )
        assert refusal == (
            "货主申报已于2025-01-20截止（过期），不能修改奖励申请记录。"
            "如需继续，请联系省级系统管理员延长截止日期。"
        )

    def test_maintenance_lets_the_admins_who_are_in_write(self) -> None:
        assert (
            dc.write_refusal(status(MAINT), date(2025, 3, 1), WriteAction.MODIFY, RecordKind.REWARD)
            is None
        )

    def test_without_a_status_nothing_may_be_written(self) -> None:
        refusal = dc.write_refusal(None, date(2025, 1, 1), WriteAction.CREATE, RecordKind.APPLICANT)
        assert (
            refusal
            == "尚未创建申报状态，不能建档拆建申请人记录。请联系省级系统管理员新建申报状态。"
        )

    def test_a_status_only_opens_its_own_year(self) -> None:
        refusal = dc.write_refusal(
            status(), date(2024, 12, 1), WriteAction.MODIFY, RecordKind.APPLICATION, year=2023
        )
        assert refusal == "当前申报状态只对2024年有效，不能修改2023年的拆建申请记录。"
        same_year = dc.write_refusal(
            status(), date(2024, 12, 1), WriteAction.MODIFY, RecordKind.APPLICATION, year=2024
        )
        assert same_year is None

    def test_ministry_only_scope_forbids_creating_province_applications(self) -> None:
        ministry_only = status(scope=PolicyScope.MINISTRY)
        today = date(2024, 12, 1)
        create = WriteAction.CREATE
        refusal = dc.write_refusal(
            ministry_only, today, create, RecordKind.APPLICATION, Policy.PROVINCE
        )
        assert refusal == "当前只开放部政策申报，不能建档省政策的拆建申请。"
        assert (
            dc.write_refusal(ministry_only, today, create, RecordKind.APPLICATION, Policy.MINISTRY)
            is None
        )

    def test_province_only_scope_forbids_creating_ministry_applications(self) -> None:
        province_only = status(scope=PolicyScope.PROVINCE)
        refusal = dc.write_refusal(
            province_only,
            date(2024, 12, 1),
            WriteAction.CREATE,
            RecordKind.APPLICATION,
            Policy.MINISTRY,
        )
        assert refusal == "当前只开放省政策申报，不能建档部政策的拆建申请。"

    def test_scope_leaves_existing_records_and_completions_alone(self) -> None:
        province_only = status(scope=PolicyScope.PROVINCE)
        today = date(2024, 12, 1)
        for action, kind in (
            (WriteAction.MODIFY, RecordKind.APPLICATION),
            (WriteAction.REVIEW, RecordKind.APPLICATION),
            (WriteAction.CREATE, RecordKind.COMPLETION),
        ):
            assert dc.write_refusal(province_only, today, action, kind, Policy.MINISTRY) is None

    def test_window_is_told_before_scope(self) -> None:
        refusal = dc.write_refusal(
            status(CLOSED, scope=PolicyScope.MINISTRY),
            date(2024, 12, 1),
            WriteAction.CREATE,
            RecordKind.APPLICATION,
            Policy.PROVINCE,
        )
        assert refusal == "申报已关闭，不能建档拆建申请记录。请等待省级重新开放申报后再操作。"

    def test_policies_in_scope(self) -> None:
        assert dc.policies_in_scope(PolicyScope.BOTH) == {Policy.MINISTRY, Policy.PROVINCE}
        assert dc.policies_in_scope(PolicyScope.MINISTRY) == {Policy.MINISTRY}
        assert dc.policies_in_scope(PolicyScope.PROVINCE) == {Policy.PROVINCE}


class TestLogin:
    @pytest.mark.parametrize(
        ("level", "permissions", "allowed"),
        [
            (RegionLevel.PROVINCE, {Permission.SYSTEM}, True),
            (RegionLevel.PROVINCE, {Permission.MANAGE, Permission.QUERY}, True),
            (RegionLevel.PROVINCE, {Permission.EDIT, Permission.REVIEW, Permission.QUERY}, False),
            (RegionLevel.CITY, {Permission.MANAGE, Permission.SYSTEM}, False),
            (RegionLevel.COUNTY, {Permission.MANAGE}, False),
        ],
    )
    def test_maintenance_login(
        self, level: RegionLevel, permissions: set[Permission], allowed: bool
    ) -> None:
        assert dc.maintenance_login_allowed(level, permissions) is allowed

    def test_login_refused_during_maintenance(self) -> None:
        refusal = dc.login_refusal(status(MAINT), RegionLevel.CITY, {Permission.MANAGE})
        assert refusal == "系统正在运维，暂时只允许省级【系统】或【管理】账号登录，请稍后再试。"
        assert dc.login_refusal(status(MAINT), RegionLevel.PROVINCE, {Permission.SYSTEM}) is None

    @pytest.mark.parametrize("current", [status(OPEN), status(CLOSED), None])
    def test_everyone_logs_in_outside_maintenance(
        self, current: dc.DeclarationStatus | None
    ) -> None:
        assert dc.login_refusal(current, RegionLevel.COUNTY, {Permission.QUERY}) is None


class TestDeleteStatus:
    def test_only_a_status_created_today(self) -> None:
        made = status(created=datetime(2024, 11, 10, 23, 59))
        assert dc.can_delete_status(made, date(2024, 11, 10)) is True
        assert dc.delete_status_refusal(made, date(2024, 11, 10)) is None
        assert dc.can_delete_status(made, date(2024, 11, 11)) is False
        assert dc.delete_status_refusal(made, date(2024, 11, 11)) == (
            "只能删除当天创建的申报状态，该状态创建于2024-11-10。"
        )


class TestDefaults:
    @pytest.mark.parametrize(
        ("start", "months", "end"),
        [
            (date(2025, 1, 31), 1, date(2025, 2, 28)),
            (date(2024, 1, 31), 1, date(2024, 2, 29)),
            (date(2024, 3, 31), 1, date(2024, 4, 30)),
            (date(2024, 12, 10), 1, date(2025, 1, 10)),
            (date(2024, 12, 31), 1, date(2025, 1, 31)),
            (date(2024, 11, 10), 1, date(2024, 12, 10)),
            (date(2024, 3, 31), -1, date(2024, 2, 29)),
            (date(2024, 2, 29), 12, date(2025, 2, 28)),
        ],
    )
    def test_add_months(self, start: date, months: int, end: date) -> None:
        assert dc.add_months(start, months) == end

    @given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 11, 30)))
    def test_one_month_ahead_lands_in_the_next_month(self, day: date) -> None:
        ahead = dc.add_months(day, 1)
        assert (ahead.year * 12 + ahead.month) - (day.year * 12 + day.month) == 1
        last = calendar.monthrange(ahead.year, ahead.month)[1]
        assert ahead.day == min(day.day, last)
        assert ahead > day

    def test_default_deadlines(self) -> None:
        assert dc.default_deadline(OPEN, date(2025, 1, 31)) == date(2025, 2, 28)
        assert dc.default_deadline(CLOSED, date(2025, 1, 31)) == date(2099, 12, 31)
        assert dc.default_deadline(MAINT, date(2025, 1, 31)) == date(2099, 12, 31)

    def test_new_year_opens_for_a_month(self) -> None:
        now = datetime(2025, 1, 31, 9, 30)
        assert dc.new_year_status(2025, now) == dc.DeclarationStatus(
            year=2025,
            state=OPEN,
            ship_deadline=date(2025, 2, 28),
            cargo_deadline=date(2025, 2, 28),
            policy_scope=PolicyScope.BOTH,
            check_ownership=True,
            check_inspection=True,
            created_on=date(2025, 1, 31),
            created_at=now,
            note="新建2025年奖补年份，默认开放申报一个月。",
        )

    def test_new_closed_status_defaults_to_the_far_deadline(self) -> None:
        made = dc.new_status(
            2024,
            CLOSED,
            datetime(2024, 11, 7, 10, 0),
            cargo_deadline=date(2025, 1, 7),
            policy_scope=PolicyScope.PROVINCE,
            check_inspection=False,
            note="年末关闭申报",
        )
        assert made.ship_deadline == date(2099, 12, 31)
        assert made.cargo_deadline == date(2025, 1, 7)
        assert made.policy_scope is PolicyScope.PROVINCE
        assert (made.check_ownership, made.check_inspection) == (True, False)
        assert made.created_on == date(2024, 11, 7)


class TestStatusProblems:
    def test_a_good_status(self) -> None:
        assert dc.status_problems(status(), date(2024, 11, 10)) == []

    def test_every_problem_at_once(self) -> None:
        bad = replace(status(), note="测试", ship_deadline=date(2024, 11, 9))
        assert dc.status_problems(bad, date(2024, 11, 10)) == [
            "备注须为5-100个字，当前2个字。",
            "拆建申报截止日期2024-11-09早于今天，开放状态会立即过期。",
        ]

    def test_closed_status_deadlines_do_not_matter(self) -> None:
        closed = replace(status(CLOSED), note="x" * 100, cargo_deadline=date(2020, 1, 1))
        assert dc.status_problems(closed, date(2024, 11, 10)) == []

    def test_note_too_long(self) -> None:
        long_note = replace(status(), note="长" * 101)
        assert dc.status_problems(long_note, date(2024, 11, 10)) == [
            "备注须为5-100个字，当前101个字。"
        ]

    def test_deadline_today_is_fine(self) -> None:
        today = SHIP_END
        assert dc.status_problems(status(), today) == []
        assert dc.status_problems(status(), today + timedelta(days=1)) == [
            "拆建申报截止日期2025-01-10早于今天，开放状态会立即过期。"
        ]
