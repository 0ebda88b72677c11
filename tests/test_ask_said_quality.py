"""`ask`: a quality someone reported ("what did X say Y was like?", "what was Y described as?").

Checked on the shipped record; every question is worded here, unlike any benchmark question.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped, shipped_record


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


def test_what_a_body_found_a_thing_was_like_is_its_quality(shipped: Shipped) -> None:
    answer = ask_shipped("What did inspectors find long-term planning for care leavers was like?", shipped)
    assert (answer.status, answer.answer) == ("answered", "weak")
    assert answer.evidence[0].id == "finding-care-leavers-long-term-planning-weak"
