"""Claims the starting code supported though the record does not say them: a word read as a glossary
concept through a sense the item's own word does not share; a quality one item of a pair gives to
its own thing, lent to the other's; and a grade kept from one inspection to the next, where the
record's grade fell. Every sentence is written here, over the shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_concept_reached_through_another_sense_of_a_word(index: ClaimIndex) -> None:
    # `resign` shares a sense with `submit` (to give in); the item `present`s a plan, which the
    # glossary reads as submitting it: the two words share no sense
    quits = "Andrew Weston said he would resign after setting up an improvement board."
    assert verdicts(index, [quits]) == ["not_found"]
    # `national` shares a sense with `public`; the item says only that the notice was issued
    branded = "Education Secretary Damian Hinds branded the council's failings a national embarrassment."
    assert check_claim(branded, index).verdict != "supported"
    # the item's own word still stands in where the claim's word shares its sense
    check = check_claim("Andrew Weston said the council would send its action plan to the DfE.", index)
    assert check.verdict == "supported"


def test_a_quality_lent_from_one_item_of_a_pair_to_the_other(index: ClaimIndex) -> None:
    # one finding says morale is good; `low` is the next finding's, said of turnover and sickness
    lent = ["The inspectors said morale in Trafford was low.", "Morale was low, inspectors found."]
    assert [check_claim(claim, index).verdict != "supported" for claim in lent] == [True, True]
    # a pair that says each of its things of its own still supports
    pair = "Trafford's workforce was stable, with low sickness and low turnover."
    assert verdicts(index, [pair]) == ["supported"]


def test_a_grade_kept_from_one_inspection_to_the_next(index: ClaimIndex) -> None:
    check = check_claim("Trafford's care leavers service kept its 2015 grade in 2019.", index)
    assert check.verdict == "contradicted"
    assert "kept its grade" in check.explanation
    assert "requires improvement (2019)" in check.explanation
    assert verdicts(index, ["The council's overall effectiveness retained its 2015 rating."]) == [
        "contradicted"
    ]
