"""Platform joint review: judgment dates per policy × project, findings and their marks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from core.joint_review import (
    PASS_OPINION,
    POLICY_DATE,
    CertificateEntry,
    Check,
    Checks,
    InspectionEntry,
    LicenceEntry,
    OwnershipEntry,
    Registries,
    Requirement,
    ShipFacts,
    match_key,
    requirements,
    review_ship,
)
from core.materials import Operation
from core.vocab import JudgmentDate, Policy, Project, RecordKind

D1, D2, D3, D4 = JudgmentDate
APPLIED = date(2024, 8, 30)
DISMANTLED = date(2024, 6, 10)
ARCHIVED = date(2024, 10, 18)
SHIP = "湘益阳机0258"
SHIP_ID = "CN20085343188"
OPERATOR = "益阳鹏天运输有限公司"
LICENCE = "湘益XKA0123"
CERT = "湘益阳SJ（2022）0001"


def facts(policy: Policy, project: Project, **overrides: object) -> ShipFacts:
    base = ShipFacts(
        kind=RecordKind.APPLICATION,
        policy=policy,
        project=project,
        operation=Operation.OPERATING,
        ship_name=SHIP,
        operator=OPERATOR,
        licence_no=LICENCE,
        operation_cert_no=CERT,
        ship_id_no=SHIP_ID,
        application_date=APPLIED,
        dismantle_start=DISMANTLED,
        archive_date=ARCHIVED,
    )
    return replace(base, **overrides)  # type: ignore[arg-type]


def licence(**overrides: object) -> LicenceEntry:
    entry = LicenceEntry(OPERATOR, LICENCE, date(2020, 1, 1), date(2030, 12, 31))
    return replace(entry, **overrides)  # type: ignore[arg-type]


def certificate(**overrides: object) -> CertificateEntry:
    entry = CertificateEntry(SHIP, CERT, date(2022, 1, 1), date(2027, 12, 31))
    return replace(entry, **overrides)  # type: ignore[arg-type]


def ownership(**overrides: object) -> OwnershipEntry:
    entry = OwnershipEntry(SHIP, SHIP_ID, date(2015, 3, 1))
    return replace(entry, **overrides)  # type: ignore[arg-type]


def inspection(**overrides: object) -> InspectionEntry:
    entry = InspectionEntry(SHIP, SHIP_ID, date(2023, 1, 1), date(2025, 12, 31))
    return replace(entry, **overrides)  # type: ignore[arg-type]


def registries(
    licences: tuple[LicenceEntry, ...] = (),
    certificates: tuple[CertificateEntry, ...] = (),
    ownerships: tuple[OwnershipEntry, ...] = (),
    inspections: tuple[InspectionEntry, ...] = (),
) -> Registries:
    return Registries(licences, certificates, ownerships, inspections)


VALID_BUILD = registries((licence(),), (certificate(),), (ownership(),), (inspection(),))
"""A ship whose every certificate is valid on every date of the build projects."""

SCRAPPED = registries(
    (licence(),),
    (certificate(cancelled_on=date(2024, 7, 12)),),
    (ownership(deregistered_on=date(2024, 7, 12)),),
    (inspection(),),
)
"""A province scrap: registered at ①, valid at ③ (06-10), deregistered before ② (08-30)."""


EVERY_REGISTRY = Checks()


def texts(f: ShipFacts, regs: Registries, checks: Checks = EVERY_REGISTRY) -> list[str]:
    return review_ship(f, regs, checks).texts


class TestRules:
    def test_the_policy_date_is_the_province_policy_day(self) -> None:
        assert date(2023, 7, 21) == POLICY_DATE

    @pytest.mark.parametrize(
        ("policy", "project", "expected"),
        [
            (
                Policy.PROVINCE,
                Project.SCRAP,
                [
                    (D1, Check.REGISTERED),
                    (D2, Check.DEREGISTERED),
                    (D3, Check.LICENCE),
                    (D3, Check.SHIP),
                ],
            ),
            (
                Policy.PROVINCE,
                Project.REFIT,
                [
                    (D1, Check.LICENCE),
                    (D1, Check.REGISTERED),
                    (D2, Check.LICENCE),
                    (D2, Check.SHIP),
                ],
            ),
            (
                Policy.PROVINCE,
                Project.NEW,
                [(D1, Check.LICENCE), (D2, Check.LICENCE), (D2, Check.SHIP)],
            ),
            (Policy.MINISTRY, Project.SCRAP, [(D2, Check.LICENCE), (D2, Check.SHIP)]),
            (Policy.MINISTRY, Project.RENEW, [(D2, Check.LICENCE), (D2, Check.SHIP)]),
            (Policy.MINISTRY, Project.NEW, [(D2, Check.LICENCE), (D2, Check.SHIP)]),
        ],
    )
    def test_application_dates_follow_section_0_3(
        self, policy: Policy, project: Project, expected: list[tuple[JudgmentDate, Check]]
    ) -> None:
        assert requirements(RecordKind.APPLICATION, policy, project) == tuple(
            Requirement(on, check) for on, check in expected
        )

    def test_a_ministry_scrapping_completion_proves_the_deregistration_on_the_archive_date(
        self,
    ) -> None:
        assert requirements(RecordKind.COMPLETION, Policy.MINISTRY, Project.SCRAP) == (
            Requirement(D4, Check.DEREGISTERED),
        )

    def test_other_completions_and_other_kinds_are_refused_with_a_reason(self) -> None:
        with pytest.raises(ValueError, match="只有部政策拆解项目有完结记录"):
            requirements(RecordKind.COMPLETION, Policy.PROVINCE, Project.SCRAP)
        with pytest.raises(ValueError, match="货主不参加平台联审"):
            requirements(RecordKind.CARGO_OWNER, Policy.PROVINCE, Project.SCRAP)

    def test_every_application_combination_has_rules(self) -> None:
        for policy in Policy:
            for project in Project:
                assert requirements(RecordKind.APPLICATION, policy, project)


class TestPassing:
    @pytest.mark.parametrize("policy", list(Policy))
    @pytest.mark.parametrize("project", [Project.NEW, Project.RENEW, Project.REFIT])
    def test_a_build_with_valid_certificates_passes(self, policy: Policy, project: Project) -> None:
        outcome = review_ship(facts(policy, project), VALID_BUILD)

        assert outcome.passed is True
        assert outcome.texts == []
        assert outcome.opinion == PASS_OPINION

    def test_a_province_scrap_registered_valid_at_start_and_deregistered_passes(self) -> None:
        assert texts(facts(Policy.PROVINCE, Project.SCRAP), SCRAPPED) == []

    def test_a_ministry_scrap_valid_at_application_and_deregistered_by_archive_passes(
        self,
    ) -> None:
        regs = registries(
            (licence(),),
            (certificate(cancelled_on=date(2024, 9, 20)),),
            (ownership(deregistered_on=date(2024, 9, 20)),),
            (inspection(),),
        )
        assert texts(facts(Policy.MINISTRY, Project.SCRAP), regs) == []
        completion = facts(Policy.MINISTRY, Project.SCRAP, kind=RecordKind.COMPLETION)
        assert texts(completion, regs) == []


class TestFindings:
    def test_a_licence_whose_operator_or_number_differs_is_wrong_on_each_date(self) -> None:
        other_operator = registries(
            (licence(operator="益阳顺天运输有限公司"),),
            (certificate(),),
            (ownership(),),
            (inspection(),),
        )
        other_number = replace(facts(Policy.PROVINCE, Project.NEW), licence_no="湘益XKA9999")
        both_dates = ["许可证号或经营人名错①", "许可证号或经营人名错②"]

        assert texts(facts(Policy.PROVINCE, Project.NEW), other_operator) == both_dates
        assert texts(other_number, VALID_BUILD) == both_dates
        assert texts(facts(Policy.MINISTRY, Project.NEW), other_operator) == [
            "许可证号或经营人名错②"
        ]

    def test_a_licence_cancelled_on_the_day_counts_as_wrong_that_day(self) -> None:
        regs = registries(
            (licence(cancelled_on=APPLIED),), (certificate(),), (ownership(),), (inspection(),)
        )
        assert texts(facts(Policy.PROVINCE, Project.NEW), regs) == ["许可证号或经营人名错②"]

    def test_a_licence_issued_after_the_policy_date_is_wrong_on_it(self) -> None:
        regs = registries(
            (licence(valid_from=date(2023, 7, 22)),),
            (certificate(),),
            (ownership(),),
            (inspection(),),
        )
        assert texts(facts(Policy.PROVINCE, Project.REFIT), regs) == ["许可证号或经营人名错①"]

    def test_a_certificate_whose_ship_name_or_number_differs_is_wrong(self) -> None:
        regs = registries(
            (licence(),), (certificate(ship_name="湘益阳机0259"),), (ownership(),), (inspection(),)
        )
        assert texts(facts(Policy.MINISTRY, Project.RENEW), regs) == ["营运证号或船名错②"]

    def test_an_expired_certificate_is_invalid(self) -> None:
        regs = registries(
            (licence(),),
            (certificate(expires_on=date(2024, 8, 29)),),
            (ownership(),),
            (inspection(),),
        )
        assert texts(facts(Policy.MINISTRY, Project.NEW), regs) == ["营运证无效②"]

    def test_a_certificate_issued_after_the_policy_date_is_invalid_on_it(self) -> None:
        regs = registries(
            (licence(),),
            (certificate(issued_on=date(2023, 9, 1), cancelled_on=date(2024, 7, 12)),),
            (ownership(deregistered_on=date(2024, 7, 12)),),
            (inspection(),),
        )
        assert texts(facts(Policy.PROVINCE, Project.SCRAP), regs) == ["营运证无效①"]

    def test_a_certificate_cancelled_before_dismantling_start_is_invalid_on_it(self) -> None:
        regs = registries(
            (licence(),),
            (certificate(cancelled_on=date(2024, 6, 1)),),
            (ownership(deregistered_on=date(2024, 7, 12)),),
            (inspection(),),
        )
        assert texts(facts(Policy.PROVINCE, Project.SCRAP), regs) == ["营运证无效③"]

    def test_a_ship_not_yet_registered_on_the_policy_date(self) -> None:
        regs = registries(
            (licence(),),
            (certificate(cancelled_on=date(2024, 7, 12)),),
            (ownership(registered_on=date(2023, 8, 1), deregistered_on=date(2024, 7, 12)),),
            (inspection(),),
        )
        assert texts(facts(Policy.PROVINCE, Project.SCRAP), regs) == ["无所有权登记①"]

    def test_a_ship_not_deregistered_by_the_application_date(self) -> None:
        regs = registries((licence(),), (certificate(),), (ownership(),), (inspection(),))
        assert texts(facts(Policy.PROVINCE, Project.SCRAP), regs) == ["无注销记录②"]

    def test_a_deregistration_needs_the_ownership_and_the_certificate_side(self) -> None:
        only_ownership = registries(
            (licence(),),
            (certificate(),),
            (ownership(deregistered_on=date(2024, 7, 12)),),
            (inspection(),),
        )
        only_certificate = registries(
            (licence(),),
            (certificate(cancelled_on=date(2024, 7, 12)),),
            (ownership(),),
            (inspection(),),
        )
        scrap = facts(Policy.PROVINCE, Project.SCRAP)
        assert texts(scrap, only_ownership) == ["无注销记录②"]
        assert texts(scrap, only_certificate) == ["无注销记录②"]

    def test_an_inspection_expired_before_dismantling_start(self) -> None:
        regs = registries(
            (licence(),),
            (certificate(cancelled_on=date(2024, 7, 12)),),
            (ownership(deregistered_on=date(2024, 7, 12)),),
            (inspection(valid_until=date(2024, 5, 31)),),
        )
        assert texts(facts(Policy.PROVINCE, Project.SCRAP), regs) == ["船检证书无效③"]

    def test_a_ministry_completion_without_deregistration_by_the_archive_date(self) -> None:
        completion = facts(Policy.MINISTRY, Project.SCRAP, kind=RecordKind.COMPLETION)
        late = registries(
            (licence(),),
            (certificate(cancelled_on=date(2024, 10, 19)),),
            (ownership(deregistered_on=date(2024, 10, 19)),),
        )
        assert texts(completion, late) == ["无注销记录④"]

    def test_a_mismatched_certificate_cannot_prove_its_cancellation(self) -> None:
        completion = facts(Policy.MINISTRY, Project.SCRAP, kind=RecordKind.COMPLETION)
        regs = registries((), (), (ownership(deregistered_on=date(2024, 9, 1)),))
        assert texts(completion, regs) == ["营运证号或船名错④"]

    def test_every_problem_of_a_record_is_reported_in_date_order(self) -> None:
        regs = registries(
            (licence(operator="别的公司"),),
            (certificate(cancelled_on=date(2024, 7, 12)),),
            (ownership(registered_on=date(2024, 1, 1)),),
            (),
        )
        outcome = review_ship(facts(Policy.PROVINCE, Project.SCRAP), regs)

        assert outcome.texts == [
            "无所有权登记①",
            "无注销记录②",
            "许可证号或经营人名错③",
            "船检证书无效③",
        ]
        assert outcome.opinion == "无所有权登记①；无注销记录②；许可证号或经营人名错③；船检证书无效③"
        assert [p.on for p in outcome.problems] == [D1, D2, D3, D3]
        assert outcome.passed is False

    def test_a_pair_matching_no_row_is_reported_on_every_date_that_needs_it(self) -> None:
        regs = registries((), (), (ownership(),), (inspection(),))
        assert texts(facts(Policy.PROVINCE, Project.REFIT), regs) == [
            "许可证号或经营人名错①",
            "营运证号或船名错①",
            "许可证号或经营人名错②",
            "营运证号或船名错②",
        ]

    def test_missing_dates_are_problems_with_their_marks(self) -> None:
        scrap = facts(Policy.PROVINCE, Project.SCRAP, application_date=None, dismantle_start=None)
        completion = facts(
            Policy.MINISTRY, Project.SCRAP, kind=RecordKind.COMPLETION, archive_date=None
        )
        assert texts(scrap, SCRAPPED) == ["缺少申请日期②", "缺少拆解开工日③"]
        assert texts(completion, SCRAPPED) == ["缺少完结归档日④"]


class TestOptions:
    def test_a_ferry_skips_the_licence_and_the_operation_certificate(self) -> None:
        ferry = facts(
            Policy.PROVINCE,
            Project.SCRAP,
            operation=Operation.FERRY,
            licence_no="",
            operation_cert_no="",
        )
        regs = registries((), (), (ownership(deregistered_on=date(2024, 7, 12)),), (inspection(),))
        assert texts(ferry, regs) == []

    def test_a_ferry_still_needs_its_ownership_and_inspection(self) -> None:
        ferry = facts(Policy.MINISTRY, Project.SCRAP, operation=Operation.FERRY)
        assert texts(ferry, registries()) == ["无所有权登记②", "船检证书无效②"]

    def test_ownership_and_inspection_are_skipped_when_the_status_says_so(self) -> None:
        regs = registries((licence(),), (certificate(cancelled_on=date(2024, 7, 12)),))
        scrap = facts(Policy.PROVINCE, Project.SCRAP)

        assert texts(scrap, regs, Checks(ownership=False, inspection=False)) == []
        assert texts(scrap, regs, Checks(ownership=False, inspection=True)) == ["船检证书无效③"]
        assert texts(scrap, regs, Checks(ownership=True, inspection=False)) == [
            "无所有权登记①",
            "无注销记录②",
            "无所有权登记③",
        ]


class TestMatching:
    def test_typography_is_folded_and_identity_kept(self) -> None:
        assert match_key(" 湘益阳SJ (2022) 0001 ") == match_key("湘益阳SJ（2022）0001")
        assert match_key("湘益阳SJ〔2022〕0001") == match_key("湘益阳sj[2022]0001")
        assert match_key("湘益阳SJ（2022）0001") != match_key("湘益阳SJ（2022）0002")

    def test_a_registry_number_typed_with_other_brackets_and_spaces_still_matches(self) -> None:
        regs = registries(
            (licence(licence_no="湘益 XKA0123"),),
            (certificate(certificate_no="湘益阳SJ (2022) 0001"),),
            (ownership(),),
            (inspection(),),
        )
        assert texts(facts(Policy.MINISTRY, Project.NEW), regs) == []

    def test_an_empty_number_never_matches(self) -> None:
        regs = registries(
            (licence(licence_no=""),), (certificate(),), (ownership(),), (inspection(),)
        )
        blank = facts(Policy.MINISTRY, Project.NEW, licence_no="")
        assert texts(blank, regs) == ["许可证号或经营人名错②"]

    def test_several_rows_of_a_pair_pass_when_any_is_valid(self) -> None:
        regs = registries(
            (licence(valid_until=date(2022, 12, 31)), licence(valid_from=date(2023, 1, 1))),
            (certificate(),),
            (ownership(),),
            (inspection(),),
        )
        assert texts(facts(Policy.MINISTRY, Project.NEW), regs) == []
