"""True claims the checker called contradicted, each tested with sentences written for these tests: a
lack of a thing set against the record's lack of an effective one, and a word of the lacking thing
("management" oversight) set against a clause that uses it of something else ("leaders and managers").
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_lack_of_a_thing_is_not_the_opposite_of_a_lack_of_an_effective_one(index: ClaimIndex) -> None:
    """The record: "a lack of effective management oversight", "insufficient management oversight".
    A claim that oversight was lacking says what they say; one that it was effective still does not."""
    claims = [
        "Inspectors found a lack of management oversight.",
        "Inspectors reported a lack of management oversight across the service.",
        # guard: effective oversight is what the record denies
        "Inspectors found that management oversight was effective.",
    ]
    assert verdicts(index, claims) == ["supported", "supported", "contradicted"]
    assert "oversight" in check_claim(claims[0], index).evidence[0].quote


def test_a_lacking_things_word_used_of_another_thing_does_not_deny_it(index: ClaimIndex) -> None:
    """The record: the lack of effective management oversight "had led to leaders and managers being
    unaware of significant weaknesses". Its managers are people, not the management oversight the
    claim says was lacking, so the claim is not its opposite."""
    claim = "Ofsted put the significant weaknesses down to a lack of management oversight."
    assert check_claim(claim, index).verdict != "contradicted"
