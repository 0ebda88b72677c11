"""What a notice requires, and who did what it names: the DfE issued the notice and orders its
measures, so a claim giving that act to Ofsted is wrong; a modal before `chair` still names the
chair; and meetings that "took place ... to see how plans could be developed" took place (the modal
is what was looked into)."""

from __future__ import annotations

import pytest

from trafford_timeline.claims.check import ClaimIndex, check_claim


@pytest.mark.parametrize(
    "claim",
    [
        "The improvement notice Trafford received was issued by Ofsted.",
        "Trafford's improvement notice was issued by the inspectorate.",
        "Ofsted ordered the council to set up an improvement board.",
    ],
)
def test_an_act_given_to_the_wrong_body_is_contradicted(index: ClaimIndex, claim: str) -> None:
    check = check_claim(claim, index)
    assert check.verdict == "contradicted", check.explanation
    assert "dfe" in check.explanation
    # guard: the body the record gives the act to
    issued = check_claim(
        "The improvement notice was issued to Trafford by the Department for Education.", index
    )
    assert issued.verdict == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "The notice says the deputy leader should chair the improvement board.",
        "The council leader is required to chair the improvement board.",
    ],
)
def test_a_chair_the_notice_is_said_to_require_is_compared_with_the_independent_chair(
    index: ClaimIndex, claim: str
) -> None:
    check = check_claim(claim, index)
    assert check.verdict == "contradicted", check.explanation
    assert "independent chair" in check.explanation


def test_meetings_that_looked_into_what_could_be_done_took_place(index: ClaimIndex) -> None:
    check = check_claim("Meetings with foster carers were held about their plans.", index)
    assert check.verdict == "supported", check.explanation
    assert check.evidence[0].id == "committee-meetings-with-foster-carers"
