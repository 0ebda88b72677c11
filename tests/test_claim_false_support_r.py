"""An initialism spelled like an ordinary word: in "Trafford's SEND leaders" SEND names a service
(special educational needs and disabilities), and the verb `send` it folds to must not match the
record's presentation to inspectors. Capitals for emphasis, and all-capitals headlines, still read
as the words they are. Every sentence is written here, over the shipped record.
"""

from __future__ import annotations

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_an_initialism_before_a_noun_is_no_verb(index: ClaimIndex) -> None:
    claims = [
        "Trafford's SEND leaders believed services remained good or outstanding.",
        "Senior leaders from the SEND team made clear they believed services remained good.",
    ]
    assert [check_claim(claim, index).verdict for claim in claims] == ["not_found", "not_found"]


def test_the_ordinary_verb_still_matches_the_presentation(index: ClaimIndex) -> None:
    claims = [
        "At the start of the inspection, senior leaders sent a presentation saying services remained good.",
        "TRAFFORD LEADERS SEND PRESENTATION SAYING SERVICES REMAINED GOOD",
    ]
    assert [check_claim(claim, index).verdict for claim in claims] == ["supported", "supported"]


def test_a_grade_in_capitals_is_emphasis(index: ClaimIndex) -> None:
    assert check_claim("Trafford was rated INADEQUATE by Ofsted in 2019.", index).verdict == "supported"
    assert check_claim("Trafford was rated GOOD by Ofsted in 2019.", index).verdict == "contradicted"
