"""Claims that share every word with a record item but assert more than it says, each of which the
starting code supported: a state `still` holding at a later time where the item dates only its start;
a preference of one thing over another; the naming of a holder the record says goes unnamed; a count
of a group the record never gives; a denied change matched through a sentence about improving; a
request the item never mentions; and something done, said of an item the record holds as planned.
Every sentence is written here, over the shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_still_in_a_post_needs_more_than_its_start(index: ClaimIndex) -> None:
    # the record dates the interim post from July 2018, and a permanent holder from before the inspection
    check = check_claim("When the inspectors came, the council still had an interim chief executive.", index)
    assert check.verdict == "contradicted"
    assert "permanent" in check.explanation
    acting = "The interim director of children's services was still acting when the DfE issued its notice."
    assert verdicts(index, [acting]) == ["not_found"]
    # a state an item says held on is still supported, and so is the start itself
    assert verdicts(
        index,
        [
            "Inspectors found caseloads were still too high in some teams.",
            "The council had an interim chief executive from July 2018.",
        ],
    ) == ["supported", "supported"]


def test_a_preference_of_one_thing_over_another(index: ClaimIndex) -> None:
    reversed_ = check_claim("The council's hiring plans favoured agency staff over permanent workers.", index)
    assert reversed_.verdict == "contradicted"
    assert "preference for permanent staff" in reversed_.explanation
    # an item that names both kinds of worker, preferring neither, does not say one was chosen
    chosen = "Trafford chose temporary social workers over family support workers."
    assert verdicts(index, [chosen]) == ["not_found"]
    # the record's preference for permanent staff is one over the others
    assert verdicts(index, ["The hiring plans favoured permanent staff over agency workers."]) == [
        "supported"
    ]


def test_naming_a_holder_the_record_says_is_unnamed(index: ClaimIndex) -> None:
    for claim in (
        "The notice named the adviser.",
        "The DfE identified its adviser in the improvement notice.",
    ):
        check = check_claim(claim, index)
        assert check.verdict == "contradicted", claim
        assert "role-government-adviser" in check.explanation
    assert verdicts(index, ["The notice did not name the adviser."]) != ["contradicted"]


def test_a_count_of_a_group_the_record_never_gives(index: ClaimIndex) -> None:
    claims = [
        "Trafford was one of four councils rated inadequate in 2019.",
        "Trafford was among a handful of councils judged inadequate overall in 2019.",
    ]
    assert verdicts(index, claims) == ["not_found", "not_found"]
    assert verdicts(index, ["Trafford was rated inadequate overall in 2019."]) == ["supported"]


def test_a_denied_change_is_not_an_improvement(index: ClaimIndex) -> None:
    claims = [
        "Children's services in Trafford did not deteriorate between 2015 and 2019.",
        "The service didn't decline between the 2015 and the 2019 inspections.",
    ]
    assert verdicts(index, claims) == ["not_found", "not_found"]


def test_a_request_the_record_never_states(index: ClaimIndex) -> None:
    check = check_claim("Trafford was invited to respond.", index)
    assert check.verdict == "not_found"
    assert "asked" in check.explanation
    assert verdicts(index, ["Trafford was approached for further comment."]) == ["supported"]


def test_a_planned_item_is_to_come_even_where_it_reports_a_saying(index: ClaimIndex) -> None:
    # the event is planned, though its title says that one report "says one has been" appointed
    check = check_claim("The DfE said it had already appointed an adviser.", index)
    assert check.verdict == "contradicted"
    assert verdicts(index, ["The DfE said it would appoint an adviser."]) == ["supported"]
