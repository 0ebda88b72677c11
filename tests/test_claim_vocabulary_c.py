"""A general English paraphrase of a record word, second pass: read as that word, not left to block.

Four kinds of wording are read from the glossary: a word of one pole of a quality or a change
(`heavy` and `sky-high` are *high*, `cutting back` is a *decrease*, work that `dragged` was *late*,
`unevenly` is *inconsistently*, to `hail` is to *praise*); a phrasal idiom whose sense is one record
word (`keep an eye on` is *monitor*, `sign off` is *agree*, `feed back` is *feedback*, `plenty of` is
*many*, a `fightback` is an *improvement*), read as the concept that word belongs to; a verb as
written (`quizzed` is *questioned*, `haemorrhaging` staff is *losing* them); and a phrase that frames
the text (`sums it up`). A word the record lacks that carries content (a body, a place) still keeps
the claim unfound, and a paraphrase of a false claim leaves it false. Every sentence is written here,
over the shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_word_of_one_pole_is_read_as_that_pole(index: ClaimIndex) -> None:
    assert (
        verdicts(
            index,
            [
                "Caseloads in some Trafford teams are heavy.",
                "Caseloads in some Trafford teams are so heavy "
                "that workers struggle to spend time with children.",
                "Ofsted found thresholds were applied unevenly in Trafford.",
                "Some Trafford children waited too long to come into care "
                "because help and protection work dragged on.",
            ],
        )
        == ["supported"] * 4
    )
    # a paraphrase beside content the record lacks (a place) leaves the claim unfound
    claims = ["Sara Todd hailed the new partnership with Salford."]
    assert verdicts(index, claims) == ["not_found"]
    assert "salford" in check_claim(claims[0], index).explanation


def test_a_word_of_the_other_pole_contradicts(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Staff turnover in Trafford is sky-high, according to Ofsted.",
            "Trafford is haemorrhaging staff, with turnover through the roof.",
        ],
    ) == ["contradicted", "contradicted"]


def test_a_phrasal_idiom_is_read_as_the_concept_of_its_record_word(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Leaders had no way to keep an eye on practice in the MARAT.",
            "The council's fightback plan brings in an audit team to improve quality assurance.",
        ],
    ) == ["supported", "supported"]
    assert verdicts(
        index,
        ["Ofsted said children and young people had plenty of support to feed back on their services."],
    ) == ["contradicted"]
    claims = ["The council's fightback is being led by a new director from Stockport."]
    assert verdicts(index, claims) == ["not_found"]
    assert "stockport" in check_claim(claims[0], index).explanation


def test_a_framing_phrase_is_read_past_and_the_claim_still_decides(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Ofsted's report sums it up: Trafford's children's services are inadequate.",
            "Ofsted's report sums it up: Trafford's children's services are outstanding.",
        ],
    ) == ["supported", "contradicted"]
