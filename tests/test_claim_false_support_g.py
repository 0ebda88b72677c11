"""Claims the starting code supported from an item that does not state them: a service named with
another qualifier than the record's; words put in a sayer's mouth that the record has that sayer
say otherwise, or not at all; and a person said to have called a thing so, from an item where
someone else speaks. Every sentence is written here, over the shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_another_qualifier_of_the_service_is_another_service(index: ClaimIndex) -> None:
    # the record's cabinet post is for children's social care
    adults = (
        "The council leader created a cabinet post for adult social services, to be held by Catherine Hynes."
    )
    check = check_claim(adults, index)
    assert check.verdict == "contradicted"  # her post is the one for children's social care
    assert "'adult' where the record says 'children'" in check.explanation
    # with no holder named, the record's post is not another post's denial, only not that one
    unheld = "Trafford created a dedicated cabinet post for adult social services."
    assert verdicts(index, [unheld]) == ["not_found"]
    # the record's own qualifier is still supported
    children = (
        "The council leader created a cabinet post for children's social services, "
        "to be held by Catherine Hynes."
    )
    assert verdicts(index, [children]) == ["supported"]


def test_what_a_document_said_is_its_own_content(index: ClaimIndex) -> None:
    # the reports stated that most practice was good; Ofsted found much of it poor
    poor = check_claim("Reports to leaders had said that most practice was poor.", index)
    assert poor.verdict == "contradicted"
    assert poor.evidence[0].id == "finding-reports-to-leaders-inaccurate"
    assert verdicts(index, ["Reports to leaders had said that most practice was good."]) == ["supported"]


def test_what_leaders_told_inspectors_must_be_what_they_said(index: ClaimIndex) -> None:
    # the leaders presented services as still good or outstanding, not as worse
    assert "supported" not in verdicts(index, ["Senior leaders told inspectors that services had got worse."])


def test_a_name_given_to_a_thing_is_the_speakers_own(index: ClaimIndex) -> None:
    # the notice is issued on Damian Hinds's behalf; no item has him call the failings anything
    check = check_claim("Damian Hinds branded Trafford's leadership failings a disgrace.", index)
    assert check.verdict == "not_found"
    # what the notice says on his behalf is still supported as a plain statement
    assert verdicts(
        index, ["The improvement notice was issued on behalf of education secretary Damian Hinds."]
    ) == ["supported"]


def test_an_order_the_item_gives_the_other_way_is_denied(index: ClaimIndex) -> None:
    # the plan was to reach the committee after its submission to the shadow board
    check = check_claim(
        "Members would get the action plan before the Shadow Improvement Board saw it.", index
    )
    assert check.verdict == "contradicted"
    assert check.evidence[0].id == "committee-action-plan-after-shadow-board"


def test_a_chair_given_beside_the_body_is_that_bodys_chair(index: ClaimIndex) -> None:
    # the shadow board is led by an independent chair, not by one of the council's officers
    officer = (
        "Elected members, senior officers and police sit on the shadow board, "
        "with the chief executive in the chair."
    )
    check = check_claim(officer, index)
    assert check.verdict == "contradicted"
    assert "independent chair" in check.explanation


def test_a_place_in_a_series_is_content(index: ClaimIndex) -> None:
    # the record does not say which of the Education Secretary's notices Trafford's was
    last = (
        "Trafford received the last improvement notice issued on behalf of education secretary Damian Hinds."
    )
    assert verdicts(index, [last]) == ["not_found"]
