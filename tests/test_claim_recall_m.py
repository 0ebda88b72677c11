"""Claims the record decides that were called not found for a word of no content. Inspectors who
"put" a service at a grade rate it, as those who "place" it there do; holding "the post of" a thing,
or serving "as" it, is being it, which is how the record names a person in a post; and a judgement,
verdict or rating said to come out is its report coming out, so a post held "when the verdict came
out" is dated by the report. Every sentence is written here, over the shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim
from trafford_timeline.claims.served_as import as_post_named


def test_put_at_a_grade_is_a_rating(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "In 2019 Ofsted put the council's children's services at the lowest grade",
            "The inspectors put Trafford's children's services in the top grade in 2019",
        ],
    ) == ["supported", "contradicted"]


def test_holding_the_post_of_is_being_it() -> None:
    assert as_post_named("Jo Bloggs held the role of deputy mayor.") == "Jo Bloggs was deputy mayor."
    assert as_post_named("Jo Bloggs has occupied the position of clerk.") == "Jo Bloggs has been clerk."
    assert as_post_named("Jo Bloggs serves as the clerk.") == "Jo Bloggs is clerk."
    assert as_post_named("Jo Bloggs held a meeting as clerk.") is None
    assert as_post_named("Jo Bloggs served the papers.") is None


def test_a_person_holding_the_post_the_record_names_them_in(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Catherine Hynes occupied the position of deputy leader",
            "Catherine Hynes served as deputy leader",
            "Sara Todd held the role of council leader",
        ],
    ) == ["supported", "supported", "contradicted"]


def test_a_post_held_when_the_verdict_came_out(index: ClaimIndex) -> None:
    check = check_claim("Andrew Weston was council leader when the inadequate verdict came out", index)
    assert check.verdict == "supported"
    assert "ofsted-report-2019" in check.explanation
