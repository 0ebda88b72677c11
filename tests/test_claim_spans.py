"""Spans of time in claims: how long a change of grade took, and how long one was given to do a thing.

A length put on a change between two ratings (`in just two years`, `within three years`, `in 40 months`)
is held to the distance between the two ratings' events: clearly wrong contradicts, unsettled by the
record's dates is not found, and never is it supported by the grades alone. A length someone `had` or
`got` from one dated thing to do another is the deadline's distance from the first.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_wrong_length_on_a_change_of_grade_contradicts_it(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford tumbled from good to inadequate in only eighteen months",
            "Within two years Trafford went from good to inadequate",
            "Trafford's services sank from good to inadequate in a matter of six months",
        ],
    ) == ["contradicted", "contradicted", "contradicted"]


def test_the_explanation_gives_the_ratings_years(index: ClaimIndex) -> None:
    check = check_claim("Trafford tumbled from good to inadequate in only eighteen months", index)
    assert "2015 and 2019" in check.explanation
    assert check.evidence
    assert check.evidence[0].id.startswith("rating-")


def test_a_length_the_ratings_dates_cannot_settle_is_not_found(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford tumbled from good to inadequate in 45 months",
            "Trafford's leadership fell from outstanding to inadequate within four years",
        ],
    ) == ["not_found", "not_found"]


def test_a_right_length_in_years_is_counted_by_calendar_year(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford tumbled from good to inadequate over four years",
            "Trafford tumbled from good to inadequate in less than five years",
        ],
    ) == ["supported", "supported"]


def test_a_length_had_from_one_thing_to_meet_a_deadline(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The council had about fifteen months from the DfE's notice to meet the deadline for its plan",
            "Trafford got around 15 months from the improvement notice to prove its plan was implemented",
            "The council had three months from the notice to meet its implementation deadline",
        ],
    ) == ["supported", "supported", "contradicted"]


def test_a_subject_that_took_a_length_after_something_to_act_is_a_relation(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The DfE took under a week after Ofsted's report to issue its notice",
            "Ofsted took about two months after its inspection to publish the report",
        ],
    ) == ["contradicted", "supported"]


def test_held_over_some_days_is_how_long_it_lasted(index: ClaimIndex) -> None:
    assert verdicts(index, ["The 2019 inspection was held over three days"]) == ["contradicted"]


def test_both_before_the_verb_of_two_subjects_is_read_past(index: ClaimIndex) -> None:
    claim = (
        "The new council leader and the lead member for children both took over in May 2018, "
        "a month before the inspection"
    )
    assert verdicts(index, [claim]) == ["contradicted"]


def test_an_earlier_inspection_is_the_previous_one(index: ClaimIndex) -> None:
    check = check_claim("Ofsted's earlier inspection of Trafford was in summer 2015", index)
    assert check.verdict == "not_found"
    assert "2015" in check.explanation
