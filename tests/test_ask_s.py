"""`ask` on the shipped record: a person's post, asked with the post noun after a possessive ("What is
Andrew Weston's role?") or with the body it is held in after the noun ("What position on the council
does ... hold?"), is answered as "What role does ... have?" is: with the roles the record gives that
person, quoted. A possessive that names no person the record holds a post for stays not stated.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from test_ask import shipped_record


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


@pytest.mark.parametrize(
    ("question", "post"),
    [
        ("What's Sara Todd's job?", "chief executive"),
        ("What is Andrew Weston's official title?", "council leader"),
        ("What position in Trafford's cabinet does Catherine Hynes hold?", "deputy leader"),
    ],
)
def test_a_persons_post_is_answered_however_the_post_is_asked(
    question: str, post: str, shipped: Shipped
) -> None:
    answer = ask(question, shipped)
    assert answer.status == "answered", answer.explanation
    assert post in (answer.answer or "")
    assert answer.evidence


def test_a_possessive_of_no_post_holder_is_not_stated(shipped: Shipped) -> None:
    assert ask("What is Ofsted's role?", shipped).status == "not_stated"
