"""A sentence dated from the one before it (`... in 2015. Four years on, ...`, `Two months later, ...`)
took the first sentence's date whole, so a true claim whose second sentence is of 2019 was called
contradicted by a 2019 finding. A sentence that opens so is a part of its own, dated by moving the
first date on by its count of years or months (an unknown span leaves it undated), and the claim is
judged part by part. Every sentence is written here, over the shipped record.
"""

from __future__ import annotations

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_sentence_dated_from_the_one_before_is_not_given_its_year(index: ClaimIndex) -> None:
    check = check_claim(
        "Trafford's children's services were judged good in 2015. Four years on, inspectors found "
        "widespread deterioration.",
        index,
    )
    assert check.verdict != "contradicted"


def test_years_moved_on_are_checked_against_the_rating_of_that_year(index: ClaimIndex) -> None:
    right = check_claim(
        "Ofsted judged Trafford good in 2015. Four years later it judged it inadequate.", index
    )
    assert right.verdict == "supported"


def test_months_moved_on_are_checked_against_the_later_event(index: ClaimIndex) -> None:
    right = check_claim(
        "Inspectors came to Trafford in March 2019. Two months later the report was published.", index
    )
    wrong = check_claim(
        "Inspectors came to Trafford in March 2019. Six months later the report was published.", index
    )
    assert (right.verdict, wrong.verdict) == ("supported", "contradicted")
    assert "8 May" in wrong.explanation
