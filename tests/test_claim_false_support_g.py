"""Claims the starting code supported from an item that does not state them: a service named with
another qualifier than the record's; a chair given beside a body the record gives an independent
chair; a place in a series the record never gives. Every sentence is written here, over the shipped
record.
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
