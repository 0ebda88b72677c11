"""True or unstated claims the checker called contradicted, each tested with sentences written for
these tests: a stance restated in other words (reversing a decline is improving, a denial before a
colon reaches no further than it, one failing named twice in a list), two grades each paired with
the year the claim gives it, a change of grade whose areas are named only in the reason beside it,
a year placed inside a bound, an appointment set against an item that never tells of one, and a
struggle to do a thing that the claim calls being unable to do it.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_reversing_a_decline_is_improving(index: ClaimIndex) -> None:
    """The record: Andrew Weston said reversing the decline in standards was a top priority."""
    claims = [
        "Andrew Weston said improving standards was a top priority.",
        "Andrew Weston called it a top priority to turn things round in standards.",
        # guard: saying the decline was no priority still denies what he said
        "Andrew Weston said the decline in standards was not a priority.",
    ]
    assert verdicts(index, claims) == ["supported", "supported", "contradicted"]


def test_a_denial_before_a_colon_stops_there(index: ClaimIndex) -> None:
    """The record: the lack of effective oversight left leaders unaware of significant weaknesses."""
    claims = [
        "Leaders were not on top of it: Ofsted said they were unaware of significant weaknesses.",
        "Managers had no idea: inspectors found they were unaware of significant weaknesses.",
    ]
    assert verdicts(index, claims)[0] == "supported"
    assert check_claim(claims[1], index).verdict != "contradicted"
    # guard: a claim that leaders knew of the weaknesses is still contradicted
    assert (
        check_claim("Ofsted said leaders were aware of significant weaknesses.", index).verdict
        == "contradicted"
    )


def test_a_failing_named_twice_in_a_list_is_denied_once(index: ClaimIndex) -> None:
    """The record: the service had insufficient management oversight and no practice standards."""
    claim = (
        "The service's failings – not enough resources, no practice standards, "
        "insufficient management oversight."
    )
    assert check_claim(claim, index).verdict == "supported"


def test_each_grade_goes_with_the_year_the_claim_gives_it(index: ClaimIndex) -> None:
    """The record: Trafford was rated good overall in 2015 and inadequate in 2019."""
    claims = [
        "Ofsted judged Trafford's services inadequate in 2019 after grading them good in 2015.",
        "Trafford's services were found inadequate in 2019 after being rated good in 2015.",
        # guard: the grades swapped between the years are still contradicted
        "Trafford's services were found good in 2019 after being rated inadequate in 2015.",
    ]
    assert verdicts(index, claims) == ["supported", "supported", "contradicted"]


def test_an_area_named_in_the_reason_for_a_change_is_not_what_changed(index: ClaimIndex) -> None:
    """The record: overall, good in 2015 and inadequate in 2019; leadership, outstanding in 2015."""
    check = check_claim("Trafford dropped from good to inadequate amid leadership failings.", index)
    assert check.verdict == "supported"
    assert "overall effectiveness went from good" in check.explanation
    # guard: leadership's own change is still set against its own grades
    assert (
        check_claim("Trafford's leadership dropped from good to inadequate amid failings.", index).verdict
        == "contradicted"
    )


def test_a_year_inside_a_bound_is_the_claims_date(index: ClaimIndex) -> None:
    """The record holds Trafford's 2015 inspection and nothing from 2012."""
    check = check_claim("Before 2015, Trafford had last been inspected in 2012.", index)
    assert check.verdict == "not_found"
    assert "2012" in check.explanation


def test_an_appointment_the_record_never_dates_is_not_contradicted(index: ClaimIndex) -> None:
    """The record names an Interim Director of Children's Services at an undated committee meeting,
    and never says when a permanent one was appointed."""
    claims = [
        "Trafford hired a permanent director of children's services in December 2019.",
        "The council recruited a permanent director of children's services in January 2020.",
    ]
    assert verdicts(index, claims) == ["not_found", "not_found"]


def test_struggling_to_do_a_thing_is_not_managing_it(index: ClaimIndex) -> None:
    """The record: workers in some teams are struggling to spend enough time with children."""
    claims = [
        "Some Trafford workers could not spend enough time with the children they support.",
        "Staff in some teams were unable to give children enough time.",
    ]
    assert verdicts(index, claims) == ["supported", "supported"]
    assert (
        check_claim("Workers in every Trafford team spent enough time with children.", index).verdict
        != "supported"
    )
