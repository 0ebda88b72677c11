"""`too many` and `too much` say there is more than enough of a thing, so a claim of an excess is not
supported by an item that says nothing of one, and is contradicted by an item that says there was not
enough: the minutes' capacity issue (demand rose while the workforce stayed the same) is no surplus."""

from __future__ import annotations

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_an_excess_the_item_never_states_is_not_supported(index: ClaimIndex) -> None:
    claim = "The minutes say Ofsted found the council had too many staff for the demand it faced."
    check = check_claim(claim, index)
    assert check.verdict == "not_found"


def test_an_excess_against_a_shortfall_is_contradicted(index: ClaimIndex) -> None:
    check = check_claim("Ofsted found there was too much capacity in the system.", index)
    assert check.verdict == "contradicted"
    assert check.evidence[0].id == "finding-service-lacked-capacity"


def test_a_shortfall_is_still_supported(index: ClaimIndex) -> None:
    check = check_claim("Ofsted found the service had too little capacity.", index)
    assert check.verdict == "supported"
