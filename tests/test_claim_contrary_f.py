"""False claims that said the opposite of the record but were answered not found, each sentence
written for these tests over the shipped record: a previous rating named by its grade and dated to a
year between the record's two inspections; a dated statement, or a judgement, followed by a clause
of circumstance (`, as the report came out`, `given the circumstances`) the item does not say; and a
quality listed with another that the item knows nothing of (`weak, fractured`). Each is false with
what the record contradicts, while the same shapes keep their verdict where the record agrees.
"""

from __future__ import annotations

import pytest

from trafford_timeline.claims.check import ClaimIndex, check_claim


@pytest.mark.parametrize(
    "claim",
    [
        "Trafford's prior 'good' rating from Ofsted was handed down in 2017.",
        "Trafford's preceding 'good' Ofsted grade was awarded in 2017.",
    ],
)
def test_a_previous_rating_named_by_its_grade_is_misdated(index: ClaimIndex, claim: str) -> None:
    checked = check_claim(claim, index)
    assert checked.verdict == "contradicted", checked.explanation
    assert "previous inspection to 2017" in checked.explanation
    assert any("2015" in e.quote for e in checked.evidence)


def test_a_previous_rating_named_by_its_grade_and_dated_right_is_not_contradicted(index: ClaimIndex) -> None:
    assert check_claim("Trafford's preceding 'good' Ofsted grade was awarded in 2015.", index).verdict != (
        "contradicted"
    )


@pytest.mark.parametrize(
    "claim",
    [
        "A new lead member for children took over in May 2019, as Ofsted published its report.",
        "The council leader said the decline in standards was acceptable given the circumstances.",
        "Weston described the fall in standards as forgivable in view of the funding squeeze.",
    ],
)
def test_a_clause_of_circumstance_does_not_hide_a_contradiction(index: ClaimIndex, claim: str) -> None:
    checked = check_claim(claim, index)
    assert checked.verdict == "contradicted", checked.explanation
    assert "the clause" in checked.explanation
    assert checked.evidence


@pytest.mark.parametrize(
    "claim",
    [
        "A new lead member for children took over in May 2018, as Ofsted published its report.",
        "The council leader said the decline in standards was unacceptable given the circumstances.",
    ],
)
def test_a_clause_of_circumstance_never_makes_an_agreeing_claim_false(index: ClaimIndex, claim: str) -> None:
    assert check_claim(claim, index).verdict != "contradicted"


def test_the_clause_of_circumstance_is_cut_where_it_closes_the_claim() -> None:
    from trafford_timeline.claims.circumstance import without_circumstance

    assert without_circumstance("The chair resigned in June 2016, just as the audit began.") == (
        "The chair resigned in June 2016.",
        "as the audit began",
        True,
    )
    assert without_circumstance("He called the delays excusable given the workload.") == (
        "He called the delays excusable.",
        "given the workload",
        False,
    )
    assert without_circumstance("The chair resigned in June 2016 as the audit began.") is None
    assert without_circumstance("The trust was given the deadline of March 2021.") is None


@pytest.mark.parametrize(
    "claim",
    [
        "Disabled children get a weak, fractured response.",
        "Disabled children in Trafford meet a fractured and weak response from agencies.",
    ],
)
def test_a_quality_listed_with_an_unknown_one_is_still_false(index: ClaimIndex, claim: str) -> None:
    checked = check_claim(claim, index)
    assert checked.verdict == "contradicted", checked.explanation
    assert "strong" in checked.evidence[0].quote


def test_a_denied_list_of_qualities_is_not_made_false(index: ClaimIndex) -> None:
    claim = "Children at immediate risk do not get a slow, fractured response."
    assert check_claim(claim, index).verdict != "contradicted"


@pytest.mark.parametrize(
    "claim",
    [
        "Inspectors found MARAT referrals were already reviewed in good time with effective decisions.",
        "Ofsted found social work assessments and plans already met children's needs effectively.",
        "Ofsted found that staff and managers already listened to the voice of children.",
    ],
)
def test_a_thing_already_done_is_denied_by_the_recommendation_to_do_it(index: ClaimIndex, claim: str) -> None:
    checked = check_claim(claim, index)
    assert checked.verdict == "contradicted", checked.explanation
    assert checked.explanation.startswith("the record recommends that this be done")
    assert checked.evidence


@pytest.mark.parametrize(
    "claim",
    [
        "Ofsted found social work assessments and plans met children's needs effectively.",
        "Ofsted recommended improving how staff hear the voice of children, which Trafford already did.",
    ],
)
def test_without_already_or_with_the_recommending_said_nothing_is_denied(
    index: ClaimIndex, claim: str
) -> None:
    assert not check_claim(claim, index).explanation.startswith("the record recommends that this be done")


@pytest.mark.parametrize(
    "claim",
    [
        "Sara Todd had served as interim chief executive since July 2018.",
        "Sara Todd has headed the council as its chief executive since 2017.",
    ],
)
def test_serving_in_a_post_is_dated_as_holding_it(index: ClaimIndex, claim: str) -> None:
    checked = check_claim(claim, index)
    assert checked.verdict == "contradicted", checked.explanation
    assert "the record says Feb 2019" in checked.explanation


def test_serving_in_a_post_is_read_as_holding_it() -> None:
    from trafford_timeline.claims.served_as import as_holding

    assert (
        as_holding("Ms Lee had run the trust as its chair since 2012.") == "Ms Lee had been chair since 2012."
    )
    assert as_holding("Ms Lee has acted as chair since 2012.") is None


def test_a_lengthy_wait_is_the_opposite_of_a_quick_response(index: ClaimIndex) -> None:
    checked = check_claim("Children at immediate risk faced lengthy waits for help.", index)
    assert checked.verdict == "contradicted", checked.explanation
    assert "responded to quickly" in checked.explanation
