"""False claims the merged code of the twentieth session let pass: a thing said to be done with care
(`thoroughly`, `meticulously` recorded) where the record says it is done poorly. Only the adverb tells
the claim from the finding, and it was no opposite of `poorly`. `properly` is left out: "did not
properly consider" says the work was not done, not that it was done poorly. Every sentence is written
here, over the shipped record.
"""

from __future__ import annotations

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_thing_done_with_care_is_the_opposite_of_one_done_poorly(index: ClaimIndex) -> None:
    claims = [
        "Inspectors reported that managers' oversight is meticulously recorded in Trafford.",
        "Trafford's management oversight is thoroughly recorded, Ofsted found.",
    ]
    checks = [check_claim(claim, index) for claim in claims]
    assert [check.verdict for check in checks] == ["contradicted", "contradicted"]
    assert all("poorly recorded" in check.evidence[0].quote for check in checks)


def test_a_lack_of_proper_care_still_supports_the_finding_of_that_lack(index: ClaimIndex) -> None:
    claim = (
        "For most children, Trafford's assessments did not properly consider their earlier life experiences."
    )
    check = check_claim(claim, index)
    assert check.verdict == "supported"
    assert "past life experiences" in check.evidence[0].quote
