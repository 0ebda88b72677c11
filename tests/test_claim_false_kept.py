"""Claims the record matches only in a way that must not support them.

A request for an act is not the act: the record says Trafford "has been approached for further
comment", which says a comment was asked for, not that one was given. A claim that the council
commented is not supported by that; a claim that it was approached or asked still is. Likewise a
change said only as an aim ("agreed a series of measures to improve the service") says neither
that the service improved nor that it had declined. Every sentence is written here, over the
shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_an_act_only_asked_for_is_not_supported(index: ClaimIndex) -> None:
    claims = [
        "The council in Trafford has given further comment.",
        "Trafford commented further on the improvement notice.",
        "Trafford council has provided a further comment.",
    ]
    assert verdicts(index, claims) == ["not_found"] * 3
    assert "asked for" in check_claim(claims[0], index).explanation
    # the request itself is still what the record says
    request = "Trafford council was approached for further comment on the notice."
    assert verdicts(index, [request]) == ["supported"]


def test_a_change_said_only_as_an_aim_does_not_contradict(index: ClaimIndex) -> None:
    # the council's aim to improve does not contradict it; the two overall ratings, which it is a change
    # of, support it
    claims = ["Between 2015 and 2019 the children's services in Trafford deteriorated."]
    assert verdicts(index, claims) == ["supported"]
    assert {e.id for e in check_claim(claims[0], index).evidence} == {
        "rating-2015-overall",
        "rating-2019-overall",
    }
    # the aim itself, and a change the record states outright, are still supported
    kept = [
        "The council agreed steps to improve the service in 2019.",
        "Trafford's children's services went downhill from 2015 to 2019.",
    ]
    assert verdicts(index, kept) == ["supported"] * 2
