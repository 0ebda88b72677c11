"""A word the record never uses, in a claim the record states, no longer hides the claim.

Three kinds of such word are read from the glossary: a general English idiom whose sense is one of
the record's words (`rested on` is *based on*, `weigh up` is *consider*, `kept in the loop` is *kept
informed*, `briefed the committee` is *presented to* it); a phrase of membership or of a body
meeting (`sit on the panel`, `the panel sits`), which says no more than the nouns beside it; and a
word that frames the text rather than saying anything of Trafford (`in brief`, `timeline`, `good
news`, `plagued by`, `deserve better`). A word the record lacks that carries content (a body, a
person, a cause) still keeps the claim unfound. Every sentence is written here, over the shipped
record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_an_idiom_is_read_as_the_record_word_it_means(index: ClaimIndex) -> None:
    assert (
        verdicts(
            index,
            [
                "Trafford's leaders were told most practice was good, "
                "but this rested on ineffective quality assurance activity.",
                "Ofsted found that most assessments do not fully weigh up children's past life experiences.",
                "The DfE was kept in the loop about progress against the draft action plan.",
                "Trafford Council agreed to bring in an audit team "
                "to tighten up its quality assurance processes.",
                "Demand for services increased while the workforce stayed the same, piling on workload.",
                "Quality assurance before the inspection boiled down "
                "to two thematic audits of very small areas of practice.",
            ],
        )
        == ["supported"] * 6
    )


def test_an_idiom_read_as_a_record_word_leaves_a_false_claim_contradicted(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Ofsted said that without the inspection the weaknesses would have surfaced anyway.",
            "Quality assurance before the inspection boiled down to five thematic audits.",
        ],
    ) == ["contradicted", "contradicted"]


def test_resisting_a_challenge_is_the_opposite_of_embracing_it(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Sara Todd said the council would resist the challenge set by Ofsted's report.",
            "Sara Todd said the council would push back against the challenge of improving services.",
        ],
    ) == ["contradicted", "contradicted"]


def test_a_verb_of_putting_before_a_committee_is_read_as_presenting(index: ClaimIndex) -> None:
    claims = [
        "The Interim Director of Children's Services briefed the committee on the latest developments.",
        "The Interim Director of Children's Services briefed the committee on the budget.",
        "Sara Todd briefed the committee on the latest developments.",
    ]
    assert verdicts(index, claims) == ["supported", "not_found", "not_found"]
    assert "budget" in check_claim(claims[1], index).explanation


def test_sitting_on_a_body_and_a_body_sitting_say_no_more_than_the_nouns(index: ClaimIndex) -> None:
    claims = [
        "The panel to appoint the new Children's Services Director was due to sit in December 2019.",
        "Police representatives sit on the Shadow Improvement Board alongside church leaders.",
    ]
    assert verdicts(index, claims) == ["contradicted", "not_found"]
    assert "church" in check_claim(claims[1], index).explanation


def test_a_copula_of_outcome_is_read_as_the_copula(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Ministers will consider a direction "
            "if Trafford Council proves unwilling or unable to comply with the notice.",
            "Ministers will consider a direction "
            "if the council turns out to be unwilling or unable to comply.",
        ],
    ) == ["supported", "supported"]


def test_a_word_that_frames_the_text_is_read_past(index: ClaimIndex) -> None:
    assert (
        verdicts(
            index,
            [
                "A summary of Ofsted's findings: the workforce in Trafford is stable.",
                "Trafford's 2019 ratings in brief: inadequate overall.",
                "The Ofsted timeline for Trafford: inspected in March 2019.",
                "Some good news for Trafford: the workforce is stable.",
                "Trafford's care leavers deserve better: long-term planning for care leavers is weak.",
                "Ofsted said in black and white that the workforce in Trafford is stable.",
            ],
        )
        == ["supported"] * 6
    )
    assert verdicts(index, ["Trafford's workforce is plagued by high staff turnover."]) == ["contradicted"]


def test_a_framed_claim_still_needs_its_content_in_the_record(index: ClaimIndex) -> None:
    claims = [
        "The Ofsted timeline for Trafford: fined in March 2019.",
        "Trafford's leaders were told most practice was good, but that rested on a consultant's review.",
    ]
    assert verdicts(index, claims) == ["not_found", "not_found"]
    assert "fined" in check_claim(claims[0], index).explanation
    # a framed claim still settles only what it says: a frame on a false claim leaves it false
    assert verdicts(index, ["Some good news for Trafford: the workforce is unstable."]) == ["contradicted"]


def test_a_word_read_as_a_negative_record_word_denies_it(index: ClaimIndex) -> None:
    claims = [
        "Had there been no inspection, Trafford's weaknesses would have gone unnoticed "
        "and no action would have been taken.",
        "Without the inspection, the weaknesses would have gone undetected, Ofsted said.",
        "Ofsted said that without an inspection the council would still have caught its weaknesses.",
        "Without the inspection, the weaknesses would have gone unnoticed by the NSPCC.",
    ]
    assert verdicts(index, claims) == ["supported", "supported", "contradicted", "not_found"]


def test_a_plain_word_for_good_and_a_preposition_in_two_words_are_read(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Inspectors said weaknesses had been highlighted by decent performance data.",
            "Inspectors said Trafford had no decent performance data.",
            "Todd called Ofsted's remarks corporate criticisms aimed at the service's overall leadership.",
        ],
    ) == ["supported", "contradicted", "supported"]


def test_a_word_of_exclusion_and_nowhere_deny(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Representatives of children in care were excluded from the panel to appoint the new director.",
            "Children who need intensive early help support had nowhere to be referred, Ofsted said.",
        ],
    ) == ["contradicted", "contradicted"]
