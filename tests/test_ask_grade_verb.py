"""`ask` on the shipped record: "What did Ofsted rate X in 2015?" asks for a grade.

The inspectorate's verb with its object ("rate", "grade", "judge") asks what grade the object got,
as "How did Ofsted rate X?" does; the words after the question's own in a quote are no answer. With a
grade straight after the verb ("What did Ofsted rate as inadequate?") it asks which area, not a grade.
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
    ("question", "grade"),
    [
        ("What did the inspectors rate leadership at Trafford in 2015?", "outstanding"),
        ("What did Ofsted grade the council's leadership as, back in 2015?", "outstanding"),
        ("What did Ofsted rate Trafford's children's services in 2019?", "inadequate"),
    ],
)
def test_the_inspectorates_verb_with_an_object_asks_for_its_grade(
    shipped: Shipped, question: str, grade: str
) -> None:
    answer = ask(question, shipped)
    assert (answer.status, answer.answer) == ("answered", grade), answer.explanation
    assert answer.kind == "grade"


def test_a_grade_after_the_verb_asks_which_area_not_which_grade(shipped: Shipped) -> None:
    answer = ask("What did Ofsted judge to be inadequate in 2019?", shipped)
    assert answer.answer not in {"outstanding", "good", "requires improvement to be good"}
    assert answer.kind != "grade"
