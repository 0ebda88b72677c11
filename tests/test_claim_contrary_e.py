"""False claims that say the opposite of the record in other words, each sentence written for these
tests over the shipped record: a quality said with companions of its pole (`narrow and poor`,
`long delays`) is false with the pole where the record says the other one; and a claim that sets
its choice against an alternative (`X rather than Y`) denies Y, so the record stating Y
contradicts it, while a claim whose own choice the record states keeps its verdict; a measure framed
as the response to the inspection (`in response to Ofsted criticism`, `as part of its improvement
plan`) is contradicted by the opposite measure the record files with that response.
"""

from __future__ import annotations

import pytest

from trafford_timeline.claims.check import ClaimIndex, check_claim
from trafford_timeline.claims.contrasted import contrasted


@pytest.mark.parametrize(
    "claim",
    [
        "Ofsted found Trafford's early help services narrow and poor.",
        "Ofsted found Trafford's early help services poor, narrow.",
        "Children at immediate risk in Trafford suffered long delays.",
    ],
)
def test_a_pole_with_its_companions_is_contradicted(index: ClaimIndex, claim: str) -> None:
    checked = check_claim(claim, index)
    assert checked.verdict == "contradicted", checked.explanation


@pytest.mark.parametrize(
    "claim",
    [
        "Ofsted blamed the deterioration on social workers rather than on its leaders.",
        "Ofsted attributed Trafford's deterioration to social workers rather than to its leaders.",
    ],
)
def test_an_alternative_the_record_states_contradicts(index: ClaimIndex, claim: str) -> None:
    checked = check_claim(claim, index)
    assert checked.verdict == "contradicted", checked.explanation
    assert "denies what the record says" in checked.explanation


def test_a_choice_the_record_states_keeps_its_verdict(index: ClaimIndex) -> None:
    claim = (
        "Sara Todd characterised Ofsted's remarks as corporate criticisms aimed at the service's "
        "overall leadership and processes rather than its frontline teams."
    )
    assert check_claim(claim, index).verdict == "supported"


def test_the_alternative_takes_the_place_of_the_choice() -> None:
    assert contrasted("They blamed the fall on cuts rather than on staff, he said.") == (
        "They blamed the fall on staff, he said.",
        "They blamed the fall on cuts, he said.",
    )
    assert contrasted("The post went to an insider instead of an outside hire.") == (
        "The post went to an outside hire.",
        "The post went to an insider.",
    )
    assert contrasted("The council promoted its own managers.") is None


@pytest.mark.parametrize(
    "claim",
    [
        "Trafford axed temporary social workers in response to Ofsted's criticisms.",
        "The council axed temporary social workers as part of its improvement plan.",
    ],
)
def test_a_measure_framed_as_the_response_is_contradicted_by_the_opposite_measure(
    index: ClaimIndex, claim: str
) -> None:
    checked = check_claim(claim, index)
    assert checked.verdict == "contradicted", checked.explanation
    assert "response to the inspection" in checked.explanation


def test_a_pole_both_say_alike_excuses_nothing(index: ClaimIndex) -> None:
    # `serious weaknesses` said as the record says it: no opposite, so `serious` is not excused
    claim = "Leaders were unaware of serious weaknesses because oversight was lacking at every level."
    assert check_claim(claim, index).verdict != "contradicted"
