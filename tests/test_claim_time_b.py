"""Claims about the time between two things, in the ways people say it, each checked against the
shipped record's dates. Every sentence is written for these tests; each test names a mechanism.

Each test also holds a guard: a relation whose side the record cannot date, or whose dates cannot
settle it, stays not_found rather than becoming a verdict.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_time_in_post_when_something_happened_is_read_without_for(index: ClaimIndex) -> None:
    """`had been in post under six months when ...`: the holder's start to the event, with or
    without `for`, and `a matter of weeks` as some weeks."""
    assert verdicts(
        index,
        [
            "Sara Todd had been in post under six months when Ofsted published its report.",
            "Sara Todd had been in post over a year when Ofsted published its report.",
            "Sara Todd had only been in charge a matter of weeks when the inspectors turned up.",
        ],
    ) == ["supported", "contradicted", "supported"]


def test_a_length_that_separates_two_things_is_a_gap_whichever_came_first(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Less than three months separated the inspection and the improvement notice.",
            "Six months separated the inspection from the DfE's notice.",
            "The improvement notice and the inspection were about eleven weeks apart.",
            "The improvement notice and the inspection were more than five months apart.",
            "The improvement notice and the recruitment deadline were over a year apart.",
        ],
    ) == ["supported", "contradicted", "supported", "contradicted", "not_found"]


def test_two_ratings_are_dated_by_their_grades_when_each_grade_is_of_one_year(index: ClaimIndex) -> None:
    """The record holds `outstanding` and `good` only in 2015 and `inadequate` only in 2019;
    `requires improvement` and `inadequate` are both 2019's, one inspection: no gap to check."""
    checks = [
        check_claim(claim, index)
        for claim in (
            "The 'outstanding' rating and the 'inadequate' rating were four years apart.",
            "Two years separated the good rating and the inadequate one.",
            "The requires improvement rating and the inadequate rating were four years apart.",
        )
    ]
    assert [check.verdict for check in checks] == ["supported", "contradicted", "not_found"]
    assert "2015" in checks[0].explanation
    assert "2019" in checks[0].explanation


def test_a_count_of_years_from_a_year_dated_thing_is_counted_by_calendar_year(index: ClaimIndex) -> None:
    """The 2015 inspection is dated only to its year: "about four years" later is 2019, while
    "more than four years" could be either, and stays not_found."""
    assert verdicts(
        index,
        [
            "The 2019 inspection took place about four years after the 2015 inspection.",
            "The 2019 inspection took place more than four years after the 2015 inspection.",
        ],
    ) == ["supported", "not_found"]


def test_time_given_to_do_something_is_the_deadline_after_what_set_it(index: ClaimIndex) -> None:
    checks = [
        check_claim(claim, index)
        for claim in (
            "The DfE's notice gave the council more than a year to implement the improvement plan.",
            "The council was given under six months from the improvement notice to implement its plan.",
            "The council was given more than a year to implement its plan.",
        )
    ]
    assert [check.verdict for check in checks] == ["supported", "contradicted", "not_found"]
    assert checks[0].evidence[0].quote.endswith("August 2020")


def test_a_deadline_named_loosely_is_the_record_s_one_deadline(index: ClaimIndex) -> None:
    """The record holds one deadline, so "the improvement deadline" is it; a deadline for something
    the deadline's own text never speaks of ("recruitment") is not."""
    assert verdicts(
        index,
        [
            "The council's improvement deadline came over a year after the notice was issued.",
            "The recruitment deadline came over a year after the notice was issued.",
        ],
    ) == ["supported", "not_found"]


def test_a_post_taken_up_lasts_until_the_next_holder_takes_it_up(index: ClaimIndex) -> None:
    """The interim chief executive started in July 2018 and a permanent one in February or early
    March 2019: between six and eight months. A post whose next holder the record never names
    (the lead member) has no length, and a length is not "supported" by words alone."""
    assert verdicts(
        index,
        [
            "The interim chief executive lasted less than a year.",
            "The interim chief executive lasted about three months.",
            "The new lead member lasted more than a year.",
        ],
    ) == ["supported", "contradicted", "not_found"]


def test_how_long_it_took_to_do_something_after_another_thing(index: ClaimIndex) -> None:
    """`it took X N after Y to do Z` and `it took N after Y for X to do Z`: Z came N after Y."""
    assert verdicts(
        index,
        [
            "It took the DfE just over two weeks after the report to issue its notice.",
            "It took less than a month after the report for the DfE to issue an improvement notice.",
            "It took Ofsted four months after the inspection to publish its report.",
            "It took the council a year after the report to recruit social workers.",
        ],
    ) == ["supported", "supported", "contradicted", "not_found"]
