"""`ask` on the shipped record: what a `what did X <verb>` question asks to be named may be written
before the verb's participle ("an improvement notice issued to Trafford MBC"), and then the words
after the question's own are the rest of a name ("MBC") and what followed, never the answer. The
object is read before the participle, and a quote whose words run on from the question's last word as
one name gives no answer from there.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from test_ask import shipped_record
from trafford_timeline.claims.participle_object import object_before_participle


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


def test_the_thing_issued_is_the_noun_before_issued(shipped: Shipped) -> None:
    answer = ask("What did the government issue to Trafford?", shipped)
    assert (answer.status, answer.answer) == ("answered", "an improvement notice"), answer.explanation


def test_the_rest_of_a_name_is_no_answer(shipped: Shipped) -> None:
    answer = ask("What did the Department for Education appoint so that Trafford would improve?", shipped)
    assert "MBC" not in (answer.answer or "")
    assert answer.status == "answered", answer.explanation
    assert "adviser" in (answer.answer or "")


@pytest.mark.parametrize(
    ("question", "quote", "named"),
    [
        ("what did the council publish?", "A new plan was published by the council.", "A new plan"),
        ("what did the board send to ofsted?", "the report sent to Ofsted in May", "the report"),
        ("what did the council promise?", "It was promised by the leader.", None),
    ],
)
def test_the_object_before_a_participle(question: str, quote: str, named: str | None) -> None:
    assert object_before_participle(question, quote) == named
