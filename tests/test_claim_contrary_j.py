"""False claims the checker left unfound though the record states their reverse, each tested with
sentences written for these tests over the shipped record: a grade said to have stayed as it was
between two inspections, which the two ratings decide, and `few` of a group the record says `many` or
`most` of, which that finding denies (while `a few` is only less than it says), and a request dated
to another month than the record's plan, which the plan's own date denies.
"""

from __future__ import annotations

import pytest

from trafford_timeline.claims.check import ClaimIndex, check_claim


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Ofsted's leadership judgement of Trafford remained unchanged from 2015 to 2019.",
         "leadership went"),
        ("Trafford's care leavers rating stayed the same across the 2015 and 2019 inspections.",
         "care leavers went"),
        ("Between 2015 and 2019 the council's overall Ofsted grade remained the same.",
         "overall effectiveness went"),
    ],
)  # fmt: skip
def test_a_grade_said_to_stay_the_same_is_contradicted_by_the_two_ratings(
    index: ClaimIndex, claim: str, said: str
) -> None:
    check = check_claim(claim, index)
    assert check.verdict == "contradicted"
    assert "the claim says it kept its grade" in check.explanation
    assert said in check.explanation
    assert {e.id.split("-")[1] for e in check.evidence} == {"2015", "2019"}


@pytest.mark.parametrize(
    ("claim", "item", "said", "fewer"),
    [
        ("Inspectors found good morale in few of Trafford's teams.", "finding-morale-good", "many",
         "Inspectors found good morale in a few of Trafford's teams."),
        ("Trafford kept in touch with few of its care leavers.", "finding-in-touch-with-most-care-leavers",
         "most", "Trafford was in touch with a few of its care leavers."),
    ],
)  # fmt: skip
def test_few_of_a_group_is_contradicted_by_the_record_saying_many_of_it(
    index: ClaimIndex, claim: str, item: str, said: str, fewer: str
) -> None:
    check = check_claim(claim, index)
    assert check.verdict == "contradicted"
    assert check.explanation.startswith(f"the claim says few; the record says {said}:")
    assert item in check.explanation
    assert check_claim(fewer, index).verdict != "contradicted"  # `a few` says less, not the opposite


def test_a_request_for_a_later_month_is_contradicted_by_the_month_the_plan_gives(index: ClaimIndex) -> None:
    check = check_claim(
        "Members of the committee asked for a further update at their November 2019 meeting.", index
    )
    assert check.verdict == "contradicted"
    assert check.explanation.startswith("the claim says Nov 2019; the record says Oct 2019")
    assert any("October 2019" in e.quote for e in check.evidence)
    same = check_claim("The committee asked for a further update at its next meeting in October 2019.", index)
    assert same.verdict != "contradicted"
