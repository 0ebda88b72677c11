"""A grade used as the name of a report is checked as that report's rating and the rest.

Sentences written for these tests, over the shipped record: a verdict named by its grade beside when
it was published (the grade is the rating of that year), a grade set against its own year in a claim
that gives two ("after the 'good' judgement in 2015"), the worst grade restated beside a grade, and a
rank among councils, which only a quote giving that rank supports.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_verdict_named_by_a_wrong_grade_is_contradicted_by_that_years_rating(index: ClaimIndex) -> None:
    claims = [
        "The council's 'good' verdict from Ofsted was released to the public on 8 May 2019.",
        "Ofsted's outstanding judgement on Trafford went public on 8 May 2019.",
    ]
    assert verdicts(index, claims) == ["contradicted", "contradicted"]
    assert "overall effectiveness 2019: inadequate" in check_claim(claims[0], index).explanation


def test_a_verdict_named_by_its_grade_is_checked_with_the_day_it_was_published(index: ClaimIndex) -> None:
    check = check_claim("Ofsted's 'inadequate' judgement on Trafford was made public on 8 May 2019.", index)
    assert check.verdict == "supported"
    assert {"rating-2019-overall", "ofsted-report-2019"} <= {e.id for e in check.evidence}


def test_a_grade_labelled_with_its_own_year_is_that_years_grade(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's 2019 inspection followed the previous 'good' judgement in 2015.",
            "Trafford's 2019 inspection followed the previous 'requires improvement' judgement in 2015.",
        ],
    ) == ["supported", "contradicted"]


def test_the_worst_grade_restated_beside_a_grade_is_inadequate(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "In 2019 Ofsted judged Trafford's leadership inadequate, the worst grade.",
            "In 2019 Ofsted judged Trafford's care leavers service inadequate, the worst grade.",
        ],
    ) == ["supported", "contradicted"]


def test_a_rank_is_supported_only_by_a_quote_that_gives_that_rank(index: ClaimIndex) -> None:
    claims = [
        "Back in 2015 Trafford became the first authority in England to have its care leavers service "
        "rated outstanding.",
        "Trafford became the last authority to be judged outstanding for care leavers in 2015.",
        "Trafford became the first authority to be judged outstanding for its leadership in 2015.",
    ]
    # the second is never supported; since cite59, the quote that Trafford was first contradicts it
    assert verdicts(index, claims) == ["supported", "contradicted", "not_found"]
    assert any("first to get" in e.quote for e in check_claim(claims[0], index).evidence)


def test_a_grade_stated_alone_among_several_statements_is_checked_as_a_rating(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's 2015 Ofsted visit? 'Requires improvement' overall. So 2019 was no surprise.",
            "Trafford's 2015 Ofsted visit? 'Good' overall. So the 2019 result was a surprise.",
        ],
    ) == ["contradicted", "not_found"]
