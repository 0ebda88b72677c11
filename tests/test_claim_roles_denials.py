"""A person named by surname alone holds the posts the record gives them, and a title joined to a name
by `under` or `alongside` belongs to the person before it; a denial by Ofsted's inspectors is their
saying the opposite. Every sentence is written here, over the shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_surname_alone_names_the_person(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Weston is the council's deputy leader.",
            "Deputy leader Weston announced a new cabinet post.",
            "Todd works as Trafford's council leader.",
        ],
    ) == ["contradicted", "contradicted", "contradicted"]
    explained = check_claim("Weston is the council's deputy leader.", index).explanation
    assert "Catherine Hynes" in explained
    assert "Andrew Weston" in explained


def test_a_title_before_under_is_not_the_named_persons(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Catherine Hynes is deputy leader under Andrew Weston.",
            "Weston acts as deputy leader under Catherine Hynes.",
        ],
    ) == ["supported", "contradicted"]


def test_the_inspectors_denial_is_their_saying_the_opposite(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Inspectors denied that the council's governance arrangements were appropriate.",
            "Ofsted rejected the suggestion that senior leaders had an accurate understanding of practice.",
        ],
    ) == ["contradicted", "supported"]
    # someone else's denial is a statement the record must hold itself, not Ofsted's finding turned over
    assert check_claim("Andrew Weston denied that the report was stark.", index).verdict == "not_found"
