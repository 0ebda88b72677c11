"""Claims the checker called contradicted, each tested with sentences written for these tests: on a
date that is not the date of what they say (the year a decline ran from, `since the 2015 inspection`;
the deadline of a condition, `would resign if ... in 2021`; the start of another post than the
claim's), and on the side of a dispute that an act in hand but not done (`about to appoint`) takes.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_the_year_a_decline_ran_from_is_not_the_date_of_the_report(index: ClaimIndex) -> None:
    """The record: Ofsted's 2019 report found services had declined since the inspection in 2015."""
    claims = [
        "Inspectors said services for children in Trafford had deteriorated since the 2015 inspection.",
        "Ofsted said the quality of services for children in Trafford had declined since the 2015 visit.",
        "The quality of services for children in Trafford had slipped since Ofsted's 2015 inspection.",
    ]
    assert verdicts(index, claims)[0] == "supported"
    for claim in claims[1:]:
        assert check_claim(claim, index).verdict != "contradicted", claim
    # guard: a decline said to run from a year after the report is still set against its date
    assert check_claim("Trafford's children's services had declined since 2021.", index).verdict == (
        "contradicted"
    )


def test_there_has_been_a_decline_since_a_year_names_no_one_who_became_anything(index: ClaimIndex) -> None:
    """The record: Ofsted found widespread deterioration since the 'good' rating of 2015."""
    check = check_claim(
        "The watchdog said there had been widespread deterioration in services for children in "
        "Trafford since 2015.",
        index,
    )
    assert check.verdict == "supported", check.explanation
    assert "2015" in check.explanation


def test_the_deadline_of_a_condition_is_not_the_date_of_the_statement(index: ClaimIndex) -> None:
    """The record: Sara Todd said in May 2019 the council would embrace the challenge; it never says
    who would resign on what condition."""
    claims = [
        "Sara Todd said she would step down if services were still failing in 2020.",
        "Andrew Weston said he would stand down if the council had not turned things round by 2021.",
    ]
    for claim in claims:
        check = check_claim(claim, index)
        assert check.verdict == "not_found", (claim, check.explanation)
    # guard: a statement itself dated to another year is still set against the record's date
    assert (
        check_claim(
            "In 2021 Sara Todd said the council would embrace the challenge of improving services.", index
        ).verdict
        == "contradicted"
    )


def test_a_date_is_not_set_against_the_start_of_another_post(index: ClaimIndex) -> None:
    """The record: an interim chief executive started in July 2018 and the permanent one in February
    2019; it never dates when the interim director of children's services took up that post."""
    claims = [
        "The interim director of children's services had been in the role since January 2019.",
        "Trafford's acting director of children's services had been in post since November 2018.",
    ]
    for claim in claims:
        check = check_claim(claim, index)
        assert check.verdict == "not_found", (claim, check.explanation)
    # guard: the chief executive's own start is still set against the record's February
    assert check_claim("The chief executive started in January 2019.", index).verdict == "contradicted"


def test_an_act_in_hand_takes_the_side_that_says_it_is_still_to_come(index: ClaimIndex) -> None:
    """The record: one source says the DfE's adviser has been appointed; the assessment favours the one
    that says the DfE will appoint one."""
    check = check_claim("Ministers were about to appoint an adviser to Trafford after the downgrade.", index)
    assert check.verdict == "supported", check.explanation
    assert "still to come" in check.explanation
    # guard: an appointment said as done is still the side the assessment does not favour
    done = check_claim("Ministers have appointed an adviser to Trafford.", index)
    assert done.verdict == "contradicted", done.explanation


def test_a_dispute_quoted_first_does_not_stop_a_claim_of_two_things_in_time(index: ClaimIndex) -> None:
    """A claim placed after another thing, supported by the side of a dispute the record favours, has
    the dispute's quotes first in its evidence: the item read for the order is the first item's."""
    check = check_claim("Whitehall said it would appoint an adviser to Trafford after the downgrade.", index)
    assert check.verdict == "supported", check.explanation
    assert any(evidence.id.startswith("adviser") for evidence in check.evidence)


def test_the_month_before_is_the_calendar_month_before_the_other(index: ClaimIndex) -> None:
    """The record: the inspection was on 4-8 March 2019, the report on 8 May, the notice on 23 May; the
    chief executive started between February and 3 March."""
    assert verdicts(
        index,
        [
            "Ofsted published its findings the month after its inspection.",
            "The notice from the DfE came the month after the Ofsted report.",
        ],
    ) == ["contradicted", "contradicted"]
    # February or the first days of March: the record cannot say it was the month before
    check = check_claim("Sara Todd joined the council the month before the inspection.", index)
    assert check.verdict == "not_found", check.explanation
    # guard: a year before the inspection is still set against her February start
    assert check_claim("Sara Todd joined the council the year before the inspection.", index).verdict == (
        "contradicted"
    )
