"""`ask` on the shipped record: a question about when something ended ("Until when did ... last?",
"When did ... finish?") is answered by the last day of a closed span, and never by the date an item
gives for when the thing began: the record dates the interim chief executive's start, not its end.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from test_ask import shipped_record


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


def test_the_start_of_a_post_does_not_say_until_when_it_was_held(shipped: Shipped) -> None:
    answer = ask("Until when was Trafford's chief executive post covered on an interim basis?", shipped)
    assert answer.status == "not_stated"
    assert "July 2018" not in (answer.answer or "")


def test_until_when_a_span_ran_is_its_last_day(shipped: Shipped) -> None:
    answer = ask("Until when did Ofsted's 2019 inspection of Trafford last?", shipped)
    assert (answer.status, answer.answer) == ("answered", "8 March 2019"), answer.explanation
