"""Claims the checker called contradicted, each tested with sentences written for these tests: a
bound that only picks which of a series the claim means (`the last one before 2015, in 2010`), a
decision to act (`opted to appoint`) on the side of a dispute that says the act is to come, and a
list of people and their posts, where what one clause says of a name is no title of the next.
"""

from __future__ import annotations

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_bound_beside_a_date_inside_it_picks_an_event_the_record_does_not_hold(index: ClaimIndex) -> None:
    """The record holds the 2015 inspection and none before it: the one before 2015 is not the 2015 one,
    so the record is silent on its year."""
    for claim in (
        "Before 2015, Ofsted had last inspected Trafford in 2012.",
        "Prior to 2015, inspectors had last looked at Trafford's children's services in 2009.",
    ):
        check = check_claim(claim, index)
        assert check.verdict == "not_found", (claim, check.explanation)


def test_a_bound_that_takes_in_a_recorded_event_still_sets_the_date_against_it(index: ClaimIndex) -> None:
    """Guard: the last inspection before 2019 is the 2015 one, so another year for it is wrong."""
    check = check_claim("Ofsted last inspected Trafford's children's services before 2019 in 2016.", index)
    assert check.verdict == "contradicted", check.explanation
    assert "2015" in check.explanation


def test_a_decision_to_act_takes_the_side_that_says_the_act_is_to_come(index: ClaimIndex) -> None:
    """The record's sources differ on whether the adviser had been appointed, and its assessment
    favours "yet to be appointed": a claim that the government chose to appoint one says the act is
    still to come, as that side does."""
    for claim in (
        "The government opted to appoint an adviser to help steer Trafford's improvements.",
        "The Department for Education chose to appoint an adviser to help steer improvements in Trafford.",
    ):
        check = check_claim(claim, index)
        assert check.verdict == "supported", (claim, check.explanation)
        assert "still to come" in check.explanation
    # guard: that the adviser has been appointed is still the side the assessment does not favour
    assert check_claim("The DfE has appointed an adviser to Trafford.", index).verdict == "contradicted"


def test_what_one_clause_says_of_a_person_is_no_title_of_the_next_name(index: ClaimIndex) -> None:
    """The record: Andrew Weston leads the council, Catherine Hynes is his deputy, Sara Todd is chief
    executive. A list of people and their posts gives each name the post after it."""
    check = check_claim(
        "Andrew Weston is the council leader, Catherine Hynes his deputy leader, and Sara Todd the chief "
        "executive.",
        index,
    )
    assert check.verdict == "supported", check.explanation
    check = check_claim("Sara Todd runs the council as chief executive, Andrew Weston is its leader.", index)
    assert check.verdict != "contradicted", check.explanation


def test_a_post_given_after_is_is_still_set_against_its_holder(index: ClaimIndex) -> None:
    """Guard: a post given to the wrong person in such a list is still contradicted, on that person."""
    check = check_claim("Sara Todd is the council leader, Catherine Hynes the chief executive.", index)
    assert check.verdict == "contradicted", check.explanation
    assert "not to Sara Todd" in check.explanation
