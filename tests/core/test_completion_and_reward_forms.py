"""The completion form (page 3-18) and the reward form (page 4-8): the manual's values pass, and
a bad form reports every problem at once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.completion_form import CompletionForm, parse_completion, validate_completion
from core.field_rules import FormError, Problem
from core.reward_form import RewardForm, parse_reward, validate_reward

# Page 3-18: 湘长沙机1058, completed 2024-09-17, archived the next day, checked at 619.90.
PAGE_3_18 = {"finish_date": "2024-09-17", "archive_date": "2024-09-18", "check_amount": "619.90"}


def test_the_completion_of_page_3_18() -> None:
    assert validate_completion(PAGE_3_18, date(2024, 9, 17)) == []
    assert parse_completion(PAGE_3_18, date(2024, 9, 17)) == CompletionForm(
        finish_date=date(2024, 9, 17),
        archive_date=date(2024, 9, 18),
        check_amount=Decimal("619.90"),
        note="",
    )


def test_a_bad_completion_reports_every_problem() -> None:
    bad = {"finish_date": "2024-9-31", "archive_date": "", "check_amount": "-1", "note": "备" * 101}
    assert validate_completion(bad) == [
        Problem("finish_date", "船舶注销/建成完工日期：“2024-9-31”不是有效日期，请核对月份和日"),
        Problem("archive_date", "完结归档日：必须填写（年-月-日，如 2024-05-21）"),
        Problem("check_amount", "资金复核（万元）：应在0-100000之间（现为-1）"),
        Problem("note", "备注：不能超过100个字（现为101个）"),
    ]


def test_completion_dates_follow_the_ship() -> None:
    early = {"finish_date": "2005-01-01", "archive_date": "2004-12-31"}
    assert validate_completion(early, date(2006, 2, 18)) == [
        Problem("finish_date", "船舶注销/建成完工日期：不能早于建成日期2006-02-18（用于计算船龄）"),
        Problem(
            "archive_date",
            "完结归档日：不能早于船舶注销日期2005-01-01（归档日应能查到注销记录）",
        ),
    ]
    with pytest.raises(FormError):
        parse_completion(early, date(2006, 2, 18))


def test_the_reward_of_page_4_8() -> None:
    form = {
        "form_no": "湘潭（2024）001",
        "estimate_foreign": "12.00",
        "estimate_domestic": "5.00",
        "check_foreign": "12.00",
        "check_domestic": "5.00",
        "note": "23424",
    }
    assert validate_reward(form) == []
    assert parse_reward(form) == RewardForm(
        form_no="湘潭（2024）001",
        estimate_foreign=Decimal("12.00"),
        estimate_domestic=Decimal("5.00"),
        check_foreign=Decimal("12.00"),
        check_domestic=Decimal("5.00"),
        note="23424",
    )


def test_a_bad_reward_reports_every_problem() -> None:
    bad = {"form_no": "北京（2024）001", "estimate_domestic": "5.001", "check_foreign": "x"}
    fields = [problem.field for problem in validate_reward(bad)]
    assert fields == ["form_no", "estimate_foreign", "estimate_domestic", "check_foreign"]
    assert validate_reward(bad)[1] == Problem(
        "estimate_foreign", "外贸资金测算（万元）：必须填写（0-100000，最多2位小数）"
    )
