"""Readings the claim checker learned from held-back sets, each with sentences written for these tests.

Each test names a mechanism (not a sentence): grades paired with the areas they close, a change of
grade told in a headline's present tense, and a deadline that is not the date of what follows it.
"""

from __future__ import annotations

import pytest

from trafford_timeline.claims.check import ClaimIndex, build_index, check_claim
from trafford_timeline.record.store import load_glossary, load_record, shipped_data_dir


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    data = shipped_data_dir()
    return build_index(load_record(data), load_glossary(data))


def verdicts(index: ClaimIndex, claims: list[str]) -> list[str]:
    return [check_claim(claim, index).verdict for claim in claims]


def test_a_change_of_grade_in_the_present_tense_is_read_as_a_change(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's overall rating plummets two grades",
            "Trafford's overall rating tumbles by one grade",
        ],
    ) == ["supported", "contradicted"]


def test_a_claim_naming_two_grades_is_not_contradicted_by_an_item_holding_one_of_them(
    index: ClaimIndex,
) -> None:
    check = check_claim(
        "Children's services in Trafford crash from good to inadequate amid leadership failures", index
    )
    assert check.verdict != "contradicted", check.explanation


def test_each_area_takes_the_grade_that_closes_its_stretch_of_the_claim(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Ofsted graded care leavers and children in care as requires improvement, leadership inadequate",
            "Ofsted graded care leavers and children in care as requires improvement, leadership good",
        ],
    ) == ["supported", "contradicted"]


def test_grades_of_different_areas_from_different_inspections_do_not_support_a_yearless_claim(
    index: ClaimIndex,
) -> None:
    check = check_claim(
        "Ofsted rated its leadership outstanding and its care leavers requires improvement", index
    )
    assert check.verdict == "not_found", check.explanation


def test_time_given_until_a_date_is_a_deadline(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The notice allowed Trafford until August 2021 to carry out its improvement plan",
            "Under the notice Trafford was given until August 2020 to implement its improvement plan",
        ],
    ) == ["contradicted", "supported"]


def test_a_deadline_does_not_date_the_statement_after_it(index: ClaimIndex) -> None:
    check = check_claim(
        "Notice: improvement plan deadline August 2020; Trafford must set up an improvement board with an "
        "independent chair",
        index,
    )
    assert check.verdict != "contradicted", check.explanation


def test_a_headline_in_title_case_is_read_as_its_words_not_as_a_name(index: ClaimIndex) -> None:
    claim = "low staff turnover found by ofsted"
    assert verdicts(index, [claim, claim.title()]) == ["supported", "supported"]


def test_a_change_whose_one_year_follows_from_starts_in_that_year(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "From outstanding in 2015, Trafford's care leavers service dropped two grades "
            "to requires improvement",
            "From outstanding in 2015, Trafford's care leavers service dropped one grade "
            "to requires improvement",
        ],
    ) == ["supported", "contradicted"]


def test_words_that_do_not_change_a_rating_claim_leave_it_a_rating_claim(index: ClaimIndex) -> None:
    """'visit', 'both' and 'all the way' are listed in the glossary's rating context."""
    assert verdicts(
        index,
        [
            "After an Ofsted visit Trafford's overall grade dropped two notches from good to inadequate",
            "After an Ofsted visit Trafford's overall grade dropped from good all the way "
            "to requires improvement",
            "Ofsted's 2019 ratings: leadership inadequate; children in care and care leavers "
            "both requires improvement",
        ],
    ) == ["supported", "contradicted", "supported"]


def test_a_first_person_frame_is_not_read_as_part_of_the_claim(index: ClaimIndex) -> None:
    check = check_claim(
        "As a councillor I can tell you Trafford's social work staff had low turnover and low sickness", index
    )
    assert "councillor" not in check.explanation, check.explanation


def test_turning_a_decline_round_is_reversing_it(index: ClaimIndex) -> None:
    claim = "Andrew Weston called turning it round a top priority after the decline in standards"
    assert verdicts(index, [claim]) == ["supported"]


def test_an_inspection_is_not_dated_by_the_report_published_on_it(index: ClaimIndex) -> None:
    """The report came out in May; the inspectors were there in March. A claim that puts the
    inspection in the report's month is never supported by the report, nor by the grades in it."""
    wrong_month = [
        "Inspectors examined Trafford's children's services in May 2019",
        "Trafford's inspection by Ofsted happened in May 2019",
    ]
    assert "supported" not in verdicts(index, wrong_month)
    assert verdicts(index, ["Ofsted inspected Trafford's children's services in March 2019"]) == ["supported"]
    assert verdicts(index, ["Ofsted published its report on Trafford in May 2019"]) == ["supported"]


def test_remembered_readings_give_the_documents_read_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """A clause, quote or title read once is remembered while the record is read (issue 16);
    a reading depends on its text alone, so every document is what reading each afresh gives."""
    from trafford_timeline.claims import index as claim_index

    record, glossary = load_record(shipped_data_dir()), load_glossary(shipped_data_dir())
    remembered = build_index(record, glossary)
    monkeypatch.setattr(claim_index, "READINGS_KEPT", 0)
    afresh = build_index(record, glossary)
    assert list(remembered.documents) == list(afresh.documents)
    assert remembered.postings == afresh.postings
