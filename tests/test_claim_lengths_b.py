"""Lengths of time claimed against the record's dated spans and stated plans.

The record states the monitoring visit as a plan with its own length ("within six months"), not a
date. A claim that reports the plan with a length is held to that length, and a denial that it
would happen for at least a length is contradicted by a plan to happen sooner. The guards keep a
bound the plan leaves open, and a claim of something the plan does not say, not_found. Then the
length of a holding by a time put first ("by the time Ofsted came, ..."), an arrival said as an
idiom ("came calling"), a length stressed ("a whole month") and an inspection said as going
through a place.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_denied_return_for_at_least_a_length_is_contradicted_by_a_sooner_plan(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Inspectors would not come back to Trafford for at least eighteen months",
            "Ofsted was not due to revisit the council for more than a year",
            "Trafford was told Ofsted wouldn't return until at least a year after the inspection",
        ],
    ) == ["contradicted", "contradicted", "contradicted"]


def test_a_plan_reported_with_its_own_length_or_another(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Members learned that inspectors were expected back within six months",
            "The next Ofsted monitoring visit was due within 6 months",
            "Ofsted said it would come back for a monitoring visit within two years",
        ],
    ) == ["supported", "supported", "contradicted"]


def test_a_denial_the_plan_leaves_open_or_does_not_speak_to_is_not_settled(index: ClaimIndex) -> None:
    check = check_claim("Ofsted would not come back to Trafford for at least two weeks", index)
    assert check.verdict == "not_found", check.explanation
    check = check_claim("Ofsted would not publish a further report for at least a year", index)
    assert check.verdict != "contradicted", check.explanation


def test_a_holding_by_a_time_put_first_is_read_as_put_last(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "By the time the inspection started, Sara Todd had been chief executive for more than two years",
            "When the inspection began, Sara Todd had been in the job for under two months",
        ],
    ) == ["contradicted", "supported"]


def test_an_arrival_said_as_an_idiom_is_the_start_of_a_visit(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Sara Todd had been in charge for several years when Ofsted came knocking",
            "The inspection report was published about two months after the inspectors showed up",
        ],
    ) == ["contradicted", "supported"]


def test_a_length_stressed_as_whole_or_full_is_that_length(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The inspectors spent three full weeks in Trafford",
            "Ofsted's inspection ran for a whole month",
        ],
    ) == ["contradicted", "contradicted"]


def test_going_through_a_place_is_inspecting_it_but_going_through_papers_is_not(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Inspectors spent three weeks combing through the council's children's services",
            "Inspectors spent five days going through Trafford",
            "Inspectors spent three weeks going through the council's files",
        ],
    ) == ["contradicted", "supported", "not_found"]


def test_in_less_than_a_length_of_something_is_within_it(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The DfE's improvement notice was issued in less than a month of Ofsted's report",
            "The DfE's improvement notice was issued in under a week of Ofsted's report",
        ],
    ) == ["supported", "contradicted"]


def test_who_was_told_or_understands_the_plan_frames_it(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Scrutiny members were told to expect the inspectors back within six months",
            "As we understand it, the inspectors will be back within six months",
        ],
    ) == ["supported", "supported"]
