"""A word the record never uses, read by what WordNet says of it rather than left to block a verdict.

An `-ly` adverb of manner that a denial reaches (`not used properly`) is read past for support:
the record denying the plainer thing denies it done in any manner. A word of few senses whose one
record word has many (`tiny` as `small`) is read as that word; an idiom the glossary lists (`take
their eye off the ball`) as the record word it gives. Every sentence is written here,
over the shipped record; each left the claim `not_found` before.
"""

from __future__ import annotations

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_denied_manner_adverb_is_read_past_for_support_and_only_then(index: ClaimIndex) -> None:
    denied = check_claim(
        "Young people said their pathway plans are not used properly to support them.", index
    )
    assert denied.verdict == "supported"
    assert denied.evidence[0].source.startswith("002_")
    undenied = check_claim("Young people said their pathway plans are used properly to support them.", index)
    assert undenied.verdict != "supported"
    also = "Children and young people are not supported properly to offer feedback on their services."
    assert check_claim(also, index).verdict == "supported"


def test_a_word_of_few_senses_is_read_as_its_one_record_word(index: ClaimIndex) -> None:
    check = check_claim(
        "Inspectors said two thematic audits of tiny areas of practice made up most quality assurance.", index
    )
    assert check.verdict == "supported"
    assert "small" in check.explanation
    assert check.evidence[0].source.startswith("002_")
    # `suspended`'s other words (`debar`, `freeze`) are none of `supported`'s: it stays unread
    suspended = "Trafford's director of children's services was suspended after the Ofsted inspection."
    assert check_claim(suspended, index).verdict == "not_found"


def test_an_idiom_is_read_as_the_record_word_the_glossary_gives_it(index: ClaimIndex) -> None:
    said = "Inspectors said Trafford's leaders and managers had taken their eye off the ball on weaknesses."
    check = check_claim(said, index)
    assert check.verdict == "supported"
    assert check.evidence[0].source.startswith("002_")
    denied = "Ofsted said Trafford's leaders never took their eye off the ball on significant weaknesses."
    assert check_claim(denied, index).verdict == "contradicted"
