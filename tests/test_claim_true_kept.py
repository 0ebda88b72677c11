"""True claims kept from "contradicted": a withheld thing said with a passive "denied" or "refused".

"With some children refused an assessment" (the absolute construction) says what "were not offered"
says; read as the speech act "denied" (not admitting), it counted as a second denial or as a word the
record lacks. The same sentence with the children given what they needed stays contradicted. Every
sentence is written here, over the shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_an_absolute_passive_denial_agrees_with_not_offered(index: ClaimIndex) -> None:
    claim = (
        "Ofsted found thresholds were applied inconsistently, "
        "with some children denied social worker assessments despite their needs."
    )
    result = check_claim(claim, index)
    assert result.verdict == "supported"
    assert any("thresholds" in e.id or "not-offered" in e.id for e in result.evidence)
    refused = (
        "Ofsted criticised Trafford's thresholds, "
        "with a handful of children refused social worker assessments."
    )
    assert verdicts(index, [refused]) == ["supported"]
    # the children given what they needed: still the opposite of the record
    given = (
        "Thresholds were applied consistently in Trafford, with no children denied social worker assessments."
    )
    assert verdicts(index, [given]) == ["contradicted"]


def test_a_promised_act_takes_the_side_that_says_it_is_still_to_come(index: ClaimIndex) -> None:
    claim = (
        "The Department for Education said it takes failure in children's services seriously "
        "and will appoint an adviser."
    )
    result = check_claim(claim, index)
    assert result.verdict == "supported"
    assert result.conflict is not None
    # saying the act was done is still the side the record's assessment is against
    assert verdicts(index, ["The DfE appointed an adviser to Trafford."]) == ["contradicted"]


def test_what_one_side_of_a_dispute_said_is_true_of_that_side(index: ClaimIndex) -> None:
    claim = "Members of the committee described a sharp fall in rating from 'outstanding' to 'inadequate'."
    result = check_claim(claim, index)
    assert result.verdict == "supported"
    assert result.conflict is not None  # the dispute is named
    assert any(e.source.startswith("003_") for e in result.evidence)
    # the same grades said as what happened, not as what members said, still follow the assessment
    assert verdicts(index, ["Trafford's rating fell from outstanding to inadequate."]) == ["contradicted"]
