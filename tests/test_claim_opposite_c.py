"""Readings the claim checker learned from false claims the held-out sets left unfound, each tested
with sentences written for these tests: a quantifier that denies (`hardly any`, `scarcely any`)
against the record's majority, a chair given to a body the item never gives one, a Secretary of
another portfolio, words of scarcity and plenty (`precious little`, `ample`), the opposites of an open
process, of an acceptable decline, of adding staff (`cut`, `shed`), of a stable workforce (`in
turmoil`) and of a new office-holder (`long-serving`), `right across` and `into one` read past, and
a closing clause that narrows what the record denies outright.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_denying_quantifier_is_contradicted_by_the_majority(index: ClaimIndex) -> None:
    """The record: the council "is in touch with the vast majority of its care leavers"."""
    claims = [
        "Barely any of Trafford's care leavers were still in contact with the council.",
        "Scarcely any of Trafford's care leavers were in contact with the council.",
        "Hardly any of Trafford's care leavers kept in touch with the council, Ofsted found.",
        # guards: the majority itself, and some of them, which the vast majority says too
        "Most of Trafford's care leavers were in touch with the council.",
        "Some of Trafford's care leavers were in touch with the council.",
    ]
    expected = ["contradicted", "contradicted", "contradicted", "supported", "supported"]
    assert verdicts(index, claims) == expected
    assert "hardly any" in check_claim(claims[0], index).explanation


def test_a_chair_is_given_only_by_an_item_that_gives_that_body_one(index: ClaimIndex) -> None:
    """The record never names the scrutiny committee's chair; it says Catherine Hynes is deputy
    leader and will lead a cabinet role, and that the shadow improvement board has an independent chair."""
    assert verdicts(
        index,
        [
            "Catherine Hynes chairs the scrutiny committee.",
            "The scrutiny committee was chaired by Catherine Hynes.",
            "Councillor Hynes leads Trafford's scrutiny committee.",
            # guard: a board the item gives a chair
            "The shadow improvement board is led by an independent chair.",
        ],
    ) == ["not_found", "not_found", "not_found", "supported"]


def test_words_of_scarcity_and_plenty_are_read_as_their_pole(index: ClaimIndex) -> None:
    """The record: "a good range of early help services"; the service "did not have enough capacity"."""
    assert verdicts(
        index,
        [
            "There was little or no early help on offer, Ofsted found.",
            "The service had ample capacity, inspectors said.",
            "Inspectors found the service had abundant capacity.",
        ],
    ) == ["contradicted", "contradicted", "contradicted"]


def test_an_open_process_and_an_acceptable_decline_have_opposites(index: ClaimIndex) -> None:
    """The record: Andrew Weston said the improvement would be "an open and transparent process" and
    called the decline "unacceptable"."""
    assert verdicts(
        index,
        [
            "Andrew Weston promised that children's social care would be improved in secret.",
            "Weston said the improvement of children's social care would be done under wraps.",
            "Council leader Andrew Weston said the decline was understandable.",
            "Andrew Weston called the decline in standards tolerable.",
            # guards: what he said, in his words
            "Andrew Weston said the improvement of children's social care services would be an open and "
            "transparent process.",
            "Andrew Weston called the decline in standards unacceptable.",
        ],
    ) == ["contradicted", "contradicted", "contradicted", "contradicted", "supported", "supported"]


def test_an_act_of_removing_is_the_opposite_of_adding(index: ClaimIndex) -> None:
    """The record: the council "agreed to recruit additional temporary social workers and family
    support workers"."""
    assert verdicts(
        index,
        [
            "Trafford Council agreed to cut temporary social workers and family support workers.",
            "The council decided to shed temporary social workers and family support workers.",
            "Trafford Council agreed to axe temporary social workers and family support workers.",
        ],
    ) == ["contradicted", "contradicted", "contradicted"]


def test_right_across_is_read_past(index: ClaimIndex) -> None:
    """The record: "Morale in many teams is good"."""
    assert verdicts(
        index,
        [
            "Morale was poor right across the teams, Ofsted found.",
            "Ofsted said morale was rock bottom right across Trafford's teams.",
            "Inspectors found morale was dire right across the teams in Trafford.",
        ],
    ) == ["contradicted", "contradicted", "contradicted"]


def test_a_secretary_of_another_portfolio_is_another_office(index: ClaimIndex) -> None:
    """The record: the notice was issued on behalf of Education Secretary Damian Hinds."""
    claims = [
        "Trafford's improvement notice was signed off by Home Secretary Damian Hinds.",
        "The notice was issued for Health Secretary Damian Hinds.",
        # guards: his own title, and the glossary's other name for it
        "Education Secretary Damian Hinds issued the improvement notice to Trafford.",
        "Secretary of State Damian Hinds issued the improvement notice.",
    ]
    assert verdicts(index, claims) == ["contradicted", "contradicted", "supported", "supported"]
    assert "not home secretary" in check_claim(claims[0], index).explanation


def test_a_workforce_in_turmoil_is_not_stable(index: ClaimIndex) -> None:
    """The record: "the workforce in Trafford is stable"."""
    assert verdicts(
        index,
        [
            "Ofsted found the workforce in turmoil.",
            "Inspectors said Trafford's workforce was in disarray.",
        ],
    ) == ["contradicted", "contradicted"]


def test_long_serving_is_the_opposite_of_new(index: ClaimIndex) -> None:
    """The record: a new council leader took over in May 2018."""
    assert verdicts(
        index,
        [
            "Trafford had a veteran council leader.",
            "Trafford's council leader was long-standing.",
            # guard: what the record says
            "Trafford had a new council leader in May 2018.",
        ],
    ) == ["contradicted", "contradicted", "supported"]
    # and the quote that decides it is the new leader's, not another item's "new"
    assert check_claim("Trafford's council leader was long-standing.", index).evidence[0].id == (
        "new-council-leader-2018"
    )


def test_a_clause_narrowing_what_the_record_denies_outright_is_contradicted(index: ClaimIndex) -> None:
    """The record: "Ofsted does not set performance indicators"; none that anyone uses, then."""
    claims = [
        "Ofsted chooses the performance indicators that Trafford's leaders are measured by.",
        "Inspectors set the performance indicators we must report against.",
        "Officers told councillors that the inspectorate sets the performance indicators councils must "
        "follow.",
    ]
    assert verdicts(index, claims) == ["contradicted", "contradicted", "contradicted"]
    assert "only says which ones" in check_claim(claims[0], index).explanation
    # guard: the clause never lets a claim be supported on the rest alone
    assert (
        check_claim("The council sets the performance indicators Ofsted must use.", index).verdict
        != "supported"
    )


def test_into_one_is_read_past_as_what_merging_says(index: ClaimIndex) -> None:
    """The record: "the director of children's and adults' services posts ... were separated"."""
    assert verdicts(
        index,
        [
            "After the inspection Trafford combined its director of children's services and adults' "
            "services roles into one job.",
            "Following the inspection, the council merged its children's and adults' director posts into a "
            "single post.",
        ],
    ) == ["contradicted", "contradicted"]
