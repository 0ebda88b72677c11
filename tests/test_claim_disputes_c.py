"""An item that takes a side of a dispute in one of its quotes, and says something else in another,
decides a claim on that other thing without the dispute: a finding that the care leavers' service got
worse also quotes the disputed grade of that service, and the deterioration is not in dispute."""

from __future__ import annotations

import pytest

from trafford_timeline.claims.check import ClaimIndex, check_claim


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Since the previous inspection, the service for care leavers has got worse.", "supported"),
        ("Inspectors said the care leavers service had slipped since they last inspected it.", "supported"),
        ("The service for care leavers has improved since the last inspection.", "contradicted"),
    ],
)
def test_a_claim_on_another_quote_of_a_sided_item_is_not_in_the_dispute(
    index: ClaimIndex, claim: str, verdict: str
) -> None:
    check = check_claim(claim, index)
    assert check.verdict == verdict
    assert check.conflict is None
    assert check.evidence[0].id == "finding-care-leaver-service-deteriorated"


def test_a_claim_on_what_is_disputed_still_names_the_dispute(index: ClaimIndex) -> None:
    check = check_claim("The care leavers service had a 2019 grade of its own.", index)
    assert check.verdict == "not_found"
    assert check.conflict is not None
    assert check.conflict.id == "care-leavers-rated-on-their-own-2019"
