"""The item a claim is checked against is chosen by what the claim says, not by a word it shares.

`one` standing for a thing already named (`a part-time one`, `a long-serving one`) counts nothing,
so an item that happens to say `one of the early adopters` is no closer for it, and the item about
the claim's own subject decides. A `one` that counts, or says a thing is among several (`one of the
managers`), is still read. Every sentence is written here, over the shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim
from trafford_timeline.claims.reading import read_text


def test_a_pronoun_one_is_no_term(index: ClaimIndex) -> None:
    for text in (
        "The post was a part-time one.",
        "Her appointment was the first one when the council changed.",
        "The first inspection was a short one, and the second a long one.",
    ):
        assert "one" not in read_text(text, index.glossary, index.vocabulary).terms, text
    counted = read_text("Ofsted made one monitoring visit, then one more.", index.glossary, index.vocabulary)
    assert counted.quantities or "one" in counted.terms


def test_the_item_about_the_post_decides_a_pronoun_one(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's chief executive from July 2018 was a part-time one.",
            "The chief executive post was filled part-time, the interim arrangement being a part-time one.",
            "Trafford's chief executive from July 2018 was a full-time one.",
        ],
    ) == ["supported", "supported", "contradicted"]


def test_a_long_serving_one_meets_the_new_leader_not_a_new_system(index: ClaimIndex) -> None:
    check = check_claim("The lead member for children was a long-serving one.", index)
    assert check.verdict == "contradicted"
    assert "liquidlogic" not in check.explanation.lower()


def test_one_of_several_still_says_which_it_is_among(index: ClaimIndex) -> None:
    reading = read_text("The director was one of the managers promoted.", index.glossary, index.vocabulary)
    assert "one" in reading.terms


def test_the_claims_date_decides_between_near_equal_items(index: ClaimIndex) -> None:
    check = check_claim(
        "Trafford was given until August 2020 to put its improvement plan into practice.", index
    )
    assert check.verdict == "not_found"
    assert "deadline" in check.explanation
    assert "training" not in check.explanation
    since = check_claim(
        "Trafford's own self-assessment frankly conceded that services had slipped since 2015.", index
    )
    assert "self-assessment" in since.explanation  # a date a change is counted from is not the item's


def test_the_claims_quoted_words_decide_between_near_equal_items(index: ClaimIndex) -> None:
    check = check_claim(
        "Ofsted described the state of things as 'a failure of senior leaders and managers'.", index
    )
    assert "leadership-failures" in check.explanation
    assert "committee" not in check.explanation
