"""Everyday words the record never uses no longer leave a true claim unfound.

A capital that only opens a sentence (`Notably, ...`, `... verdict: Typically, ...`) is not a name,
so a light adverb there is read past as it is inside a sentence; an adverb of emphasis (`squarely`)
is a light adverb; a plain word for a person (`the woman who ...`) stands for the person the claim
names; and a figure of speech that only colours a claim (`a bright spot`, `grim`, `the road
ahead`, `a mixed picture`) is style, while `a thumbs-up` is praise and `amounted to` is what a
thing consisted of. What the claim says of the record is still checked: a wrong figure, an
opposite or a name the record does not give keeps blocking. Every sentence is written here, over
the shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_capital_that_opens_a_sentence_is_not_a_name(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Notably, inspectors judged Trafford's governance arrangements appropriate.",
            "Inspectors' verdict: Typically, the virtual school works well with other professionals.",
            "Arguably, Trafford offers a good range of early help services.",
        ],
    ) == ["supported", "supported", "supported"]
    check = check_claim("Later, Ofsted fined the council.", index)  # a word that is not light still blocks
    assert check.verdict == "not_found"
    assert "fined" in check.explanation


def test_an_adverb_of_emphasis_is_read_past(index: ClaimIndex) -> None:
    assert verdicts(index, ["Ofsted pinned the blame squarely on failures of leadership at the top."]) == [
        "supported"
    ]


def test_a_plain_word_for_a_person_stands_for_the_person_named(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The man leading Trafford Council in 2019 was Andrew Weston.",
            "The woman appointed as Trafford's permanent chief executive was Sara Todd.",
        ],
    ) == ["supported", "supported"]
    check = check_claim(  # beside no name the record gives, it is a person the record does not name
        "A man from the council briefed the scrutiny committee.", index
    )
    assert check.verdict == "not_found"
    assert "'man'" in check.explanation
    assert (
        check_claim("The man leading Trafford Council in 2019 was Sara Todd.", index).verdict != "supported"
    )


def test_a_figure_of_speech_that_colours_a_claim_is_style(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "A bright spot for Trafford: the virtual school works well with other professionals.",
            "Trafford's leaders lacked an accurate picture of their services, a grim finding.",
            "The road ahead for Trafford: six monitoring visits, then a final inspection.",
            "A mixed picture on staffing: the workforce is stable, but caseloads are too high in some teams.",
        ],
    ) == ["supported", "supported", "supported", "supported"]


def test_a_figure_of_speech_read_as_style_leaves_a_false_claim_contradicted(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "A bright spot for Trafford: the virtual school works badly with other professionals.",
            "The road ahead for Trafford: four monitoring visits, then a final inspection.",
        ],
    ) == ["contradicted", "contradicted"]


def test_a_thumbs_up_is_praise_and_amounted_to_is_consisted_of(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The virtual school got a thumbs-up from Ofsted for working well with a range of professionals.",
            "Before the inspection, Trafford's quality assurance amounted mostly to two thematic audits.",
            "Before the inspection, Trafford's quality assurance amounted mostly to five thematic audits.",
        ],
    ) == ["supported", "supported", "contradicted"]


def test_a_verb_of_running_before_without_is_a_filler(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's help and protection service was functioning without practice standards, Ofsted said.",
            "Trafford's help and protection service was operating with clear practice standards.",
        ],
    ) == ["supported", "contradicted"]


def test_half_a_year_is_six_months(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Over the half-year before the inspection, Trafford's quality assurance boiled down to two"
            " thematic audits of very small areas of practice.",
            "Ofsted was due back for its first monitoring visit within half a month.",
        ],
    ) == ["supported", "contradicted"]


def test_a_headline_verb_of_what_lies_ahead_is_style(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Six Ofsted monitoring visits before a final inspection: that is what Trafford faces.",
            "Trafford is facing six monitoring visits by Ofsted ahead of a final inspection.",
            "Trafford is facing three monitoring visits by Ofsted ahead of a final inspection.",
        ],
    ) == ["supported", "supported", "contradicted"]


def test_an_informal_word_for_a_group_of_people_is_style(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's social workers are a stable bunch, with low turnover and low sickness.",
            "Trafford's social workers are an unstable bunch, with high turnover.",
        ],
    ) == ["supported", "contradicted"]
