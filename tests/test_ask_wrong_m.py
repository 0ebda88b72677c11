"""`ask` on the shipped record: questions the record cannot answer get "not stated", not a near answer.

A grade asked of a time before the first graded inspection is not that inspection's grade; a power the
record grants ("may require") is not the act done; a "no" to a state by a later year the record says
nothing of does not follow from items dated years before it.
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
    "question",
    [
        "How had Ofsted graded Trafford prior to 2015?",
        "What grade did the council's children's services hold before the 2015 inspection?",
    ],
)
def test_a_grade_before_the_first_graded_year_is_not_stated(shipped: Shipped, question: str) -> None:
    answer = ask(question, shipped)
    assert answer.status == "not_stated", (answer.answer, answer.explanation)


def test_before_the_first_graded_year_but_not_before_a_later_one(shipped: Shipped) -> None:
    earlier = ask("What grade did Trafford hold before the 2019 inspection?", shipped)
    assert (earlier.status, earlier.answer) == ("answered", "good"), earlier.explanation
    first = ask("What grade did Trafford hold before the 2015 inspection?", shipped)
    assert first.status == "not_stated", (first.answer, first.explanation)


def test_what_the_adviser_may_do_is_not_what_the_adviser_did(shipped: Shipped) -> None:
    answer = ask("Did the adviser go on to require a diagnostic review of specific services?", shipped)
    assert answer.status == "not_stated", (answer.answer, answer.explanation)
    power = ask("Can the adviser require a diagnostic review of some services?", shipped)
    assert (power.status, power.answer) == ("answered", "yes"), power.explanation


def test_a_state_by_a_later_unrecorded_year_is_not_a_no(shipped: Shipped) -> None:
    answer = ask("Had Trafford's children's services come out of government intervention by 2022?", shipped)
    assert answer.status == "not_stated", (answer.answer, answer.explanation)


def test_a_deadline_owned_by_a_body_asks_for_its_date(shipped: Shipped) -> None:
    answer = ask(
        "What was the government's deadline for putting Trafford's improvement plan in place?", shipped
    )
    assert (answer.status, answer.answer) == ("answered", "August 2020"), answer.explanation


def test_by_what_date_is_answered_by_the_month_of_a_deadline(shipped: Shipped) -> None:
    answer = ask("By what date was Trafford's improvement plan to be implemented under the notice?", shipped)
    assert (answer.status, answer.answer) == ("answered", "August 2020"), answer.explanation
