"""A word the record never uses no longer hides a claim the rest of its words settle.

An adverb of time, frequency or degree ("four years later", "often inaccurate") is read as how the
claim is put; a word WordNet gives one plain record word for (`danger` as `risk`, `built` as
`improved`) is read as that word. A name, a word of several record words, and a word read only
through a word of many senses keep the claim unfound. Every sentence is written here, over the
shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim
from trafford_timeline.claims.reading import read_text


def test_an_adverb_of_time_or_frequency_the_record_never_uses_is_read_past(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Leadership at Trafford dropped from outstanding in 2015 to inadequate later on.",
            "Trafford's thematic audits were poor and often inaccurate, inspectors said.",
            "Ofsted rated Trafford inadequate, and the DfE later issued an improvement notice.",
        ],
    ) == ["supported", "supported", "supported"]


def test_an_adverb_read_past_leaves_a_false_claim_contradicted(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Leadership at Trafford dropped from outstanding in 2015 to good later on.",
            "Trafford's thematic audits were often accurate, inspectors said.",
        ],
    ) == ["contradicted", "contradicted"]


def test_an_adverb_read_past_leaves_the_claims_other_unknown_words_blocking(index: ClaimIndex) -> None:
    claims = [
        "Ofsted later fined the council.",
        "Leadership at Trafford was often praised by the NSPCC.",
        "The improvement notice was issued later, in May 2019.",
    ]
    assert verdicts(index, claims) == ["not_found", "not_found", "supported"]
    assert "fined" in check_claim(claims[0], index).explanation
    from trafford_timeline.claims.unknown_words import LIGHT_ADVERBS

    assert "less" not in LIGHT_ADVERBS  # a bound on a length or an amount is what a claim says


def test_a_word_wordnet_gives_one_record_word_for_is_read_as_that_word(index: ClaimIndex) -> None:
    check = check_claim("Ofsted said children in immediate danger were left waiting for a response.", index)
    assert check.verdict == "contradicted"
    assert "responded to quickly" in check.explanation  # the finding that they were seen to at once
    assert verdicts(
        index,
        [
            "Members asked for case studies to show how the voice of the child is built into the process.",
            # the other word reads one word; the claim's other unknown word still blocks it
            "Members asked for case studies to show how the voice of the child is built into the budget.",
        ],
    ) == ["supported", "not_found"]


def test_a_word_read_only_through_a_word_of_many_senses_keeps_blocking(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The interim director who briefed councillors had been in post since January 2019.",
            "Trafford's children's services boss was suspended after the Ofsted report.",
            "Ofsted said children in immediate danger were left waiting for a response.",
        ],
    ) == ["not_found", "not_found", "contradicted"]
    # `briefed` is WordNet's `short` (of many senses: "shortly before the inspection"), `suspended`
    # its `supported`: neither may carry a claim to the record item that uses the other word
    from trafford_timeline.claims.unknown_words import record_word

    assert record_word("briefed", index) is None
    assert record_word("suspended", index) is None
    assert record_word("danger", index) == ("risk", "risk")


def test_a_name_the_record_never_uses_keeps_blocking(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Inspectors found Trafford often offered a good range of early help services.",
            "Inspectors found Bolton often offered a good range of early help services.",
            "The inspection was triggered by a whistleblower.",
        ],
    ) == ["supported", "not_found", "not_found"]
    from trafford_timeline.claims.unknown_words import unknown_readings

    text = "Inspectors found Bolton often offered a good range of early help services."
    reading = read_text(text, index.glossary, index.vocabulary, correct=True)
    readings = unknown_readings(reading, text, index)
    assert readings  # `often` is read past, `Bolton` kept
    assert all("bolton" in other.terms and "often" not in other.terms for other, _ in readings)
