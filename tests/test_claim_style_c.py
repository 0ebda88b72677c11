"""Words that carry no claim no longer hide one the rest of its words settle.

An `-ly` adverb WordNet gives as another word for an adverb of degree (`tremendously`, `authentically`)
says how much, not what; a lead-in label (`Handout on Trafford:`) and a slide's or a thread's counter
(`Slide 2 – Workforce:`, `... 3/`) say what kind of post the claim is; `in a nutshell` is only tone.
A manner adverb (`splendidly`) keeps a claim from being supported, though the claim read without it
may be contradicted, since the claim says more than that; a label that states something, and a
number of anything but a slide or a post, keep the claim unfound. Every sentence is written here,
over the shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_an_adverb_wordnet_gives_for_one_of_degree_is_read_past_and_one_of_manner_is_not(
    index: ClaimIndex,
) -> None:
    assert verdicts(
        index,
        [
            "Caseloads in some Trafford teams were tremendously high, Ofsted found.",
            "Trafford's leaders authentically believed services were good or outstanding, inspectors found.",
            "Caseloads in some Trafford teams were quietly high, Ofsted found.",
            "Caseloads in some Trafford teams were exclusively high, Ofsted found.",
        ],
    ) == ["supported", "supported", "not_found", "not_found"]


def test_a_lead_in_labels_own_words_and_counters_are_read_past(index: ClaimIndex) -> None:
    claims = [
        "Handout on Trafford: inspectors found caseloads too high in some teams.",
        "Slide 2 – Workforce: Trafford's caseloads were too high in some teams, inspectors found.",
        "Inspectors found caseloads were too high in some Trafford teams. 3/",
        "In a nutshell, inspectors found caseloads too high in some Trafford teams.",
    ]
    assert verdicts(index, claims) == ["supported"] * 4
    assert check_claim(claims[0], index).evidence[0].id == "finding-caseloads-too-high"


def test_a_label_that_states_something_or_a_figure_of_another_kind_still_blocks(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Slide 2 – Workforce: Trafford's caseloads were too high in some teams, inspectors found.",
            "Austerity blamed: inspectors found caseloads too high in some teams.",
            "Slide 2 – Workforce: Trafford had 40 social workers on caseloads that were too high.",
        ],
    ) == ["supported", "not_found", "not_found"]


def test_an_adverb_of_manner_read_past_may_show_a_claim_false_but_never_true(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's thematic audits were splendidly accurate, inspectors said.",
            "Trafford's thematic audits were splendidly inaccurate, inspectors said.",
        ],
    ) == ["contradicted", "not_found"]
    # denied, the adverb says less than the claim without it: the record denying the audits were
    # accurate shows they were not splendidly accurate (tests/test_claim_unknown_words_b.py)
    denied = "Trafford's thematic audits were not splendidly accurate, inspectors said."
    assert verdicts(index, [denied]) == ["supported"]
