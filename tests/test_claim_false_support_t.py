"""A claim that puts a thing the record only has planned before or after a dated event: the side
that names the planned thing was no event that had happened, so the order went unread and the claim's
words alone supported it ("the action plan went to Ofsted before the report was published", when the
plan's final draft was to go in August, after the May report). A date a thing was planned for can put
it out of order, contradicting the claim; it never shows that the thing happened. Every sentence is
written here, over the shipped record.
"""

from __future__ import annotations

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_planned_thing_said_to_come_before_an_earlier_event_is_contradicted(index: ClaimIndex) -> None:
    check = check_claim(
        "Trafford's action plan was sent to Ofsted ahead of the DfE's improvement notice.", index
    )
    assert check.verdict == "contradicted"
    assert "13 Aug 2019" in check.explanation


def test_a_planned_thing_in_its_planned_order_is_not_shown_to_have_happened(index: ClaimIndex) -> None:
    check = check_claim("The action plan reached Ofsted three months after the report came out.", index)
    assert check.verdict != "supported"
