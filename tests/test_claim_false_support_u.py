"""A claim that states as done, owed or certain what the record says someone only may do: the notice
says the adviser "may require" a diagnostic review, and a claim that the notice obliges the adviser
to carry one out, or that the adviser must, was supported word for word. A power granted is not a
duty, nor a deed: not found. A claim that grants the power too ("can", "lets", "may") is still
supported. Every sentence is written here, over the shipped record.
"""

from __future__ import annotations

import pytest

from trafford_timeline.claims.check import ClaimIndex, check_claim
from trafford_timeline.claims.permitted_only import only_permitted


@pytest.mark.parametrize(
    "claim",
    [
        "Under the notice the adviser has to carry out a diagnostic review.",
        "The improvement notice compels the adviser to conduct a diagnostic review of Trafford's services.",
    ],
)
def test_a_power_granted_is_no_duty(index: ClaimIndex, claim: str) -> None:
    assert check_claim(claim, index).verdict == "not_found"


def test_a_claim_that_grants_the_power_too_is_supported(index: ClaimIndex) -> None:
    check = check_claim("Under the notice the adviser can require a diagnostic review.", index)
    assert check.verdict == "supported"


def test_the_month_of_may_is_no_permission() -> None:
    assert (
        only_permitted("The review was carried out.", ["The review was carried out on 8 May 2019."]) is None
    )
    granted = only_permitted("The board must review the plan.", ["The board may review the plan later."])
    assert granted == "may review the plan later"
